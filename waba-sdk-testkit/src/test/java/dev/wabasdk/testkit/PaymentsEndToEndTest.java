package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.TypedWebhooks.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.OrderDetailsMessage;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.message.OrderStatus;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.Payment;
import dev.wabasdk.payment.PaymentConfigurationStatus;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.RefundRequest;
import dev.wabasdk.payment.RefundResult;
import dev.wabasdk.payment.RefundStatus;
import dev.wabasdk.payment.TransactionStatus;
import dev.wabasdk.webhook.InboundPaymentMethodMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.PaymentStatusUpdate;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Meta's Payments API played end to end: the SDK's order messages and payment calls against the fake, the fake's
 * payment webhooks into the SDK's webhook processor. The two sides were written apart, each from Meta's
 * documentation; here they must agree.
 */
class PaymentsEndToEndTest {
  private static final String PRIYA = "+919876543210";
  private static final String JOAO = "+5511987654321";

  @Test
  void anIndianOrderIsPaidAfterAFailedAttemptLookedUpRefundedAndShipped() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.account().paymentConfiguration("razorpay-prod", "razorpay");
      assertThat(client.payments().configuration("razorpay-prod").status())
          .isSameAs(PaymentConfigurationStatus.ACTIVE);
      FakeUser priya = fake.user(PRIYA);
      priya.sends("I'd like two loaves");

      SendResult order = client.messages().send(OrderDetailsMessage.builder()
          .to(PRIYA)
          .body("Your order from Lucky Shrub")
          .referenceId("ORD-1001-1")
          .type(GoodsType.DIGITAL_GOODS)
          .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod")
              .receipt("rcpt-1").note("customer", "C-42").build())
          .currency("INR")
          .order(Order.builder().catalogId("194836987003835")
              .item("bread-1", "Bread", Amount.of(10000), 2)
              .tax(Amount.of(1000), "GST")
              .build())
          .build());
      assertThat(fake.sentMessage(order.messageId()).interactiveType()).isEqualTo("order_details");

      // Two failed attempts under the gateway's one order id: two webhooks, neither taken for a redelivery.
      priya.failsToPay("ORD-1001-1", "BAD_REQUEST_ERROR", "incorrect_pin");
      priya.failsToPay("ORD-1001-1", "BAD_REQUEST_ERROR", "incorrect_pin");
      priya.pays("ORD-1001-1");
      fake.awaitWebhooks();
      List<PaymentStatusUpdate> updates = ofType(events, PaymentStatusUpdate.class);
      assertThat(updates).hasSize(3);
      assertThat(updates.get(1).transaction().id()).isEqualTo(updates.get(0).transaction().id());
      assertThat(updates.get(0).status()).isSameAs(PaymentStatus.PENDING);
      assertThat(updates.get(0).transaction()).satisfies(t -> {
        assertThat(t.status()).isSameAs(TransactionStatus.FAILED);
        assertThat(t.errorCode()).isEqualTo("BAD_REQUEST_ERROR");
        assertThat(t.errorReason()).isEqualTo("incorrect_pin");
      });
      PaymentStatusUpdate captured = updates.get(2);
      assertThat(captured.status()).isSameAs(PaymentStatus.CAPTURED);
      assertThat(captured.referenceId()).isEqualTo("ORD-1001-1");
      assertThat(captured.amount()).isEqualTo(Amount.of(21000));
      assertThat(captured.currency()).isEqualTo("INR");
      assertThat(captured.recipient().waId()).isEqualTo(PRIYA.substring(1));
      assertThat(captured.transaction()).satisfies(t -> {
        assertThat(t.status()).isSameAs(TransactionStatus.SUCCESS);
        assertThat(t.gateway()).isEqualTo("razorpay");
        assertThat(t.method()).isEqualTo("upi");
      });
      assertThat(captured.gatewayFields()).containsEntry("receipt", "rcpt-1")
          .containsEntry("notes", Map.of("customer", "C-42"));
      // A payment status is no delivery status of the order message.
      assertThat(ofType(events, MessageStatus.class)).extracting(MessageStatus::status)
          .allMatch(DeliveryStatus::isKnown);

      List<Payment> payments = client.payments().lookup("razorpay-prod", "ORD-1001-1");
      assertThat(payments).singleElement().satisfies(p -> {
        assertThat(p.status()).isSameAs(PaymentStatus.CAPTURED);
        assertThat(p.amount()).isEqualTo(Amount.of(21000));
        assertThat(p.transactions()).extracting(t -> t.status())
            .containsExactly(TransactionStatus.FAILED, TransactionStatus.FAILED, TransactionStatus.SUCCESS);
        assertThat(p.gatewayFields()).containsEntry("receipt", "rcpt-1");
      });

      events.clear();
      RefundResult refund = client.payments().refund(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000)));
      assertThat(refund.status()).isSameAs(RefundStatus.PENDING);
      fake.awaitWebhooks();
      assertThat(only(events, PaymentStatusUpdate.class).refunds()).singleElement().satisfies(r -> {
        assertThat(r.id()).isEqualTo(refund.id());
        assertThat(r.amount()).isEqualTo(Amount.of(1000));
        assertThat(r.status()).isSameAs(TransactionStatus.SUCCESS);
      });
      assertThat(client.payments().lookup("razorpay-prod", "ORD-1001-1").get(0).transactions().get(2).refunds())
          .extracting(r -> r.id()).containsExactly(refund.id());

      // Shipped is a valid change; canceling a paid order fails afterwards with Meta's 2047.
      SendResult shipped = client.messages().send(OrderStatusMessage.builder().to(PRIYA).body("On its way")
          .referenceId("ORD-1001-1").order(OrderStatus.SHIPPED).build());
      SendResult canceled = client.messages().send(OrderStatusMessage.builder().to(PRIYA).body("Sorry")
          .referenceId("ORD-1001-1").order(OrderStatus.CANCELED, "Out of stock").build());
      fake.awaitWebhooks();
      assertThat(fake.sentMessage(shipped.messageId()).status()).isEqualTo(DeliveryStatus.DELIVERED);
      assertThat(ofType(events, MessageStatus.class)).filteredOn(s -> s.id().equals(canceled.messageId()))
          .singleElement().satisfies(s -> {
            assertThat(s.status()).isSameAs(DeliveryStatus.FAILED);
            assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(2047));
          });
    }
  }

  @Test
  void aBrazilianOneClickOrderComesBackAsTheUsersPaymentMethod() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.user(JOAO).sends("Quero pagar com cartão");
      client.messages().send(OrderDetailsMessage.builder()
          .to(JOAO)
          .body("Seu pedido")
          .referenceId("BR-7")
          .type(GoodsType.PHYSICAL_GOODS)
          .paymentSetting(PaymentSetting.offsiteCardPay("5235", "1234567"))
          .currency("BRL")
          .order(Order.builder().item("vaso-01", "Vaso", Amount.of(4500), 2).tax(Amount.of(0)).build())
          .build());

      fake.user(JOAO).confirmsCardPayment("BR-7");
      fake.awaitWebhooks();
      InboundPaymentMethodMessage confirmed = only(events, InboundPaymentMethodMessage.class);
      assertThat(confirmed.referenceId()).isEqualTo("BR-7");
      assertThat(confirmed.paymentMethod()).isEqualTo("offsite_card_pay");
      assertThat(confirmed.lastFourDigits()).isEqualTo("5235");
      assertThat(confirmed.credentialId()).isEqualTo("1234567");
      assertThat(confirmed.header().from().waId()).isEqualTo(JOAO.substring(1));
    }
  }

  private static <T> List<T> ofType(List<WebhookEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
