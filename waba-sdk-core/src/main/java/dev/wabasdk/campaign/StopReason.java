package dev.wabasdk.campaign;

import java.util.Objects;

/**
 * Why a campaign stopped itself or was stopped. An open value: the app may stop a campaign for its own reasons with
 * {@link #of(String)}. Immutable and thread-safe.
 *
 * @param value a stable code
 */
public record StopReason(String value) {
  /** The phone number's quality rating dropped ({@code phone_number_quality_update} webhook). */
  public static final StopReason QUALITY_DROP = new StopReason("quality_drop");
  /** Too many sends failed with 131049 (Meta limits marketing messages per user for ecosystem health). */
  public static final StopReason MARKETING_LIMIT_SPIKE = new StopReason("error_131049_spike");
  /** The account was restricted ({@code account_update} webhook, or error 131031 on a send). */
  public static final StopReason ACCOUNT_RESTRICTED = new StopReason("account_restricted");
  /** The template was paused or disabled ({@code message_template_status_update} webhook, or 132015/132016). */
  public static final StopReason TEMPLATE_PAUSED = new StopReason("template_paused");
  /** The actual or expected cost reached the campaign's budget. */
  public static final StopReason BUDGET_REACHED = new StopReason("budget_reached");

  private static final StopReason[] KNOWN = {QUALITY_DROP, MARKETING_LIMIT_SPIKE, ACCOUNT_RESTRICTED,
      TEMPLATE_PAUSED, BUDGET_REACHED};

  public StopReason {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.indexOf('|') >= 0) {
      throw new IllegalArgumentException("value: must be non-blank without '|', was '" + value + "'");
    }
  }

  /** The constant for a known code (so {@code ==} works), else a new value keeping the code. */
  public static StopReason of(String value) {
    for (StopReason known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new StopReason(value);
  }

  /** Whether this is one of the constants. */
  public boolean isKnown() {
    for (StopReason known : KNOWN) {
      if (known == this || known.value.equals(value)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return value;
  }
}
