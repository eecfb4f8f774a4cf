package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asks the user to share their location ({@code "interactive": {"type": "location_request_message"}}); WhatsApp
 * shows a "Send location" button and the answer arrives as an ordinary inbound {@code location} message.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param envelope reply context, callback data and extra fields
 */
public record LocationRequestMessage(Recipient recipient, String body, Envelope envelope)
    implements InteractiveMessage {

  public LocationRequestMessage {
    Checks.required(recipient, "to");
    Checks.text(body, "interactive.body.text", 1, MAX_BODY_LENGTH);
    Checks.required(envelope, "envelope");
  }

  /** Location requests have no footer. */
  @Override
  public @Nullable String footer() {
    return null;
  }

  /** A builder for a location request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocationRequestMessage}. */
  public static final class Builder extends MessageBuilder<Builder, LocationRequestMessage> {
    private @Nullable String body;

    Builder() {}

    /** <strong>Required.</strong> The body text, at most 1,024 characters. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    @Override
    public LocationRequestMessage build() {
      return new LocationRequestMessage(recipient(), Checks.required(body, "interactive.body.text"), envelope());
    }
  }
}
