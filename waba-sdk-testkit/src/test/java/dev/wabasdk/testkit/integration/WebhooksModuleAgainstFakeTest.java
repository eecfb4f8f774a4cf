package dev.wabasdk.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookDelivery;
import dev.wabasdk.webhook.DeduplicationStore;
import dev.wabasdk.webhook.InboundButtonReplyMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.TemplateStatusUpdate;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's webhook processor receiving the fake's signed webhooks over HTTP: parsing, signatures, retries. */
class WebhooksModuleAgainstFakeTest {
  private static final String USER = "+4915112345678";
  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger storeFailures = new AtomicInteger();
  private FakeWhatsApp fake;
  private WhatsApp client;
  private WebhookHttpServer server;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().webhookRetries(5, Duration.ofMillis(5))
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Order {{1}} shipped").start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
    DeduplicationStore failingOnDemand = new DeduplicationStore() {
      private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

      @Override
      public Claim claim(String key, Duration leaseTtl) {
        if (storeFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          throw new IllegalStateException("store down for the test");
        }
        return seen.add(key) ? Claim.claimed(key) : Claim.done(key);
      }

      @Override
      public boolean complete(Claim claim, Duration doneTtl) {
        return true;
      }

      @Override
      public void release(Claim claim) {
        seen.remove(claim.key());
      }
    };
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret()).verifyToken("fake-verify-token")
        .deduplicationStore(failingOnDemand).executor(Runnable::run).on(WebhookEvent.class, events::add).build();
    server = WebhookHttpServer.start(processor, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        "/webhooks/whatsapp");
    fake.webhookUrl("http://127.0.0.1:" + server.port() + "/webhooks/whatsapp");
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
    fake.close();
  }

  @Test
  void verificationHandshake() {
    assertThat(fake.verifyWebhook("fake-verify-token")).isTrue();
    assertThat(fake.verifyWebhook("wrong-token")).isFalse();
  }

  @Test
  void inboundTextAndReplyStatusesAreParsed() {
    fake.user(USER).sends("Where is my order?");
    SendResult sent = client.messages().send(Message.text(USER, "On its way"));
    fake.awaitWebhooks();

    assertThat(events).hasSize(3);
    assertThat(events.get(0)).isInstanceOfSatisfying(InboundTextMessage.class,
        m -> assertThat(m.body()).isEqualTo("Where is my order?"));
    assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(MessageStatus.class,
        s -> {
          assertThat(s.id()).isEqualTo(sent.messageId());
          assertThat(s.pricing()).isNotNull();
        }));
    assertThat(((MessageStatus) events.get(2)).status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void outsideTheWindowTheStatusIsFailedWith131047() {
    SendResult sent = client.messages().send(Message.text(USER, "Hello?"));
    fake.awaitWebhooks();

    assertThat(events).singleElement().isInstanceOfSatisfying(MessageStatus.class, s -> {
      assertThat(s.id()).isEqualTo(sent.messageId());
      assertThat(s.status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(s.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo(131047));
    });
  }

  @Test
  void signedRetriesAfterA503AndDuplicatesAreDropped() {
    storeFailures.set(2);
    fake.duplicateNextWebhooks(1);

    fake.user(USER).sends("hi");
    fake.awaitWebhooks();

    assertThat(events).hasSize(1);
    List<WebhookDelivery> deliveries = fake.webhooks();
    assertThat(deliveries).extracting(WebhookDelivery::delivered).containsOnly(true);
    assertThat(deliveries.stream().mapToInt(WebhookDelivery::attempts).sum()).isEqualTo(4);
  }

  @Test
  void aFailingListenerIsAnswered500AndMetasRetryRunsItAgain() {
    // given an app whose listener fails on the first attempt, processing synchronously (the default)
    AtomicInteger calls = new AtomicInteger();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret())
        .verifyToken("fake-verify-token").on(InboundTextMessage.class, m -> {
          if (m.body().equals("poison")) {
            throw new IllegalStateException("cannot handle this one");
          }
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("database down");
          }
        }).build();
    try (WebhookHttpServer failingOnce = WebhookHttpServer.start(processor,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
      fake.webhookUrl("http://127.0.0.1:" + failingOnce.port() + "/webhooks/whatsapp");

      fake.user(USER).sends("hi");
      fake.awaitWebhooks();

      // then the fake saw the retryable answer, retried, and the second attempt succeeded
      assertThat(calls).hasValue(2);
      assertThat(fake.webhooks()).singleElement().satisfies(d -> {
        assertThat(d.attempts()).isEqualTo(2);
        assertThat(d.lastStatusCode()).isEqualTo(200);
        assertThat(d.delivered()).isTrue();
      });

      // and a listener that always fails is answered 500 on every attempt, never 200
      fake.user(USER).sends("poison");
      fake.awaitWebhooks();
      assertThat(fake.webhooks()).hasSize(2).last().satisfies(d -> {
        assertThat(d.attempts()).isGreaterThan(1);
        assertThat(d.lastStatusCode()).isEqualTo(500);
        assertThat(d.delivered()).isFalse();
      });
    }
  }

  @Test
  void buttonTapAndTemplateReview() {
    fake.user(USER).sends("menu");
    client.messages().send(dev.wabasdk.message.ReplyButtonsMessage.builder().to(USER).body("Cancel?")
        .button("cancel", "Cancel").build());
    fake.user(USER).tapsButton("cancel");
    fake.templates().reject(fake.templates().get("order_update", "en_US").id(), RejectionReason.INVALID_FORMAT);
    fake.awaitWebhooks();

    assertThat(events).filteredOn(InboundButtonReplyMessage.class::isInstance).hasSize(1);
    assertThat(events).filteredOn(TemplateStatusUpdate.class::isInstance).singleElement()
        .satisfies(e -> assertThat(((TemplateStatusUpdate) e).reason()).isEqualTo(RejectionReason.INVALID_FORMAT));
  }
}
