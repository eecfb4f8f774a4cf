package dev.wabasdk.message;

import java.util.Objects;

/**
 * A text message ({@code "type": "text"}).
 *
 * @param recipient who it goes to
 * @param body the text, at most 4,096 characters
 * @param previewUrl whether WhatsApp renders a preview of the first URL in the body
 */
public record TextMessage(Recipient recipient, String body, boolean previewUrl) implements Message {

  /** Meta's limit on {@code text.body}. */
  public static final int MAX_BODY_LENGTH = 4096;

  public TextMessage {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(body, "text.body");
    if (body.isEmpty() || body.length() > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException(
          "text.body: must be 1 to " + MAX_BODY_LENGTH + " characters, was " + body.length());
    }
  }
}
