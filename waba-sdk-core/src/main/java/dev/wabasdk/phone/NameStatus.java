package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review status of the display name ({@code name_status}, {@code new_name_status}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code APPROVED}
 */
public record NameStatus(String value) {
  /** Approved. */
  public static final NameStatus APPROVED = new NameStatus("APPROVED");
  /** Usable without review. */
  public static final NameStatus AVAILABLE_WITHOUT_REVIEW = new NameStatus("AVAILABLE_WITHOUT_REVIEW");
  /** Declined. */
  public static final NameStatus DECLINED = new NameStatus("DECLINED");
  /** Expired. */
  public static final NameStatus EXPIRED = new NameStatus("EXPIRED");
  /** Waiting for review. */
  public static final NameStatus PENDING_REVIEW = new NameStatus("PENDING_REVIEW");
  /** No name submitted. */
  public static final NameStatus NONE = new NameStatus("NONE");

  private static final Map<String, NameStatus> KNOWN =
      Stream.of(APPROVED, AVAILABLE_WITHOUT_REVIEW, DECLINED, EXPIRED, PENDING_REVIEW, NONE).collect(Collectors.toUnmodifiableMap(NameStatus::value, Function.identity()));

  public NameStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static NameStatus of(String value) {
    Objects.requireNonNull(value, "value");
    NameStatus known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new NameStatus(value);
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
