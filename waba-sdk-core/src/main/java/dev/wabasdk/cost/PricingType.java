package dev.wabasdk.cost;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Meta's {@code pricing.type} in status webhooks: whether a message is charged ({@code regular}) or free, and why.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it (lower case), e.g. {@code free_entry_point}
 */
public record PricingType(String value) {
  /** Charged at the rate of its pricing category. */
  public static final PricingType REGULAR = new PricingType("regular");
  /** Free: a non-template message, or a utility template, inside an open customer service window. */
  public static final PricingType FREE_CUSTOMER_SERVICE = new PricingType("free_customer_service");
  /** Free: inside a free entry point window (click-to-WhatsApp ad or Page call-to-action). */
  public static final PricingType FREE_ENTRY_POINT = new PricingType("free_entry_point");
  /** Free: a message to a group inside its customer service window. */
  public static final PricingType FREE_GROUP_CUSTOMER_SERVICE = new PricingType("free_group_customer_service");

  private static final Map<String, PricingType> KNOWN =
      Stream.of(REGULAR, FREE_CUSTOMER_SERVICE, FREE_ENTRY_POINT, FREE_GROUP_CUSTOMER_SERVICE)
          .collect(Collectors.toUnmodifiableMap(PricingType::value, Function.identity()));

  public PricingType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static PricingType of(String value) {
    Objects.requireNonNull(value, "value");
    // Meta's own spelling first: no stripping or lower-casing for what nearly every webhook carries.
    PricingType known = KNOWN.get(value);
    if (known == null) {
      known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    }
    return known != null ? known : new PricingType(value);
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
