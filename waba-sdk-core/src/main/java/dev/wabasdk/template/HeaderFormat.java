package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The format of a template header ({@code format}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code TEXT}
 */
public record HeaderFormat(String value) {
  /** Text of up to 60 characters with at most one variable. */
  public static final HeaderFormat TEXT = new HeaderFormat("TEXT");
  /** An image (example: an upload handle). */
  public static final HeaderFormat IMAGE = new HeaderFormat("IMAGE");
  /** A video (example: an upload handle). */
  public static final HeaderFormat VIDEO = new HeaderFormat("VIDEO");
  /** A GIF, Marketing Messages API only (example: an upload handle). */
  public static final HeaderFormat GIF = new HeaderFormat("GIF");
  /** A document (example: an upload handle). */
  public static final HeaderFormat DOCUMENT = new HeaderFormat("DOCUMENT");
  /** A location given at send time. */
  public static final HeaderFormat LOCATION = new HeaderFormat("LOCATION");
  /** A catalog product given at send time. */
  public static final HeaderFormat PRODUCT = new HeaderFormat("PRODUCT");

  private static final Map<String, HeaderFormat> KNOWN =
      Stream.of(TEXT, IMAGE, VIDEO, GIF, DOCUMENT, LOCATION, PRODUCT).collect(Collectors.toUnmodifiableMap(HeaderFormat::value, Function.identity()));

  public HeaderFormat {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static HeaderFormat of(String value) {
    Objects.requireNonNull(value, "value");
    HeaderFormat known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new HeaderFormat(value);
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
