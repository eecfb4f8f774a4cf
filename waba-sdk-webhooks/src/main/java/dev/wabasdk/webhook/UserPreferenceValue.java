package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code value} of a {@code user_preferences} notification: the user stopped or resumed a category.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code stop}
 */
public record UserPreferenceValue(String value) {
  /** The user stopped the category: sends of it fail with {@code 131050}. */
  public static final UserPreferenceValue STOP = new UserPreferenceValue("stop");
  /** The user resumed the category. */
  public static final UserPreferenceValue RESUME = new UserPreferenceValue("resume");

  /** The user signed up for the category (e.g. opted in to marketing messages through a sign-up prompt). */
  public static final UserPreferenceValue SIGNUP = new UserPreferenceValue("signup");

  private static final Map<String, UserPreferenceValue> KNOWN =
      Stream.of(STOP, RESUME, SIGNUP)
          .collect(Collectors.toUnmodifiableMap(UserPreferenceValue::value, Function.identity()));

  public UserPreferenceValue {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static UserPreferenceValue of(String value) {
    Objects.requireNonNull(value, "value");
    UserPreferenceValue known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new UserPreferenceValue(value);
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
