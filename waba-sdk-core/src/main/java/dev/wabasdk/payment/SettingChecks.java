package dev.wabasdk.payment;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the payment settings. Every failure is an {@link IllegalArgumentException} whose message starts with
 * the JSON path of the field inside the setting (e.g. {@code payment_gateway.razorpay.receipt}), then states the
 * rule and the offending value, as the message checks do.
 */
final class SettingChecks {
  private static final int PREVIEW = 40;

  private SettingChecks() {}

  static <T> T required(@Nullable T value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + ": is required but was not set");
    }
    return value;
  }

  /** A required, non-blank text of at most {@code max} code points (Meta counts characters as code points). */
  static String text(@Nullable String value, String path, int max) {
    String v = required(value, path);
    int length = v.codePointCount(0, v.length());
    if (length < 1 || length > max) {
      String rule = max == Integer.MAX_VALUE ? "must not be empty" : "must be 1 to " + max + " characters";
      throw new IllegalArgumentException(path + ": " + rule + ", was " + length + " (" + preview(v) + ")");
    }
    if (v.isBlank()) {
      throw new IllegalArgumentException(path + ": must not be blank, was " + preview(v));
    }
    return v;
  }

  static String nonBlank(@Nullable String value, String path) {
    return text(value, path, Integer.MAX_VALUE);
  }

  /** An absolute {@code http} or {@code https} URL with a host. */
  static String httpUrl(@Nullable String value, String path) {
    String v = required(value, path);
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme();
      if (scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
          && uri.getHost() != null) {
        return v;
      }
    } catch (URISyntaxException e) {
      // reported below with the field path
    }
    throw new IllegalArgumentException(path + ": must be an absolute http:// or https:// URL, was " + preview(v));
  }

  /** The value quoted, shortened so that a long code does not flood the exception message. */
  static String preview(String value) {
    if (value.codePointCount(0, value.length()) <= PREVIEW) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, value.offsetByCodePoints(0, PREVIEW)) + "...'";
  }
}
