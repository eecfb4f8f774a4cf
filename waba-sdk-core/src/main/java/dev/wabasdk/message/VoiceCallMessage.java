package dev.wabasdk.message;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A "Call on WhatsApp" button ({@code "interactive": {"type": "voice_call"}}): the user taps it to call the
 * business number that sent it (Calling API must be enabled on the number). Meta's
 * <a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/call-button-messages-deep-links/">
 * call button messages</a> (2026-06-26) send it inside the customer service window; with a Direct Send
 * {@link MessageBuilder#category category} of utility it may go outside it, on its own ("Supported features and
 * limits", 2026-07-31: the voice call button is a standalone type, never combined with URL or reply buttons).
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param displayText {@code action.parameters.display_text}: the button label, at most 20 characters; null for
 *     Meta's default
 * @param ttl {@code action.parameters.ttl_minutes}: how long the button stays active, whole minutes from 1 to
 *     43,200 (30 days); null for Meta's default (7 days)
 * @param payload {@code action.parameters.payload}: echoed as {@code cta_payload} in the calls webhook, at most
 *     512 characters; null for none
 * @param envelope reply context, callback data, extra fields and the Direct Send category
 * @since 0.3
 */
public record VoiceCallMessage(
    Recipient recipient,
    String body,
    @Nullable String displayText,
    @Nullable Duration ttl,
    @Nullable String payload,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on the button label. */
  public static final int MAX_DISPLAY_TEXT_LENGTH = 20;
  /** Meta's longest button lifetime ({@code ttl_minutes} 43,200). */
  public static final Duration MAX_TTL = Duration.ofMinutes(43_200);
  /** Meta's limit on {@code payload}. */
  public static final int MAX_PAYLOAD_LENGTH = 512;

  public VoiceCallMessage {
    Checks.required(recipient, "to");
    Checks.oneUser(recipient, "a call button goes");
    Checks.text(body, "interactive.body.text", 1, MAX_BODY_LENGTH);
    Checks.optionalText(displayText, "interactive.action.parameters.display_text", MAX_DISPLAY_TEXT_LENGTH);
    if (ttl != null && (ttl.toSeconds() % 60 != 0 || ttl.getNano() != 0 || ttl.toMinutes() < 1
        || ttl.compareTo(MAX_TTL) > 0)) {
      throw new IllegalArgumentException("interactive.action.parameters.ttl_minutes: must be whole minutes from 1"
          + " to " + MAX_TTL.toMinutes() + ", was " + ttl);
    }
    Checks.optionalText(payload, "interactive.action.parameters.payload", MAX_PAYLOAD_LENGTH);
    Checks.required(envelope, "envelope");
  }

  /** Call button messages have no footer. */
  @Override
  public @Nullable String footer() {
    return null;
  }

  /** A builder for a call button message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VoiceCallMessage}. Not thread-safe. */
  public static final class Builder extends MessageBuilder<Builder, VoiceCallMessage> {
    private @Nullable String body;
    private @Nullable String displayText;
    private @Nullable Duration ttl;
    private @Nullable String payload;

    Builder() {}

    /** <strong>Required.</strong> The body text, at most 1,024 characters. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    /** The button label, at most 20 characters; default Meta's. */
    public Builder displayText(String displayText) {
      this.displayText = Objects.requireNonNull(displayText, "displayText == null");
      return this;
    }

    /** How long the button stays active: whole minutes, 1 minute to 30 days; default Meta's 7 days. */
    public Builder buttonTtl(Duration ttl) {
      this.ttl = Objects.requireNonNull(ttl, "ttl == null");
      return this;
    }

    /** A value Meta echoes as {@code cta_payload} in the calls webhook, at most 512 characters. */
    public Builder payload(String payload) {
      this.payload = Objects.requireNonNull(payload, "payload == null");
      return this;
    }

    @Override
    String directSendKind() {
      return "voice_call";
    }

    @Override
    public VoiceCallMessage build() {
      return new VoiceCallMessage(recipient(), Checks.required(body, "interactive.body.text"), displayText, ttl,
          payload, envelope());
    }
  }
}
