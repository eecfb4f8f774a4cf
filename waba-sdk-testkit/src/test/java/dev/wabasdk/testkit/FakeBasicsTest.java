package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Clock, builder validation, secrets and thread safety. */
class FakeBasicsTest {

  @Test
  void clockOnlyMovesForward() {
    try (FakeWhatsApp fake = FakeWhatsApp.start()) {
      FakeClock clock = fake.clock();
      Instant start = clock.instant();

      clock.advance(Duration.ofMinutes(5));
      assertThat(clock.instant()).isEqualTo(start.plus(Duration.ofMinutes(5)));
      assertThat(clock.withZone(ZoneId.of("Europe/Berlin")).instant()).isEqualTo(clock.instant());
      clock.set(start.plus(Duration.ofHours(1)));
      assertThat(clock.millis()).isEqualTo(start.plus(Duration.ofHours(1)).toEpochMilli());

      assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("duration must not be negative, was PT-1S");
      assertThatThrownBy(() -> clock.set(start)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the clock cannot go back");
    }
  }

  @Test
  void builderRejectsBadSettingsWithTheFieldName() {
    assertThatThrownBy(() -> FakeWhatsApp.builder().port(70000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be 0..65535, was 70000");
    assertThatThrownBy(() -> FakeWhatsApp.builder().accessToken(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be blank");
    assertThatThrownBy(() -> FakeWhatsApp.builder().apiVersion("26")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiVersion must look like v26.0, was \"26\"");
    assertThatThrownBy(() -> FakeWhatsApp.builder().throughputMps(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("throughputMps must not be negative, was -1");
    assertThatThrownBy(() -> FakeWhatsApp.builder().webhookRetries(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> FakeWhatsApp.builder().template("{\"name\":\"x\",\"language\":\"en\","
        + "\"category\":\"PROMO\",\"components\":[{\"type\":\"BODY\",\"text\":\"x\"}]}").start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category must be one of");
    try (FakeWhatsApp fake = FakeWhatsApp.start()) {
      assertThatThrownBy(() -> fake.user("not a number"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"not a number\"");
    }
  }

  @Test
  void secretsStayOutOfToString() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().accessToken("secret-token-1").appSecret("secret-app-2").start()) {
      assertThat(fake.toString()).doesNotContain("secret-token-1").doesNotContain("secret-app-2")
          .contains(fake.phoneNumberId());
    }
  }

  @Test
  void concurrentSendsAreAllRecordedWithUniqueIds() throws Exception {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().throughputMps(0).enforceCustomerServiceWindow(false).start()) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<Wire.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          String to = "4915100000" + String.format("%03d", i % 40);
          int n = i;
          replies.add(pool.submit(() -> new Wire(fake).send(Wire.text(to, "message " + n))));
        }
        for (Future<Wire.Reply> reply : replies) {
          assertThat(reply.get().code()).isEqualTo(200);
        }
      } finally {
        pool.shutdown();
      }
      fake.awaitWebhooks();

      List<SentMessage> sent = fake.sentMessages();
      assertThat(sent).hasSize(200);
      Set<String> ids = sent.stream().map(SentMessage::id).collect(Collectors.toSet());
      assertThat(ids).hasSize(200);
      assertThat(sent).extracting(SentMessage::status).containsOnly(DeliveryStatus.DELIVERED);
      assertThat(fake.webhooks()).hasSize(400);
    }
  }
}
