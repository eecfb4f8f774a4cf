package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What to estimate the reach of marketing messages with a max price for ({@code GET /{waba-id}/reachestimate},
 * Marketing Messages API, BETA): the recipients' countries ({@code targeting_spec.geo_locations.countries}) and how
 * much history Meta looks at ({@code date_interval}). Meta takes no {@code bid_amount}: it answers several price
 * points. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReachEstimateRequest india = ReachEstimateRequest.of(ReachEstimateRequest.DateInterval.L7D, "IN");
 * }</pre>
 *
 * @param countries at least one ISO 3166 alpha-2 country code, upper case, e.g. {@code IN}
 * @param dateInterval the look-back period
 */
public record ReachEstimateRequest(List<String> countries, DateInterval dateInterval) {
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  /** Meta's {@code date_interval}: the last 1, 7, 14 or 28 days of history. */
  public enum DateInterval {
    /** The last day. */
    L1D,
    /** The last 7 days. */
    L7D,
    /** The last 14 days. */
    L14D,
    /** The last 28 days. */
    L28D
  }

  /**
   * @throws IllegalArgumentException when there is no country, or one is not an upper-case ISO 3166 alpha-2 code
   */
  public ReachEstimateRequest {
    Objects.requireNonNull(countries, "countries");
    Objects.requireNonNull(dateInterval, "dateInterval");
    if (countries.isEmpty()) {
      throw new IllegalArgumentException("targeting_spec.geo_locations.countries: must name at least one country"
          + " (ISO 3166 alpha-2, e.g. IN), was empty");
    }
    List<String> copy = new ArrayList<>(countries.size());
    for (int i = 0; i < countries.size(); i++) {
      String country = Objects.requireNonNull(countries.get(i), "countries[" + i + "]");
      if (!ISO_COUNTRIES.contains(country)) {
        throw new IllegalArgumentException("targeting_spec.geo_locations.countries[" + i + "]: must be an ISO 3166"
            + " alpha-2 country code in upper case, e.g. IN, was '" + country + "'");
      }
      copy.add(country);
    }
    countries = List.copyOf(copy);
  }

  /**
   * A request for {@code countries} over {@code dateInterval}.
   *
   * @throws IllegalArgumentException as the constructor
   */
  public static ReachEstimateRequest of(DateInterval dateInterval, String... countries) {
    return new ReachEstimateRequest(List.of(countries), dateInterval);
  }
}
