package dev.wabasdk.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's command runs the quickstart with {@code exec:java}, which waits for every non-daemon thread main
 * started: once main has returned, nothing of the SDK (OkHttp's dispatcher, the fake's server and webhook threads,
 * the webhook server) may keep running.
 */
class ExitsPromptlyTest {

  @Test
  void mainReturnsAndLeavesNoNonDaemonThread() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true));
    try {
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(stdout);
    }

    assertThat(lingering(before)).as("non-daemon threads still alive 1 s after main returned").isEmpty();
  }

  /** The non-daemon threads started since {@code before} that are still alive after a short grace period. */
  static List<String> lingering(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + 1_000_000_000L;
    List<String> alive = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && !t.isDaemon()) {
        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (t.isAlive()) {
          alive.add(t.getName());
        }
      }
    }
    return alive;
  }
}
