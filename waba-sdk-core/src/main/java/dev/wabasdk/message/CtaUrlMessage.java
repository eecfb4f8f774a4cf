package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An interactive call-to-action URL button ({@code "interactive": {"type": "cta_url"}}): one button that opens a
 * URL, so the link itself need not appear in the body.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param header {@code interactive.header}: text, image, video or document
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters
 * @param displayText {@code interactive.action.parameters.display_text}: the button label, at most 20 characters
 * @param url {@code interactive.action.parameters.url}: an {@code http(s)} URL
 * @param envelope reply context, callback data and extra fields
 */
public record CtaUrlMessage(
    Recipient recipient,
    @Nullable InteractiveHeader header,
    String body,
    @Nullable String footer,
    String displayText,
    String url,
    Envelope envelope)
    implements InteractiveMessage {

  /** The limit on the button label. */
  public static final int MAX_DISPLAY_TEXT_LENGTH = 20;

  public CtaUrlMessage {
    Checks.interactive(recipient, header, body, MAX_BODY_LENGTH, footer);
    Checks.text(displayText, "interactive.action.parameters.display_text", 1, MAX_DISPLAY_TEXT_LENGTH);
    Checks.httpUrl(url, "interactive.action.parameters.url");
    Checks.required(envelope, "envelope");
  }

  /** A builder for a call-to-action URL message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CtaUrlMessage}. */
  public static final class Builder extends InteractiveMessageBuilder.WithHeader<Builder, CtaUrlMessage> {
    private @Nullable String displayText;
    private @Nullable String url;

    Builder() {}

    /** <strong>Required.</strong> The button: its label (at most 20 characters) and the URL it opens. */
    public Builder button(String displayText, String url) {
      this.displayText = Objects.requireNonNull(displayText, "displayText == null");
      this.url = Objects.requireNonNull(url, "url == null");
      return this;
    }

    @Override
    String directSendKind() {
      return "cta_url";
    }

    @Override
    public CtaUrlMessage build() {
      return new CtaUrlMessage(recipient(), header(), requiredBody(), footer(),
          Checks.required(displayText, "interactive.action.parameters.display_text"),
          Checks.required(url, "interactive.action.parameters.url"), envelope());
    }
  }
}
