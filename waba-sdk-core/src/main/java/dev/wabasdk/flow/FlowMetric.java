package dev.wabasdk.flow;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A metric of a Flow's endpoint ({@code metric} field of {@code GET /{flow-id}}): request count, errors by kind,
 * error rate, latency distribution or availability, as data points over time. Meta answers only once the flow made
 * at least 250 endpoint requests, and the data lag a few hours (Meta announced the Metrics API's deprecation).
 * Immutable and thread-safe.
 *
 * @param name the metric
 * @param granularity the period of each data point
 * @param dataPoints the values, one point per period
 */
public record FlowMetric(Name name, Granularity granularity, List<DataPoint> dataPoints) {
  public FlowMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(granularity, "granularity");
    dataPoints = List.copyOf(dataPoints);
  }

  /**
   * The values of one period. Immutable and thread-safe.
   *
   * @param timestamp the start of the period, or null when Meta did not say
   * @param data the values: {@code value} for single-valued metrics, else one per key (e.g. {@code timeout_error},
   *     {@code up_to_1s})
   */
  public record DataPoint(@Nullable Instant timestamp, List<Value> data) {
    public DataPoint {
      data = List.copyOf(data);
    }

    /** The value under this key, or null. */
    public @Nullable Double value(String key) {
      for (Value v : data) {
        if (v.key().equals(key)) {
          return v.value();
        }
      }
      return null;
    }
  }

  /**
   * One value of a data point. Immutable and thread-safe.
   *
   * @param key {@code value} for single-valued metrics, else the bucket or error kind
   * @param value the number
   */
  public record Value(String key, double value) {
    public Value {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * The name of a flow metric ({@code metric.name}).
   * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
   * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param value the raw value as Meta sends it, e.g. {@code ENDPOINT_REQUEST_COUNT}
   */
  public record Name(String value) {
    /** Endpoint requests in the period (single value). */
    public static final Name ENDPOINT_REQUEST_COUNT = new Name("ENDPOINT_REQUEST_COUNT");
    /** Endpoint request errors by kind: timeout_error, unexpected_http_status_code, cannot_be_served... */
    public static final Name ENDPOINT_REQUEST_ERROR = new Name("ENDPOINT_REQUEST_ERROR");
    /** Errors divided by requests (single value between 0 and 1). */
    public static final Name ENDPOINT_REQUEST_ERROR_RATE = new Name("ENDPOINT_REQUEST_ERROR_RATE");
    /** Request latencies in ten buckets (up_to_1s ... up_to_10s, more_than_10s). */
    public static final Name ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL = new Name("ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL");
    /** Share of health-check pings answered (single value between 0 and 1). */
    public static final Name ENDPOINT_AVAILABILITY = new Name("ENDPOINT_AVAILABILITY");

    private static final Map<String, Name> KNOWN = Stream.of(ENDPOINT_REQUEST_COUNT,
        ENDPOINT_REQUEST_ERROR, ENDPOINT_REQUEST_ERROR_RATE, ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL, ENDPOINT_AVAILABILITY)
        .collect(Collectors.toUnmodifiableMap(Name::value, Function.identity()));

    public Name {
      Objects.requireNonNull(value, "value");
    }

    /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
    public static Name of(String value) {
      Objects.requireNonNull(value, "value");
      Name known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
      return known != null ? known : new Name(value);
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

  /**
   * The period of a flow metric's data points ({@code metric.granularity}).
   * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
   * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param value the raw value as Meta sends it, e.g. {@code DAY}
   */
  public record Granularity(String value) {
    /** One data point per day. */
    public static final Granularity DAY = new Granularity("DAY");
    /** One data point per hour. */
    public static final Granularity HOUR = new Granularity("HOUR");
    /** One data point over the whole range. */
    public static final Granularity LIFETIME = new Granularity("LIFETIME");

    private static final Map<String, Granularity> KNOWN = Stream.of(DAY, HOUR, LIFETIME)
        .collect(Collectors.toUnmodifiableMap(Granularity::value, Function.identity()));

    public Granularity {
      Objects.requireNonNull(value, "value");
    }

    /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
    public static Granularity of(String value) {
      Objects.requireNonNull(value, "value");
      Granularity known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
      return known != null ? known : new Granularity(value);
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
}
