package dev.wabasdk.message;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every message builder shares: the recipient, the reply context, {@code biz_opaque_callback_data} and the
 * extra-field escape hatch. Builders are not thread-safe; the messages they build are immutable.
 *
 * @param <B> the concrete builder
 * @param <M> the message it builds
 */
public abstract class MessageBuilder<B extends MessageBuilder<B, M>, M extends Message> {

  private @Nullable Recipient recipient;
  private @Nullable String contextMessageId;
  private @Nullable String bizOpaqueCallbackData;
  private final Map<String, Object> extraFields = new LinkedHashMap<>();
  private final Map<String, Object> extraTypeFields = new LinkedHashMap<>();

  MessageBuilder() {}

  /**
   * <strong>Required</strong> (or {@link #to(Recipient)}). The recipient's phone number in E.164 form, with or
   * without the leading {@code +}.
   */
  public final B to(String phoneNumber) {
    return to(Recipient.phoneNumber(phoneNumber));
  }

  /** The recipient: a phone number or a business-scoped user id ({@link Recipient#userId(String)}). */
  public final B to(Recipient recipient) {
    this.recipient = Objects.requireNonNull(recipient, "recipient == null");
    return self();
  }

  /** Sends the message as a reply quoting {@code messageId} (a {@code wamid}), as {@code context.message_id}. */
  public final B replyTo(String messageId) {
    this.contextMessageId = Objects.requireNonNull(messageId, "messageId == null");
    return self();
  }

  /** An opaque string (at most 512 characters) Meta echoes back in this message's status webhooks. */
  public final B bizOpaqueCallbackData(String data) {
    this.bizOpaqueCallbackData = Objects.requireNonNull(data, "data == null");
    return self();
  }

  /**
   * Adds a field to the top level of the request body, for parameters the SDK does not model yet. The value must
   * be a JSON value: String, Boolean, a boxed number, or a Map/List of those.
   */
  public final B putExtraField(String name, Object value) {
    extraFields.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return self();
  }

  /** Adds every entry of {@code fields} as by {@link #putExtraField}. */
  public final B extraFields(Map<String, ?> fields) {
    fields.forEach(this::putExtraField);
    return self();
  }

  /**
   * Adds a field inside the message's type object (for example inside {@code "image": {...}}), for parameters the
   * SDK does not model yet.
   */
  public final B putExtraTypeField(String name, Object value) {
    extraTypeFields.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(value, "value == null"));
    return self();
  }

  /** Adds every entry of {@code fields} as by {@link #putExtraTypeField}. */
  public final B extraTypeFields(Map<String, ?> fields) {
    fields.forEach(this::putExtraTypeField);
    return self();
  }

  /**
   * Builds the message.
   *
   * @throws IllegalArgumentException when a required field is missing or a value breaks one of Meta's limits
   */
  public abstract M build();

  final Recipient recipient() {
    if (recipient == null) {
      throw new IllegalArgumentException(
          "to: a recipient is required; call to(\"+4915112345678\") or to(Recipient.userId(\"US.1349...\"))");
    }
    return recipient;
  }

  final Envelope envelope() {
    return new Envelope(contextMessageId, bizOpaqueCallbackData, extraFields, extraTypeFields);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
