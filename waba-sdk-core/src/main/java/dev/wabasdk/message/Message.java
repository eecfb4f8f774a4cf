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
 * <p>Lengths are counted in Unicode code points.
 */
public sealed interface Message
    permits TextMessage, MediaMessage, LocationMessage, ContactsMessage, ReactionMessage, InteractiveMessage,
        TemplateMessage {

  /** Who the message goes to: {@code "to"} (phone number) or {@code "recipient"} (business-scoped user id). */
  Recipient recipient();

  /** Reply context, {@code biz_opaque_callback_data} and extra fields. */
  Envelope envelope();

  /** A text message to a phone number (E.164, {@code +} optional). */
  static TextMessage text(String to, String body) {
    return TextMessage.builder().to(to).body(body).build();
  }

  /** An image. */
  static ImageMessage image(String to, MediaSource media) {
    return ImageMessage.builder().to(to).media(media).build();
  }

  /** An image with a caption (at most 1,024 characters). */
  static ImageMessage image(String to, MediaSource media, String caption) {
    return ImageMessage.builder().to(to).media(media).caption(caption).build();
  }

  /** A video. */
  static VideoMessage video(String to, MediaSource media) {
    return VideoMessage.builder().to(to).media(media).build();
  }

  /** An audio file. */
  static AudioMessage audio(String to, MediaSource media) {
    return AudioMessage.builder().to(to).media(media).build();
  }

  /** A voice note (OGG/OPUS audio shown as a recorded voice message). */
  static AudioMessage voice(String to, MediaSource media) {
    return AudioMessage.builder().to(to).media(media).voice(true).build();
  }

  /** A document with the file name the user sees. */
  static DocumentMessage document(String to, MediaSource media, String filename) {
    return DocumentMessage.builder().to(to).media(media).filename(filename).build();
  }

  /** A sticker (WebP). */
  static StickerMessage sticker(String to, MediaSource media) {
    return StickerMessage.builder().to(to).media(media).build();
  }

  /** A location pin. */
  static LocationMessage location(String to, double latitude, double longitude) {
    return LocationMessage.builder().to(to).coordinates(latitude, longitude).build();
  }

  /** One or more contact cards. */
  static ContactsMessage contacts(String to, Contact... contacts) {
    return ContactsMessage.builder().to(to).contacts(Arrays.asList(contacts)).build();
  }

  /** A reaction with one emoji to the message {@code messageId} ({@code wamid}). */
  static ReactionMessage reaction(String to, String messageId, String emoji) {
    return ReactionMessage.builder().to(to).messageId(messageId).emoji(emoji).build();
  }

  /** Removes the reaction to the message {@code messageId}. */
  static ReactionMessage removeReaction(String to, String messageId) {
    return reaction(to, messageId, "");
  }

  /** Up to three reply buttons under a body text. */
  static ReplyButtonsMessage replyButtons(String to, String body, ReplyButtonsMessage.Button... buttons) {
    ReplyButtonsMessage.Builder builder = ReplyButtonsMessage.builder().to(to).body(body);
    Arrays.stream(buttons).forEach(builder::button);
    return builder.build();
  }

  /** A button that opens {@code url}. */
  static CtaUrlMessage ctaUrl(String to, String body, String displayText, String url) {
    return CtaUrlMessage.builder().to(to).body(body).button(displayText, url).build();
  }

  /** Asks the user to share their location. */
  static LocationRequestMessage locationRequest(String to, String body) {
    return LocationRequestMessage.builder().to(to).body(body).build();
  }

  /** A template without variables. */
  static TemplateMessage template(String to, String name, String language) {
    return TemplateMessage.builder().to(to).name(name).language(language).build();
  }
}
