package dev.wabasdk.policy;

import java.time.Instant;

/**
 * Meta restricted the account from business-initiated messaging ({@code account_update} {@code ACCOUNT_RESTRICTION}
 * with {@code RESTRICTED_BIZ_INITIATED_MESSAGING}): templates outside the customer service window are denied until
 * the restriction expires; replies inside an open window still go. The restriction comes from the store
 * ({@link PolicyEngine#recordRestriction}). Stateless and thread-safe.
 */
public record AccountRestrictionRule() implements PolicyRule {
  /** The reason code while the account may not start conversations. */
  public static final String REASON = "account_restricted";
  /** Meta's restriction type for business-initiated messaging. */
  public static final String BUSINESS_INITIATED_MESSAGING = "RESTRICTED_BIZ_INITIATED_MESSAGING";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.businessInitiated()) {
      return Decision.allow();
    }
    Instant until = context.restrictedUntil(BUSINESS_INITIATED_MESSAGING);
    if (until == null) {
      return Decision.allow();
    }
    context.note("account_restricted_until", until.toString());
    return Decision.deny(REASON, "Meta restricted this account from business-initiated messaging ("
        + BUSINESS_INITIATED_MESSAGING + ") until " + until + ", so a template outside the customer service window"
        + " is not delivered until then; replies to users who wrote in the last 24 hours still go.");
  }
}
