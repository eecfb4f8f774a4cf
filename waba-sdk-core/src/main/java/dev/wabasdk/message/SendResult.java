package dev.wabasdk.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Meta answered to a send. A result means <em>accepted</em>, not delivered: delivery (or a failure such as
 * 131047) arrives later as a status webhook keyed by {@link #messageId()}. Immutable.
 *
 * <p>Send interceptors attach what they learned with {@link #withTag}, keyed by type, and callers read it with
 * {@link #tag}: the policy engine attaches its {@code Decision}, read with
 * {@code result.tag(Decision.class)}.
 *
 * @param messageId the {@code wamid.…} id that keys every later status webhook
 * @param input the recipient as sent ({@code contacts[].input})
 * @param waId the recipient's {@code wa_id}, when Meta returned it (absent for BSUID sends)
 * @param userId the recipient's business-scoped user id, when Meta returned it
 * @param messageStatus the pacing status of a template send, when Meta returned one
 * @param tags values attached by send interceptors, by their type
 */
public record SendResult(
    String messageId,
    @Nullable String input,
    @Nullable String waId,
    @Nullable String userId,
    @Nullable PacingStatus messageStatus,
    Map<Class<?>, Object> tags) {

  public SendResult {
    Objects.requireNonNull(messageId, "messageId");
    tags = Map.copyOf(tags);
  }

  /** A result without tags, as Meta answered it. */
  public SendResult(
      String messageId,
      @Nullable String input,
      @Nullable String waId,
      @Nullable String userId,
      @Nullable PacingStatus messageStatus) {
    this(messageId, input, waId, userId, messageStatus, Map.of());
  }

  /** The value an interceptor attached under {@code type}, or null when none did. */
  public <T> @Nullable T tag(Class<? extends T> type) {
    Objects.requireNonNull(type, "type");
    return type.cast(tags.get(type));
  }

  /** This result with {@code value} attached under {@code type} (replacing one there), or removed when null. */
  public <T> SendResult withTag(Class<T> type, @Nullable T value) {
    Objects.requireNonNull(type, "type");
    if (tags.isEmpty() && value != null) {
      // the common case (one interceptor tags a fresh result): no intermediate map
      return new SendResult(messageId, input, waId, userId, messageStatus, Map.of(type, type.cast(value)));
    }
    Map<Class<?>, Object> copy = new LinkedHashMap<>(tags);
    if (value == null) {
      copy.remove(type);
    } else {
      copy.put(type, type.cast(value));
    }
    return new SendResult(messageId, input, waId, userId, messageStatus, copy);
  }
}
