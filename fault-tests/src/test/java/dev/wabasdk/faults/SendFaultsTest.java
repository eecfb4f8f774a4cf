package dev.wabasdk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.faults.FaultyGraphServer.Fault;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, promise 1: no customer gets the same message twice because of the SDK, and a send reported as a
 * success or as "not sent" says the truth. Many sends against {@link FaultyGraphServer} under a random fault mix with
 * a fixed seed; the server counts what Meta would have delivered.
 */
class SendFaultsTest {
  private static final int SENDS = 600;
  private static final long STALL_MILLIS = 250;

  /** A mix where about four sends in ten meet a fault, every kind represented. */
  static Map<Fault, Integer> mix() {
    Map<Fault, Integer> w = new EnumMap<>(Fault.class);
    w.put(Fault.OK, 56);
    w.put(Fault.SLOW_OK, 4);
    w.put(Fault.RESET_AFTER_READ, 8);
    w.put(Fault.CLOSE_AFTER_READ, 4);
    w.put(Fault.RESET_BEFORE_READ, 5);
    w.put(Fault.STALL, 2);
    w.put(Fault.ERROR_131000, 5);
    w.put(Fault.ERROR_1, 3);
    w.put(Fault.BAD_GATEWAY, 4);
    w.put(Fault.ERROR_130429, 5);
    w.put(Fault.ERROR_131056, 2);
    w.put(Fault.ERROR_133004, 2);
    return w;
  }

  @Test
  void defaultRetriesNeverDuplicateAndNeverMisreport() throws Exception {
    Counts counts = run(17, fastBackoff(RetrySettings.DEFAULT), false);
    counts.print("default retries, blocking");
    counts.assertTruthful();
    assertThat(counts.duplicates).as("customers who got the message twice").isZero();
  }

  @Test
  void withoutRetriesNeverDuplicate() throws Exception {
    Counts counts = run(18, RetrySettings.none(), false);
    counts.print("RetrySettings.none(), blocking");
    counts.assertTruthful();
    assertThat(counts.duplicates).as("customers who got the message twice").isZero();
  }

  @Test
  void asyncSendsNeverDuplicate() throws Exception {
    Counts counts = run(19, fastBackoff(RetrySettings.DEFAULT), true);
    counts.print("default retries, async");
    counts.assertTruthful();
    assertThat(counts.duplicates).as("customers who got the message twice").isZero();
  }

  @Test
  void retryingUnknownOutcomesIsTheOnlyWayToDuplicates() throws Exception {
    Counts counts = run(20, fastBackoff(RetrySettings.DEFAULT).withRetryUnknownOutcome(true), false);
    counts.print("retryUnknownOutcome(true): duplicates accepted by the user");
    counts.assertTruthful();
    // The user opted in: duplicates may happen, and with this mix they do, which shows the suite can see them.
    assertThat(counts.duplicates).as("duplicates the user accepted").isPositive();
  }

  private static RetrySettings fastBackoff(RetrySettings settings) {
    return settings.withBackoff(Duration.ofMillis(2), Duration.ofMillis(10));
  }

  private static Counts run(long seed, RetrySettings retry, boolean async) throws Exception {
    try (FaultyGraphServer server = new FaultyGraphServer(seed, mix(), STALL_MILLIS);
        WhatsApp whatsApp = WhatsApp.builder()
            .accessToken("fault-suite-token")
            .phoneNumberId("106540352242922")
            .baseUrl(server.baseUrl())
            .readTimeout(Duration.ofMillis(STALL_MILLIS))
            .retry(retry)
            .noRateLimit()
            .build()) {
      Counts counts = new Counts();
      List<String> recipients = new ArrayList<>();
      for (int i = 0; i < SENDS; i++) {
        String to = "4915112" + String.format("%06d", i);
        recipients.add(to);
        Message message = Message.text("+" + to, "Your order " + i + " has shipped");
        try {
          SendResult result = async
              ? join(whatsApp.messages().sendAsync(message))
              : whatsApp.messages().send(message);
          counts.record(to, result, null, server);
        } catch (WabaException e) {
          counts.record(to, null, e, server);
        }
      }
      counts.faults = server.injected();
      for (String to : recipients) {
        if (server.deliveries(to) > 1) {
          counts.duplicates++;
        }
      }
      return counts;
    }
  }

  private static SendResult join(CompletableFuture<SendResult> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof WabaException w) {
        throw w;
      }
      throw e;
    }
  }

  /** What the run counted; every field is a number of customers (one send each). */
  static final class Counts {
    int succeeded;
    int unknown;
    int notSentOrRejected;
    int duplicates;
    /** Reported successful, but the server never received it. */
    int successNeverReceived;
    /** Reported NOT_SENT or REJECTED, but Meta would have delivered it. */
    int refusedButDelivered;
    Map<Fault, Integer> faults = Map.of();

    void record(String to, SendResult result, WabaException failure, FaultyGraphServer server) {
      int delivered = server.deliveries(to);
      if (failure == null) {
        succeeded++;
        if (delivered == 0) {
          successNeverReceived++;
        }
        assertThat(result.messageId()).startsWith("wamid.");
      } else if (failure.outcome() == Outcome.UNKNOWN) {
        unknown++;
      } else {
        notSentOrRejected++;
        if (delivered > 0) {
          refusedButDelivered++;
        }
      }
    }

    void assertTruthful() {
      assertThat(succeeded + unknown + notSentOrRejected).isEqualTo(SENDS);
      assertThat(successNeverReceived).as("sends reported successful that the server never received").isZero();
      assertThat(refusedButDelivered).as("sends reported NOT_SENT/REJECTED that were delivered").isZero();
      assertThat(faults.values().stream().mapToInt(Integer::intValue).sum() - faults.getOrDefault(Fault.OK, 0)
          - faults.getOrDefault(Fault.SLOW_OK, 0)).as("faults injected").isGreaterThan(SENDS / 5);
    }

    void print(String mode) {
      System.out.printf("[fault-suite] sends (%s): %d sends, %d succeeded, %d outcome unknown, %d not sent/rejected;"
              + " customers who got it twice: %d; successes never received: %d; refused but delivered: %d;"
              + " faults injected: %s%n",
          mode, SENDS, succeeded, unknown, notSentOrRejected, duplicates, successNeverReceived, refusedButDelivered,
          faults);
    }
  }
}
