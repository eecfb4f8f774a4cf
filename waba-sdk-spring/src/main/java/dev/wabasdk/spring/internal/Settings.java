package dev.wabasdk.spring.internal;

import dev.wabasdk.spring.WabaPropertyException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Applies {@code waba.*} values to the SDK's builders, turning their errors into ones that name the property. */
public final class Settings {
  /**
   * Values copied from documentation rather than from the App Dashboard: our READMEs' and Meta's webhook examples,
   * and the usual fill-me-in words. Compared ignoring case.
   */
  static final Set<String> EXAMPLE_SECRETS = Set.of("my-verify-token", "meatyhamhock", "your-verify-token",
      "your-access-token", "your-app-secret", "changeme", "change-me",
      "change_me", "replace-me", "todo", "xxx");

  private Settings() {}

  /**
   * The secret's value, or a {@link WabaPropertyException} when it is not set, is an unresolved {@code ${...}}
   * placeholder (the environment variable it names is not set) or an example value. The message names the
   * property, never the value.
   */
  public static String requireSecret(@Nullable String value, String property, String action) {
    String secret = require(value, property, action);
    if (secret.contains("${")) {
      throw new WabaPropertyException(property, "is an unresolved ${...} placeholder: the environment variable "
          + "or property it refers to is not set", action);
    }
    if (EXAMPLE_SECRETS.contains(secret.strip().toLowerCase(Locale.ROOT))) {
      throw new WabaPropertyException(property, "is an example value from the documentation, not a real secret",
          action);
    }
    return secret;
  }

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

  /** Computes {@code value}; an {@link IllegalArgumentException} becomes a {@link WabaPropertyException}. */
  public static <T> T value(String property, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new WabaPropertyException(property, "is invalid: " + e.getMessage(),
          "Correct " + property + " in your application properties.");
    }
  }
}
