package dev.wabasdk.samples.shop;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.commerce.CommerceSettings;
import dev.wabasdk.message.CarouselMessage;
import dev.wabasdk.message.CatalogMessage;
import dev.wabasdk.message.InteractiveHeader;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ProductListMessage;
import dev.wabasdk.message.ProductMessage;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundOrderMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A plant shop selling on WhatsApp, against the testkit's fake: it turns the catalog on, shows the catalog, one
 * product, a multi-product list and a media carousel; the customer taps a carousel card's button and sends a cart;
 * the shop links the order to the product message it came from and confirms the total.
 *
 * <p>Run it with {@code --wait} to keep the fake running and open its console (the URL is printed): the product,
 * the product list and the carousel show in the conversation as a phone would show them.
 */
public final class ShopCatalog {
  static final String CATALOG_ID = "194836987003835";
  static final String CUSTOMER = "+4915112345678";
  static final String VERIFY_TOKEN = "shop-catalog-verify-token";

  private ShopCatalog() {}

  public static void main(String[] args) throws IOException {
    boolean wait = List.of(args).contains("--wait");
    run(System.out, wait ? () -> {
      System.out.println("Press Enter to stop.");
      System.in.read();
    } : () -> { });
  }

  /** What to do before the fake stops: nothing, or wait for Enter so the console can be looked at. */
  @FunctionalInterface
  interface BeforeStop {
    void await() throws IOException;
  }

  /** Plays the scenario; returns what the shop learned from the order. */
  static Outcome run(PrintStream out, BeforeStop beforeStop) throws IOException {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp shop = fake.clientBuilder().build()) {
      List<InboundOrderMessage> orders = new CopyOnWriteArrayList<>();
      WebhookProcessor processor = WebhookProcessor.builder()
          .appSecret(fake.appSecret())
          .verifyToken(VERIFY_TOKEN)
          .listener(new WebhookListener() {
            @Override
            public void onInboundMessage(InboundMessage message) {
              if (message instanceof InboundOrderMessage order) {
                orders.add(order);
                BigDecimal total = order.total();
                shop.messages().send(Message.text(CUSTOMER, "Thanks! Your order of " + order.items().size()
                    + " products" + (total == null ? "" : " (" + total + " " + order.items().get(0).currency() + ")")
                    + " is confirmed."));
              }
            }
          })
          .build();
      try (WebhookHttpServer receiver = WebhookHttpServer.start(processor,
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
        fake.webhookUrl("http://127.0.0.1:" + receiver.port() + receiver.path());
        out.println("Fake WhatsApp console: " + fake.baseUrl());

        // The catalog must be visible and the cart enabled for customers to shop in the chat.
        shop.commerce().updateSettings(new CommerceSettings(true, true));
        out.println("Commerce settings: " + shop.commerce().settings());

        FakeUser customer = fake.user(CUSTOMER).named("Lena");
        customer.sends("Hi! What plants do you have?");   // opens the customer service window
        fake.awaitWebhooks();

        shop.messages().send(CatalogMessage.builder().to(CUSTOMER)
            .body("Welcome to Green Corner! Browse everything we grow.")
            .thumbnailProductRetailerId("echeveria-blue").build());
        SendResult product = shop.messages().send(ProductMessage.builder().to(CUSTOMER)
            .catalogId(CATALOG_ID).productRetailerId("echeveria-blue")
            .body("Our best seller this week").footer("Ships in 2 days").build());
        shop.messages().send(ProductListMessage.builder().to(CUSTOMER)
            .header("Spring collection").body("Fresh from the greenhouse").catalogId(CATALOG_ID)
            .section("Succulents", "echeveria-blue", "aloe-vera")
            .section("Ferns", "boston-fern").build());
        shop.messages().send(CarouselMessage.builder().to(CUSTOMER)
            .body("Plants of the week")
            .card(CarouselMessage.Card.quickReplies(
                InteractiveHeader.image(MediaSource.link("https://shop.example/img/echeveria.png")),
                "Blue Echeveria, easy care", new ReplyButtonsMessage.Button("more-echeveria", "Tell me more")))
            .card(CarouselMessage.Card.quickReplies(
                InteractiveHeader.image(MediaSource.link("https://shop.example/img/aloe.png")),
                "Aloe Vera, heals and purifies", new ReplyButtonsMessage.Button("more-aloe", "Tell me more")))
            .build());

        customer.tapsButton("more-echeveria");
        // The customer fills a cart from the product message and sends it: Meta's order webhook, with its context.
        customer.sendsRaw("""
            {"type":"order","context":{"from":"%s","id":"%s"},
             "order":{"catalog_id":"%s","text":"For my balcony","product_items":[
               {"product_retailer_id":"echeveria-blue","quantity":2,"item_price":12.50,"currency":"EUR"},
               {"product_retailer_id":"aloe-vera","quantity":1,"item_price":9.90,"currency":"EUR"}]}}"""
            .formatted(fake.displayPhoneNumber().replace("+", ""), product.messageId(), CATALOG_ID));
        fake.awaitWebhooks();
        fake.awaitSentMessages(5);
        fake.awaitWebhooks();

        InboundOrderMessage order = orders.get(0);
        out.println("Order " + order.header().id() + " answers product message " + order.productMessageId()
            + ", total " + order.total());
        fake.sentMessagesTo(CUSTOMER).forEach(m -> out.println("  shop → " + m.type()
            + (m.interactiveType() == null ? "" : " (" + m.interactiveType() + ")")));
        beforeStop.await();
        return new Outcome(product.messageId(), order.productMessageId(), order.total(),
            fake.sentMessagesTo(CUSTOMER).stream().map(m -> m.interactiveType() == null ? m.type()
                : m.interactiveType()).toList());
      }
    }
  }

  /** What the scenario produced, for the test. */
  record Outcome(String productMessageId, String orderLinkedTo, BigDecimal total, List<String> sent) {}
}
