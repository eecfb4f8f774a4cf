package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Closing the fake, its webhook receiver and the client ends every non-daemon thread they started (the fake's
 * server, its webhook sender, OkHttp's dispatchers), so a sample or an app that used the fake exits when main
 * returns.
 */
class CloseEndsThreadsTest {

  @Test
  void noNonDaemonThreadOutlivesClose() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WebhookReceiver receiver = WebhookReceiver.start(fake.appSecret());
        WhatsApp client = fake.clientBuilder().build()) {
      fake.webhookUrl(receiver.url());
      fake.user("+4915112345678").sends("hi");
      client.messages().send(Message.text("+4915112345678", "hello"));
      client.messages().sendAsync(Message.text("+4915112345678", "again")).join();
      fake.awaitWebhooks();
      assertThat(receiver.payloads()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(alive(before, 0)).as("threads while the fake runs").isNotEmpty();
    }

    assertThat(alive(before, 1_000)).as("non-daemon threads alive 1 s after close()").isEmpty();
  }

  /** Non-daemon threads started since {@code before} still alive after {@code graceMillis}. */
  static List<String> alive(Set<Thread> before, long graceMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + graceMillis;
    List<String> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && !t.isDaemon()) {
        t.join(Math.max(1, deadline - System.currentTimeMillis()));
        if (t.isAlive()) {
          alive.add(t.getName());
        }
      }
    }
    return alive;
  }
}
