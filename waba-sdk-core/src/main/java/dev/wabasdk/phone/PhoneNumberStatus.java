package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The connection status of a business phone number ({@code status}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code CONNECTED}
 */
public record PhoneNumberStatus(String value) {
  /** Registered and able to send. */
  public static final PhoneNumberStatus CONNECTED = new PhoneNumberStatus("CONNECTED");
  /** Disconnected. */
  public static final PhoneNumberStatus DISCONNECTED = new PhoneNumberStatus("DISCONNECTED");
  /** Registration pending. */
  public static final PhoneNumberStatus PENDING = new PhoneNumberStatus("PENDING");
  /** Flagged for quality. */
  public static final PhoneNumberStatus FLAGGED = new PhoneNumberStatus("FLAGGED");
  /** Restricted. */
  public static final PhoneNumberStatus RESTRICTED = new PhoneNumberStatus("RESTRICTED");
  /** Banned. */
  public static final PhoneNumberStatus BANNED = new PhoneNumberStatus("BANNED");
  /** Deleted. */
  public static final PhoneNumberStatus DELETED = new PhoneNumberStatus("DELETED");
  /** Migrated. */
  public static final PhoneNumberStatus MIGRATED = new PhoneNumberStatus("MIGRATED");
  /** Rate limited. */
  public static final PhoneNumberStatus RATE_LIMITED = new PhoneNumberStatus("RATE_LIMITED");
  /** Unverified. */
  public static final PhoneNumberStatus UNVERIFIED = new PhoneNumberStatus("UNVERIFIED");
  /** Unknown (Meta's own value). */
  public static final PhoneNumberStatus UNKNOWN = new PhoneNumberStatus("UNKNOWN");

  private static final Map<String, PhoneNumberStatus> KNOWN =
      Stream.of(CONNECTED, DISCONNECTED, PENDING, FLAGGED, RESTRICTED, BANNED, DELETED, MIGRATED, RATE_LIMITED, UNVERIFIED, UNKNOWN).collect(Collectors.toUnmodifiableMap(PhoneNumberStatus::value, Function.identity()));

  public PhoneNumberStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static PhoneNumberStatus of(String value) {
    Objects.requireNonNull(value, "value");
    PhoneNumberStatus known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new PhoneNumberStatus(value);
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
