package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.INDIA_USER;
import static dev.wabasdk.testkit.PaymentsJson.indiaOrder;
import static dev.wabasdk.testkit.PaymentsJson.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment configurations (India's onboarding APIs), their webhooks, the control API and many businesses. */
class PaymentConfigurationsFakeTest {
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";
  private FakeWhatsApp fake;
  private Wire wire;
  private String waba;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().tenant(WABA_B, NUMBER_B, TOKEN_B, "+91 22 1234 5678").start();
    wire = new Wire(fake);
    waba = "/v26.0/" + fake.businessAccountId();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Wire.Reply deleteConfiguration(String json) {
    return wire.call(new Request.Builder().url(fake.baseUrl() + waba.substring(1) + "/payment_configuration")
        .delete(RequestBody.create(json, Wire.JSON)));
  }

  @Test
  void configurationsAreCreatedLinkedReadUpdatedAndDeleted() {
    long now = fake.clock().instant().getEpochSecond();
    Wire.Reply created = wire.post(waba + "/payment_configuration", """
        {"configuration_name":"razorpay-prod","merchant_category_code":"0000","purpose_code":"00",
         "provider_name":"razorpay","redirect_url":"https://shop.example/linked"}""");
    assertThat(created.json()).isEqualTo(Map.of("oauth_url", "https://www.facebook.com/payment/onboarding/init/",
        "expiration", now + 3600, "success", true));
    assertThat(wire.post(waba + "/payment_configuration", """
        {"configuration_name":"upi-static","provider_name":"upi_vpa","merchant_vpa":"shop@upi"}""").json())
        .isEqualTo(Map.of("success", true));

    Wire.Reply duplicate = wire.post(waba + "/payment_configuration",
        "{\"configuration_name\":\"razorpay-prod\",\"provider_name\":\"payu\"}");
    assertThat(duplicate.code()).isEqualTo(400);
    assertThat(duplicate.at("error", "code")).isEqualTo(100L);
    assertThat(duplicate.at("error", "error_data", "details")).isEqualTo("Param configuration_name must be unique in"
        + " the WhatsApp Business Account: \"razorpay-prod\" exists.");
    assertThat(wire.post(waba + "/payment_configuration", "{\"configuration_name\":\"x\",\"provider_name\":\"stripe\"}")
        .at("error", "error_data", "details")).isEqualTo("Param provider_name must be one of [billdesk, payu, "
        + "razorpay, upi_vpa, zaakpay], was \"stripe\".");

    assertThat(wire.get(waba + "/payment_configuration/razorpay-prod").json()).isEqualTo(Json.parseObject("""
        {"data":[{"configuration_name":"razorpay-prod",
          "merchant_category_code":{"code":"0000","description":"Merchant category code 0000"},
          "purpose_code":{"code":"00","description":"Default"},"status":"Needs_Connecting",
          "provider_name":"razorpay","created_timestamp":%d,"updated_timestamp":%d}]}""".formatted(now, now)));
    assertThat(Json.list(Json.list(wire.get(waba + "/payment_configurations").json(), "data").get(0),
        "payment_configurations")).extracting(c -> Json.string(c, "configuration_name") + " "
        + Json.string(c, "status")).containsExactly("razorpay-prod Needs_Connecting", "upi-static Active");

    assertThat(wire.post(waba + "/generate_payment_configuration_oauth_link",
        "{\"configuration_name\":\"razorpay-prod\",\"redirect_url\":\"https://shop.example/again\"}").json())
        .isEqualTo(Map.of("oauth_url", "https://www.facebook.com/payment/onboarding/init/", "expiration", now + 3600));
    assertThat(wire.post(waba + "/generate_payment_configuration_oauth_link", "{\"configuration_name\":\"nope\"}")
        .at("error", "error_data", "details")).isEqualTo("Param configuration_name (nope) is not a payment "
        + "configuration of this WhatsApp Business Account; it has [razorpay-prod, upi-static].");
    assertThat(wire.post(waba + "/payment_configuration/razorpay-prod",
        "{\"data_endpoint_url\":\"https://shop.example/data\"}").json()).isEqualTo(Map.of("success", true));
    assertThat(Json.at(Json.list(wire.get(waba + "/payment_configuration/razorpay-prod").json(), "data").get(0),
        "data_endpoint_url")).isEqualTo("https://shop.example/data");

    assertThat(deleteConfiguration("{\"configuration_name\":\"upi-static\"}").json())
        .isEqualTo(Map.of("success", true));
    Wire.Reply gone = wire.get(waba + "/payment_configuration/upi-static");
    assertThat(gone.code()).isEqualTo(400);
    assertThat(gone.at("error", "code")).isEqualTo(100L);
    assertThat(deleteConfiguration("{}").at("error", "error_data", "details"))
        .isEqualTo("The parameter configuration_name is required.");
    assertThat(fake.requests()).extracting(r -> r.method() + " " + r.path())
        .contains("DELETE " + waba + "/payment_configuration");
  }

  @Test
  void statusChangesSendPaymentConfigurationUpdateAndOnlyActiveConfigurationsTakePayments() {
    long created = fake.clock().instant().getEpochSecond();
    wire.post(waba + "/payment_configuration", "{\"configuration_name\":\"payu-prod\",\"provider_name\":\"payu\"}");
    fake.user(INDIA_USER).sends("hi");
    String order = PaymentsJson.with(PaymentsJson.with(indiaOrder(fake, "ORD-P"), "payu",
        "interactive.action.parameters.payment_settings.0.payment_gateway.type"), "payu-prod",
        "interactive.action.parameters.payment_settings.0.payment_gateway.configuration_name");
    order = PaymentsJson.with(order, Map.of("udf1", "cart-9"),
        "interactive.action.parameters.payment_settings.0.payment_gateway.payu");
    order = PaymentsJson.without(order, "interactive.action.parameters.payment_settings.0.payment_gateway.razorpay");
    assertThat(wire.send(order).code()).isEqualTo(200); // a Needs_Connecting configuration takes orders
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-P")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is Needs_Connecting, not Active");

    fake.clock().advance(java.time.Duration.ofMinutes(1));
    fake.account().paymentConfigurationStatus("payu-prod", "Needs Testing").paymentConfigurationStatus("payu-prod",
        "Active");
    fake.user(INDIA_USER).pays("ORD-P");

    List<Map<String, Object>> updates = values(fake, "payment_configuration_update");
    assertThat(updates).extracting(u -> u.get("status")).containsExactly("Needs Testing", "Active");
    Map<String, Object> first = updates.get(0);
    assertThat(String.valueOf(first.get("provider_mid"))).startsWith("acc_");
    assertThat(first).isEqualTo(Map.of("configuration_name", "payu-prod", "provider_name", "payu",
        "provider_mid", first.get("provider_mid"), "status", "Needs Testing", "created_timestamp", created,
        "updated_timestamp", created + 60));
    WebhookDelivery update = fake.webhooks().stream().filter(w -> w.field().equals("payment_configuration_update"))
        .findFirst().orElseThrow();
    assertThat(Json.at(Json.list(update.json(), "entry").get(0), "id")).isEqualTo(fake.businessAccountId());
    assertThat(Json.at(Json.list(update.json(), "entry").get(0), "time")).isEqualTo(created + 60);
    Map<String, Object> payment = Json.map(PaymentsJson.paymentStatuses(fake).get(0), "payment");
    assertThat(payment).containsEntry("udf1", "cart-9").doesNotContainKey("receipt");
    assertThat(Json.map(payment, "transaction")).containsEntry("type", "payu");
  }

  @Test
  void theControlApiPlaysConfigurationsAndPayments() {
    assertThat(wire.post("/testkit/payment-configurations",
        "{\"configuration_name\":\"razorpay-prod\",\"provider_name\":\"razorpay\"}").json())
        .isEqualTo(Map.of("success", true));
    fake.user(INDIA_USER).sends("hi");
    assertThat(wire.send(indiaOrder(fake, "ORD-C1")).code()).isEqualTo(200);
    assertThat(wire.send(indiaOrder(fake, "ORD-C2")).code()).isEqualTo(200);

    Wire.Reply failed = wire.post("/testkit/users/919876543210/payments",
        "{\"reference_id\":\"ORD-C1\",\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"reason\":\"incorrect_pin\"}}");
    Wire.Reply paid = wire.post("/testkit/users/919876543210/payments", "{\"reference_id\":\"ORD-C2\"}");
    Wire.Reply refused = wire.post("/testkit/users/919876543210/payments", "{\"reference_id\":\"ORD-C2\"}");
    Wire.Reply status = wire.post("/testkit/payment-configurations/razorpay-prod/status",
        "{\"status\":\"Needs_Connecting\"}");

    assertThat(failed.json()).isEqualTo(Map.of("reference_id", "ORD-C1", "payment_status", "pending"));
    assertThat(paid.json()).isEqualTo(Map.of("reference_id", "ORD-C2", "payment_status", "captured"));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.at("error", "message")).isEqualTo("order ORD-C2 is already paid (payment captured)");
    assertThat(status.json()).isEqualTo(Map.of("success", true));
    assertThat(Json.list(wire.get("/testkit/orders").json(), "data"))
        .extracting(o -> Json.string(o, "reference_id") + " " + Json.string(o, "payment_status") + " "
            + Json.list(o, "transactions").size())
        .containsExactly("ORD-C1 pending 1", "ORD-C2 captured 1");
    assertThat(values(fake, "payment_configuration_update")).singleElement()
        .satisfies(u -> assertThat(u.get("status")).isEqualTo("Needs Connecting"));
    assertThat(wire.post("/testkit/payment-configurations/razorpay-prod/status", "{\"status\":\"Broken\"}")
        .at("error", "message")).isEqualTo("status: must be one of [Active, Needs_Connecting, Needs_Testing], "
        + "was \"Broken\"");
  }

  @Test
  void eachBusinessHasItsOwnConfigurationsAndOrders() {
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    Wire wireB = new Wire(b);
    b.account().paymentConfiguration("razorpay-prod", "razorpay");
    b.user(INDIA_USER).sends("hi B");
    fake.user(INDIA_USER).sends("hi A");

    // A has no configuration of that name: its order is refused, B's is accepted
    assertThat(wire.send(indiaOrder(fake, "ORD-1")).at("error", "code")).isEqualTo(131009L);
    Wire.Reply atB = wireB.post("/v26.0/" + NUMBER_B + "/messages", indiaOrder(b, "ORD-1"));
    assertThat(atB.code()).as(atB.body()).isEqualTo(200);
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-1")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no order_details message with reference_id ORD-1 was sent in this business");
    b.user(INDIA_USER).pays("ORD-1");

    assertThat(Json.list(wireB.get("/v26.0/" + NUMBER_B + "/payments/razorpay-prod/ORD-1").json(), "payments"))
        .singleElement().satisfies(p -> assertThat(Json.string(p, "status")).isEqualTo("captured"));
    assertThat(wire.get("/v26.0/" + fake.phoneNumberId() + "/payments/razorpay-prod/ORD-1").json())
        .isEqualTo(Map.of("payments", List.of()));
    Wire.Reply crossed = wire.get("/v26.0/" + WABA_B + "/payment_configurations");
    assertThat(crossed.code()).isEqualTo(400);
    assertThat(crossed.at("error", "error_subcode")).isEqualTo(33L);
    assertThat(Json.list(Json.list(wireB.get("/v26.0/" + WABA_B + "/payment_configurations").json(), "data").get(0),
        "payment_configurations")).hasSize(1);
    assertThat(PaymentsJson.paymentStatuses(b)).hasSize(1);
    assertThat(PaymentsJson.paymentStatuses(fake)).isEmpty();
  }
}
