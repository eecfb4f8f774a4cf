package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a business phone number is live or a sandbox ({@code account_mode}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code LIVE}
 */
public record AccountMode(String value) {
  /** Live. */
  public static final AccountMode LIVE = new AccountMode("LIVE");
  /** Sandbox (test number). */
  public static final AccountMode SANDBOX = new AccountMode("SANDBOX");

  private static final Map<String, AccountMode> KNOWN =
      Stream.of(LIVE, SANDBOX).collect(Collectors.toUnmodifiableMap(AccountMode::value, Function.identity()));

  public AccountMode {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static AccountMode of(String value) {
    Objects.requireNonNull(value, "value");
    AccountMode known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new AccountMode(value);
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
