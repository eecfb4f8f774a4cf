package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Throughput (130429), pair rate (131056) and the messaging limit, all measured on the fake clock. */
class RateRulesTest {

  @Test
  void throughputOverTheConfiguredMpsIs130429UntilTheClockMoves() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().throughputMps(3).pairRate(0, Duration.ofSeconds(6)).start()) {
      fake.user("+16505551234").sends("hi");
      Wire wire = new Wire(fake);
      for (int i = 0; i < 3; i++) {
        assertThat(wire.send(Wire.text("16505551234", "m" + i)).code()).isEqualTo(200);
      }

      Wire.Reply limited = wire.send(Wire.text("16505551234", "m3"));
      assertThat(limited.code()).isEqualTo(400);
      assertThat(limited.at("error", "message")).isEqualTo("(#130429) Rate limit hit");
      assertThat(limited.at("error", "error_data", "details"))
          .isEqualTo("Cloud API message throughput has been reached: 3 messages per second.");

      fake.clock().advance(Duration.ofSeconds(1));
      assertThat(wire.send(Wire.text("16505551234", "m4")).code()).isEqualTo(200);
      assertThat(fake.sentMessages()).hasSize(4);
    }
  }

  @Test
  void pairRateAllowsABurstThenOneMessagePerInterval() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().pairRate(2, Duration.ofSeconds(6)).start()) {
      fake.user("+16505551234").sends("hi");
      fake.user("+16505559999").sends("hi");
      Wire wire = new Wire(fake);
      wire.send(Wire.text("16505551234", "1"));
      wire.send(Wire.text("16505551234", "2"));

      Wire.Reply limited = wire.send(Wire.text("16505551234", "3"));
      assertThat(limited.at("error", "code")).isEqualTo(131056L);
      assertThat(limited.at("error", "message"))
          .isEqualTo("(#131056) (Business Account, Consumer Account) pair rate limit hit");
      assertThat(wire.send(Wire.text("16505559999", "other users are unaffected")).code()).isEqualTo(200);

      fake.clock().advance(Duration.ofSeconds(6));
      assertThat(wire.send(Wire.text("16505551234", "4")).code()).isEqualTo(200);
      assertThat(wire.send(Wire.text("16505551234", "5")).at("error", "code")).isEqualTo(131056L);
    }
  }

  @Test
  void messagingLimitCountsUniqueUsersOutsideTheirWindowIn24Hours() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().messagingLimit(MessagingLimitTier.TIER_50)
        .approvedTemplate("hello", "en_US", TemplateCategory.MARKETING, "Hello").start()) {
      Wire wire = new Wire(fake);
      String template = "{\"messaging_product\":\"whatsapp\",\"to\":\"%s\",\"type\":\"template\","
          + "\"template\":{\"name\":\"hello\",\"language\":{\"code\":\"en_US\"}}}";
      for (int i = 0; i < 51; i++) {
        assertThat(wire.send(template.formatted("1650555" + (1000 + i))).code()).isEqualTo(200);
      }
      // A second message to a user already counted is fine; a user inside the window does not count.
      wire.send(template.formatted("16505551000"));
      fake.user("+4915112345678").sends("hi");
      wire.send(template.formatted("4915112345678"));
      fake.awaitWebhooks();

      assertThat(fake.sentMessages()).filteredOn(m -> m.status() == DeliveryStatus.FAILED)
          .singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("16505551050");
            assertThat(m.error().code()).isEqualTo(131026);
            assertThat(m.error().details()).contains("TIER_50");
          });

      fake.clock().advance(Duration.ofHours(24));
      wire.send(template.formatted("16505551050"));
      assertThat(fake.sentMessagesTo("16505551050").get(1).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void windowRuleCanBeSwitchedOff() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().enforceCustomerServiceWindow(false).start()) {
      new Wire(fake).send(Wire.text("16505551234", "no window needed"));

      assertThat(fake.sentMessages().get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
    }
  }
}
