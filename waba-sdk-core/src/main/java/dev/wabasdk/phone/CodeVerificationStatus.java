package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether the phone number's ownership was verified by code ({@code code_verification_status}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code VERIFIED}
 */
public record CodeVerificationStatus(String value) {
  /** Verified. */
  public static final CodeVerificationStatus VERIFIED = new CodeVerificationStatus("VERIFIED");
  /** Not verified. */
  public static final CodeVerificationStatus NOT_VERIFIED = new CodeVerificationStatus("NOT_VERIFIED");
  /** The verification expired. */
  public static final CodeVerificationStatus EXPIRED = new CodeVerificationStatus("EXPIRED");

  private static final Map<String, CodeVerificationStatus> KNOWN =
      Stream.of(VERIFIED, NOT_VERIFIED, EXPIRED).collect(Collectors.toUnmodifiableMap(CodeVerificationStatus::value, Function.identity()));

  public CodeVerificationStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static CodeVerificationStatus of(String value) {
    Objects.requireNonNull(value, "value");
    CodeVerificationStatus known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new CodeVerificationStatus(value);
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
