package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text message ({@code "type": "text"}).
 *
 * <pre>{@code
 * TextMessage message = TextMessage.builder()
 *     .to("+4915112345678")
 *     .body("Your order shipped: https://example.com/track/123")
 *     .previewUrl(true)
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code text.body}, 1 to 4,096 characters
 * @param previewUrl {@code text.preview_url}: whether WhatsApp renders a preview of the first URL in the body
 * @param envelope reply context, callback data and extra fields
 */
public record TextMessage(Recipient recipient, String body, boolean previewUrl, Envelope envelope)
    implements Message {

  /** Meta's limit on {@code text.body}. */
  public static final int MAX_BODY_LENGTH = 4096;

  /** Meta's limit on {@code text.body} of a Direct Send message (the template body limit). */
  public static final int MAX_DIRECT_SEND_BODY_LENGTH = 1024;

  public TextMessage {
    Checks.required(recipient, "to");
    Checks.required(envelope, "envelope");
    if (envelope.directSend() != null) {
      // Direct Send delivers the text as a template: template limits, and Meta renders no URL preview.
      Checks.text(body, "text.body", 1, MAX_DIRECT_SEND_BODY_LENGTH);
      if (previewUrl) {
        throw new IllegalArgumentException("text.preview_url: Direct Send messages render no URL preview; leave"
            + " previewUrl false (was true, category " + envelope.directSend().category() + ")");
      }
    } else {
      Checks.text(body, "text.body", 1, MAX_BODY_LENGTH);
    }
  }

  /** A builder for a text message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TextMessage}. */
  public static final class Builder extends MessageBuilder<Builder, TextMessage> {
    private @Nullable String body;
    private boolean previewUrl;

    Builder() {}

    /** <strong>Required.</strong> The text, 1 to 4,096 characters. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    /** Whether WhatsApp renders a preview of the first {@code http(s)} URL in the body. Default false. */
    public Builder previewUrl(boolean previewUrl) {
      this.previewUrl = previewUrl;
      return this;
    }

    @Override
    String directSendKind() {
      return "text";
    }

    @Override
    public TextMessage build() {
      return new TextMessage(recipient(), Checks.required(body, "text.body"), previewUrl, envelope());
    }
  }
}
