package dev.wabasdk.message;

import java.util.Arrays;

/**
 * A message the business sends with {@code POST /{phone-number-id}/messages}. Every kind is an immutable record
 * with a builder; Meta's limits are checked when it is built ({@link IllegalArgumentException} naming the field
 * path, the limit and the value), so nothing invalid reaches the network.
 *
 * <p>The static factories here cover the common cases; each type's {@code builder()} covers the rest, including
 * replies ({@code replyTo}), {@code biz_opaque_callback_data} and extra fields the SDK does not model yet.
 *
 * <pre>{@code
 * whatsApp.messages().send(Message.text("+4915112345678", "Hello!"));
 * whatsApp.messages().send(Message.image("+4915112345678", MediaSource.id("1234567890")));
 * whatsApp.messages().send(Message.reaction("+4915112345678", "wamid.HBgL...", "👍"));
 * }</pre>
 *
 * <p>Each factory takes the recipient as an E.164 phone number or as a {@link Recipient} (for example
 * {@code Recipient.userId("US.1349...")}, or {@code WhatsAppUser.recipient()} when answering a webhook).
 * Lengths are counted in Unicode code points. Messages are immutable and thread-safe; builders are not.
 */
public sealed interface Message
    permits TextMessage, MediaMessage, LocationMessage, ContactsMessage, ReactionMessage, InteractiveMessage,
        TemplateMessage, PinMessage {

  /** Who the message goes to: {@code "to"} (phone number) or {@code "recipient"} (business-scoped user id). */
  Recipient recipient();

  /** Reply context, {@code biz_opaque_callback_data} and extra fields. */
  Envelope envelope();

  /** A text message to a phone number (E.164, {@code +} optional). */
  static TextMessage text(String to, String body) {
    return text(Recipient.phoneNumber(to), body);
  }

  /** As {@link #text(String, String)}, to a phone number or business-scoped user id. */
  static TextMessage text(Recipient to, String body) {
    return TextMessage.builder().to(to).body(body).build();
  }

  /** An image. */
  static ImageMessage image(String to, MediaSource media) {
    return image(Recipient.phoneNumber(to), media);
  }

  /** As {@link #image(String, MediaSource)}, to a phone number or business-scoped user id. */
  static ImageMessage image(Recipient to, MediaSource media) {
    return ImageMessage.builder().to(to).media(media).build();
  }

  /** An image with a caption (at most 1,024 characters). */
  static ImageMessage image(String to, MediaSource media, String caption) {
    return image(Recipient.phoneNumber(to), media, caption);
  }

  /** As {@link #image(String, MediaSource, String)}, to a phone number or business-scoped user id. */
  static ImageMessage image(Recipient to, MediaSource media, String caption) {
    return ImageMessage.builder().to(to).media(media).caption(caption).build();
  }

  /** A video. */
  static VideoMessage video(String to, MediaSource media) {
    return video(Recipient.phoneNumber(to), media);
  }

  /** As {@link #video(String, MediaSource)}, to a phone number or business-scoped user id. */
  static VideoMessage video(Recipient to, MediaSource media) {
    return VideoMessage.builder().to(to).media(media).build();
  }

  /** An audio file. */
  static AudioMessage audio(String to, MediaSource media) {
    return audio(Recipient.phoneNumber(to), media);
  }

  /** As {@link #audio(String, MediaSource)}, to a phone number or business-scoped user id. */
  static AudioMessage audio(Recipient to, MediaSource media) {
    return AudioMessage.builder().to(to).media(media).build();
  }

  /** A voice note (OGG/OPUS audio shown as a recorded voice message). */
  static AudioMessage voice(String to, MediaSource media) {
    return voice(Recipient.phoneNumber(to), media);
  }

  /** As {@link #voice(String, MediaSource)}, to a phone number or business-scoped user id. */
  static AudioMessage voice(Recipient to, MediaSource media) {
    return AudioMessage.builder().to(to).media(media).voice(true).build();
  }

  /** A document with the file name the user sees. */
  static DocumentMessage document(String to, MediaSource media, String filename) {
    return document(Recipient.phoneNumber(to), media, filename);
  }

  /** As {@link #document(String, MediaSource, String)}, to a phone number or business-scoped user id. */
  static DocumentMessage document(Recipient to, MediaSource media, String filename) {
    return DocumentMessage.builder().to(to).media(media).filename(filename).build();
  }

  /** A sticker (WebP). */
  static StickerMessage sticker(String to, MediaSource media) {
    return sticker(Recipient.phoneNumber(to), media);
  }

  /** As {@link #sticker(String, MediaSource)}, to a phone number or business-scoped user id. */
  static StickerMessage sticker(Recipient to, MediaSource media) {
    return StickerMessage.builder().to(to).media(media).build();
  }

  /** A location pin. */
  static LocationMessage location(String to, double latitude, double longitude) {
    return location(Recipient.phoneNumber(to), latitude, longitude);
  }

  /** As {@link #location(String, double, double)}, to a phone number or business-scoped user id. */
  static LocationMessage location(Recipient to, double latitude, double longitude) {
    return LocationMessage.builder().to(to).coordinates(latitude, longitude).build();
  }

  /** One or more contact cards. */
  static ContactsMessage contacts(String to, Contact... contacts) {
    return contacts(Recipient.phoneNumber(to), contacts);
  }

  /** As {@link #contacts(String, Contact[])}, to a phone number or business-scoped user id. */
  static ContactsMessage contacts(Recipient to, Contact... contacts) {
    return ContactsMessage.builder().to(to).contacts(Arrays.asList(contacts)).build();
  }

  /** A reaction with one emoji to the message {@code messageId} ({@code wamid}). */
  static ReactionMessage reaction(String to, String messageId, String emoji) {
    return reaction(Recipient.phoneNumber(to), messageId, emoji);
  }

  /** As {@link #reaction(String, String, String)}, to a phone number or business-scoped user id. */
  static ReactionMessage reaction(Recipient to, String messageId, String emoji) {
    return ReactionMessage.builder().to(to).messageId(messageId).emoji(emoji).build();
  }

  /** Removes the reaction to the message {@code messageId}. */
  static ReactionMessage removeReaction(String to, String messageId) {
    return removeReaction(Recipient.phoneNumber(to), messageId);
  }

  /** As {@link #removeReaction(String, String)}, to a phone number or business-scoped user id. */
  static ReactionMessage removeReaction(Recipient to, String messageId) {
    return reaction(to, messageId, "");
  }

  /**
   * Pins the group's message {@code messageId} ({@code wamid}) for {@code expirationDays} (1 to 30); the group's
   * admin (the business) only.
   */
  static PinMessage pin(Recipient group, String messageId, int expirationDays) {
    return PinMessage.builder().to(group).pin(messageId, expirationDays).build();
  }

  /** Unpins the group's message {@code messageId} ({@code wamid}). */
  static PinMessage unpin(Recipient group, String messageId) {
    return PinMessage.builder().to(group).unpin(messageId).build();
  }

  /** Up to three reply buttons under a body text. */
  static ReplyButtonsMessage replyButtons(String to, String body, ReplyButtonsMessage.Button... buttons) {
    return replyButtons(Recipient.phoneNumber(to), body, buttons);
  }

  /**
   * As {@link #replyButtons(String, String, ReplyButtonsMessage.Button...)}, to a phone number or business-scoped
   * user id.
   */
  static ReplyButtonsMessage replyButtons(Recipient to, String body, ReplyButtonsMessage.Button... buttons) {
    ReplyButtonsMessage.Builder builder = ReplyButtonsMessage.builder().to(to).body(body);
    Arrays.stream(buttons).forEach(builder::button);
    return builder.build();
  }

  /** A button that opens {@code url}. */
  static CtaUrlMessage ctaUrl(String to, String body, String displayText, String url) {
    return ctaUrl(Recipient.phoneNumber(to), body, displayText, url);
  }

  /** As {@link #ctaUrl(String, String, String, String)}, to a phone number or business-scoped user id. */
  static CtaUrlMessage ctaUrl(Recipient to, String body, String displayText, String url) {
    return CtaUrlMessage.builder().to(to).body(body).button(displayText, url).build();
  }

  /** Asks the user to share their location. */
  static LocationRequestMessage locationRequest(String to, String body) {
    return locationRequest(Recipient.phoneNumber(to), body);
  }

  /** As {@link #locationRequest(String, String)}, to a phone number or business-scoped user id. */
  static LocationRequestMessage locationRequest(Recipient to, String body) {
    return LocationRequestMessage.builder().to(to).body(body).build();
  }

  /** Asks the user for permission to call them (Calling API); inside the customer service window. */
  static CallPermissionRequestMessage callPermissionRequest(String to, String body) {
    return callPermissionRequest(Recipient.phoneNumber(to), body);
  }

  /** As {@link #callPermissionRequest(String, String)}, to a phone number or business-scoped user id. */
  static CallPermissionRequestMessage callPermissionRequest(Recipient to, String body) {
    return CallPermissionRequestMessage.builder().to(to).body(body).build();
  }

  /** A template without variables. */
  static TemplateMessage template(String to, String name, String language) {
    return template(Recipient.phoneNumber(to), name, language);
  }

  /** As {@link #template(String, String, String)}, to a phone number or business-scoped user id. */
  static TemplateMessage template(Recipient to, String name, String language) {
    return TemplateMessage.builder().to(to).name(name).language(language).build();
  }
}
