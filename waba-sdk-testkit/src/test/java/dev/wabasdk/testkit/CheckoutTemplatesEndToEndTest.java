package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.OrderDetails;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.message.OrderStatus;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.PaymentStatusUpdate;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A checkout button template end to end: the SDK creates it with an {@code order_details} button and sends it with
 * the order, the fake keeps the order, the user pays and the SDK's webhook processor reads the payment.
 */
class CheckoutTemplatesEndToEndTest {
  private static final String PRIYA = "+919876543210";

  @Test
  void aCheckoutButtonTemplateIsCreatedSentAndPaid() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.account().paymentConfiguration("razorpay-prod", "razorpay");
      CreatedTemplate created = client.templates().create(TemplateDefinition.builder("checkout_buy_now", "en_US",
              TemplateCategory.MARKETING)
          .component(Component.body("Hi {{1}}, your bread is ready to order.", Map.of("1", "Priya")))
          .component(Component.buttons(Button.orderDetails("Buy now"), Button.quickReply("Not now")))
          .build());
      fake.templates().approve(created.id());
      assertThat(client.templates().get(created.id()).components())
          .contains(new Component.Buttons(List.of(Button.orderDetails("Buy now"), Button.quickReply("Not now"))));
      FakeUser priya = fake.user(PRIYA);
      priya.sends("Hi");

      OrderDetails details = OrderDetails.builder()
          .referenceId("CHK-1001")
          .type(GoodsType.DIGITAL_GOODS)
          .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod")
              .receipt("rcpt-9").build())
          .currency("INR")
          .order(Order.builder().catalogId("194836987003835")
              .item("bread-1", "Bread", Amount.of(10000), 2)
              .tax(Amount.of(1000), "GST")
              .build())
          .build();
      SendResult sent = client.messages().send(TemplateMessage.builder().to(PRIYA)
          .name("checkout_buy_now").language("en_US")
          .body(TemplateParameter.text("Priya"))
          .button(TemplateButton.orderDetails(0, details))
          .build());

      priya.pays("CHK-1001");
      fake.awaitWebhooks();
      List<PaymentStatusUpdate> updates = events.stream().filter(PaymentStatusUpdate.class::isInstance)
          .map(PaymentStatusUpdate.class::cast).toList();
      assertThat(updates).singleElement().satisfies(u -> {
        assertThat(u.status()).isSameAs(PaymentStatus.CAPTURED);
        assertThat(u.referenceId()).isEqualTo("CHK-1001");
        assertThat(u.amount()).isEqualTo(Amount.of(21000));
      });
      assertThat(client.payments().lookup("razorpay-prod", "CHK-1001")).singleElement()
          .satisfies(p -> assertThat(p.status()).isSameAs(PaymentStatus.CAPTURED));

      // the order moves on like one sent as a message: delivered, not failed with 2046 (no such order)
      SendResult shipped = client.messages().send(OrderStatusMessage.builder().to(PRIYA).body("Shipped")
          .referenceId("CHK-1001").order(OrderStatus.SHIPPED).build());
      fake.awaitWebhooks();
      assertThat(events.stream().filter(MessageStatus.class::isInstance).map(MessageStatus.class::cast)
          .filter(s -> s.id().equals(shipped.messageId())).map(MessageStatus::status))
          .contains(DeliveryStatus.DELIVERED).doesNotContain(DeliveryStatus.FAILED);
      assertThat(events.stream().filter(MessageStatus.class::isInstance).map(MessageStatus.class::cast)
          .filter(s -> s.id().equals(sent.messageId())).map(MessageStatus::status))
          .contains(DeliveryStatus.DELIVERED);
    }
  }
}
