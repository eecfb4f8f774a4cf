package dev.wabasdk.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The pair rate: a minimum spacing between two messages to the same user. Meta allows about one message every 6
 * seconds per user and answers 131056 beyond it (cloud-api.md §8.4). Spacing is measured in whole seconds.
 *
 * @param minimumSpacing the least time between two messages to one user, at least 1 second
 */
public record PairRateRule(Duration minimumSpacing) implements PolicyRule {
  /** Meta's documented pair rate: one message every 6 seconds to the same user. */
  public static final Duration DEFAULT_SPACING = Duration.ofSeconds(6);
  /** The reason code when the previous message to the user was too recent. */
  public static final String REASON = "pair_rate_limit";

  public PairRateRule {
    Objects.requireNonNull(minimumSpacing, "minimumSpacing");
    if (minimumSpacing.getSeconds() < 1) {
      throw new IllegalArgumentException("minimumSpacing: must be at least 1 second, was " + minimumSpacing);
    }
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    long last = context.user().lastSentAt();
    long spacing = minimumSpacing.getSeconds();
    if (last == 0 || context.nowEpochSecond() >= last + spacing) {
      return Decision.allow();
    }
    return Decision.deny(REASON, "The last message to this user was sent at " + Instant.ofEpochSecond(last)
        + " and messages to one user must be " + spacing + " seconds apart, so wait until "
        + Instant.ofEpochSecond(last + spacing) + ".");
  }
}
