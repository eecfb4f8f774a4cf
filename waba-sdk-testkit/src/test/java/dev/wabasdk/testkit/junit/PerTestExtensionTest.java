package dev.wabasdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookReceiver;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

@WabaTest
class PerTestExtensionTest {
  // Identity, not ports: the OS may hand a closed fake's port to the next one.
  private static final Set<FakeWhatsApp> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());

  @Test
  void injectsTheFakeAndAReceiverItDeliversTo(FakeWhatsApp fake, WebhookReceiver receiver) {
    assertThat(fake.webhookUrl()).isEqualTo(receiver.url());

    fake.user("+4915112345678").sends("hi");

    assertThat(receiver.awaitPayloads(1, Duration.ofSeconds(10)).get(0)).contains("\"body\":\"hi\"");
  }

  @RepeatedTest(2)
  void everyTestGetsAFreshFake(FakeWhatsApp fake) {
    assertThat(fake.userMessages()).isEmpty();
    fake.user("+4915112345678").sends("left behind");
    assertThat(SEEN.add(fake)).isTrue();
  }
}
