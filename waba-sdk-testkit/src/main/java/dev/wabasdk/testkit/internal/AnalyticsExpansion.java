package dev.wabasdk.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of an analytics request: a Graph field expansion ({@code name.param(value).param([a,b])}) or an
 * edge's plain query parameters, read leniently, and checked with Meta's error 100 as Graph answers a bad parameter.
 */
final class AnalyticsExpansion {
  /** A request's time range. */
  record Range(Instant start, Instant end) {}

  final String name;
  private final Map<String, String> params;

  private AnalyticsExpansion(String name, Map<String, String> params) {
    this.name = name;
    this.params = params;
  }

  static AnalyticsExpansion parse(String fields) {
    int dot = fields.indexOf('.');
    String name = fields.substring(0, dot < 0 ? fields.length() : dot).strip();
    Map<String, String> params = new LinkedHashMap<>();
    int i = dot < 0 ? fields.length() : dot;
    while (i < fields.length()) {
      int open = fields.indexOf('(', i);
      int close = open < 0 ? -1 : fields.indexOf(')', open);
      if (fields.charAt(i) != '.' || open < 0 || close < 0) {
        throw GraphException.of(100, "Syntax error in the field expansion \"" + fields + "\" at " + i + ".");
      }
      params.put(fields.substring(i + 1, open).strip(), fields.substring(open + 1, close).strip());
      i = close + 1;
    }
    return new AnalyticsExpansion(name, params);
  }

  /** The query parameters of the edge {@code name} ({@code template_analytics}...). */
  static AnalyticsExpansion ofQuery(String name, HttpUrl url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : url.queryParameterNames()) {
      params.put(key, String.valueOf(url.queryParameter(key)));
    }
    return new AnalyticsExpansion(name, params);
  }

  boolean has(String param) {
    return params.containsKey(param);
  }

  /** A list parameter: {@code ["A","B"]}, {@code [A,B]}, {@code ['A','B']} or {@code A,B}, upper-cased. */
  List<String> list(String param) {
    return ids(param).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }

  /** A list of ids in any of {@link #list}'s forms, kept as given (group ids are case-sensitive). */
  List<String> ids(String param) {
    String value = params.get(param);
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    String inner = value.strip();
    if (inner.startsWith("[") && inner.endsWith("]")) {
      inner = inner.substring(1, inner.length() - 1);
    }
    for (String part : inner.split(",")) {
      String v = part.strip();
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        v = v.substring(1, v.length() - 1);
      }
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  String granularity(Set<String> allowed) {
    String g = params.get("granularity");
    if (g == null || !allowed.contains(g.strip().toUpperCase(Locale.ROOT))) {
      throw GraphException.of(100, "Param granularity must be one of " + allowed + " for " + name + ", was "
          + g + ".");
    }
    return g.strip().toUpperCase(Locale.ROOT);
  }

  /** The range; a start older than {@code lookback} (null: Meta documents none) is refused. */
  Range range(Instant now, @Nullable Duration lookback) {
    Instant start = time("start");
    Instant end = time("end");
    if (!end.isAfter(start)) {
      throw GraphException.of(100, "Param end must be after start.");
    }
    if (lookback != null && start.isBefore(now.minus(lookback))) {
      throw GraphException.of(100, "Param start is older than the " + lookback.toDays() + " days " + name
          + " keeps.");
    }
    return new Range(start, end);
  }

  /** Meta: with {@code use_waba_timezone=true}, start and end "must be a date string in the format YYYY-MM-DD". */
  boolean wabaTimezone() {
    boolean on = one("use_waba_timezone", "FALSE", Set.of("TRUE", "FALSE")).equals("TRUE");
    for (String param : List.of("start", "end")) {
      String value = params.get(param);
      if (on && value != null && !isDate(value.strip())) {
        throw GraphException.of(100, "Param " + param + " must be a date string in the format YYYY-MM-DD when "
            + "use_waba_timezone is true, was " + value + ".");
      }
    }
    return on;
  }

  /** A single-valued parameter, upper-cased: {@code fallback} when absent, else one of {@code allowed}. */
  String one(String param, String fallback, Set<String> allowed) {
    String value = params.get(param);
    if (value == null) {
      return fallback;
    }
    String v = value.strip().toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw GraphException.of(100, "Param " + param + " must be one of " + new TreeSet<>(allowed) + ", was " + value
          + ".");
    }
    return v;
  }

  void only(String param, List<String> values, Set<String> allowed) {
    for (String v : values) {
      if (!allowed.contains(v)) {
        throw GraphException.of(100, "Param " + param + "[] must be one of " + allowed + ", was " + v + ".");
      }
    }
  }

  private Instant time(String param) {
    String value = params.get(param);
    if (value == null) {
      throw GraphException.of(100, "The parameter " + param + " is required.");
    }
    try {
      return Instant.ofEpochSecond(Long.parseLong(value.strip()));
    } catch (NumberFormatException ex) {
      try {
        return LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException dx) {
        throw GraphException.of(100, "Param " + param + " must be a UNIX timestamp or YYYY-MM-DD, was " + value
            + ".");
      }
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
