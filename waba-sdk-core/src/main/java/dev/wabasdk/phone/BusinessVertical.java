package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The industry of a business profile ({@code vertical}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code UNDEFINED}
 */
public record BusinessVertical(String value) {
  /** Not set. */
  public static final BusinessVertical UNDEFINED = new BusinessVertical("UNDEFINED");
  /** Other. */
  public static final BusinessVertical OTHER = new BusinessVertical("OTHER");
  /** Automotive. */
  public static final BusinessVertical AUTO = new BusinessVertical("AUTO");
  /** Beauty, spa and salon. */
  public static final BusinessVertical BEAUTY = new BusinessVertical("BEAUTY");
  /** Clothing and apparel. */
  public static final BusinessVertical APPAREL = new BusinessVertical("APPAREL");
  /** Education. */
  public static final BusinessVertical EDU = new BusinessVertical("EDU");
  /** Entertainment. */
  public static final BusinessVertical ENTERTAIN = new BusinessVertical("ENTERTAIN");
  /** Event planning and service. */
  public static final BusinessVertical EVENT_PLAN = new BusinessVertical("EVENT_PLAN");
  /** Finance and banking. */
  public static final BusinessVertical FINANCE = new BusinessVertical("FINANCE");
  /** Food and grocery. */
  public static final BusinessVertical GROCERY = new BusinessVertical("GROCERY");
  /** Public service. */
  public static final BusinessVertical GOVT = new BusinessVertical("GOVT");
  /** Hotel and lodging. */
  public static final BusinessVertical HOTEL = new BusinessVertical("HOTEL");
  /** Medical and health. */
  public static final BusinessVertical HEALTH = new BusinessVertical("HEALTH");
  /** Non-profit. */
  public static final BusinessVertical NONPROFIT = new BusinessVertical("NONPROFIT");
  /** Professional services. */
  public static final BusinessVertical PROF_SERVICES = new BusinessVertical("PROF_SERVICES");
  /** Shopping and retail. */
  public static final BusinessVertical RETAIL = new BusinessVertical("RETAIL");
  /** Travel and transportation. */
  public static final BusinessVertical TRAVEL = new BusinessVertical("TRAVEL");
  /** Restaurant. */
  public static final BusinessVertical RESTAURANT = new BusinessVertical("RESTAURANT");

  private static final Map<String, BusinessVertical> KNOWN =
      Stream.of(UNDEFINED, OTHER, AUTO, BEAUTY, APPAREL, EDU, ENTERTAIN, EVENT_PLAN, FINANCE, GROCERY, GOVT, HOTEL, HEALTH, NONPROFIT, PROF_SERVICES, RETAIL, TRAVEL, RESTAURANT).collect(Collectors.toUnmodifiableMap(BusinessVertical::value, Function.identity()));

  public BusinessVertical {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static BusinessVertical of(String value) {
    Objects.requireNonNull(value, "value");
    BusinessVertical known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new BusinessVertical(value);
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
