package dev.wabasdk.flow;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The business purpose of a Flow ({@code categories} in the Flows API); a flow has at least one.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code SIGN_UP}
 */
public record FlowCategory(String value) {
  /** Signing up for an account. */
  public static final FlowCategory SIGN_UP = new FlowCategory("SIGN_UP");
  /** Signing in to an account. */
  public static final FlowCategory SIGN_IN = new FlowCategory("SIGN_IN");
  /** Booking an appointment. */
  public static final FlowCategory APPOINTMENT_BOOKING = new FlowCategory("APPOINTMENT_BOOKING");
  /** Collecting leads. */
  public static final FlowCategory LEAD_GENERATION = new FlowCategory("LEAD_GENERATION");
  /** Shopping. */
  public static final FlowCategory SHOPPING = new FlowCategory("SHOPPING");
  /** A contact form. */
  public static final FlowCategory CONTACT_US = new FlowCategory("CONTACT_US");
  /** Customer support. */
  public static final FlowCategory CUSTOMER_SUPPORT = new FlowCategory("CUSTOMER_SUPPORT");
  /** A survey. */
  public static final FlowCategory SURVEY = new FlowCategory("SURVEY");
  /** Anything else. */
  public static final FlowCategory OTHER = new FlowCategory("OTHER");

  private static final Map<String, FlowCategory> KNOWN = Stream.of(SIGN_UP, SIGN_IN,
      APPOINTMENT_BOOKING, LEAD_GENERATION, SHOPPING, CONTACT_US, CUSTOMER_SUPPORT, SURVEY, OTHER)
      .collect(Collectors.toUnmodifiableMap(FlowCategory::value, Function.identity()));

  public FlowCategory {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static FlowCategory of(String value) {
    Objects.requireNonNull(value, "value");
    FlowCategory known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new FlowCategory(value);
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
