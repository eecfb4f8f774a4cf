package dev.wabasdk.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The per-user marketing limit: after Meta did not deliver a marketing template to a user with error 131049
 * ("This message was not delivered to maintain healthy ecosystem engagement"), marketing templates to that user are
 * refused for a back-off, by default 24 hours as Meta advises (Meta's error codes page and "Per-user marketing
 * template message limits"). Recorded from the send's error and from a failed status webhook. Utility,
 * authentication and free-form messages are not affected. On by default; turn it off with
 * {@code PolicyEngine.builder().withoutRule(MarketingBackOffRule.class)}. Immutable and thread-safe.
 *
 * @param backOff how long after a 131049 marketing to the user is refused; at least one second
 * @since 0.3
 */
public record MarketingBackOffRule(Duration backOff) implements PolicyRule {
  /** The reason code of a marketing template refused during the back-off. */
  public static final String REASON = "marketing_back_off_131049";
  /** Meta's advice: wait at least 24 hours before the next marketing template to the user. */
  public static final Duration DEFAULT_BACK_OFF = Duration.ofHours(24);
  /** Meta's error code for a marketing template not delivered because of the per-user marketing limit. */
  public static final int ERROR_CODE = 131049;

  public MarketingBackOffRule {
    Objects.requireNonNull(backOff, "backOff");
    if (backOff.getSeconds() < 1) {
      throw new IllegalArgumentException("backOff: must be at least 1 second, was " + backOff);
    }
  }

  /** The rule with Meta's advised 24-hour back-off. */
  public MarketingBackOffRule() {
    this(DEFAULT_BACK_OFF);
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    long notDelivered = context.user().marketingNotDeliveredAt();
    if (notDelivered == 0 || !context.isMarketing()) {
      return Decision.allow();
    }
    long until = notDelivered + backOff.getSeconds();
    if (context.nowEpochSecond() >= until) {
      return Decision.allow();
    }
    context.note("marketing_not_delivered_at", Instant.ofEpochSecond(notDelivered).toString());
    return Decision.deny(REASON, "Meta did not deliver a marketing template to this user at "
        + Instant.ofEpochSecond(notDelivered) + " (error " + ERROR_CODE + ", the per-user marketing limit for"
        + " healthy ecosystem engagement), so marketing templates to this user are refused until "
        + Instant.ofEpochSecond(until) + " (a back-off of " + backOff + "; Meta advises at least 24 hours)"
        + (context.templateCategoryAssumed() ? "; this template's category is not recorded, so it is treated as"
            + " marketing." : "."));
  }
}
