package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The most common reason users gave for blocking the business after a template ({@code TOP_BLOCK_REASON} of a template comparison).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code UNKNOWN_BLOCK_REASON}
 */
public record TemplateBlockReason(String value) {
  /** No reason is known. */
  public static final TemplateBlockReason UNKNOWN_BLOCK_REASON = new TemplateBlockReason("UNKNOWN_BLOCK_REASON");

  private static final Map<String, TemplateBlockReason> KNOWN =
      Stream.of(UNKNOWN_BLOCK_REASON).collect(Collectors.toUnmodifiableMap(TemplateBlockReason::value, Function.identity()));

  public TemplateBlockReason {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static TemplateBlockReason of(String value) {
    Objects.requireNonNull(value, "value");
    TemplateBlockReason known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new TemplateBlockReason(value);
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
