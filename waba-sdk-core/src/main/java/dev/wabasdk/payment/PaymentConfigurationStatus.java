package dev.wabasdk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a payment configuration stands ({@code status}). The onboarding API spells the values {@code Active},
 * {@code Needs_Connecting}, {@code Needs_Testing}; the {@code payment_configuration_update} webhook
 * {@code Needs Connecting}, {@code Needs Testing}: {@link #of(String)} reads both.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values (any letter case, space or underscore), so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the value in the onboarding API's spelling, e.g. {@code Needs_Testing}
 */
public record PaymentConfigurationStatus(String value) {
  /** Tested in WhatsApp Manager: order messages may use it. */
  public static final PaymentConfigurationStatus ACTIVE = new PaymentConfigurationStatus("Active");
  /** Disconnected from the payment gateway: connect it again (a new OAuth link). */
  public static final PaymentConfigurationStatus NEEDS_CONNECTING = new PaymentConfigurationStatus("Needs_Connecting");
  /** Connected to the payment gateway but not yet tested in WhatsApp Manager. */
  public static final PaymentConfigurationStatus NEEDS_TESTING = new PaymentConfigurationStatus("Needs_Testing");

  private static final Map<String, PaymentConfigurationStatus> KNOWN =
      Stream.of(ACTIVE, NEEDS_CONNECTING, NEEDS_TESTING)
          .collect(Collectors.toUnmodifiableMap(s -> key(s.value()), Function.identity()));

  public PaymentConfigurationStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The constant for a known value in either of Meta's spellings, any letter case ({@code Needs Testing},
   * {@code NEEDS_TESTING}), or a new instance keeping an unknown value as is.
   */
  public static PaymentConfigurationStatus of(String value) {
    Objects.requireNonNull(value, "value");
    PaymentConfigurationStatus known = KNOWN.get(key(value));
    return known != null ? known : new PaymentConfigurationStatus(value);
  }

  /** Whether this is one of the constants documented when this SDK was released. */
  public boolean isKnown() {
    @Nullable PaymentConfigurationStatus known = KNOWN.get(key(value));
    return equals(known);
  }

  private static String key(String value) {
    return value.strip().replaceAll("[\\s_]+", "_").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
