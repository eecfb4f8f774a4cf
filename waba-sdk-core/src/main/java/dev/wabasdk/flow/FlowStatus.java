package dev.wabasdk.flow;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lifecycle status of a Flow ({@code status}): a new flow is a draft; a published flow that is changed is a
 * draft again; Meta throttles or blocks a flow whose endpoint is unhealthy.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code DRAFT}
 */
public record FlowStatus(String value) {
  /** Being built: editable, sendable only in draft mode for testing. */
  public static final FlowStatus DRAFT = new FlowStatus("DRAFT");
  /** Live: sendable; changing its metadata or Flow JSON makes it a {@link #DRAFT} again, to republish. */
  public static final FlowStatus PUBLISHED = new FlowStatus("PUBLISHED");
  /** Retired: can no longer be sent, opened or changed. */
  public static final FlowStatus DEPRECATED = new FlowStatus("DEPRECATED");
  /** Blocked by Meta's health monitoring: not sendable or openable. */
  public static final FlowStatus BLOCKED = new FlowStatus("BLOCKED");
  /** Throttled by Meta's health monitoring: at most 10 flow messages an hour. */
  public static final FlowStatus THROTTLED = new FlowStatus("THROTTLED");

  private static final Map<String, FlowStatus> KNOWN = Stream.of(DRAFT, PUBLISHED, DEPRECATED, BLOCKED, THROTTLED)
      .collect(Collectors.toUnmodifiableMap(FlowStatus::value, Function.identity()));

  public FlowStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static FlowStatus of(String value) {
    Objects.requireNonNull(value, "value");
    FlowStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new FlowStatus(value);
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
