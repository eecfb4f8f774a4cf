package dev.wabasdk.message;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every message builder shares: the recipient, the reply context, {@code biz_opaque_callback_data}, the
 * identity check and the extra-field escape hatch. Builders are not thread-safe; the messages they build are immutable.
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
  private @Nullable DirectSendCategory category;
  private @Nullable Duration ttl;
  private @Nullable String recipientIdentityKeyHash;

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
   * Delivers the message only if the recipient's identity hash is still {@code hash}
   * ({@code recipient_identity_key_hash}). With the number's identity change check on
   * ({@code phoneNumbers().setIdentityChangeCheck(true)}), Meta sends a user's current hash in their messages'
   * webhooks ({@code InboundMessage.identityKeyHash()}) and in the statuses of messages sent without a hash
   * ({@code MessageStatus.recipientIdentityKeyHash()}). If the user's identity changed since (a new phone, a number
   * that changed hands), Meta does not deliver the message and sends a {@code failed} status with error 137000.
   * Not for group messages.
   *
   * @since 0.5
   */
  public final B recipientIdentityKeyHash(String hash) {
    this.recipientIdentityKeyHash = Objects.requireNonNull(hash, "hash == null");
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
   * Sends the message with Direct Send: Meta delivers it as a template of this {@code category}, so it may go out
   * outside the customer service window, charged at the category's rate. Only text, call-to-action URL,
   * reply-button, mixed-button ({@link MixedButtonsMessage}) and call-button ({@link VoiceCallMessage}) messages
   * take a category; authentication (beta, access-restricted) only text, in English, to a
   * phone number. With a category, Meta's template limits apply: body 1,024 characters, header and footer 60,
   * button 20, and no URL preview
   * (<a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-features-and-limits/">
   * Supported features and limits</a>). The account must be eligible, or Meta answers error 100.
   *
   * @since 0.3
   */
  public final B category(DirectSendCategory category) {
    this.category = Objects.requireNonNull(category, "category == null");
    return self();
  }

  /**
   * A custom time-to-live for a Direct Send message ({@code ttl_seconds}): utility 30 s to 12 h, authentication
   * 30 s to 15 min. Meta accepts a TTL only together with a {@link #category}.
   *
   * @since 0.3
   */
  public final B ttl(Duration ttl) {
    this.ttl = Objects.requireNonNull(ttl, "ttl == null");
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
    DirectSend directSend = directSend();
    if (recipientIdentityKeyHash != null && recipient() instanceof Recipient.Group) {
      throw new IllegalArgumentException("recipient_identity_key_hash: a group message cannot carry one; Meta checks"
          + " the identity of one user (was to group " + recipient().value() + ")");
    }
    if (contextMessageId == null && bizOpaqueCallbackData == null && extraFields.isEmpty()
        && extraTypeFields.isEmpty() && directSend == null && recipientIdentityKeyHash == null) {
      return Envelope.EMPTY; // the common case: no copies of empty maps per message
    }
    return new Envelope(contextMessageId, bizOpaqueCallbackData, extraFields, extraTypeFields, directSend,
        recipientIdentityKeyHash);
  }

  /**
   * The kind of message this builder makes when it can be a Direct Send message ({@code "text"},
   * {@code "cta_url"}, {@code "button"}, {@code "mixed"}, {@code "voice_call"}), or null when it cannot.
   */
  @Nullable String directSendKind() {
    return null;
  }

  private @Nullable DirectSend directSend() {
    if (category == null) {
      if (ttl != null) {
        throw new IllegalArgumentException("ttl_seconds: Meta accepts a TTL only on a Direct Send message; set"
            + " category(DirectSendCategory.UTILITY) as well, or leave the TTL out (was " + ttl + ")");
      }
      return null;
    }
    String kind = directSendKind();
    String type = getClass().getEnclosingClass() == null ? getClass().getSimpleName()
        : getClass().getEnclosingClass().getSimpleName();
    if (kind == null) {
      throw new IllegalArgumentException("category: Direct Send supports text, call-to-action URL, reply-button,"
          + " mixed-button and call-button messages only, not a " + type + " (was category " + category + ")");
    }
    if (DirectSendCategory.AUTHENTICATION.equals(category)) {
      if (!"text".equals(kind)) {
        throw new IllegalArgumentException("category: an authentication Direct Send message must be a text"
            + " message, not a " + type);
      }
      if (!(recipient() instanceof Recipient.PhoneNumber)) {
        throw new IllegalArgumentException("to: an authentication Direct Send message must go to a phone number,"
            + " never to a business-scoped user id (was " + recipient().value() + ")");
      }
    }
    return new DirectSend(category, ttl);
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
