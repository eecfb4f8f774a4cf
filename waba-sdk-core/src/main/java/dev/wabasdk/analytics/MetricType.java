package dev.wabasdk.analytics;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A metric to return ({@code metric_types}); none named means all (group analytics need at least one). Conversation
 * analytics take {@link #COST} and {@link #CONVERSATION}; pricing analytics {@link #COST} and {@link #VOLUME};
 * template and template group analytics {@link #SENT}, {@link #DELIVERED}, {@link #READ}, {@link #CLICKED} and
 * {@link #COST} (template analytics also Marketing Messages API conversion metrics, kept as unknown values); call
 * analytics {@link #COUNT}, {@link #COST} and {@link #AVERAGE_DURATION}; group analytics {@link #SENT},
 * {@link #DELIVERED}, {@link #READ}, {@link #PARTICIPANTS_JOINED} and {@link #PARTICIPANTS_LEFT}. {@link #COST} is
 * refused by Meta for businesses billed through a Solution Partner. Open: a value Meta adds later is kept as is and
 * {@link #isKnown()} is false; {@link #of(String)} returns the constants below for known values, so they may be
 * compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta writes it, e.g. {@code VOLUME}
 */
public record MetricType(String value) {
  /** Approximate charges, in the WABA's currency. */
  public static final MetricType COST = new MetricType("COST");
  /** Messages delivered (pricing analytics). */
  public static final MetricType VOLUME = new MetricType("VOLUME");
  /** Conversations (conversation analytics). */
  public static final MetricType CONVERSATION = new MetricType("CONVERSATION");
  /** Template messages sent. */
  public static final MetricType SENT = new MetricType("SENT");
  /** Template messages delivered. */
  public static final MetricType DELIVERED = new MetricType("DELIVERED");
  /** Template messages read. */
  public static final MetricType READ = new MetricType("READ");
  /** Button clicks (marketing and utility templates). */
  public static final MetricType CLICKED = new MetricType("CLICKED");
  /** Completed calls (call analytics). */
  public static final MetricType COUNT = new MetricType("COUNT");
  /** The average duration of the calls (call analytics). */
  public static final MetricType AVERAGE_DURATION = new MetricType("AVERAGE_DURATION");
  /** Times a participant joined the group (group analytics). */
  public static final MetricType PARTICIPANTS_JOINED = new MetricType("PARTICIPANTS_JOINED");
  /** Times a participant left the group (group analytics). */
  public static final MetricType PARTICIPANTS_LEFT = new MetricType("PARTICIPANTS_LEFT");

  private static final Map<String, MetricType> KNOWN = Stream.of(COST, VOLUME, CONVERSATION, SENT, DELIVERED, READ,
      CLICKED, COUNT, AVERAGE_DURATION, PARTICIPANTS_JOINED, PARTICIPANTS_LEFT)
      .collect(Collectors.toUnmodifiableMap(MetricType::value, Function.identity()));

  public MetricType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static MetricType of(String value) {
    Objects.requireNonNull(value, "value");
    MetricType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new MetricType(value);
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
