package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The checks the analytics queries share: every value that reaches the URL is one of these shapes. */
final class Checks {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{4,15}");
  private static final Pattern ID = Pattern.compile("[0-9]{1,30}");
  /** A group id of the Groups API, e.g. {@code Y2FwaV9ncm91cDoxNzA1...} (as {@code message.Recipient.Group}). */
  private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_.=-]{1,200}");

  private Checks() {}

  static void range(String kind, Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end: " + kind + " need end after start (" + start + "), was " + end);
    }
  }

  static void granularity(String kind, Granularity granularity, Set<Granularity> allowed) {
    Objects.requireNonNull(granularity, "granularity");
    if (!allowed.contains(granularity)) {
      throw new IllegalArgumentException("granularity: " + kind + " take " + names(allowed, Granularity::value)
          + ", was '" + granularity.value() + "'");
    }
  }

  /** Business phone numbers as Meta lists them: digits only (a leading '+' is dropped). */
  static List<String> phoneNumbers(List<String> numbers) {
    List<String> out = new ArrayList<>(numbers.size());
    for (String n : Objects.requireNonNull(numbers, "phoneNumbers")) {
      String digits = Objects.requireNonNull(n, "phone number").strip();
      digits = digits.startsWith("+") ? digits.substring(1) : digits;
      if (!DIGITS.matcher(digits).matches()) {
        throw new IllegalArgumentException("phoneNumbers: a business phone number is 4 to 15 digits, was '" + n + "'");
      }
      out.add(digits);
    }
    return List.copyOf(out);
  }

  static List<String> countryCodes(List<String> codes) {
    List<String> out = new ArrayList<>(codes.size());
    for (String c : Objects.requireNonNull(codes, "countryCodes")) {
      String code = Objects.requireNonNull(c, "country code").strip().toUpperCase(Locale.ROOT);
      if (!COUNTRY.matcher(code).matches()) {
        throw new IllegalArgumentException("countryCodes: ISO 3166 alpha-2 codes such as US, was '" + c + "'");
      }
      out.add(code);
    }
    return List.copyOf(out);
  }

  static List<String> ids(String field, List<String> ids, int max) {
    Objects.requireNonNull(ids, field);
    if (ids.isEmpty() || ids.size() > max) {
      throw new IllegalArgumentException(field + ": Meta takes 1 to " + max + " ids, was " + ids.size());
    }
    for (String id : ids) {
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException(field + ": a Graph id is digits, was '" + id + "'");
      }
    }
    return List.copyOf(ids);
  }

  static List<String> groupIds(List<String> ids, int max) {
    Objects.requireNonNull(ids, "groupIds");
    if (ids.isEmpty() || ids.size() > max) {
      throw new IllegalArgumentException("groupIds: Meta takes " + (max == 1 ? "1 group id" : "1 to " + max
          + " group ids") + ", was " + ids.size());
    }
    for (String id : ids) {
      if (id == null || !GROUP_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("groupIds: a group id has letters, digits, '_', '.', '=', '-' only, was '"
            + id + "'");
      }
    }
    return List.copyOf(ids);
  }

  /**
   * With {@code use_waba_timezone=true} Meta takes {@code start} and {@code end} as days (YYYY-MM-DD), not
   * timestamps: each must be a UTC midnight, which names its day without depending on a time zone.
   */
  static void wholeDays(String kind, Instant start, Instant end) {
    wholeDay(kind, "start", start);
    wholeDay(kind, "end", end);
  }

  private static void wholeDay(String kind, String field, Instant bound) {
    if (Math.floorMod(bound.getEpochSecond(), 86_400L) != 0 || bound.getNano() != 0) {
      throw new IllegalArgumentException(field + ": " + kind + " in the WABA's time zone take days (Meta: YYYY-MM-DD);"
          + " give the day as its UTC midnight, e.g. LocalDate.of(2026, 11, 20).atStartOfDay(ZoneOffset.UTC)"
          + ".toInstant(), was " + bound);
    }
  }

  /** Meta's upper-case names (categories, types, directions), each checked and upper-cased. */
  static List<String> names(String field, List<String> values, Set<String> known) {
    List<String> out = new ArrayList<>(values.size());
    for (String v : Objects.requireNonNull(values, field)) {
      String name = Objects.requireNonNull(v, field).strip().toUpperCase(Locale.ROOT);
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(field + ": Meta's upper-case names such as " + known.iterator().next()
            + ", was '" + v + "'");
      }
      out.add(name);
    }
    return List.copyOf(out);
  }

  /** Open values: a known value must be one this kind takes; an unknown one (newer than this SDK) passes. */
  static <T> List<T> open(String kind, String field, List<T> values, Set<T> allowed, Function<T, String> raw,
      Function<T, Boolean> isKnown) {
    for (T v : Objects.requireNonNull(values, field)) {
      Objects.requireNonNull(v, field);
      if (!NAME.matcher(raw.apply(v)).matches()) {
        throw new IllegalArgumentException(field + ": Meta's upper-case names, was '" + raw.apply(v) + "'");
      }
      if (isKnown.apply(v) && !allowed.contains(v)) {
        throw new IllegalArgumentException(field + ": " + kind + " take " + names(allowed, raw) + ", was '"
            + raw.apply(v) + "'");
      }
    }
    return List.copyOf(values);
  }

  private static <T> String names(Set<T> values, Function<T, String> raw) {
    return values.stream().map(raw).sorted().collect(Collectors.joining(", "));
  }
}
