package dev.wabasdk.policy;

import java.time.Instant;

/**
 * Honours opt-outs: a user opted out of marketing gets no marketing templates (an unknown category counts as
 * marketing); a user opted out of everything gets no messages at all. Opt-outs come from stop keywords, the
 * {@code user_preferences} webhook, error 131050 and {@link PolicyEngine#recordOptOut}.
 * Immutable and thread-safe.
 */
public final class OptOutRule implements PolicyRule {
  /** The reason code for a user opted out of all messages. */
  public static final String REASON_ALL = "opted_out";
  /** The reason code for a marketing template to a user opted out of marketing. */
  public static final String REASON_MARKETING = "opted_out_of_marketing";

  @Override
  public Decision evaluate(PolicyContext context) {
    OptOut optOut = context.user().optOut();
    if (optOut == OptOut.NONE) {
      return Decision.allow();
    }
    Instant since = Instant.ofEpochSecond(context.user().optOutAt());
    if (optOut == OptOut.ALL) {
      return Decision.deny(REASON_ALL, "The user opted out of all messages from this business at " + since + ".");
    }
    if (context.isMarketing()) {
      return Decision.deny(REASON_MARKETING, "The user opted out of marketing messages at " + since
          + " and this template is marketing" + (context.templateCategoryAssumed()
              ? " (its category is not recorded, so it is treated as marketing)." : "."));
    }
    return Decision.allow();
  }

  @Override
  public String toString() {
    return "OptOutRule";
  }
}
