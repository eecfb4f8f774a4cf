package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code category} of a {@code user_preferences} notification.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code marketing_messages}
 */
public record UserPreferenceCategory(String value) {
  /** Marketing messages. */
  public static final UserPreferenceCategory MARKETING_MESSAGES = new UserPreferenceCategory("marketing_messages");

  private static final Map<String, UserPreferenceCategory> KNOWN =
      Stream.of(MARKETING_MESSAGES)
          .collect(Collectors.toUnmodifiableMap(UserPreferenceCategory::value, Function.identity()));

  public UserPreferenceCategory {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static UserPreferenceCategory of(String value) {
    Objects.requireNonNull(value, "value");
    UserPreferenceCategory known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new UserPreferenceCategory(value);
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
