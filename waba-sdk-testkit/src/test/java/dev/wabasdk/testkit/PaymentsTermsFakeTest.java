package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.message.OrderDetailsMessage;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.NewPaymentConfiguration;
import dev.wabasdk.payment.PaymentProvider;
import dev.wabasdk.payment.PaymentSetting;
import org.junit.jupiter.api.Test;

/**
 * A business that has not accepted the WhatsApp Payments terms of service: Meta refuses the configuration APIs
 * with 131005 "Access denied" and {@code order_details} sends with 134011, through the SDK's client as a user sees
 * them; once accepted, both work.
 */
class PaymentsTermsFakeTest {
  private static final String PRIYA = "+919876543210";

  private static OrderDetailsMessage order(String reference) {
    return OrderDetailsMessage.builder().to(PRIYA).body("Your order").referenceId(reference)
        .type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod").build())
        .currency("INR")
        .order(Order.builder().catalogId("194836987003835").item("bread-1", "Bread", Amount.of(10000), 1)
            .tax(Amount.of(1000), "GST").build())
        .build();
  }

  @Test
  void withoutTheTermsTheConfigurationApisAndOrdersAreRefusedUntilTheyAreAccepted() {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build()) {
      fake.account().paymentConfiguration("razorpay-prod", "razorpay");
      fake.user(PRIYA).sends("Hi");
      fake.account().paymentsTermsAccepted(false);

      WabaAuthenticationException denied = catchThrowableOfType(
          () -> client.payments().configurations(), WabaAuthenticationException.class);
      assertThat(denied.code()).isEqualTo(131005);
      assertThat(denied.error().message()).isEqualTo("(#131005) Access denied");
      assertThat(denied.error().details()).contains("WhatsApp Payments terms of service");
      WabaAuthenticationException createDenied = catchThrowableOfType(() -> client.payments().createConfiguration(
          NewPaymentConfiguration.gateway("payu-prod", PaymentProvider.PAYU)),
          WabaAuthenticationException.class);
      assertThat(createDenied.code()).isEqualTo(131005);

      WabaApiException refused = catchThrowableOfType(() -> client.messages().send(order("ORD-1")),
          WabaApiException.class);
      assertThat(refused.code()).isEqualTo(134011);
      assertThat(refused.kind()).isSameAs(ErrorKind.INVALID_REQUEST);
      assertThat(refused.certainlyNotSent()).isTrue();
      assertThat(refused.error().message())
          .isEqualTo("(#134011) WhatsApp Payments terms of service has not been accepted");
      assertThat(fake.sentMessagesTo(PRIYA)).isEmpty();

      fake.account().paymentsTermsAccepted(true);
      assertThat(client.payments().configurations()).hasSize(1);
      client.messages().send(order("ORD-1")); // the refused send left no order behind: the reference id is free
      assertThat(fake.sentMessagesTo(PRIYA)).extracting(SentMessage::interactiveType)
          .containsExactly("order_details");
    }
  }
}
