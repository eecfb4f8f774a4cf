package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.CONFIGURATION;
import static dev.wabasdk.testkit.PaymentsJson.INDIA_USER;
import static dev.wabasdk.testkit.PaymentsJson.indiaOrder;
import static dev.wabasdk.testkit.PaymentsJson.orderStatus;
import static dev.wabasdk.testkit.PaymentsJson.pixOrder;
import static dev.wabasdk.testkit.PaymentsJson.with;
import static dev.wabasdk.testkit.PaymentsJson.without;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake refuses payments messages as Meta does: 131008 / 131009 / 100 with details naming the JSON path. */
class PaymentsValidationTest {
  private static final String P = "interactive.action.parameters.";
  private static final String PATH = "interactive['action']['parameters']";
  /** The fake's start (2026-11-02T09:00:00Z) plus an hour. */
  private static final long EXPIRES = 1_793_610_000L + 3600;
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.account().paymentConfiguration(CONFIGURATION, "razorpay").paymentConfiguration("upi-static", "upi_vpa")
        .paymentConfiguration("payu-prod", "payu");
    fake.user(INDIA_USER).sends("hi");
    fake.user(PaymentsJson.BRAZIL_USER).sends("oi");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private static String india() {
    return indiaOrder("ORD-1", EXPIRES);
  }

  private static Arguments refused(String name, UnaryOperator<String> change, int code, String details) {
    return Arguments.of(name, change, code, details);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused("action name", j -> with(india(), "review_order", "interactive.action.name"), 131009,
            "Param interactive['action']['name'] must be \"review_and_pay\", was \"review_order\"."),
        refused("reference charset", j -> with(india(), "ORD 1/2", P + "reference_id"), 131009,
            "Param " + PATH + "['reference_id'] may hold only English letters, digits, '_', '-' and '.', was "
                + "\"ORD 1/2\"."),
        refused("reference length in India", j -> with(india(), "A".repeat(36), P + "reference_id"), 131009,
            "Param " + PATH + "['reference_id'] must be at most 35 characters long, was 36."),
        refused("reference length in Brazil", j -> with(pixOrder("x"), "B".repeat(61), P + "reference_id"), 131009,
            "Param " + PATH + "['reference_id'] must be at most 60 characters long, was 61."),
        refused("reference missing", j -> without(india(), P + "reference_id"), 131008,
            "The parameter " + PATH + "['reference_id'] is required."),
        refused("currency", j -> with(india(), "USD", P + "currency"), 131009,
            "Param " + PATH + "['currency'] must be one of [BRL, INR], was \"USD\"."),
        refused("offset", j -> with(india(), 1000L, P + "total_amount.offset"), 131009,
            "Param " + PATH + "['total_amount']['offset'] must be 100, was 1000."),
        refused("value not an integer", j -> with(india(), 10000.5, P + "order.items.0.amount.value"), 131009,
            "Param " + PATH + "['order']['items'][0]['amount']['value'] must be a positive integer (the amount "
                + "times 100), was 10000.5."),
        refused("subtotal", j -> with(india(), 19000L, P + "order.subtotal.value"), 131009,
            "Param " + PATH + "['order']['subtotal']['value'] must be the sum of each item's sale_amount (or "
                + "amount) times quantity, 20000, was 19000."),
        refused("sale amount is the subtotal's price", j -> with(india(), Map.of("value", 9000L, "offset", 100L),
            P + "order.items.0.sale_amount"), 131009,
            "Param " + PATH + "['order']['subtotal']['value'] must be the sum of each item's sale_amount (or "
                + "amount) times quantity, 18000, was 20000."),
        refused("sale amount not below the amount", j -> with(india(), Map.of("value", 10000L, "offset", 100L),
            P + "order.items.0.sale_amount"), 131009,
            "Param " + PATH + "['order']['items'][0]['sale_amount']['value'] must be less than the amount (10000), "
                + "was 10000."),
        refused("total", j -> with(india(), 22000L, P + "total_amount.value"), 131009,
            "Param " + PATH + "['total_amount']['value'] must be subtotal + tax + shipping - discount, 20000 + 1000 "
                + "+ 1000 - 1000 = 21000, was 22000."),
        refused("order status", j -> with(india(), "processing", P + "order.status"), 131009,
            "Param " + PATH + "['order']['status'] must be \"pending\" in an order_details message, was "
                + "\"processing\"."),
        refused("quantity", j -> with(india(), 1.5, P + "order.items.0.quantity"), 131009,
            "Param " + PATH + "['order']['items'][0]['quantity'] must be a positive integer, was 1.5."),
        refused("item name", j -> with(india(), "N".repeat(61), P + "order.items.0.name"), 131009,
            "Param " + PATH + "['order']['items'][0]['name'] must be at most 60 characters long, was 61."),
        refused("importer fields without a catalog", j -> without(india(), P + "order.catalog_id"), 131008,
            "The parameter " + PATH + "['order']['items'][0]['country_of_origin'] is required when the order has "
                + "no catalog_id."),
        refused("India needs an order", j -> without(india(), P + "order"), 131008,
            "The parameter " + PATH + "['order'] is required."),
        refused("unknown payment setting", j -> with(india(), "pix_dynamic_code",
            P + "payment_settings.0.type"), 131009,
            "Param " + PATH + "['payment_settings'][0]['type'] must be one of [payment_gateway, payment_link, "
                + "upi_intent_link] for INR orders, was \"pix_dynamic_code\"."),
        refused("India needs payment settings", j -> without(india(), P + "payment_settings"), 131008,
            "The parameter " + PATH + "['payment_settings'] is required (or, for the legacy UPI intent, "
                + "payment_type \"upi\" with payment_configuration)."),
        refused("unknown gateway", j -> with(india(), "stripe", P + "payment_settings.0.payment_gateway.type"),
            131009, "Param " + PATH + "['payment_settings'][0]['payment_gateway']['type'] must be one of "
                + "[billdesk, payu, razorpay, zaakpay], was \"stripe\"."),
        refused("unknown configuration", j -> with(india(), "razorpay-test",
            P + "payment_settings.0.payment_gateway.configuration_name"), 131009,
            "Param " + PATH + "['payment_settings'][0]['payment_gateway']['configuration_name'] must name a payment "
                + "configuration of the WhatsApp Business Account: \"razorpay-test\" does not exist (the account "
                + "has [razorpay-prod, upi-static, payu-prod])."),
        refused("configuration of another gateway", j -> with(india(), "payu-prod",
            P + "payment_settings.0.payment_gateway.configuration_name"), 131009,
            "Param " + PATH + "['payment_settings'][0]['payment_gateway']['configuration_name'] names payment "
                + "configuration \"payu-prod\" of provider payu, but the payment gateway type is razorpay."),
        refused("unknown razorpay field", j -> with(india(), "x",
            P + "payment_settings.0.payment_gateway.razorpay.udf1"), 100,
            "Unexpected key \"udf1\" on param \"" + PATH + "['payment_settings'][0]['payment_gateway']['razorpay']\";"
                + " razorpay takes [encrypted_payment_gateway_data, notes, receipt]."),
        refused("receipt length", j -> with(india(), "r".repeat(41),
            P + "payment_settings.0.payment_gateway.razorpay.receipt"), 131009,
            "Param " + PATH + "['payment_settings'][0]['payment_gateway']['razorpay']['receipt'] must be at most 40 "
                + "characters long, was 41."),
        refused("upi link attributes", j -> with(india(), List.of(Map.of("type", "upi_intent_link",
            "upi_intent_link", Map.of("link", "upi://pay?pa=shop@upi&am=210"))), P + "payment_settings"), 131009,
            "Param " + PATH + "['payment_settings'][0]['upi_intent_link']['link'] may carry only the attributes "
                + "[mc, pa, pn, purpose, tr], had \"am\"."),
        refused("payment_type in India", j -> with(india(), "br", P + "payment_type"), 131009,
            "Param " + PATH + "['payment_type'] must be \"upi\" for INR orders, was \"br\"."),
        refused("legacy configuration unknown", j -> with(with(without(india(), P + "payment_settings"), "upi",
            P + "payment_type"), "upi-old", P + "payment_configuration"), 131009,
            "Param " + PATH + "['payment_configuration'] must name a payment configuration of the WhatsApp Business "
                + "Account: \"upi-old\" does not exist (the account has [razorpay-prod, upi-static, payu-prod])."),
        refused("expiration too soon", j -> with(india(), Long.toString(EXPIRES - 3600 + 299),
            P + "order.expiration.timestamp"), 131009,
            "Param " + PATH + "['order']['expiration']['timestamp'] must be at least 300 seconds after now "
                + "(1793610000, so at least 1793610300), was 1793610299."),
        refused("header type", j -> with(india(), Map.of("type", "text", "text", "Order"), "interactive.header"),
            131009, "Param interactive['header']['type'] must be \"image\" in an order_details message, was "
                + "\"text\"."),
        refused("Brazil needs payment_type br", j -> without(pixOrder("P-1"), P + "payment_type"), 131008,
            "The parameter " + PATH + "['payment_type'] is required: \"br\" for BRL orders."),
        refused("Brazil payment_type", j -> with(pixOrder("P-1"), "upi", P + "payment_type"), 131009,
            "Param " + PATH + "['payment_type'] must be \"br\" for BRL orders, was \"upi\"."),
        refused("Brazil simplified order has no header", j -> with(pixOrder("P-1"), Map.of("type", "image",
            "image", Map.of("link", "https://example.com/p.png")), "interactive.header"), 131009,
            "Param interactive['header'] is not supported in an order_details message without an order (a "
                + "simplified Brazilian order)."),
        refused("pix key type", j -> with(pixOrder("P-1"), "IBAN", P + "payment_settings.0.pix_dynamic_code.key_type"),
            131009, "Param " + PATH + "['payment_settings'][0]['pix_dynamic_code']['key_type'] must be one of "
                + "[CNPJ, CPF, EMAIL, EVP, PHONE], was \"IBAN\"."),
        refused("Brazil items need retailer ids", j -> without(PaymentsJson.cardOrder("C-1"),
            P + "order.items.0.retailer_id"), 131008,
            "The parameter " + PATH + "['order']['items'][0]['retailer_id'] is required."),
        refused("order_status action name", j -> with(orderStatus("919876543210", "ORD-1", "shipped"),
            "review_and_pay", "interactive.action.name"), 131009,
            "Param interactive['action']['name'] must be \"review_order\", was \"review_and_pay\"."),
        refused("order_status status", j -> orderStatus("919876543210", "ORD-1", "lost"), 131009,
            "Param " + PATH + "['order']['status'] must be one of [canceled, completed, partially_shipped, "
                + "pending, processing, shipped], was \"lost\"."),
        refused("order_status needs order or payment", j -> without(orderStatus("919876543210", "ORD-1", "shipped"),
            P + "order"), 131008,
            "The parameter " + PATH + "['order'] is required (or ['payment'], for a Brazilian payment status "
                + "update)."),
        refused("order_status payment status", j -> with(orderStatus("5511987654321", "P-1", "processing"),
            Map.of("status", "refunded"), P + "payment"), 131009,
            "Param " + PATH + "['payment']['status'] must be one of [captured, failed, pending], was "
                + "\"refunded\"."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithMetasCodeAndTheJsonPath(String name, UnaryOperator<String> change, int code, String details) {
    Wire.Reply reply = wire.send(change.apply(""));

    assertThat(reply.code()).as(reply.body()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo((long) code);
    assertThat(reply.at("error", "error_data", "details")).isEqualTo(details);
    assertThat(fake.sentMessages()).isEmpty();
  }

  @Test
  void aReferenceIdIsUsedOncePerBusiness() {
    assertThat(wire.send(india()).code()).isEqualTo(200);
    String first = fake.sentMessages().get(0).id();

    Wire.Reply again = wire.send(india());

    assertThat(again.code()).isEqualTo(400);
    assertThat(again.at("error", "code")).isEqualTo(131009L);
    assertThat(again.at("error", "message")).isEqualTo("(#131009) Parameter value is not valid");
    assertThat(again.at("error", "error_data", "details")).isEqualTo("Param " + PATH + "['reference_id'] must be "
        + "unique per order_details message of the business: \"ORD-1\" was used by " + first + ".");
  }

  @Test
  void metasOtherVariantsAreAccepted() {
    String legacy = with(with(without(india(), P + "payment_settings"), "upi", P + "payment_type"), "upi-static",
        P + "payment_configuration");
    String dynamicVpa = with(with(india(), "ORD-2", P + "reference_id"), List.of(Map.of("type", "upi_intent_link",
        "upi_intent_link", Map.of("link", "upi://pay?pa=shop@upi&pn=Shop&mc=5411&purpose=00&tr=pg123"))),
        P + "payment_settings");
    String imageItems = with(with(without(india(), P + "order.catalog_id"), "ORD-3", P + "reference_id"),
        List.of(Map.of("name", "Bread", "image", Map.of("link", "https://example.com/bread.png"),
            "amount", Map.of("value", 10000L, "offset", 100L), "quantity", 2L, "country_of_origin", "India",
            "importer_name", "Shop", "importer_address", Map.of("address_line1", "1 Road", "city", "Delhi",
                "zone_code", "DL", "postal_code", "110001", "country_code", "IN"))), P + "order.items");
    String order4 = with(india(), "ORD-4", P + "reference_id");
    // Meta's text calls parameters "a stringified JSON object"; its examples send an object: both are read
    String stringified = with(order4, Json.write(Json.at(
        Json.parseObject(order4), "interactive", "action", "parameters")),
        "interactive.action.parameters");

    for (String json : List.of(legacy, dynamicVpa, imageItems, pixOrder("P-1"), PaymentsJson.cardOrder("C-1"),
        stringified)) {
      Wire.Reply reply = wire.send(json);
      assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    }
    assertThat(stringified).contains("\"parameters\":\"{");
    assertThat(fake.sentMessages()).extracting(SentMessage::interactiveType).containsOnly("order_details")
        .hasSize(6);
  }
}
