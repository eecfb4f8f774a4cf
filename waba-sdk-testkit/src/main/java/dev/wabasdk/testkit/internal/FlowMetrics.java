package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Flows API's metrics ({@code GET /{flow-id}?fields=metric.name(..).granularity(..).since(..).until(..)}),
 * computed from the endpoint requests the fake's users made (each recorded with its fake-clock time, latency and
 * error kind). Like Meta: fewer than 250 requests is "not enough data"; data points per UTC day, hour, or one for the
 * lifetime; values as Meta documents them ({@code value} for single values, error kinds, latency buckets
 * {@code up_to_1s}..{@code more_than_10s}). ENDPOINT_AVAILABILITY is the share of requests the endpoint answered
 * (the fake sends no health-check pings). Stateless.
 */
final class FlowMetrics {
  /** Meta answers metrics only once a flow made this many endpoint requests. */
  static final int MIN_REQUESTS = 250;
  private static final Pattern FIELD = Pattern.compile("metric\\.name\\(([A-Za-z_]+)\\)\\.granularity\\(([A-Za-z]+)\\)"
      + "(?:\\.since\\(([0-9-]+)\\))?(?:\\.until\\(([0-9-]+)\\))?");
  private static final Set<String> NAMES = Set.of("ENDPOINT_REQUEST_COUNT", "ENDPOINT_REQUEST_ERROR",
      "ENDPOINT_REQUEST_ERROR_RATE", "ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL", "ENDPOINT_AVAILABILITY");
  private static final DateTimeFormatter META_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
      .withZone(ZoneOffset.UTC);

  /** One endpoint request: when (fake clock), how long, and its error kind (null when answered well). */
  record Call(Instant at, Duration latency, @Nullable String error) {}

  private FlowMetrics() {}

  /** Meta's answer to a {@code metric.} fields request for a flow with these endpoint calls. */
  static Map<String, Object> answer(String flowId, String fields, List<Call> calls) {
    Matcher m = FIELD.matcher(fields);
    if (!m.matches()) {
      throw GraphException.of(100, "Param fields must be metric.name(NAME).granularity(DAY|HOUR|LIFETIME) with "
          + "optional .since(yyyy-mm-dd).until(yyyy-mm-dd), was " + fields);
    }
    String name = m.group(1);
    String granularity = m.group(2);
    if (!NAMES.contains(name)) {
      throw GraphException.of(100, "Param metric.name must be one of " + NAMES + ", was " + name);
    }
    if (!Set.of("DAY", "HOUR", "LIFETIME").contains(granularity)) {
      throw GraphException.of(100, "Param metric.granularity must be DAY, HOUR or LIFETIME, was " + granularity);
    }
    Instant since = m.group(3) == null ? Instant.MIN : day(m.group(3), "since");
    Instant until = m.group(4) == null ? Instant.MAX : day(m.group(4), "until").plus(1, ChronoUnit.DAYS);
    if (calls.size() < MIN_REQUESTS) {
      throw GraphException.of(100, "Not enough data: flow " + flowId + " made " + calls.size()
          + " endpoint requests, metrics need at least " + MIN_REQUESTS + ".");
    }
    TreeMap<Instant, List<Call>> periods = new TreeMap<>();
    for (Call c : calls) {
      if (c.at().isBefore(since) || !c.at().isBefore(until)) {
        continue;
      }
      Instant start = switch (granularity) {
        case "DAY" -> c.at().truncatedTo(ChronoUnit.DAYS);
        case "HOUR" -> c.at().truncatedTo(ChronoUnit.HOURS);
        default -> calls.get(0).at().truncatedTo(ChronoUnit.DAYS);
      };
      periods.computeIfAbsent(start, k -> new ArrayList<>()).add(c);
    }
    List<Object> points = new ArrayList<>();
    periods.forEach((start, inPeriod) -> points.add(obj("timestamp", META_TIME.format(start), "data",
        values(name, inPeriod))));
    return obj("id", flowId, "metric", obj("granularity", granularity, "name", name, "data_points", points));
  }

  private static List<Object> values(String name, List<Call> calls) {
    long errors = calls.stream().filter(c -> c.error() != null).count();
    switch (name) {
      case "ENDPOINT_REQUEST_COUNT":
        return List.of(obj("key", "value", "value", calls.size()));
      case "ENDPOINT_REQUEST_ERROR_RATE":
        return List.of(obj("key", "value", "value", (double) errors / calls.size()));
      case "ENDPOINT_AVAILABILITY": {
        long unanswered = calls.stream().filter(c -> "timeout_error".equals(c.error())
            || "no_http_response_error".equals(c.error())).count();
        return List.of(obj("key", "value", "value", (double) (calls.size() - unanswered) / calls.size()));
      }
      case "ENDPOINT_REQUEST_ERROR": {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Call c : calls) {
          if (c.error() != null) {
            byKind.merge(c.error(), 1L, Long::sum);
          }
        }
        List<Object> out = new ArrayList<>();
        byKind.forEach((k, v) -> out.add(obj("key", k, "value", v)));
        return out;
      }
      default: {
        // Ten buckets by the latency's ceiling in seconds, as Meta groups them.
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (int s = 1; s <= 10; s++) {
          buckets.put("up_to_" + s + "s", 0L);
        }
        buckets.put("more_than_10s", 0L);
        for (Call c : calls) {
          long ceil = Math.max(1, (c.latency().toMillis() + 999) / 1000);
          buckets.merge(ceil > 10 ? "more_than_10s" : "up_to_" + ceil + "s", 1L, Long::sum);
        }
        List<Object> out = new ArrayList<>();
        buckets.forEach((k, v) -> {
          if (v > 0) {
            out.add(obj("key", k, "value", v));
          }
        });
        return out;
      }
    }
  }

  private static Instant day(String value, String field) {
    try {
      return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw GraphException.of(100, "Param metric." + field + " must be a date (yyyy-mm-dd), was " + value);
    }
  }
}
