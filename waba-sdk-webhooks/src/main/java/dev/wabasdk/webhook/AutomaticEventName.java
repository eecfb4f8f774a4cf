package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code event_name} of an {@code automatic_events} notification: what Meta detected in a chat that began
 * with a click-to-WhatsApp ad.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code Purchase}
 */
public record AutomaticEventName(String value) {
  /** A purchase ({@code custom_data} carries the amount). */
  public static final AutomaticEventName PURCHASE = new AutomaticEventName("Purchase");
  /** A lead. */
  public static final AutomaticEventName LEAD_SUBMITTED = new AutomaticEventName("LeadSubmitted");

  private static final Map<String, AutomaticEventName> KNOWN =
      Stream.of(PURCHASE, LEAD_SUBMITTED)
          .collect(Collectors.toUnmodifiableMap(v -> v.value().toLowerCase(Locale.ROOT), Function.identity()));

  public AutomaticEventName {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static AutomaticEventName of(String value) {
    Objects.requireNonNull(value, "value");
    AutomaticEventName known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new AutomaticEventName(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return equals(KNOWN.get(value.toLowerCase(Locale.ROOT)));
  }

  @Override
  public String toString() {
    return value;
  }
}
