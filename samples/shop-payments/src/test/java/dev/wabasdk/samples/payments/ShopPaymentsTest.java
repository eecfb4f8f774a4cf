package dev.wabasdk.samples.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.payment.PaymentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopPaymentsTest {
  @Test
  void theShopGetsTheAddressIsPaidAfterAFailedAttemptShipsAndRefunds() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ShopPayments.Outcome outcome = ShopPayments.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    // The failed attempt, the capture, then the refund: three payment webhooks, none taken for a message status.
    assertThat(outcome.webhookStatuses()).containsExactly("pending", "captured", "captured");
    assertThat(outcome.lookedUp()).isSameAs(PaymentStatus.CAPTURED);
    assertThat(outcome.refunds()).isEqualTo(1);
    assertThat(outcome.sent())
        .containsExactly("address_message", "order_details", "order_status", "order_status", "text");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Delivery address: Wing A, Cello Triumph, IB Patel Rd, Mumbai 400063")
        .contains("Order GC-2026-0042 sent: total 1501.64 INR")
        .contains("Look-up: captured, 2 attempts, 1501.64 INR");
  }
}
