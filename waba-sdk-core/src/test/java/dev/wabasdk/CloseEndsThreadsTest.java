package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code close()} ends the non-daemon threads the client started (OkHttp's dispatcher threads idle 60 s otherwise), so
 * an app whose main returns, or a sample run by {@code exec:java}, exits at once.
 */
class CloseEndsThreadsTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void noNonDaemonThreadOfTheClientOutlivesClose() throws Exception {
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    WhatsApp client = graph.builder().build();
    graph.enqueueSent("16505551234", "wamid.A");
    graph.enqueueSent("16505551234", "wamid.B");
    client.messages().send(Message.text("+16505551234", "sync"));
    client.messages().sendAsync(Message.text("+16505551234", "async")).get(5, TimeUnit.SECONDS);
    assertThat(alive(before, 0)).as("the async send ran on a non-daemon dispatcher thread").isNotEmpty();

    client.close();

    assertThat(alive(before, 1_000)).as("non-daemon threads of the client alive 1 s after close()").isEmpty();
  }

  /** Non-daemon threads started since {@code before}, but the test server's, still alive after {@code graceMillis}. */
  static List<String> alive(Set<Thread> before, long graceMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + graceMillis;
    List<String> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && !t.isDaemon() && !t.getName().startsWith("MockWebServer")) {
        t.join(Math.max(1, deadline - System.currentTimeMillis()));
        if (t.isAlive()) {
          alive.add(t.getName());
        }
      }
    }
    return alive;
  }
}
