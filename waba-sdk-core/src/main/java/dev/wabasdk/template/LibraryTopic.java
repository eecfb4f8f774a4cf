package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The topic of a Template Library template ({@code topic}), also a filter of {@code GET /message_template_library}.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code ORDER_MANAGEMENT}
 */
public record LibraryTopic(String value) {
  /** Account updates. */
  public static final LibraryTopic ACCOUNT_UPDATE = new LibraryTopic("ACCOUNT_UPDATE");
  /** Customer feedback. */
  public static final LibraryTopic CUSTOMER_FEEDBACK = new LibraryTopic("CUSTOMER_FEEDBACK");
  /** Orders and deliveries. */
  public static final LibraryTopic ORDER_MANAGEMENT = new LibraryTopic("ORDER_MANAGEMENT");
  /** Payments. */
  public static final LibraryTopic PAYMENTS = new LibraryTopic("PAYMENTS");

  private static final Map<String, LibraryTopic> KNOWN =
      Stream.of(ACCOUNT_UPDATE, CUSTOMER_FEEDBACK, ORDER_MANAGEMENT, PAYMENTS).collect(Collectors.toUnmodifiableMap(LibraryTopic::value, Function.identity()));

  public LibraryTopic {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static LibraryTopic of(String value) {
    Objects.requireNonNull(value, "value");
    LibraryTopic known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new LibraryTopic(value);
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
