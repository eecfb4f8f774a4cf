package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The examples of the "Payments: order details and order status (India, Brazil)" section of waba-sdk-core/README.md,
 * run against the mock Graph server (ReadmeCompilesTest only compiles them): they build, pass the checks and send
 * what the comments say.
 */
class PaymentsReadmeExamplesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void indiaGatewayOrder() throws Exception {
    graph.enqueueSent("919876543210", "wamid.IN");
    WhatsApp whatsApp = graph.client();

    whatsApp.messages().send(OrderDetailsMessage.builder()
        .to("+919876543210")
        .header(InteractiveHeader.image(MediaSource.link("https://shop.example/bread.png")))
        .body("Your order from Lucky Shrub")
        .referenceId("ORD-1001-1")
        .type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod")
            .receipt("rcpt-1")
            .note("customer", "C-42")
            .build())
        .currency("INR")
        .order(Order.builder()
            .catalogId("194836987003835")
            .expiration(Instant.now().plus(Duration.ofHours(1)), "Expires in 1 hour")
            .item("bread-1", "Bread", Amount.of(10000), 2)
            .tax(Amount.of(1000), "GST")
            .shipping(Amount.of(1000))
            .discount(Amount.of(1000), null, "WELCOME")
            .build())
        .build());

    String body = graph.take().getBody().utf8();
    assertThat(body).contains("\"type\":\"order_details\"", "\"subtotal\":{\"value\":20000,\"offset\":100}",
        "\"total_amount\":{\"value\":21000,\"offset\":100}",
        "\"razorpay\":{\"receipt\":\"rcpt-1\",\"notes\":{\"customer\":\"C-42\"}}");
  }

  @Test
  void brazilPixOrders() throws Exception {
    graph.enqueueSent("5511987654321", "wamid.BR1");
    graph.enqueueSent("5511987654321", "wamid.BR2");
    WhatsApp whatsApp = graph.client();

    PaymentSetting pix = PaymentSetting.pixDynamicCode("00020101021226700014br.gov.bcb.pix...",
        "Loja Exemplo Ltda", "39580525000189", PaymentSetting.PixKeyType.CNPJ);
    whatsApp.messages().send(OrderDetailsMessage.builder()
        .to("+5511987654321")
        .body("Seu pedido")
        .referenceId("pedido-2024-0042")
        .type(GoodsType.PHYSICAL_GOODS)
        .paymentSetting(pix)
        .paymentSetting(PaymentSetting.boleto("34191790010104351004791020150008291070026000"))
        .currency("BRL")
        .order(Order.builder()
            .item("vaso-01", "Vaso", Amount.of(4500), 2)
            .tax(Amount.of(0))
            .build())
        .build());
    whatsApp.messages().send(OrderDetailsMessage.builder()
        .to("+5511987654321")
        .body("Pague com Pix")
        .referenceId("pedido-2024-0043")
        .type(GoodsType.DIGITAL_GOODS)
        .paymentSetting(pix)
        .currency("BRL")
        .totalAmount(Amount.of(50000))
        .build());

    assertThat(graph.take().getBody().utf8()).contains("\"payment_type\":\"br\"",
        "\"total_amount\":{\"value\":9000,\"offset\":100}", "\"tax\":{\"value\":0,\"offset\":100}",
        "{\"type\":\"boleto\",\"boleto\":{\"digitable_line\":\"34191790010104351004791020150008291070026000\"}}");
    assertThat(graph.take().getBody().utf8()).contains("\"total_amount\":{\"value\":50000,\"offset\":100}}")
        .doesNotContain("\"order\"", "\"header\"");
  }

  @Test
  void orderStatus() throws Exception {
    graph.enqueueSent("5511987654321", "wamid.ST");
    WhatsApp whatsApp = graph.client();

    whatsApp.messages().send(OrderStatusMessage.builder()
        .to("+5511987654321")
        .body("Pagamento recebido, obrigado!")
        .referenceId("pedido-2024-0042")
        .order(OrderStatus.PROCESSING)
        .payment(PaymentStatus.CAPTURED, Instant.now())
        .build());

    assertThat(graph.take().getBody().utf8()).contains("\"type\":\"order_status\"", "\"name\":\"review_order\"",
        "\"order\":{\"status\":\"processing\"},\"payment\":{\"status\":\"captured\",\"timestamp\":");
  }
}
