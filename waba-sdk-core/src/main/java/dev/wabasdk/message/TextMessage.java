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

  public TextMessage {
    Checks.required(recipient, "to");
    Checks.text(body, "text.body", 1, MAX_BODY_LENGTH);
    Checks.required(envelope, "envelope");
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
    public TextMessage build() {
      return new TextMessage(recipient(), Checks.required(body, "text.body"), previewUrl, envelope());
    }
  }
}
