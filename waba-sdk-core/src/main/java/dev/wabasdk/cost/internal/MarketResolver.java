package dev.wabasdk.cost.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.wabasdk.cost.Market;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves phone numbers and countries to markets on one day. Built once per day asked about; cheap.
 *
 * <p>Rules, in order: a row with a network prefix ({@code 1 809}) wins; then the row of the number's country
 * (libphonenumber's region); a country without a row takes the market its calling code is listed under when all
 * rows of that code agree (a Jersey {@code +44} number goes to United Kingdom), else {@link Market#OTHER} (a
 * Bahamas {@code +1 242} number: +1 rows disagree). A calling code whose countries all land in one market is
 * resolved without parsing the number; only shared codes such as +1 and +7 need libphonenumber. Not modified after
 * construction, so thread-safe; the caches callers pass in are theirs.
 */
public final class MarketResolver {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private final Map<String, Market> byRegion = new HashMap<>();
  private final Map<Integer, Market> byCallingCode = new HashMap<>();
  private final Map<Integer, List<Map.Entry<String, Market>>> prefixRows = new HashMap<>();
  private final Map<Integer, Market> fixed = new HashMap<>();
  private final Set<Integer> callingCodes;
  /** Calling codes are below 1000: array lookups keep the per-number work allocation-free. */
  private final boolean[] isCallingCode = new boolean[1000];
  private final Market[] fixedByCode = new Market[1000];

  public MarketResolver(List<MappingRow> rows, LocalDate date) {
    Map<Integer, Set<Market>> marketsByCode = new HashMap<>();
    for (MappingRow row : rows) {
      if (!row.validOn(date)) {
        continue;
      }
      byRegion.putIfAbsent(row.iso2(), row.market());
      marketsByCode.computeIfAbsent(row.callingCode(), k -> new HashSet<>()).add(row.market());
      for (String prefix : row.prefixes()) {
        prefixRows.computeIfAbsent(row.callingCode(), k -> new ArrayList<>())
            .add(Map.entry(row.callingCode() + prefix, row.market()));
      }
    }
    marketsByCode.forEach((code, markets) -> {
      if (markets.size() == 1) {
        byCallingCode.put(code, markets.iterator().next());
      }
    });
    callingCodes = UTIL.getSupportedCallingCodes();
    for (int code : callingCodes) {
      if (prefixRows.containsKey(code)) {
        continue;
      }
      Set<Market> markets = new HashSet<>();
      for (String region : UTIL.getRegionCodesForCountryCode(code)) {
        markets.add(forRegion(region, code));
      }
      if (markets.size() <= 1) {
        fixed.put(code, markets.isEmpty() ? forRegion("", code) : markets.iterator().next());
      }
    }
    for (int code : callingCodes) {
      if (code < 1000) {
        isCallingCode[code] = true;
        fixedByCode[code] = fixed.get(code);
      }
    }
  }

  /**
   * The market of a number written as {@code +digits} or {@code digits}, without allocating when its calling
   * code belongs to one market; {@code null} when the value needs the general path (other characters, a shared
   * calling code, or a length outside 4..15 digits).
   */
  public @Nullable Market forCleanE164(String value) {
    int length = value.length();
    int start = length > 0 && value.charAt(0) == '+' ? 1 : 0;
    int digits = length - start;
    if (digits < 4 || digits > 15) {
      return null;
    }
    for (int i = start; i < length; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    int code = 0;
    for (int i = start; i < start + 3; i++) {
      code = code * 10 + (value.charAt(i) - '0');
      if (isCallingCode[code]) {
        return fixedByCode[code];
      }
    }
    return null;
  }

  /** The market of a country (ISO 3166 alpha-2 code, any case). */
  public Market forCountry(String iso2) {
    String region = iso2.strip().toUpperCase(java.util.Locale.ROOT);
    int code = UTIL.getCountryCodeForRegion(region);
    if (code == 0) {
      throw new IllegalArgumentException("country: not an ISO 3166 alpha-2 code known to libphonenumber: '" + iso2 + "'");
    }
    return forRegion(region, code);
  }

  /**
   * The market of a number given as digits only (country code first). With a cache, numbers of shared calling
   * codes are parsed once per calling code plus three digits (the NANP area code).
   */
  public Market forDigits(String digits, Map<String, Market> cache) {
    int code = callingCode(digits);
    Market market = fixedByCode[code];
    if (market != null) {
      return market;
    }
    List<Map.Entry<String, Market>> prefixes = prefixRows.get(code);
    if (prefixes != null) {
      for (Map.Entry<String, Market> prefix : prefixes) {
        if (digits.startsWith(prefix.getKey())) {
          return prefix.getValue();
        }
      }
    }
    int keyLength = String.valueOf(code).length() + 3;
    String key = digits.length() > keyLength ? digits.substring(0, keyLength) : digits;
    Market cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    String region = null;
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse("+" + digits, null);
      region = UTIL.getRegionCodeForNumber(parsed);
    } catch (NumberParseException e) {
      // Falls through to the calling code's main country.
    }
    if (region == null) {
      // An invalid number is not cached: its prefix says nothing about valid numbers sharing it.
      return forRegion(UTIL.getRegionCodeForCountryCode(code), code);
    }
    market = forRegion(region, code);
    cache.put(key, market);
    return market;
  }

  /** The calling code at the start of {@code digits}; calling codes are prefix-free. */
  public int callingCode(String digits) {
    // Digits only (the usual case): array look-ups, no substring or boxed Integer per number.
    int code = 0;
    for (int length = 1; length <= 3 && length <= digits.length(); length++) {
      char c = digits.charAt(length - 1);
      if (c < '0' || c > '9') {
        return callingCodeParsed(digits);
      }
      code = code * 10 + (c - '0');
      if (isCallingCode[code]) {
        return code;
      }
    }
    return callingCodeParsed(digits);
  }

  /** As {@link #callingCode}, parsing each prefix (whatever its characters, with the same errors). */
  private int callingCodeParsed(String digits) {
    for (int length = 1; length <= 3 && length <= digits.length(); length++) {
      int code = Integer.parseInt(digits.substring(0, length));
      if (callingCodes.contains(code)) {
        return code;
      }
    }
    throw new IllegalArgumentException("phone number: '+" + digits + "' does not start with a known country calling code");
  }

  private Market forRegion(String region, int code) {
    Market market = byRegion.get(region);
    if (market != null) {
      return market;
    }
    market = byCallingCode.get(code);
    return market != null ? market : Market.OTHER;
  }
}
