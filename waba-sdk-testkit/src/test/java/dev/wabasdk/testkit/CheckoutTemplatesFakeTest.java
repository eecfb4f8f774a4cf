package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.CONFIGURATION;
import static dev.wabasdk.testkit.PaymentsJson.paymentStatuses;
import static dev.wabasdk.testkit.PaymentsJson.statusesOf;
import static dev.wabasdk.testkit.PaymentsJson.wamid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * India's checkout button templates and Brazil's order details templates against the fake, in raw JSON: created
 * with an {@code order_details} button, sent with the order in the button's {@code action.order_details} (checked
 * like an {@code order_details} message), and kept as an order the user pays.
 */
class CheckoutTemplatesFakeTest {
  private static final String AT = "template['components'][2]['parameters'][0]['action']['order_details']";
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.account().paymentConfiguration(CONFIGURATION, "razorpay");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Wire.Reply create(String json) {
    return wire.post("/v26.0/" + FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID + "/message_templates", json);
  }

  private void createApproved(String json) {
    Wire.Reply created = create(json);
    assertThat(created.code()).as(created.body()).isEqualTo(200);
    fake.templates().approve(String.valueOf(created.at("id")));
  }

  /** The checkout template as Meta approved it (preloaded: its header example is not an upload of this fake). */
  private void checkoutApproved() {
    fake.templates().preload(CHECKOUT);
  }

  /** Meta's checkout button template request (India): image header, "Buy now" and a quick reply. */
  private static final String CHECKOUT = """
      {"name":"checkout_buy_now","language":"en_US","category":"MARKETING",
       "components":[
        {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvanBlZw==:ARb"]}},
        {"type":"BODY","text":"Hi {{1}}, your bread is ready to order.","example":{"body_text":[["Asha"]]}},
        {"type":"BUTTONS","buttons":[{"type":"order_details","text":"Buy now"},
          {"type":"QUICK_REPLY","text":"Not now"}]}]}""";

  /** The checkout template without its media header, for the create route's own checks. */
  private static final String CHECKOUT_TEXT = CHECKOUT.replace(
      "{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"header_handle\":[\"4::aW1hZ2UvanBlZw==:ARb\"]}},",
      "");

  /** Meta's India send example: an item without catalog, pre-filled shipping addresses. */
  private String checkoutSend(String reference, String index) {
    long expires = fake.clock().instant().getEpochSecond() + 3600;
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"template",
         "template":{"name":"checkout_buy_now","language":{"code":"en_US"},"components":[
          {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/bread.png"}}]},
          {"type":"body","parameters":[{"type":"text","text":"Asha"}]},
          {"type":"button","sub_type":"order_details","index":%s,"parameters":[{"type":"action","action":{
           "order_details":{
            "reference_id":"%s","type":"physical-goods",
            "payment_settings":[{"type":"payment_gateway","payment_gateway":{
              "type":"razorpay","configuration_name":"razorpay-prod",
              "razorpay":{"receipt":"receipt-value","notes":{"key1":"value1"}}}}],
            "currency":"INR","total_amount":{"value":10500,"offset":100},
            "order":{"status":"pending","expiration":{"timestamp":"%d"},
             "items":[{"name":"Product name, for example bread","amount":{"value":10000,"offset":100},
               "quantity":1,"country_of_origin":"India","importer_name":"Importer name",
               "importer_address":{"address_line1":"1 Industrial Area","city":"New Delhi","zone_code":"DL",
                 "postal_code":"110001","country_code":"IN"}}],
             "subtotal":{"value":10000,"offset":100},"tax":{"value":500,"offset":100}},
            "shipping_info":{"country":"IN","addresses":[{"name":"Asha Rao","phone_number":"919876543210",
              "address":"12 MG Road","city":"Bengaluru","state":"Karnataka","in_pin_code":"560001",
              "house_number":"4","tower_number":"B","building_name":"Lotus Residency",
              "landmark_area":"Near Metro"}]}}}}]}]}}""".formatted(index, reference, expires);
  }

  private static String details(Wire.Reply reply) {
    return String.valueOf(reply.at("error", "error_data", "details"));
  }

  @Test
  void aCheckoutTemplateBecomesAnOrderTheUserPays() {
    fake.user("+919876543210").sends("Hi");
    checkoutApproved();

    Wire.Reply sent = wire.send(checkoutSend("CHK-1", "0"));
    assertThat(sent.code()).as(sent.body()).isEqualTo(200);
    String wamid = wamid(sent);
    assertThat(statusesOf(fake, wamid)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    assertThat(Json.list(wire.get("/testkit/orders").json(), "data")).singleElement()
        .satisfies(o -> assertThat(Json.string(o, "reference_id")).isEqualTo("CHK-1"))
        .satisfies(o -> assertThat(Json.string(o, "order_status")).isEqualTo("pending"));

    fake.user("+919876543210").pays("CHK-1");

    List<Map<String, Object>> payments = paymentStatuses(fake);
    assertThat(payments).singleElement()
        .satisfies(p -> assertThat(p.get("id")).isEqualTo(wamid))
        .satisfies(p -> assertThat(p.get("status")).isEqualTo("captured"))
        .satisfies(p -> assertThat(Json.at(p, "payment", "reference_id")).isEqualTo("CHK-1"))
        .satisfies(p -> assertThat(Json.at(p, "payment", "receipt")).isEqualTo("receipt-value"));

    // one reference id per order, whether sent as a message or a template
    Wire.Reply again = wire.send(checkoutSend("CHK-1", "0"));
    assertThat(again.code()).isEqualTo(400);
    assertThat(details(again)).isEqualTo("Param " + AT + "['reference_id'] must be unique per order_details "
        + "message of the business: \"CHK-1\" was used by " + wamid + ".");
  }

  @Test
  void theOrderIsCheckedWithTheMessagesRulesAtTheButtonsPath() {
    fake.user("+919876543210").sends("Hi");
    checkoutApproved();

    Wire.Reply badTotal = wire.send(PaymentsJson.with(checkoutSend("CHK-2", "0"), 9000L,
        "template.components.2.parameters.0.action.order_details.total_amount.value"));
    assertThat(badTotal.code()).isEqualTo(400);
    assertThat(badTotal.at("error", "code")).isEqualTo(131009L);
    assertThat(details(badTotal)).startsWith("Param " + AT + "['total_amount']");

    Wire.Reply noCurrency = wire.send(PaymentsJson.without(checkoutSend("CHK-2", "0"),
        "template.components.2.parameters.0.action.order_details.currency"));
    assertThat(noCurrency.code()).isEqualTo(400);
    assertThat(details(noCurrency)).contains(AT + "['currency']");

    Wire.Reply noOrder = wire.send(PaymentsJson.without(checkoutSend("CHK-2", "0"),
        "template.components.2.parameters.0.action.order_details"));
    assertThat(noOrder.at("error", "code")).isEqualTo(131008L);
    assertThat(details(noOrder)).isEqualTo("The parameter " + AT + " is required.");

    Wire.Reply wrongButton = wire.send(checkoutSend("CHK-2", "1"));
    assertThat(wrongButton.at("error", "code")).isEqualTo(132012L);
    assertThat(details(wrongButton)).isEqualTo("button at index 1: the template has no ORDER_DETAILS button there"
        + " (its ORDER_DETAILS buttons: [0])");

    Wire.Reply withoutOrder = wire.send(PaymentsJson.without(checkoutSend("CHK-2", "0"), "template.components.2"));
    assertThat(withoutOrder.at("error", "code")).isEqualTo(132000L);
    assertThat(details(withoutOrder)).startsWith("button at index 0: number of localizable_params (0)");
    assertThat(Json.list(wire.get("/testkit/orders").json(), "data")).isEmpty();
  }

  @Test
  void anOrderDetailsButtonIsOneLabelledButtonOfAMarketingOrUtilityTemplate() {
    Wire.Reply accepted = create(CHECKOUT_TEXT);
    assertThat(accepted.code()).as(accepted.body()).isEqualTo(200);
    Wire.Reply two = create(PaymentsJson.with(CHECKOUT_TEXT.replace("checkout_buy_now", "two"),
        Map.of("type", "ORDER_DETAILS", "text", "Pay"),
        "components.1.buttons.1"));
    assertThat(two.code()).isEqualTo(400);
    assertThat(details(two)).isEqualTo("A template has at most one ORDER_DETAILS button, had 2.");

    Wire.Reply auth = create(PaymentsJson.with(CHECKOUT_TEXT, "AUTHENTICATION", "category"));
    assertThat(details(auth)).isEqualTo("An ORDER_DETAILS button is for MARKETING or UTILITY templates, not "
        + "AUTHENTICATION.");

    Wire.Reply unlabelled = create(PaymentsJson.without(CHECKOUT_TEXT, "components.1.buttons.0.text"));
    assertThat(details(unlabelled)).isEqualTo("Param buttons[...]['text'] of the ORDER_DETAILS button must be 1 "
        + "to 25 characters, was missing.");

    // display_format, as Brazil's page declares it (and the SDK writes it): ORDER_DETAILS, with such a button.
    Wire.Reply declared = create(PaymentsJson.with(CHECKOUT_TEXT.replace("checkout_buy_now", "declared"),
        "ORDER_DETAILS", "display_format"));
    assertThat(declared.code()).as(declared.body()).isEqualTo(200);
    Wire.Reply carousel = create(PaymentsJson.with(CHECKOUT_TEXT, "CAROUSEL", "display_format"));
    assertThat(details(carousel)).isEqualTo("Param display_format must be ORDER_DETAILS, was CAROUSEL.");
    Wire.Reply noButton = create(PaymentsJson.with(PaymentsJson.with(CHECKOUT_TEXT,
        List.of(Map.of("type", "QUICK_REPLY", "text", "Not now")), "components.1.buttons"),
        "ORDER_DETAILS", "display_format"));
    assertThat(details(noButton)).isEqualTo("display_format ORDER_DETAILS needs an ORDER_DETAILS button.");
  }

  @Test
  void brazilsOrderDetailsTemplateCarriesAPixOrderTheBusinessThenUpdates() {
    fake.user("+5511987654321").sends("Oi");
    createApproved("""
        {"name":"pix_order","language":"pt_BR","category":"UTILITY",
         "components":[{"type":"BODY","text":"Seu pedido"},
          {"type":"BUTTONS","buttons":[{"type":"ORDER_DETAILS","text":"Copy Pix code"}]}]}""");

    Wire.Reply sent = wire.send("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321","type":"template",
         "template":{"name":"pix_order","language":{"code":"pt_BR"},"components":[
          {"type":"button","sub_type":"order_details","index":"0","parameters":[{"type":"action","action":{
           "order_details":{
            "reference_id":"PIX-T-1","type":"digital-goods","payment_type":"br",
            "payment_settings":[{"type":"pix_dynamic_code","pix_dynamic_code":{
              "code":"00020101021226700014br.gov.bcb.pix2548pix.example.com",
              "merchant_name":"Account holder name","key":"39580525000189","key_type":"CNPJ"}}],
            "currency":"BRL","total_amount":{"value":50000,"offset":100}}}}]}]}}""");
    assertThat(sent.code()).as(sent.body()).isEqualTo(200);

    Wire.Reply paid = wire.send(PaymentsJson.orderStatus("5511987654321", "PIX-T-1", "processing"));
    assertThat(paid.code()).as(paid.body()).isEqualTo(200);
    assertThat(statusesOf(fake, wamid(paid))).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    assertThat(Json.list(wire.get("/testkit/orders").json(), "data")).singleElement()
        .satisfies(o -> assertThat(Json.string(o, "order_status")).isEqualTo("processing"))
        .satisfies(o -> assertThat(Json.at(o, "payment_settings")).isEqualTo(List.of("pix_dynamic_code")));
  }
}
