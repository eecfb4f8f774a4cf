package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The category of a message template ({@code category}), which decides its price and the rules it follows.
 * Legacy values such as {@code TRANSACTIONAL} and {@code OTP} still appear and are kept as unknown values.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code MARKETING}
 */
public record TemplateCategory(String value) {
  /** Promotions, offers, announcements and anything not utility or authentication. */
  public static final TemplateCategory MARKETING = new TemplateCategory("MARKETING");
  /** Updates about a transaction or account the user asked for. */
  public static final TemplateCategory UTILITY = new TemplateCategory("UTILITY");
  /** One-time passwords. */
  public static final TemplateCategory AUTHENTICATION = new TemplateCategory("AUTHENTICATION");

  private static final Map<String, TemplateCategory> KNOWN =
      Stream.of(MARKETING, UTILITY, AUTHENTICATION).collect(Collectors.toUnmodifiableMap(TemplateCategory::value, Function.identity()));

  public TemplateCategory {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static TemplateCategory of(String value) {
    Objects.requireNonNull(value, "value");
    TemplateCategory known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new TemplateCategory(value);
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
