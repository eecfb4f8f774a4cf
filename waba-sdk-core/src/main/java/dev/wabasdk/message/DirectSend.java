package dev.wabasdk.message;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What makes a text or interactive message a Direct Send message: its {@code category} and an optional custom
 * time-to-live ({@code ttl_seconds}). Set it with a message builder's {@code category(..)} and {@code ttl(..)}.
 * Meta's TTL limits
 * (<a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/configure-message-ttl/">
 * Configure message time-to-live</a>): utility 30 s to 12 h (default 30 days), authentication 30 s to 15 min
 * (default 10 min). Immutable and thread-safe.
 *
 * @param category {@code category}
 * @param ttl {@code ttl_seconds}, whole seconds; null for Meta's default
 * @since 0.3
 */
public record DirectSend(DirectSendCategory category, @Nullable Duration ttl) {
  /** Meta's shortest TTL, for every category. */
  public static final Duration MIN_TTL = Duration.ofSeconds(30);
  /** Meta's longest TTL for a utility message. */
  public static final Duration MAX_UTILITY_TTL = Duration.ofSeconds(43_200);
  /** Meta's longest TTL for an authentication message. */
  public static final Duration MAX_AUTHENTICATION_TTL = Duration.ofSeconds(900);

  public DirectSend {
    Objects.requireNonNull(category, "category");
    if (ttl != null) {
      Duration max = DirectSendCategory.AUTHENTICATION.equals(category) ? MAX_AUTHENTICATION_TTL
          : DirectSendCategory.UTILITY.equals(category) ? MAX_UTILITY_TTL : null;
      if (ttl.getNano() != 0 || ttl.compareTo(MIN_TTL) < 0 || (max != null && ttl.compareTo(max) > 0)) {
        throw new IllegalArgumentException("ttl_seconds: must be whole seconds from " + MIN_TTL.toSeconds() + " to "
            + (max == null ? "Meta's limit" : max.toSeconds()) + " for category " + category + ", was "
            + (ttl.getNano() == 0 ? ttl.toSeconds() + " s" : ttl.toString()));
      }
    }
  }

  /** A Direct Send of this category with Meta's default TTL. */
  public static DirectSend of(DirectSendCategory category) {
    return new DirectSend(category, null);
  }
}
