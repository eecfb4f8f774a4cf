package dev.wabasdk.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The pair rate: how fast one business number may message the same user. Meta allows about one message every
 * 6 seconds per user, with bursts of up to 45 messages that borrow future quota (after a burst of 20, about 2
 * minutes pass before the quota is back), and answers 131056 beyond it (cloud-api.md §8.4).
 *
 * <p>Modelled as a token bucket with the generic cell rate algorithm (GCRA): the store keeps one time per user,
 * {@link UserState#pairRateUntil()} (the theoretical arrival time, TAT). A message at {@code now} is allowed when
 * {@code max(TAT, now) - now <= (burst - 1) * interval}, and each send moves the TAT to
 * {@code max(TAT, now) + interval}. So {@code burst} messages may go back to back, then one per {@code interval};
 * after a burst of {@code n} messages the whole burst is back {@code n * interval} later (20 messages: 2 minutes,
 * as Meta says). Times are whole seconds.
 * Immutable and thread-safe.
 *
 * @param interval the sustained spacing of messages to one user, whole seconds from 1 second to 1 day
 * @param burst how many messages may go back to back, 1 to 1,000; 1 makes {@code interval} a strict minimum
 *     spacing
 */
public record PairRateRule(Duration interval, int burst) implements PolicyRule {
  /** Meta's documented sustained pair rate: one message every 6 seconds to the same user. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(6);
  /** Meta's documented burst: up to 45 messages to the same user at once. */
  public static final int DEFAULT_BURST = 45;
  /** The reason code when the user's pair-rate burst is used up. */
  public static final String REASON = "pair_rate_limit";

  private static final int MAX_BURST = 1_000;

  public PairRateRule {
    Objects.requireNonNull(interval, "interval");
    if (interval.getSeconds() < 1 || interval.getNano() != 0 || interval.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("interval: must be whole seconds from 1 second to 1 day, was " + interval);
    }
    if (burst < 1 || burst > MAX_BURST) {
      throw new IllegalArgumentException("burst: must be 1 to " + MAX_BURST + ", was " + burst);
    }
  }

  /** Meta's documented pair rate: one message every 6 seconds, bursts of up to 45. */
  public PairRateRule() {
    this(DEFAULT_INTERVAL, DEFAULT_BURST);
  }

  /** A strict minimum spacing between two messages to one user: no bursts ({@code burst} 1). */
  public static PairRateRule minimumSpacing(Duration spacing) {
    return new PairRateRule(spacing, 1);
  }

  /** The interval in seconds, as the store's {@code claimSend} and {@code recordSent} take it. */
  public long intervalSeconds() {
    return interval.getSeconds();
  }

  /**
   * The first epoch second at which a message to a user whose pair-rate TAT is {@code pairRateUntil} is allowed:
   * {@code pairRateUntil - (burst - 1) * interval}, or earlier when the user has nothing borrowed.
   */
  public long nextAllowedAt(long pairRateUntil) {
    return pairRateUntil - (burst - 1) * intervalSeconds();
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    long now = context.nowEpochSecond();
    long tat = context.user().pairRateUntil();
    long next = nextAllowedAt(tat);
    context.pairRateNextAllowedAt(next);
    if (now >= next) {
      return Decision.allow();
    }
    Instant at = Instant.ofEpochSecond(next);
    if (burst == 1) {
      return Decision.deny(REASON, "Pair rate: messages to this user must be " + intervalSeconds()
          + " seconds apart; the next message to this user may go at " + at + ".");
    }
    return Decision.deny(REASON, "Pair rate: all " + burst + " messages of this user's burst are used (then one every "
        + intervalSeconds() + " seconds); the next message to this user may go at " + at + ".");
  }
}
