package dev.wabasdk.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code maxMessages} marketing templates per user in a moving {@code period}, e.g. 2 per 7 days. Off by
 * default; add it with {@code PolicyEngine.builder().rule(new MarketingFrequencyCapRule(2, Duration.ofDays(7)))}.
 * Templates of unknown category count as marketing. Keep the period within the store's retention (7 days for the
 * in-memory store by default).
 * Immutable and thread-safe.
 *
 * @param maxMessages marketing templates allowed per period, 1 to {@value ConversationStore#MARKETING_HISTORY}
 * @param period the moving period, at least 1 second
 */
public record MarketingFrequencyCapRule(int maxMessages, Duration period) implements PolicyRule {
  /** The reason code when the cap is reached. */
  public static final String REASON = "marketing_frequency_cap";

  public MarketingFrequencyCapRule {
    Objects.requireNonNull(period, "period");
    if (maxMessages < 1 || maxMessages > ConversationStore.MARKETING_HISTORY) {
      throw new IllegalArgumentException("maxMessages: must be 1 to " + ConversationStore.MARKETING_HISTORY
          + ", was " + maxMessages);
    }
    if (period.getSeconds() < 1) {
      throw new IllegalArgumentException("period: must be at least 1 second, was " + period);
    }
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.isMarketing()) {
      return Decision.allow();
    }
    int sent = context.user().marketingSentSince(context.nowEpochSecond() - period.getSeconds() + 1);
    context.note("marketing_sent_in_period", sent + "/" + maxMessages);
    if (sent < maxMessages) {
      return Decision.allow();
    }
    return Decision.deny(REASON, "This user already received " + sent + " marketing templates in the last "
        + describe(period) + ", the most this business allows.");
  }

  private static String describe(Duration d) {
    long s = d.getSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 == 1 ? "day" : s / 86_400 + " days";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 == 1 ? "hour" : s / 3_600 + " hours";
    }
    return s + " seconds";
  }
}
