package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.CONFIGURATION;
import static dev.wabasdk.testkit.PaymentsJson.INDIA_USER;
import static dev.wabasdk.testkit.PaymentsJson.indiaOrder;
import static dev.wabasdk.testkit.PaymentsJson.orderStatus;
import static dev.wabasdk.testkit.PaymentsJson.paymentStatuses;
import static dev.wabasdk.testkit.PaymentsJson.statusesOf;
import static dev.wabasdk.testkit.PaymentsJson.wamid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** India's payment gateway flow against the fake, in raw JSON: order, payment, look-up, refund, order status. */
class PaymentsFakeTest {
  private static final String WA_ID = "919876543210";
  private FakeWhatsApp fake;
  private Wire wire;
  private String lookupPath;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.account().paymentConfiguration(CONFIGURATION, "razorpay");
    fake.user(INDIA_USER).sends("I'd like to order");
    lookupPath = "/v26.0/" + fake.phoneNumberId() + "/payments/" + CONFIGURATION + "/";
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private long now() {
    return fake.clock().instant().getEpochSecond();
  }

  private String sendOrder(String reference) {
    Wire.Reply reply = wire.send(indiaOrder(fake, reference));
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return wamid(reply);
  }

  private Map<String, Object> lookup(String reference) {
    Wire.Reply reply = wire.get(lookupPath + reference);
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Wire.Reply refund(String reference, String value) {
    return wire.post("/v26.0/" + fake.phoneNumberId() + "/payments_refund", """
        {"reference_id":"%s","speed":"instant","payment_config_id":"razorpay-prod",
         "amount":{"currency":"INR","value":"%s","offset":"100"}}""".formatted(reference, value));
  }

  private String statusOfMessage(String json) {
    Wire.Reply reply = wire.send(json);
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return wamid(reply);
  }

  @Test
  void anIndiaOrderIsPaidLookedUpRefundedAndCompleted() {
    String orderWamid = sendOrder("ORD-1001-1");
    long paidAt = now();

    fake.user(INDIA_USER).pays("ORD-1001-1");

    List<Map<String, Object>> payments = paymentStatuses(fake);
    assertThat(payments).hasSize(1);
    Map<String, Object> transaction = Json.map(payments.get(0), "payment", "transaction");
    String pgOrder = String.valueOf(transaction.get("id"));
    String pgPayment = String.valueOf(transaction.get("pg_transaction_id"));
    assertThat(pgOrder).startsWith("order_");
    assertThat(pgPayment).startsWith("pay_");
    assertThat(payments.get(0)).isEqualTo(Json.parseObject("""
        {"id":"%s","recipient_id":"919876543210","type":"payment","status":"captured",
         "payment":{"reference_id":"ORD-1001-1","amount":{"value":21000,"offset":100},"currency":"INR",
           "transaction":{"id":"%s","pg_transaction_id":"%s","type":"razorpay","status":"success",
             "created_timestamp":%d,"updated_timestamp":%d,"method":{"type":"upi"}},
           "receipt":"rcpt-1","notes":{"key1":"value1"}},
         "timestamp":"%d"}""".formatted(orderWamid, pgOrder, pgPayment, paidAt, paidAt, paidAt)));

    assertThat(lookup("ORD-1001-1")).isEqualTo(Json.parseObject("""
        {"payments":[{"reference_id":"ORD-1001-1","status":"captured","amount":{"value":21000,"offset":100},
          "currency":"INR","transactions":[{"id":"%s","pg_transaction_id":"%s","type":"razorpay","status":"success",
            "created_timestamp":%d,"updated_timestamp":%d,"amount":{"value":21000,"offset":100},
            "order_amount":{"value":21000,"offset":100},"currency":"INR","method":{"type":"upi"}}],
          "receipt":"rcpt-1","notes":{"key1":"value1"}}]}""".formatted(pgOrder, pgPayment, paidAt, paidAt)));

    fake.clock().advance(Duration.ofMinutes(5));
    Wire.Reply refunded = refund("ORD-1001-1", "1000");
    assertThat(refunded.code()).as(refunded.body()).isEqualTo(200);
    String refundId = String.valueOf(refunded.at("id"));
    assertThat(refundId).startsWith("rfnd_");
    assertThat(refunded.json()).isEqualTo(Map.of("id", refundId, "status", "pending", "speed_processed", "instant"));

    Map<String, Object> refundJson = Json.parseObject("""
        {"id":"%s","amount":{"value":1000,"offset":100},"speed_processed":"instant","status":"success",
         "created_timestamp":%d,"updated_timestamp":%d}""".formatted(refundId, now(), now()));
    List<Map<String, Object>> afterRefund = paymentStatuses(fake);
    assertThat(afterRefund).hasSize(2);
    assertThat(afterRefund.get(1)).containsEntry("status", "captured")
        .containsEntry("timestamp", Long.toString(now()));
    assertThat(Json.list(afterRefund.get(1), "payment", "refunds")).containsExactly(refundJson);
    assertThat(Json.map(afterRefund.get(1), "payment", "transaction")).isEqualTo(transaction);
    Object lookedUp = Json.list(lookup("ORD-1001-1"), "payments").get(0);
    assertThat(Json.list(Json.list(lookedUp, "transactions").get(0), "refunds")).containsExactly(refundJson);

    Wire.Reply tooMuch = refund("ORD-1001-1", "20001");
    assertThat(tooMuch.code()).isEqualTo(400);
    assertThat(tooMuch.at("error", "code")).isEqualTo(100L);
    assertThat(String.valueOf(tooMuch.at("error", "error_data", "details")))
        .contains("more than what is left to refund: 20000 of 21000");

    for (String status : List.of("processing", "shipped", "completed")) {
      String wamid = statusOfMessage(orderStatus(WA_ID, "ORD-1001-1", status));
      assertThat(statusesOf(fake, wamid)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    }
    assertThat(fake.requests()).extracting(FakeRequest::path)
        .contains("/v26.0/" + fake.phoneNumberId() + "/payments_refund", lookupPath + "ORD-1001-1");
  }

  @Test
  void cancelingAPaidOrderIsAcceptedThenFailsWith2047() {
    sendOrder("ORD-2");
    fake.user(INDIA_USER).pays("ORD-2");

    String wamid = statusOfMessage(orderStatus(WA_ID, "ORD-2", "canceled"));

    List<Map<String, Object>> statuses = statusesOf(fake, wamid);
    assertThat(statuses).hasSize(1);
    assertThat(statuses.get(0)).containsEntry("status", "failed").containsEntry("recipient_id", WA_ID);
    Map<String, Object> error = Json.map(Json.list(statuses.get(0), "errors").get(0));
    assertThat(error).containsEntry("code", 2047L)
        .containsEntry("title", "Could not change order status to 'canceled'")
        .containsEntry("message", "Could not change order status to 'canceled'");
    assertThat(Json.string(error, "error_data", "details")).isEqualTo("Order \"ORD-2\" cannot be canceled: its "
        + "payment is captured.");
    assertThat(fake.sentMessage(wamid).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(fake.sentMessage(wamid).error().code()).isEqualTo(2047);
    // the order is still pending fulfilment: it moves on
    String processing = statusOfMessage(orderStatus(WA_ID, "ORD-2", "processing"));
    assertThat(statusesOf(fake, processing)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
  }

  @Test
  void aFailedAttemptIsAPendingPaymentThatCanStillBePaidButNotCanceled() {
    String orderWamid = sendOrder("ORD-3");

    fake.user(INDIA_USER).failsToPay("ORD-3", "BAD_REQUEST_ERROR", "incorrect_pin");

    Map<String, Object> failed = paymentStatuses(fake).get(0);
    assertThat(failed).containsEntry("id", orderWamid).containsEntry("status", "pending");
    Map<String, Object> transaction = Json.map(failed, "payment", "transaction");
    assertThat(transaction).containsEntry("status", "failed").containsEntry("type", "razorpay")
        .containsEntry("error", Map.of("code", "BAD_REQUEST_ERROR", "reason", "incorrect_pin"));
    Object payment = Json.list(lookup("ORD-3"), "payments").get(0);
    assertThat(Json.string(payment, "status")).isEqualTo("pending");
    assertThat(Json.list(payment, "transactions")).singleElement()
        .satisfies(t -> assertThat(Json.string(t, "status")).isEqualTo("failed"))
        .satisfies(t -> assertThat(Json.at(t, "error")).isEqualTo(Map.of("code", "BAD_REQUEST_ERROR",
            "reason", "incorrect_pin")));
    assertThat(refund("ORD-3", "100").at("error", "error_data", "details"))
        .isEqualTo("The payment of order ORD-3 is pending; only a captured payment can be refunded.");

    String cancel = statusOfMessage(orderStatus(WA_ID, "ORD-3", "canceled"));
    assertThat(Json.at(Json.list(statusesOf(fake, cancel).get(0), "errors").get(0), "code")).isEqualTo(2047L);

    fake.user(INDIA_USER).pays("ORD-3");
    Object paid = Json.list(lookup("ORD-3"), "payments").get(0);
    assertThat(Json.string(paid, "status")).isEqualTo("captured");
    assertThat(Json.list(paid, "transactions")).extracting(t -> Json.string(t, "status"))
        .containsExactly("failed", "success");
    assertThat(Json.list(paid, "transactions")).extracting(t -> Json.string(t, "id")).containsOnly(
        Json.string(transaction, "id"));
  }

  @Test
  void badTransitionsAndUnknownOrdersAreAcceptedThenFailWith2046() {
    sendOrder("ORD-4");
    List<String> failing = List.of(
        statusOfMessage(orderStatus(WA_ID, "NO-SUCH-ORDER", "processing")),
        sendThen("ORD-4", "processing", "pending"),
        sendThen("ORD-4", "canceled", "shipped"));

    for (String wamid : failing) {
      Map<String, Object> status = statusesOf(fake, wamid).get(0);
      assertThat(status).containsEntry("status", "failed");
      assertThat(Json.list(status, "errors").get(0)).satisfies(e -> {
        assertThat(Json.at(e, "code")).isEqualTo(2046L);
        assertThat(Json.at(e, "title")).isEqualTo("New order status was not correctly transitioned.");
      });
    }
    assertThat(Json.string(Json.list(statusesOf(fake, failing.get(0)).get(0), "errors").get(0), "error_data",
        "details")).isEqualTo("No order_details message with reference_id \"NO-SUCH-ORDER\" was sent to this user,"
        + " so its status cannot change.");
    assertThat(Json.string(Json.list(statusesOf(fake, failing.get(2)).get(0), "errors").get(0), "error_data",
        "details")).isEqualTo("Order \"ORD-4\" is canceled; completed and canceled are final, so it cannot become "
        + "shipped.");
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-4")).isInstanceOf(IllegalStateException.class)
        .hasMessage("order ORD-4 is canceled; WhatsApp removed its payment button");
  }

  /** Sends order_status {@code first} (accepted) then {@code second}; returns the second's wamid. */
  private String sendThen(String reference, String first, String second) {
    String ok = statusOfMessage(orderStatus(WA_ID, reference, first));
    assertThat(statusesOf(fake, ok)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    return statusOfMessage(orderStatus(WA_ID, reference, second));
  }

  @Test
  void payingIsRefusedWithTheReasonWhenWhatsAppWouldNotTakeThePayment() {
    sendOrder("ORD-5");
    FakeUser other = fake.user("+919812345678");

    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-404")).isInstanceOf(IllegalStateException.class)
        .hasMessage("no order_details message with reference_id ORD-404 was sent in this business; orders: [ORD-5]");
    assertThatThrownBy(() -> other.pays("ORD-5")).isInstanceOf(IllegalStateException.class)
        .hasMessage("order ORD-5 was sent to 919876543210, not to 919812345678");

    fake.account().paymentConfigurationStatus(CONFIGURATION, "Needs_Connecting");
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-5")).isInstanceOf(IllegalStateException.class)
        .hasMessage("payment configuration razorpay-prod of order ORD-5 is Needs_Connecting, not Active: the user "
            + "cannot pay");
    fake.account().paymentConfigurationStatus(CONFIGURATION, "Active");

    fake.user(INDIA_USER).pays("ORD-5");
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-5")).isInstanceOf(IllegalStateException.class)
        .hasMessage("order ORD-5 is already paid (payment captured)");

    String link = PaymentsJson.with(PaymentsJson.with(indiaOrder(fake, "ORD-LINK"), List.of(Map.of(
        "type", "payment_link", "payment_link", Map.of("uri", "https://pg.example/pay/1"))),
        "interactive.action.parameters.payment_settings"), "upi", "interactive.action.parameters.payment_type");
    assertThat(wire.send(link).code()).isEqualTo(200);
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-LINK")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is paid through [payment_link]: the payment gateway reports that payment");

    String expiring = indiaOrder("ORD-EXP", now() + 600);
    assertThat(wire.send(expiring).code()).isEqualTo(200);
    fake.clock().advance(Duration.ofMinutes(10));
    assertThatThrownBy(() -> fake.user(INDIA_USER).pays("ORD-EXP")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("order ORD-EXP expired at ");
  }

  @Test
  void anUnknownReferenceLooksUpAsNoPaymentsAndResetForgetsOrdersAndConfigurations() {
    sendOrder("ORD-6");
    assertThat(lookup("ORD-404")).isEqualTo(Map.of("payments", List.of()));
    assertThat(wire.get("/v26.0/" + fake.phoneNumberId() + "/payments/other-config/ORD-6").json())
        .isEqualTo(Map.of("payments", List.of()));
    assertThat(Json.list(lookup("ORD-6"), "payments")).singleElement()
        .satisfies(p -> assertThat(Json.string(p, "status")).isEqualTo("pending"))
        .satisfies(p -> assertThat(Json.at(p, "transactions")).isNull());

    fake.reset();

    assertThat(lookup("ORD-6")).isEqualTo(Map.of("payments", List.of()));
    assertThat(Json.list(wire.get("/v26.0/" + fake.businessAccountId() + "/payment_configurations").json(), "data")
        .get(0)).isEqualTo(Map.of("payment_configurations", List.of()));
  }
}
