package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.phone.PhoneNumber;
import dev.wabasdk.phone.ThroughputLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meta's Throughput page (developers.facebook.com/docs/whatsapp/throughput): 80 mps standard, up to 1,000 mps once
 * upgraded, 20 mps for numbers in coexistence with the WhatsApp Business app.
 */
class ThroughputRateLimitTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void theLevelDecidesTheMessagesPerSecond() {
    assertThat(RateLimit.forThroughput(ThroughputLevel.STANDARD).messagesPerSecond()).isEqualTo(80);
    assertThat(RateLimit.forThroughput(ThroughputLevel.HIGH).messagesPerSecond()).isEqualTo(1000);
    assertThat(RateLimit.forThroughput(ThroughputLevel.of("ULTRA")).messagesPerSecond()).isEqualTo(80);
    assertThat(RateLimit.COEXISTENCE.messagesPerSecond()).isEqualTo(20);
  }

  @Test
  void readFromThePhoneNumberApi() {
    graph.enqueue(200, """
        {"id":"106540352242922","display_phone_number":"+1 631-555-5555","throughput":{"level":"HIGH"}}""");

    PhoneNumber number = graph.client().phoneNumbers().get();

    assertThat(RateLimit.of(number)).isEqualTo(RateLimit.HIGH);
    assertThat(RateLimit.of(new PhoneNumber("1", null, null, null, null, null, null, null, null, null, null, null,
        null, null))).isEqualTo(RateLimit.DEFAULT);
  }
}
