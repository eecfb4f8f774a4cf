package dev.wabasdk.cost.internal;

import dev.wabasdk.cost.Market;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the market mapping: a country (ISO 3166 alpha-2), its calling code, optional NANP-style network
 * prefixes after the calling code, and the days it is valid (inclusive, {@code null} = open). Immutable and
 * thread-safe.
 */
public record MappingRow(Market market, String iso2, int callingCode, List<String> prefixes,
    @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

  public boolean validOn(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
  }
}
