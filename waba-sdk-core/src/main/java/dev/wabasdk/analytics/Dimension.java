package dev.wabasdk.analytics;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A breakdown of analytics data points ({@code dimensions}): each data point then carries that property.
 * Conversation analytics take {@link #CONVERSATION_CATEGORY}, {@link #CONVERSATION_DIRECTION},
 * {@link #CONVERSATION_TYPE}, {@link #COUNTRY} and {@link #PHONE}; pricing analytics {@link #COUNTRY},
 * {@link #PHONE}, {@link #PRICING_CATEGORY}, {@link #PRICING_TYPE} and {@link #TIER}; call analytics {@link #PHONE},
 * {@link #DIRECTION} and {@link #COUNTRY}. Each query checks its own set.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta writes it, e.g. {@code PRICING_CATEGORY}
 */
public record Dimension(String value) {
  /** The user's country (ISO 3166 alpha-2). */
  public static final Dimension COUNTRY = new Dimension("COUNTRY");
  /** The business phone number. */
  public static final Dimension PHONE = new Dimension("PHONE");
  /** The pricing category (pricing analytics). */
  public static final Dimension PRICING_CATEGORY = new Dimension("PRICING_CATEGORY");
  /** The pricing type: regular or free, and why (pricing analytics). */
  public static final Dimension PRICING_TYPE = new Dimension("PRICING_TYPE");
  /**
   * The volume tier of the market and category (pricing analytics; Meta fills it only with {@link #COUNTRY} and
   * {@link #PRICING_CATEGORY}).
   */
  public static final Dimension TIER = new Dimension("TIER");
  /** The conversation category (conversation analytics). */
  public static final Dimension CONVERSATION_CATEGORY = new Dimension("CONVERSATION_CATEGORY");
  /** Who opened the conversation (conversation analytics). */
  public static final Dimension CONVERSATION_DIRECTION = new Dimension("CONVERSATION_DIRECTION");
  /** Regular, free tier or free entry point (conversation analytics). */
  public static final Dimension CONVERSATION_TYPE = new Dimension("CONVERSATION_TYPE");
  /** Who placed the call, user or business (call analytics). */
  public static final Dimension DIRECTION = new Dimension("DIRECTION");

  private static final Map<String, Dimension> KNOWN = Stream.of(COUNTRY, PHONE, PRICING_CATEGORY, PRICING_TYPE, TIER,
      CONVERSATION_CATEGORY, CONVERSATION_DIRECTION, CONVERSATION_TYPE, DIRECTION)
      .collect(Collectors.toUnmodifiableMap(Dimension::value, Function.identity()));

  public Dimension {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static Dimension of(String value) {
    Objects.requireNonNull(value, "value");
    Dimension known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new Dimension(value);
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
