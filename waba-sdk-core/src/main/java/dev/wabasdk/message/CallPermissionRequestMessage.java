package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asks the user for permission to call them ({@code "interactive": {"type": "call_permission_request"}}); the user
 * grants it (for 7 days or permanently) or declines, and the answer arrives as an inbound {@code interactive}
 * message of type {@code call_permission_reply}. Free-form, so only inside the customer service window; outside it,
 * send a template with a {@code call_permission_request} component. Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}: why the business wants to call, at most 1,024 characters; or null,
 *     since Meta makes the body optional (the request is then sent without {@code body})
 * @param envelope reply context, callback data and extra fields
 */
public record CallPermissionRequestMessage(Recipient recipient, @Nullable String body, Envelope envelope)
    implements InteractiveMessage {

  public CallPermissionRequestMessage {
    Checks.required(recipient, "to");
    Checks.oneUser(recipient, "a call permission request goes");
    Checks.optionalText(body, "interactive.body.text", MAX_BODY_LENGTH);
    Checks.required(envelope, "envelope");
  }

  /** Call permission requests have no footer. */
  @Override
  public @Nullable String footer() {
    return null;
  }

  /** A builder for a call permission request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallPermissionRequestMessage}. Not thread-safe. */
  public static final class Builder extends MessageBuilder<Builder, CallPermissionRequestMessage> {
    private @Nullable String body;

    Builder() {}

    /** The body text, at most 1,024 characters; optional (Meta: "The text body is optional"). */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    @Override
    public CallPermissionRequestMessage build() {
      return new CallPermissionRequestMessage(recipient(), body, envelope());
    }
  }
}
