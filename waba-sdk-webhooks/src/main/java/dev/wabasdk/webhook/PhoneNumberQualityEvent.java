package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code event} of a {@code phone_number_quality_update}.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code FLAGGED}
 */
public record PhoneNumberQualityEvent(String value) {
  /** The number is onboarding; its limit is set. */
  public static final PhoneNumberQualityEvent ONBOARDING = new PhoneNumberQualityEvent("ONBOARDING");
  /** The number's throughput was raised. */
  public static final PhoneNumberQualityEvent THROUGHPUT_UPGRADE = new PhoneNumberQualityEvent("THROUGHPUT_UPGRADE");
  /** The messaging limit went up. */
  public static final PhoneNumberQualityEvent UPGRADE = new PhoneNumberQualityEvent("UPGRADE");
  /** The messaging limit went down. */
  public static final PhoneNumberQualityEvent DOWNGRADE = new PhoneNumberQualityEvent("DOWNGRADE");
  /** The quality rating dropped to low; read the rating from the phone numbers API. */
  public static final PhoneNumberQualityEvent FLAGGED = new PhoneNumberQualityEvent("FLAGGED");
  /** The quality rating recovered. */
  public static final PhoneNumberQualityEvent UNFLAGGED = new PhoneNumberQualityEvent("UNFLAGGED");

  private static final Map<String, PhoneNumberQualityEvent> KNOWN =
      Stream.of(ONBOARDING, THROUGHPUT_UPGRADE, UPGRADE, DOWNGRADE, FLAGGED, UNFLAGGED)
          .collect(Collectors.toUnmodifiableMap(PhoneNumberQualityEvent::value, Function.identity()));

  public PhoneNumberQualityEvent {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static PhoneNumberQualityEvent of(String value) {
    Objects.requireNonNull(value, "value");
    PhoneNumberQualityEvent known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new PhoneNumberQualityEvent(value);
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
