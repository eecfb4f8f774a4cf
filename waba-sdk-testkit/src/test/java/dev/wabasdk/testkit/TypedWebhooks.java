package dev.wabasdk.testkit;

import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/** The fake's webhooks parsed by the SDK's own webhook processor, for tests that check the two agree. */
final class TypedWebhooks {
  private TypedWebhooks() {}

  /** Starts an app endpoint adding every event of the fake's webhooks to {@code events}; points the fake at it. */
  static WebhookHttpServer collectInto(FakeWhatsApp fake, List<WebhookEvent> events) {
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret()).verifyToken("t")
        .on(WebhookEvent.class, events::add).build();
    WebhookHttpServer app = WebhookHttpServer.start(processor,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp");
    fake.webhookUrl("http://127.0.0.1:" + app.port() + "/webhooks/whatsapp");
    return app;
  }

  /** The one event of {@code type}; an assertion error when there is none or more than one. */
  static <T> T only(List<WebhookEvent> events, Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> {
      throw new AssertionError("more than one " + type.getSimpleName() + ": " + events);
    }).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + events));
  }
}
