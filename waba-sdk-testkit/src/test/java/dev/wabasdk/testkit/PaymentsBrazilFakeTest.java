package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.BRAZIL_USER;
import static dev.wabasdk.testkit.PaymentsJson.cardOrder;
import static dev.wabasdk.testkit.PaymentsJson.orderStatus;
import static dev.wabasdk.testkit.PaymentsJson.pixOrder;
import static dev.wabasdk.testkit.PaymentsJson.statusesOf;
import static dev.wabasdk.testkit.PaymentsJson.values;
import static dev.wabasdk.testkit.PaymentsJson.wamid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Brazil's orders against the fake: Pix (WhatsApp reports no payment) and one-click card confirmations. */
class PaymentsBrazilFakeTest {
  private static final String WA_ID = "5511987654321";
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.user(BRAZIL_USER).sends("Oi");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private String send(String json) {
    Wire.Reply reply = wire.send(json);
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    return wamid(reply);
  }

  @Test
  void aSimplifiedPixOrderIsAcceptedButWhatsAppReportsNoPayment() {
    String wamid = send(pixOrder("PIX-1"));

    assertThat(statusesOf(fake, wamid)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    assertThatThrownBy(() -> fake.user(BRAZIL_USER).pays("PIX-1")).isInstanceOf(IllegalStateException.class)
        .hasMessage("order PIX-1 is a Brazilian order ([pix_dynamic_code]): WhatsApp does not report Pix, Boleto "
            + "or payment link payments, the business confirms them with its PSP and sends order_status");
    assertThatThrownBy(() -> fake.user(BRAZIL_USER).confirmsCardPayment("PIX-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("order PIX-1 has no offsite_card_pay payment setting (it has [pix_dynamic_code]); only "
            + "one-click card orders are confirmed in WhatsApp");

    // the business confirms with its PSP, then says so; the order can no longer be canceled
    String paid = send("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321","type":"interactive",
         "interactive":{"type":"order_status","body":{"text":"Payment received"},
          "action":{"name":"review_order","parameters":{"reference_id":"PIX-1",
            "payment":{"status":"captured","timestamp":1793610000}}}}}""");
    assertThat(statusesOf(fake, paid)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    String cancel = send(orderStatus(WA_ID, "PIX-1", "canceled"));
    assertThat(Json.at(Json.list(statusesOf(fake, cancel).get(0), "errors").get(0), "code")).isEqualTo(2047L);
    assertThat(PaymentsJson.paymentStatuses(fake)).isEmpty();
  }

  @Test
  void aOneClickCardOrderIsConfirmedByTheUsersPaymentMethodMessage() {
    send(cardOrder("CARD-1"));
    long now = fake.clock().instant().getEpochSecond();

    UserMessage confirmation = fake.user(BRAZIL_USER).confirmsCardPayment("CARD-1");

    Map<String, Object> message = Json.map(Json.list(values(fake, "messages").stream()
        .filter(v -> !Json.list(v, "messages").isEmpty()).toList().get(1), "messages").get(0));
    assertThat(message).isEqualTo(Json.parseObject("""
        {"from":"5511987654321","id":"%s","timestamp":"%d","type":"interactive",
         "interactive":{"type":"payment_method","payment_method":{
           "payment_method":"offsite_card_pay","payment_timestamp":%d,
           "reference_id":"CARD-1","last_four_digits":"5235","credential_id":"1234567"}}}"""
        .formatted(confirmation.id(), now, now)));
    assertThat(confirmation.type()).isEqualTo("interactive");

    // a payment is underway: canceling fails; the business reports the charge and moves the order on
    String cancel = send(orderStatus(WA_ID, "CARD-1", "canceled"));
    assertThat(Json.string(Json.list(statusesOf(fake, cancel).get(0), "errors").get(0), "error_data", "details"))
        .isEqualTo("Order \"CARD-1\" cannot be canceled: the user attempted a payment (payment pending).");
    String processing = send("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"5511987654321","type":"interactive",
         "interactive":{"type":"order_status","body":{"text":"Paid, preparing"},
          "action":{"name":"review_order","parameters":{"reference_id":"CARD-1",
            "order":{"status":"processing"},"payment":{"status":"captured"}}}}}""");
    assertThat(statusesOf(fake, processing)).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    assertThatThrownBy(() -> fake.user(BRAZIL_USER).confirmsCardPayment("CARD-1"))
        .isInstanceOf(IllegalStateException.class).hasMessage("order CARD-1 is already paid (payment captured)");
    assertThat(Json.list(wire.get("/testkit/orders").json(), "data")).singleElement()
        .satisfies(o -> assertThat(Json.string(o, "order_status")).isEqualTo("processing"))
        .satisfies(o -> assertThat(Json.string(o, "payment_status")).isEqualTo("captured"))
        .satisfies(o -> assertThat(Json.at(o, "payment_settings")).isEqualTo(List.of("offsite_card_pay")));
  }
}
