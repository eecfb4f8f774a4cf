package dev.wabasdk.username;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The status of a business username ({@code status}). Open: a value Meta adds later is kept as is and
 * {@link #isKnown()} is false; {@link #of(String)} returns the constants below for known values, so they may be
 * compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code reserved}
 */
public record UsernameStatus(String value) {
  /** Approved, but not visible until usernames are available in the user's region. */
  public static final UsernameStatus RESERVED = new UsernameStatus("reserved");
  /** Visible to WhatsApp users. */
  public static final UsernameStatus APPROVED = new UsernameStatus("approved");
  /** Removed. */
  public static final UsernameStatus DELETED = new UsernameStatus("deleted");

  private static final Map<String, UsernameStatus> KNOWN = Stream.of(RESERVED, APPROVED, DELETED)
      .collect(Collectors.toUnmodifiableMap(UsernameStatus::value, Function.identity()));

  public UsernameStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static UsernameStatus of(String value) {
    Objects.requireNonNull(value, "value");
    UsernameStatus known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new UsernameStatus(value);
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
