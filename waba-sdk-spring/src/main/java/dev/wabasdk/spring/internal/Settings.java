package dev.wabasdk.spring.internal;

import dev.wabasdk.spring.WabaPropertyException;
import org.jspecify.annotations.Nullable;

/** Applies {@code waba.*} values to the SDK's builders, turning their errors into ones that name the property. */
public final class Settings {
  private Settings() {}

  /** The value, or a {@link WabaPropertyException} saying that {@code property} is not set. */
  public static String require(@Nullable String value, String property, String action) {
    if (value == null || value.isBlank()) {
      throw new WabaPropertyException(property, "is not set", action);
    }
    return value;
  }

  /** Runs {@code apply}; an {@link IllegalArgumentException} becomes a {@link WabaPropertyException}. */
  public static void apply(String property, Runnable apply) {
    try {
      apply.run();
    } catch (IllegalArgumentException e) {
      // The SDK's message names the field and the rule; it never contains secrets.
      throw new WabaPropertyException(property, "is invalid: " + e.getMessage(),
          "Correct " + property + " in your application properties.");
    }
  }
}
