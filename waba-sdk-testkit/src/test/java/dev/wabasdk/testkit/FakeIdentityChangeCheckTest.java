package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.TypedWebhooks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Meta's identity change check ("Identity change check", business phone numbers guide): turned on by the settings
 * API, it puts the user's hash in their messages' contacts and in the statuses of messages sent without one; a send
 * with a hash that is no longer the user's fails with 137000. Played end to end: the SDK's client against the fake,
 * the fake's webhooks into the SDK's webhook processor.
 */
class FakeIdentityChangeCheckTest {
  private static final String ANA = "+4915112345678";

  @Test
  void aHashFromTheWebhookReachesTheUserUntilTheirIdentityChanges() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build()) {
      try (WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
        FakeUser ana = fake.user(ANA);

        // Off (the default): no hash anywhere.
        ana.sends("hello");
        fake.awaitWebhooks();
        assertThat(only(events, InboundTextMessage.class).identityKeyHash()).isNull();
        events.clear();

        client.phoneNumbers().setIdentityChangeCheck(true);
        ana.sends("Please send my statement.");
        fake.awaitWebhooks();
        String hash = only(events, InboundTextMessage.class).identityKeyHash();
        assertThat(hash).isEqualTo(ana.identityKeyHash()).matches("[A-Za-z0-9+/]{11}=");
        events.clear();

        // A send with the user's hash is delivered; its statuses carry no hash (the app has it).
        SendResult checked = client.messages().send(TextMessage.builder().to(ANA).body("Your statement is attached.")
            .recipientIdentityKeyHash(hash).build());
        assertThat(fake.sentMessage(checked.messageId()).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(fake.sentMessage(checked.messageId()).json()).containsEntry("recipient_identity_key_hash", hash);

        ana.changesIdentity();
        String newHash = ana.identityKeyHash();
        assertThat(newHash).isNotEqualTo(hash);
        SendResult stale = client.messages().send(TextMessage.builder().to(ANA).body("Your statement is attached.")
            .recipientIdentityKeyHash(hash).build());
        SentMessage failed = fake.sentMessage(stale.messageId());
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.error().code()).isEqualTo(137000);

        // Without a hash the message goes, and its statuses tell the app the user's new hash.
        SendResult plain = client.messages().send(TextMessage.builder().to(ANA).body("Please call us.").build());
        fake.awaitWebhooks();
        List<MessageStatus> statuses = events.stream().filter(MessageStatus.class::isInstance)
            .map(MessageStatus.class::cast).toList();
        assertThat(statuses).filteredOn(s -> s.id().equals(checked.messageId()))
            .extracting(MessageStatus::recipientIdentityKeyHash).containsOnlyNulls();
        assertThat(statuses).filteredOn(s -> s.id().equals(stale.messageId())).singleElement().satisfies(s -> {
          assertThat(s.status()).isEqualTo(DeliveryStatus.FAILED);
          assertThat(s.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(137000);
            assertThat(e.title()).isEqualTo("Recipient identity key hash mismatch");
          });
        });
        assertThat(statuses).filteredOn(s -> s.id().equals(plain.messageId())).hasSize(2) // sent, delivered
            .extracting(MessageStatus::recipientIdentityKeyHash).containsOnly(newHash);

        // Off again: no more hashes.
        client.phoneNumbers().setIdentityChangeCheck(false);
        events.clear();
        ana.sends("thanks");
        fake.awaitWebhooks();
        assertThat(only(events, InboundTextMessage.class).identityKeyHash()).isNull();
      }
    }
  }

  @Test
  void theSettingsEndpointChecksItsBodyLikeMeta() {
    try (FakeWhatsApp fake = FakeWhatsApp.start()) {
      Wire wire = new Wire(fake);
      String path = "/v26.0/" + fake.phoneNumberId() + "/settings";
      assertThat(wire.post(path, "{\"user_identity_change\":{\"enable_identity_key_check\":\"yes\"}}").body())
          .contains("enable_identity_key_check").contains("must be a boolean");
      assertThat(wire.post(path, "{}").body()).contains("The parameter calling or user_identity_change is required.");
      assertThat(wire.post(path, "{\"user_identity_change\":{\"enable_identity_key_check\":true}}").body())
          .isEqualTo("{\"success\":true}");
      // The fake validates a send's hash as a string.
      try (WhatsApp client = fake.clientBuilder().build()) {
        assertThatThrownBy(() -> client.messages().send(TextMessage.builder().to(ANA).body("b")
            .putExtraField("recipient_identity_key_hash", 42).build()))
            .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131009));
      }
    }
  }
}
