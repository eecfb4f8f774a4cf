package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Why Meta rejected a template ({@code rejected_reason}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code ABUSIVE_CONTENT}
 */
public record RejectionReason(String value) {
  /** Abusive content. */
  public static final RejectionReason ABUSIVE_CONTENT = new RejectionReason("ABUSIVE_CONTENT");
  /** The category is not available to this business. */
  public static final RejectionReason CATEGORY_NOT_AVAILABLE = new RejectionReason("CATEGORY_NOT_AVAILABLE");
  /** The content does not fit the category. */
  public static final RejectionReason INCORRECT_CATEGORY = new RejectionReason("INCORRECT_CATEGORY");
  /** Malformed (placeholders, lengths, formatting). */
  public static final RejectionReason INVALID_FORMAT = new RejectionReason("INVALID_FORMAT");
  /** Not rejected. */
  public static final RejectionReason NONE = new RejectionReason("NONE");
  /** Promotional content in a non-marketing template. */
  public static final RejectionReason PROMOTIONAL = new RejectionReason("PROMOTIONAL");
  /** Looks like a scam. */
  public static final RejectionReason SCAM = new RejectionReason("SCAM");
  /** The content does not match its category tag. */
  public static final RejectionReason TAG_CONTENT_MISMATCH = new RejectionReason("TAG_CONTENT_MISMATCH");

  private static final Map<String, RejectionReason> KNOWN =
      Stream.of(ABUSIVE_CONTENT, CATEGORY_NOT_AVAILABLE, INCORRECT_CATEGORY, INVALID_FORMAT, NONE, PROMOTIONAL, SCAM, TAG_CONTENT_MISMATCH).collect(Collectors.toUnmodifiableMap(RejectionReason::value, Function.identity()));

  public RejectionReason {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static RejectionReason of(String value) {
    Objects.requireNonNull(value, "value");
    RejectionReason known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new RejectionReason(value);
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
