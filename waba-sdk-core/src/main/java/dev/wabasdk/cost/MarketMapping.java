package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.CsvReader;
import dev.wabasdk.cost.internal.MappingRow;
import dev.wabasdk.cost.internal.MarketResolver;
import dev.wabasdk.message.Recipient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Meta's mapping of country calling codes to pricing markets, dated: a country can move from a region to a
 * market of its own on a given day (Hong Kong left Rest of Asia Pacific on 2026-07-01).
 *
 * <h2>File format</h2>
 * CSV with {@code #} notes and the header {@code market,country_iso2,calling_code,valid_from,valid_to}. The calling
 * code is digits, or digits with network prefixes in parentheses for countries that share a code
 * ({@code "1 (809, 829, 849)"}: Dominican Republic). Blank dates are open.
 *
 * <h2>Resolution</h2>
 * A number's country comes from libphonenumber. A row with a network prefix wins; then the country's row; a
 * country without a row takes the market of its calling code when all rows of that code agree (Jersey, +44, goes
 * to United Kingdom), otherwise {@link Market#OTHER} (Bahamas, +1 242: the +1 rows disagree). Immutable and
 * thread-safe.
 */
public final class MarketMapping {
  private static final String SHIPPED_NAME = "market-country-codes.csv";
  private static final List<String> COLUMNS = List.of("market", "country_iso2", "calling_code", "valid_from", "valid_to");
  private static final Pattern CODE = Pattern.compile("(\\d{1,3})(?:\\s*\\(([\\d,\\s]+)\\))?");

  private final String source;
  private final List<String> notes;
  private final List<MappingRow> rows;
  /** The days on which some row starts or stops being valid, ascending; the mapping is constant in between. */
  private final List<LocalDate> periodStarts;
  /** One resolver per period, built up front so pricing a message never rebuilds one. */
  private final List<MarketResolver> resolvers;

  private MarketMapping(String source, List<String> notes, List<MappingRow> rows) {
    this.source = source;
    this.notes = notes;
    this.rows = rows;
    TreeSet<LocalDate> starts = new TreeSet<>();
    starts.add(LocalDate.MIN);
    for (MappingRow row : rows) {
      if (row.validFrom() != null) {
        starts.add(row.validFrom());
      }
      if (row.validTo() != null) {
        starts.add(row.validTo().plusDays(1));
      }
    }
    this.periodStarts = List.copyOf(starts);
    List<MarketResolver> built = new ArrayList<>();
    for (LocalDate start : starts) {
      built.add(new MarketResolver(rows, start));
    }
    this.resolvers = List.copyOf(built);
  }

  /** The mapping shipped in this jar ({@code market-country-codes.csv}, from Meta's pricing page). */
  public static MarketMapping shipped() {
    return Shipped.MAPPING;
  }

  /**
   * Parses a mapping file.
   *
   * @throws RateCardFormatException when the file is malformed, naming the line and column
   */
  public static MarketMapping parse(String source, String csv) {
    Objects.requireNonNull(source, "source");
    CsvReader.Parsed parsed = CsvReader.read(source, Objects.requireNonNull(csv, "csv"));
    if (parsed.lines().isEmpty()) {
      throw new RateCardFormatException(source, 1, 0, "no header line; expected " + String.join(",", COLUMNS));
    }
    CsvReader.Line header = parsed.lines().get(0);
    List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
    if (!names.equals(COLUMNS)) {
      throw new RateCardFormatException(source, header.number(), 0,
          "header must be " + String.join(",", COLUMNS) + ", was " + String.join(",", header.fields()));
    }
    List<MappingRow> rows = new ArrayList<>();
    Map<String, Market> markets = new HashMap<>();
    for (CsvReader.Line line : parsed.lines().subList(1, parsed.lines().size())) {
      List<String> f = line.fields();
      if (f.size() != COLUMNS.size()) {
        throw new RateCardFormatException(source, line.number(), Math.min(f.size(), COLUMNS.size()) + 1,
            "expected " + COLUMNS.size() + " columns, found " + f.size());
      }
      if (f.get(0).isBlank()) {
        throw new RateCardFormatException(source, line.number(), 1, "market: missing");
      }
      String iso2 = f.get(1).strip().toUpperCase(Locale.ROOT);
      if (!iso2.matches("[A-Z]{2}")) {
        throw new RateCardFormatException(source, line.number(), 2,
            "country_iso2: expected an ISO 3166 alpha-2 code such as 'IN', was '" + f.get(1) + "'");
      }
      Matcher m = CODE.matcher(f.get(2).strip());
      if (!m.matches()) {
        throw new RateCardFormatException(source, line.number(), 3,
            "calling_code: expected digits, optionally with network prefixes like '1 (809, 829)', was '" + f.get(2) + "'");
      }
      List<String> prefixes = new ArrayList<>();
      if (m.group(2) != null) {
        for (String prefix : m.group(2).split(",")) {
          if (!prefix.isBlank()) {
            prefixes.add(prefix.strip());
          }
        }
      }
      LocalDate from = date(source, line, 3);
      LocalDate to = date(source, line, 4);
      if (from != null && to != null && to.isBefore(from)) {
        throw new RateCardFormatException(source, line.number(), 5, "valid_to " + to + " is before valid_from " + from);
      }
      // One instance per market, so resolvers can count by identity.
      Market market = markets.computeIfAbsent(f.get(0).strip(), Market::of);
      rows.add(new MappingRow(market, iso2, Integer.parseInt(m.group(1)), List.copyOf(prefixes), from, to));
    }
    return new MarketMapping(source, parsed.comments(), List.copyOf(rows));
  }

  /** Loads a mapping from a UTF-8 file. */
  public static MarketMapping load(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read market mapping " + file, e);
    }
  }

  /** The file or resource the mapping came from. */
  public String source() {
    return source;
  }

  /** The file's header notes (sources, and what is inferred or uncertain). */
  public List<String> notes() {
    return notes;
  }

  /**
   * The market of a phone number on a day.
   *
   * @param e164 the number in E.164 form, with or without {@code +}
   * @throws IllegalArgumentException when the value is not an E.164 number with a known calling code
   */
  public Market marketOf(String e164, LocalDate date) {
    Objects.requireNonNull(e164, "phone number");
    MarketResolver resolver = resolver(date);
    // A clean number of a one-market calling code needs no digit string or cache map (a preflight asks per recipient).
    Market market = resolver.forCleanE164(e164);
    return market != null ? market : resolver.forDigits(digits(e164), new HashMap<>());
  }

  /** The market of a phone number recipient on a day. */
  public Market marketOf(Recipient.PhoneNumber number, LocalDate date) {
    return resolver(date).forDigits(number.waId(), new HashMap<>());
  }

  /** The market of a country (ISO 3166 alpha-2 code such as {@code "IN"}) on a day. */
  public Market marketOfCountry(String iso2, LocalDate date) {
    return resolver(date).forCountry(Objects.requireNonNull(iso2, "country"));
  }

  /**
   * The market a market's countries belonged to on an earlier day, for cards older than a market's split (Hong
   * Kong on a card from before 2026-07-01 is Rest of Asia Pacific). Returns the market itself when unchanged.
   */
  public Market marketOn(Market market, LocalDate date) {
    for (MappingRow row : rows) {
      if (row.market().equals(market)) {
        for (MappingRow earlier : rows) {
          if (earlier.iso2().equals(row.iso2()) && earlier.validOn(date)) {
            return earlier.market();
          }
        }
      }
    }
    return market;
  }

  /** Internal: a resolver for one day. */
  MarketResolver resolver(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int i = Collections.binarySearch(periodStarts, date);
    return resolvers.get(i >= 0 ? i : -i - 2);
  }

  /** Digits of an E.164 number; spaces, dashes and parentheses are ignored. */
  static String digits(String e164) {
    Objects.requireNonNull(e164, "phone number");
    String s = e164.strip();
    StringBuilder digits = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (!(c == ' ' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0))) {
        throw new IllegalArgumentException("phone number: must be E.164 (digits with an optional leading '+'), was '"
            + e164 + "'");
      }
    }
    if (digits.length() < 4 || digits.length() > 15) {
      throw new IllegalArgumentException("phone number: an E.164 number has 4 to 15 digits, was '" + e164 + "'");
    }
    return digits.toString();
  }

  private static @Nullable LocalDate date(String source, CsvReader.Line line, int column) {
    String value = line.fields().get(column).strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new RateCardFormatException(source, line.number(), column + 1,
          COLUMNS.get(column) + ": expected a date like 2026-10-01, was '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return "MarketMapping{" + source + ", " + rows.size() + " rows}";
  }

  private static final class Shipped {
    static final MarketMapping MAPPING = parse(SHIPPED_NAME, RateCard.readResource(SHIPPED_NAME));
  }
}
