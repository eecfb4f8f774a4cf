package dev.wabasdk.message;

import java.util.Locale;
import java.util.Objects;

/**
 * What the Marketing Messages API does with a marketing template when the business has not met its onboarding
 * requirements ({@code product_policy}): send it through Cloud API instead (Meta's default) or not at all.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta names it, e.g. {@code STRICT}
 * @see <a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages">
 *     Send Marketing Messages</a>
 * @since 0.4
 */
public record ProductPolicy(String value) {
  /** Meta's default: a business that has not completed onboarding gets the message sent through Cloud API. */
  public static final ProductPolicy CLOUD_API_FALLBACK = new ProductPolicy("CLOUD_API_FALLBACK");
  /** Never fall back to Cloud API: the message goes through the Marketing Messages API or not at all. */
  public static final ProductPolicy STRICT = new ProductPolicy("STRICT");

  public ProductPolicy {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("product_policy: must not be blank");
    }
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static ProductPolicy of(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value.strip().toUpperCase(Locale.ROOT)) {
      case "CLOUD_API_FALLBACK" -> CLOUD_API_FALLBACK;
      case "STRICT" -> STRICT;
      default -> new ProductPolicy(value);
    };
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return equals(CLOUD_API_FALLBACK) || equals(STRICT);
  }

  @Override
  public String toString() {
    return value;
  }
}
