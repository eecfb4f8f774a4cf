package dev.wabasdk.group;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether users who open a group's invite link join at once or ask to join ({@code join_approval_mode}). Open: a
 * value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the constants
 * below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value, e.g. {@code approval_required}
 */
public record JoinApprovalMode(String value) {
  /** Anyone with the invite link joins. */
  public static final JoinApprovalMode AUTO_APPROVE = new JoinApprovalMode("auto_approve");
  /** Users with the invite link send a join request the business approves or rejects. */
  public static final JoinApprovalMode APPROVAL_REQUIRED = new JoinApprovalMode("approval_required");

  private static final Map<String, JoinApprovalMode> KNOWN =
      Map.of(AUTO_APPROVE.value, AUTO_APPROVE, APPROVAL_REQUIRED.value, APPROVAL_REQUIRED);

  public JoinApprovalMode {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static JoinApprovalMode of(String value) {
    Objects.requireNonNull(value, "value");
    JoinApprovalMode known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new JoinApprovalMode(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
