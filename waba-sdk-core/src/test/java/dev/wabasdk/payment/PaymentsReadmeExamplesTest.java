package dev.wabasdk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The examples of the README section "Payment look-ups, refunds and configurations (India)", as plain Java run
 * against Meta's answers, so they keep compiling and doing what the section says.
 */
class PaymentsReadmeExamplesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void lookUpAndRefund() throws Exception {
    graph.enqueue(200, """
        {"payments":[{"reference_id":"ORD-1001-1","status":"captured","amount":{"offset":100,"value":21000},
          "currency":"INR","transactions":[{"id":"order_Abc","pg_transaction_id":"pay_Xyz","type":"razorpay",
          "status":"success","created_timestamp":1772129215,"updated_timestamp":1772129215}]}]}""");
    graph.enqueue(500, "<html>Bad gateway</html>");
    WhatsApp whatsApp = graph.client();
    StringBuilder out = new StringBuilder();
    boolean mayHaveBeenMade = false;

    List<Payment> payments = whatsApp.payments().lookup("razorpay-prod", "ORD-1001-1");
    for (Payment payment : payments) {
      if (payment.status() == PaymentStatus.CAPTURED) {
        out.append("paid " + payment.amount().toBigDecimal() + " " + payment.currency());
      }
      for (PaymentTransaction attempt : payment.transactions()) {
        out.append("; " + attempt.status() + " " + attempt.errorReason() + " " + attempt.refunds());
      }
    }
    try {
      RefundResult refund = whatsApp.payments().refund(
          RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(new BigDecimal("210.00")))
              .withSpeed(RefundSpeed.INSTANT));
      out.append(refund.id() + " " + refund.status() + " " + refund.speedProcessed());
    } catch (WabaException e) {
      if (!e.certainlyNotSent()) {
        mayHaveBeenMade = true;
      }
    }

    assertThat(out.toString()).isEqualTo("paid 210.00 INR; success null []");
    assertThat(mayHaveBeenMade).isTrue();
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void configurations() throws Exception {
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/\","
        + "\"expiration\":1721687287,\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, """
        {"data":[{"payment_configurations":[{"configuration_name":"razorpay-prod",
          "merchant_category_code":{"code":"5411","description":"Grocery"},
          "purpose_code":{"code":"00","description":"Default"},"status":"Needs_Connecting",
          "provider_name":"RazorPay"}]}]}""");
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/2\"}");
    graph.enqueue(200, """
        {"data":[{"configuration_name":"razorpay-prod","merchant_category_code":{"code":"5411"},
          "purpose_code":{"code":"00"},"status":"Active"}]}""");
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");
    WhatsApp whatsApp = graph.client();
    StringBuilder out = new StringBuilder();

    PaymentConfigurationLink link = whatsApp.payments().createConfiguration(
        NewPaymentConfiguration.gateway("razorpay-prod", PaymentProvider.RAZORPAY)
            .withMerchantCategoryCode("5411")
            .withPurposeCode("00")
            .withRedirectUrl("https://shop.example/payments/linked"));
    out.append(link.oauthUrl() + " until " + link.expiresAt());
    whatsApp.payments().createConfiguration(NewPaymentConfiguration.upiVpa("upi-shop", "shop@upi"));
    for (PaymentConfiguration configuration : whatsApp.payments().configurations()) {
      if (configuration.status() == PaymentConfigurationStatus.NEEDS_CONNECTING) {
        PaymentConfigurationLink again = whatsApp.payments().regenerateOAuthLink(configuration.name(), null);
        out.append("; " + configuration.name() + ": connect again at " + again.oauthUrl());
      }
    }
    out.append("; " + whatsApp.payments().configuration("razorpay-prod").isActive());
    whatsApp.payments().updateDataEndpoint("razorpay-prod", "https://shop.example/whatsapp/checkout-data");
    whatsApp.payments().deleteConfiguration("upi-shop");

    assertThat(out.toString()).isEqualTo("https://www.facebook.com/payment/onboarding/init/ until "
        + "2024-07-22T22:28:07Z; razorpay-prod: connect again at https://www.facebook.com/payment/onboarding/init/2;"
        + " true");
    assertThat(graph.server().getRequestCount()).isEqualTo(7);
  }
}
