package dev.wabasdk.calling;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The state of a user's permission for the business to call them ({@code permission.status} of
 * {@code GET /{phone-number-id}/call_permissions}). Open: a value Meta adds later is kept as is and
 * {@link #isKnown()} is false; {@link #of(String)} returns the constants below for known values, so they may be
 * compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value, e.g. {@code temporary}
 */
public record CallPermissionStatus(String value) {
  /** The user granted a permission that expires ({@code expiration_time}), 7 days after it was granted. */
  public static final CallPermissionStatus TEMPORARY = new CallPermissionStatus("temporary");
  /** The user granted a permission that lasts until they revoke it. */
  public static final CallPermissionStatus PERMANENT = new CallPermissionStatus("permanent");
  /** The business may not call this user. */
  public static final CallPermissionStatus NO_PERMISSION = new CallPermissionStatus("no_permission");

  private static final Map<String, CallPermissionStatus> KNOWN = Map.of(TEMPORARY.value, TEMPORARY,
      PERMANENT.value, PERMANENT, NO_PERMISSION.value, NO_PERMISSION);

  public CallPermissionStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static CallPermissionStatus of(String value) {
    Objects.requireNonNull(value, "value");
    CallPermissionStatus known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new CallPermissionStatus(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  /** Whether the user granted a permission (temporary or permanent). */
  public boolean isGranted() {
    return this == TEMPORARY || this == PERMANENT;
  }

  @Override
  public String toString() {
    return value;
  }
}
