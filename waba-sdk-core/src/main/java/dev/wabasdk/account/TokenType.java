package dev.wabasdk.account;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kind of an access token ({@code debug_token}'s {@code type}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code USER}
 */
public record TokenType(String value) {
  /** A user or business token (Embedded Signup's business tokens are of this type). */
  public static final TokenType USER = new TokenType("USER");
  /** A system user token. */
  public static final TokenType SYSTEM_USER = new TokenType("SYSTEM_USER");
  /** An app token ({@code app-id|app-secret}). */
  public static final TokenType APP = new TokenType("APP");
  /** A Page token. */
  public static final TokenType PAGE = new TokenType("PAGE");

  private static final Map<String, TokenType> KNOWN = Stream.of(USER, SYSTEM_USER, APP, PAGE)
      .collect(Collectors.toUnmodifiableMap(TokenType::value, Function.identity()));

  public TokenType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static TokenType of(String value) {
    Objects.requireNonNull(value, "value");
    TokenType known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new TokenType(value);
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
