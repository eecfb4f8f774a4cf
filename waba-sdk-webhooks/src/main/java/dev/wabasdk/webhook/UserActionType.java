package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code action_type} of a {@code user_actions} item (on the {@code messages} field).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code marketing_messages_link_click}
 */
public record UserActionType(String value) {
  /** The user clicked the body or the call-to-action of a marketing message (Marketing Messages API). */
  public static final UserActionType MARKETING_MESSAGES_LINK_CLICK = new UserActionType("marketing_messages_link_click");

  private static final Map<String, UserActionType> KNOWN =
      Stream.of(MARKETING_MESSAGES_LINK_CLICK)
          .collect(Collectors.toUnmodifiableMap(v -> v.value().toLowerCase(Locale.ROOT), Function.identity()));

  public UserActionType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static UserActionType of(String value) {
    Objects.requireNonNull(value, "value");
    UserActionType known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new UserActionType(value);
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
