package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.internal.Json;
import dev.wabasdk.message.OrderDetails.ShippingAddress;
import dev.wabasdk.message.OrderDetails.ShippingInfo;
import dev.wabasdk.message.OrderDetailsMessage.Discount;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.ImporterAddress;
import dev.wabasdk.message.OrderDetailsMessage.Item;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentSetting.Gateway;
import dev.wabasdk.payment.PaymentSetting.PixKeyType;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.HeaderFormat;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * India's checkout button templates and Brazil's order details templates: the {@code order_details} template button
 * on the wire (Meta's examples), the definition's {@code order_details} button written and read back, and the
 * {@link OrderDetails} record the message and the button share.
 */
class CheckoutTemplatesTest {
  static final String IN = "+919876543210";
  static final Instant EXPIRES = Instant.ofEpochSecond(1767225600);
  static final Clock CLOCK = Clock.fixed(EXPIRES.minusSeconds(3600), ZoneOffset.UTC);
  static final String P = "interactive.action.parameters.";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  /** Meta's India example: an item without catalog (origin and importer), pre-filled shipping addresses. */
  static OrderDetails india() {
    return OrderDetails.builder().clock(CLOCK)
        .referenceId("unique-reference-id").type(GoodsType.PHYSICAL_GOODS)
        .paymentSetting(PaymentSetting.paymentGateway(Gateway.RAZORPAY, "razorpay-prod")
            .receipt("receipt-value").note("key1", "value1").build())
        .currency("INR")
        .shippingInfo(ShippingInfo.india(new ShippingAddress("Asha Rao", "919876543210", "12 MG Road",
            "Bengaluru", "Karnataka", "560001", "4", "B", "Lotus Residency", "Near Metro")))
        .order(Order.builder()
            .expiration(EXPIRES)
            .item(Item.builder().name("Product name, for example bread").amount(Amount.of(10000)).quantity(1)
                .importer("India", "Importer name", ImporterAddress.of("1 Industrial Area", "New Delhi", "DL",
                    "110001", "IN"))
                .build())
            .tax(Amount.of(500), "GST")
            .shipping(Amount.of(500))
            .discount(new Discount(Amount.of(1000), null, null))
            .build())
        .beneficiary(OrderDetailsMessage.Beneficiary.of("Asha Rao", "12 MG Road", "Bengaluru", "Karnataka",
            "560001"))
        .build();
  }

  private String send(TemplateMessage message) throws Exception {
    graph.enqueueSent("919876543210", "wamid.SENT");
    graph.client().messages().send(message);
    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    return request.getBody().utf8();
  }

  @Test
  void sendsIndiasCheckoutButtonTemplate() throws Exception {
    String body = send(TemplateMessage.builder().to(IN).name("checkout_buy_now").language("en_US")
        .header(TemplateParameter.image(MediaSource.link("https://example.com/bread.png")))
        .body(TemplateParameter.text("Asha"))
        .button(TemplateButton.orderDetails(0, india()))
        .build());

    assertThat(body).isEqualTo(MessageFixtures.compact("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"template",
         "template":{"name":"checkout_buy_now","language":{"code":"en_US"},"components":[
          {"type":"header","parameters":[{"type":"image","image":{"link":"https://example.com/bread.png"}}]},
          {"type":"body","parameters":[{"type":"text","text":"Asha"}]},
          {"type":"button","sub_type":"order_details","index":"0","parameters":[{"type":"action","action":{
           "order_details":{
            "reference_id":"unique-reference-id","type":"physical-goods",
            "beneficiaries":[{"name":"Asha Rao","address_line1":"12 MG Road","city":"Bengaluru",
              "state":"Karnataka","country":"India","postal_code":"560001"}],
            "payment_settings":[{"type":"payment_gateway","payment_gateway":{
              "type":"razorpay","configuration_name":"razorpay-prod",
              "razorpay":{"receipt":"receipt-value","notes":{"key1":"value1"}}}}],
            "currency":"INR","total_amount":{"value":10000,"offset":100},
            "order":{"status":"pending","expiration":{"timestamp":"1767225600"},
             "items":[{"name":"Product name, for example bread","amount":{"value":10000,"offset":100},
               "quantity":1,"country_of_origin":"India","importer_name":"Importer name",
               "importer_address":{"address_line1":"1 Industrial Area","city":"New Delhi","zone_code":"DL",
                 "postal_code":"110001","country_code":"IN"}}],
             "subtotal":{"value":10000,"offset":100},
             "tax":{"value":500,"offset":100,"description":"GST"},
             "shipping":{"value":500,"offset":100},
             "discount":{"value":1000,"offset":100}},
            "shipping_info":{"country":"IN","addresses":[{"name":"Asha Rao","phone_number":"919876543210",
              "address":"12 MG Road","city":"Bengaluru","state":"Karnataka","in_pin_code":"560001",
              "house_number":"4","tower_number":"B","building_name":"Lotus Residency",
              "landmark_area":"Near Metro"}]}}}}]}]}}"""));
  }

  @Test
  void sendsBrazilsOrderDetailsTemplateWithPix() throws Exception {
    OrderDetails pix = OrderDetails.builder()
        .referenceId("unique-reference-id").type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.pixDynamicCode("00020101021226700014br.gov.bcb.pix2548pix.example.com...",
            "Account holder name", "39580525000189", PixKeyType.CNPJ))
        .currency("BRL").totalAmount(Amount.of(50000))
        .build();

    String body = send(TemplateMessage.builder().to("+5511111111111").name("pix_order").language("pt_BR")
        .header(TemplateParameter.document(MediaSource.link("https://example.com/boleto.pdf"), "pedido.pdf"))
        .button(TemplateButton.orderDetails(0, pix))
        .build());

    assertThat(body).isEqualTo(MessageFixtures.compact("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511111111111","type":"template",
         "template":{"name":"pix_order","language":{"code":"pt_BR"},"components":[
          {"type":"header","parameters":[{"type":"document","document":{"link":"https://example.com/boleto.pdf",
            "filename":"pedido.pdf"}}]},
          {"type":"button","sub_type":"order_details","index":"0","parameters":[{"type":"action","action":{
           "order_details":{
            "reference_id":"unique-reference-id","type":"digital-goods","payment_type":"br",
            "payment_settings":[{"type":"pix_dynamic_code","pix_dynamic_code":{
              "code":"00020101021226700014br.gov.bcb.pix2548pix.example.com...",
              "merchant_name":"Account holder name","key":"39580525000189","key_type":"CNPJ"}}],
            "currency":"BRL","total_amount":{"value":50000,"offset":100}}}}]}]}}"""));
  }

  @Test
  void writesTheCheckoutButtonTemplateDefinitionAndReadsItsButtonBack() throws Exception {
    graph.enqueue(200, "{\"id\":\"594425479261596\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");
    TemplateDefinition checkout = TemplateDefinition.builder("checkout_buy_now", "en_US",
            TemplateCategory.MARKETING)
        .component(Component.headerMedia(HeaderFormat.IMAGE, "4::aW1hZ2UvanBlZw==:ARb"))
        .component(Component.body("Hi {{1}}, your bread is ready to order.", Map.of("1", "Asha")))
        .component(Component.buttons(Button.orderDetails("Buy now"), Button.quickReply("Not now")))
        .build();
    assertThat(checkout.problems()).isEmpty();

    graph.client().templates().createAsync(checkout).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + GraphServerExtension.WABA_ID
        + "/message_templates");
    assertThat(request.getBody().utf8()).isEqualTo(MessageFixtures.compact("""
        {"name":"checkout_buy_now","language":"en_US","category":"MARKETING","display_format":"ORDER_DETAILS",
         "parameter_format":"POSITIONAL",
         "components":[
          {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvanBlZw==:ARb"]}},
          {"type":"BODY","text":"Hi {{1}}, your bread is ready to order.","example":{"body_text":[["Asha"]]}},
          {"type":"BUTTONS","buttons":[{"type":"order_details","text":"Buy now"},
            {"type":"QUICK_REPLY","text":"Not now"}]}]}"""));

    // Meta answers with the type in capitals, as Brazil's order details template writes it.
    graph.enqueue(200, """
        {"id":"594425479261596","name":"pix_order","language":"pt_BR","status":"APPROVED","category":"UTILITY",
         "components":[{"type":"BODY","text":"Your order"},
           {"type":"BUTTONS","buttons":[{"type":"ORDER_DETAILS","text":"Copy Pix code"}]}]}""");
    Template read = graph.client().templates().get("594425479261596");
    assertThat(read.components()).contains(new Component.Buttons(List.of(new Button.OrderDetails("Copy Pix code"))));
  }

  @Test
  void aSendIsCheckedAgainstTheOrderDetailsButtonOfItsDefinition() {
    TemplateDefinition checkout = TemplateDefinition.builder("checkout_buy_now", "en_US",
            TemplateCategory.MARKETING)
        .component(Component.body("Your order"))
        .component(Component.buttons(Button.orderDetails("Buy now"), Button.quickReply("Not now")))
        .build();
    TemplateMessage.Builder send = TemplateMessage.builder().to(IN).name("checkout_buy_now").language("en_US");

    checkout.check(send.button(TemplateButton.orderDetails(0, india())).build());
    assertThatThrownBy(() -> checkout.check(TemplateMessage.builder().to(IN).name("checkout_buy_now")
        .language("en_US").build()))
        .hasMessageContaining("button index 0: the template's button 0 is a ORDER_DETAILS button and needs a"
            + " value; the send gives none (Meta error 132000)");
    assertThatThrownBy(() -> checkout.check(TemplateMessage.builder().to(IN).name("checkout_buy_now")
        .language("en_US").button(TemplateButton.orderDetails(1, india())).build()))
        .hasMessageContaining("button index 1: the template's button 1 is a QUICK_REPLY button; the send gives a"
            + " order_details parameter (Meta error 132012)");
    assertThat(TemplateDefinition.builder("two", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Your order"))
        .component(Component.buttons(Button.orderDetails("Buy now"), Button.orderDetails("Pay")))
        .build().problems())
        .containsExactly("components[1] (BUTTONS): at most 1 ORDER_DETAILS button, has 2");
  }

  @Test
  void theMessageAndTheButtonShareOneRecordAndItsChecks() {
    OrderDetails details = india();
    OrderDetailsMessage message = OrderDetailsMessage.builder().to(IN).body("Your order").details(details).build();

    assertThat(message.details()).isSameAs(details);
    assertThat(message.referenceId()).isEqualTo("unique-reference-id");
    assertThat(message.shippingInfo()).isEqualTo(details.shippingInfo());
    assertThat(message.paymentType()).isNull();
    // The builder's fluent parameters make the same record.
    assertThat(OrderDetailsMessage.builder().clock(CLOCK).to(IN).body("Your order")
        .referenceId("unique-reference-id").type(GoodsType.PHYSICAL_GOODS)
        .paymentSetting(details.paymentSettings().get(0)).currency("INR").order(india().order())
        .beneficiary(details.beneficiaries().get(0)).shippingInfo(details.shippingInfo())
        .build().details()).isEqualTo(details);
  }

  @Test
  void shippingInfoIsIndianAndChecked() {
    ShippingAddress ok = ShippingAddress.of("Asha Rao", "919876543210", "12 MG Road", "Bengaluru", "Karnataka",
        "560001");
    assertThatThrownBy(() -> withShipping(ShippingInfo.india(ShippingAddress.of("Asha Rao", "919876543210",
        "12 MG Road", "Bengaluru", "Karnataka", "5600"))))
        .hasMessage(P + "shipping_info.addresses[0].in_pin_code: must be an Indian PIN code of 6 digits, was '5600'");
    assertThatThrownBy(() -> withShipping(new ShippingInfo("BR", List.of(ok))))
        .hasMessage(P + "shipping_info.country: must be IN, was 'BR'");
    assertThatThrownBy(() -> withShipping(ShippingInfo.india()))
        .hasMessage(P + "shipping_info.addresses: must have at least 1 entries, was 0");
    assertThatThrownBy(() -> withShipping(ShippingInfo.india(ShippingAddress.of(" ", "919876543210",
        "12 MG Road", "Bengaluru", "Karnataka", "560001"))))
        .hasMessageStartingWith(P + "shipping_info.addresses[0].name: ");
    assertThatThrownBy(() -> OrderDetails.builder().referenceId("r").type(GoodsType.DIGITAL_GOODS)
        .currency("BRL").totalAmount(Amount.of(100)).shippingInfo(ShippingInfo.india(ok)).build())
        .hasMessage(P + "shipping_info: is for INR orders (India), not BRL");
  }

  @Test
  void theBuilderChecksTheExpirationAndTheMessageKeepsItsHeaderRules() {
    assertThatThrownBy(() -> OrderDetails.builder().clock(CLOCK).referenceId("r").type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.paymentLink("https://pay.example/1")).currency("INR")
        .order(Order.builder().expiration(EXPIRES.minusSeconds(3600 - 299)).item("1", "Bread", Amount.of(100), 1)
            .tax(Amount.of(1)).catalogId("194836987003835").build())
        .build())
        .hasMessage(P + "order.expiration.timestamp: must be at least 300 seconds from now (1767222300 or later),"
            + " was 1767222299");
    OrderDetails simplified = OrderDetails.builder().referenceId("r").type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.boleto("03399026944140000002628346101018898510000008848"))
        .currency("BRL").totalAmount(Amount.of(100)).build();
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to("+5511111111111").body("b")
        .header(InteractiveHeader.image(MediaSource.link("https://example.com/p.png"))).details(simplified).build())
        .hasMessage("interactive.header: a simplified order (without an order object) cannot have a header");
  }

  private static OrderDetails withShipping(ShippingInfo info) {
    OrderDetails base = india();
    return new OrderDetails(base.referenceId(), base.type(), base.beneficiaries(), base.paymentSettings(), null,
        base.currency(), base.totalAmount(), base.order(), info);
  }

  /** Meta's "Checkout button templates" send example, as published (its member order differs from the SDK's). */
  @Test
  void writesMetasCheckoutExampleAsPublished() throws Exception {
    OrderDetails aloe = OrderDetails.builder().clock(Clock.fixed(Instant.ofEpochSecond(1726620000), ZoneOffset.UTC))
        .referenceId("abc.123_xyz-1").type(GoodsType.PHYSICAL_GOODS).currency("INR")
        .paymentSetting(PaymentSetting.paymentGateway(Gateway.RAZORPAY, "prod-razor-pay-config-05").build())
        .shippingInfo(ShippingInfo.india(new ShippingAddress("Nidhi Tripathi", "919000090000", "Bandra Kurla Complex",
            "Mumbai", "Maharastra", "400051", "12", "5", "One BKC", "Near BKC Circle")))
        .order(Order.builder()
            .item(Item.builder().name("Blue Elf Aloe").amount(Amount.of(200000)).saleAmount(Amount.of(150000))
                .quantity(1).importer("India", "Lucky Shrub Imports and Exports", new ImporterAddress("One BKC",
                    "Bandra Kurla Complex", "Mumbai", "MH", "400051", "IN"))
                .build())
            .subtotal(Amount.of(150000)).shipping(Amount.of(20000)).tax(Amount.of(10000))
            .discount(new Discount(Amount.of(15000), "Additional 10% off", null))
            .expiration(Instant.ofEpochSecond(1726627150))
            .build())
        .totalAmount(Amount.of(165000))
        .build();

    String body = send(TemplateMessage.builder().to(IN).name("item_back_in_stock_v1").language("en_US")
        .button(TemplateButton.orderDetails(0, aloe)).build());

    Object template = Json.readObject(body).get("template");
    Object button = ((List<?>) ((Map<?, ?>) template).get("components")).get(0);
    assertThat(button).isEqualTo(Json.readObject("""
        {"type": "button", "sub_type": "order_details", "index": "0", "parameters": [{"type": "action", "action": {
          "order_details": {
            "reference_id": "abc.123_xyz-1", "type": "physical-goods", "currency": "INR",
            "payment_settings": [{"type": "payment_gateway",
              "payment_gateway": {"type": "razorpay", "configuration_name": "prod-razor-pay-config-05"}}],
            "shipping_info": {"country": "IN", "addresses": [{"name": "Nidhi Tripathi",
              "phone_number": "919000090000", "address": "Bandra Kurla Complex", "city": "Mumbai",
              "state": "Maharastra", "in_pin_code": "400051", "house_number": "12", "tower_number": "5",
              "building_name": "One BKC", "landmark_area": "Near BKC Circle"}]},
            "order": {
              "items": [{"amount": {"offset": 100, "value": 200000}, "sale_amount": {"offset": 100, "value": 150000},
                "name": "Blue Elf Aloe", "quantity": 1, "country_of_origin": "India",
                "importer_name": "Lucky Shrub Imports and Exports",
                "importer_address": {"address_line1": "One BKC", "address_line2": "Bandra Kurla Complex",
                  "city": "Mumbai", "zone_code": "MH", "postal_code": "400051", "country_code": "IN"}}],
              "subtotal": {"offset": 100, "value": 150000}, "shipping": {"offset": 100, "value": 20000},
              "tax": {"offset": 100, "value": 10000},
              "discount": {"offset": 100, "value": 15000, "description": "Additional 10% off"},
              "status": "pending", "expiration": {"timestamp": "1726627150"}},
            "total_amount": {"offset": 100, "value": 165000}}}}]}"""));
  }

  @Test
  void theMessageTakesItsParametersWholeOrPieceByPieceNotBoth() {
    OrderDetails details = india();
    assertThat(OrderDetailsMessage.builder().to(IN).body("Your order").details(details).build().details())
        .isSameAs(details);
    assertThatThrownBy(() -> OrderDetailsMessage.builder().to(IN).body("Your order").details(details)
        .referenceId("other-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the order's parameters come from details(..) or from the builder's own methods (referenceId,"
            + " order, ...), not both");
  }
}
