package dev.wabasdk.samples.payments;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.OrderDetailsMessage;
import dev.wabasdk.message.OrderDetailsMessage.GoodsType;
import dev.wabasdk.message.OrderDetailsMessage.Order;
import dev.wabasdk.message.OrderStatus;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.Payment;
import dev.wabasdk.payment.PaymentConfiguration;
import dev.wabasdk.payment.PaymentSetting;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.RefundRequest;
import dev.wabasdk.payment.RefundResult;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.webhook.InboundAddressMessage;
import dev.wabasdk.webhook.PaymentStatusUpdate;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A plant shop in India taking payment in the chat (Meta's Payments API), against the testkit's fake: it asks for
 * the delivery address with WhatsApp's address form, then sends an order with a Razorpay payment configuration; the customer's first attempt fails, the second is captured; the shop
 * confirms the payment with the look-up before shipping (Meta's advice), ships, and refunds a plant that broke on the
 * way.
 */
public final class ShopPayments {
  static final String CUSTOMER = "+919876543210";
  static final String CONFIGURATION = "razorpay-prod";
  static final String ORDER = "GC-2026-0042";

  private ShopPayments() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Plays the scenario; returns what the shop saw. */
  static Outcome run(PrintStream out) {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp shop = fake.clientBuilder().build()) {
      List<PaymentStatusUpdate> updates = new CopyOnWriteArrayList<>();
      AtomicReference<AddressValues> delivery = new AtomicReference<>();
      WebhookProcessor processor = WebhookProcessor.builder()
          .appSecret(fake.appSecret())
          .verifyToken("shop-payments-verify-token")
          .on(PaymentStatusUpdate.class, update -> {
            updates.add(update);
            out.println("  webhook: payment " + update.referenceId() + " " + update.status()
                + (update.transaction() == null ? "" : ", attempt " + update.transaction().status()
                    + (update.transaction().errorReason() == null ? "" : " (" + update.transaction().errorReason()
                    + ")"))
                + (update.refunds().isEmpty() ? "" : ", refunds " + update.refunds().stream()
                    .map(r -> r.amount().toBigDecimal() + " " + r.status()).toList()));
          })
          .on(InboundAddressMessage.class, address -> {
            delivery.set(address.values());
            out.println("  webhook: address " + address.values().inPinCode() + ", " + address.values().city());
          })
          .build();
      try (WebhookHttpServer receiver = WebhookHttpServer.start(processor,
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
        fake.webhookUrl("http://127.0.0.1:" + receiver.port() + receiver.path());
        // Linked to Razorpay and tested in WhatsApp Manager; the fake makes it active at once.
        fake.account().paymentConfiguration(CONFIGURATION, "razorpay");
        PaymentConfiguration configuration = shop.payments().configuration(CONFIGURATION);
        out.println("Payment configuration " + configuration.name() + ": " + configuration.status() + " ("
            + configuration.providerName() + ")");

        FakeUser customer = fake.user(CUSTOMER).named("Priya");
        customer.sends("I'd like two aloe vera and a snake plant, please");

        // WhatsApp's address form, the name and number pre-filled; the answer arrives as an InboundAddressMessage.
        shop.messages().send(AddressMessage.builder()
            .to(CUSTOMER)
            .body("Lovely choice! Where should we deliver your plants?")
            .country(AddressMessage.INDIA)
            .values(AddressValues.builder().name("Priya").phoneNumber(CUSTOMER).build())
            .build());
        customer.submitsAddress(AddressValues.builder().name("Priya").phoneNumber(CUSTOMER).inPinCode("400063")
            .floorNumber("8").address("Wing A, Cello Triumph, IB Patel Rd").landmarkArea("Goregaon")
            .city("Mumbai").state("Maharashtra").build());
        fake.awaitWebhooks();
        AddressValues address = delivery.get();
        out.println("Delivery address: " + address.address() + ", " + address.city() + " " + address.inPinCode());

        OrderDetailsMessage order = OrderDetailsMessage.builder()
            .to(CUSTOMER)
            .body("Your Green Corner order")
            .footer("Delivered in 2 days")
            .referenceId(ORDER)
            .type(GoodsType.PHYSICAL_GOODS)
            .paymentSetting(PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, CONFIGURATION)
                .receipt("GC-0042").note("customer", "priya").build())
            .currency("INR")
            .order(Order.builder()
                .catalogId("194836987003835")
                .item("aloe-vera", "Aloe vera", Amount.of(34900), 2)     // ₹349.00 each
                .item("snake-plant", "Snake plant", Amount.of(59900), 1)
                .tax(Amount.of(15564), "GST 12%")
                .shipping(Amount.of(4900), "Courier")
                .build())
            .build();
        shop.messages().send(order);
        out.println("Order " + ORDER + " sent: total " + order.totalAmount().toBigDecimal() + " INR");

        customer.failsToPay(ORDER, "BAD_REQUEST_ERROR", "incorrect_pin");
        customer.pays(ORDER);
        fake.awaitWebhooks();

        // Meta: never ship on a webhook alone; look the payment up.
        Payment payment = shop.payments().lookup(CONFIGURATION, ORDER).get(0);
        out.println("Look-up: " + payment.status() + ", " + payment.transactions().size() + " attempts, "
            + payment.amount().toBigDecimal() + " " + payment.currency());
        if (payment.status() == PaymentStatus.CAPTURED) {
          shop.messages().send(OrderStatusMessage.builder().to(CUSTOMER).body("Paid, thank you! We're packing it.")
              .referenceId(ORDER).order(OrderStatus.PROCESSING).build());
          shop.messages().send(OrderStatusMessage.builder().to(CUSTOMER).body("On its way")
              .referenceId(ORDER).order(OrderStatus.SHIPPED, "BlueDart 7731 to " + address.city()).build());
        }

        customer.sends("One aloe arrived broken :(");
        RefundResult refund = shop.payments().refund(RefundRequest.of(CONFIGURATION, ORDER, Amount.of(34900)));
        out.println("Refund " + refund.id() + ": " + refund.status());
        shop.messages().send(Message.text(CUSTOMER, "Sorry! ₹349.00 is on its way back to you."));
        fake.awaitWebhooks();

        List<String> statuses = fake.sentMessagesTo(CUSTOMER).stream()
            .map(m -> m.interactiveType() == null ? m.type() : m.interactiveType()).toList();
        out.println("Sent to the customer: " + statuses);
        Payment after = shop.payments().lookup(CONFIGURATION, ORDER).get(0);
        return new Outcome(updates.stream().map(u -> u.status().value()).toList(), payment.status(),
            after.transactions().get(after.transactions().size() - 1).refunds().size(), statuses);
      }
    }
  }

  /** What the scenario produced, for the test. */
  record Outcome(List<String> webhookStatuses, PaymentStatus lookedUp, int refunds, List<String> sent) {}
}
