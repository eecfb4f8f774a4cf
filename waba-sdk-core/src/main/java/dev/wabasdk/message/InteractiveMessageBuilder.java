package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the interactive message builders share: body and footer, and for reply buttons, call-to-action URL and
 * Flow messages the media-capable header. Package-private so that the public builders stay the only names users
 * see.
 */
abstract class InteractiveMessageBuilder<B extends MessageBuilder<B, M>, M extends InteractiveMessage>
    extends MessageBuilder<B, M> {

  private @Nullable String body;
  private @Nullable String footer;

  InteractiveMessageBuilder() {}

  /** <strong>Required.</strong> The body text, at most 1,024 characters (4,096 in a list message). */
  public final B body(String body) {
    this.body = Objects.requireNonNull(body, "body == null");
    return self();
  }

  /** A footer, at most 60 characters. */
  public final B footer(String footer) {
    this.footer = Objects.requireNonNull(footer, "footer == null");
    return self();
  }

  /** The body, which is required. */
  final String requiredBody() {
    return Checks.required(body, "interactive.body.text");
  }

  final @Nullable String footer() {
    return footer;
  }

  /** An interactive builder that also takes a text, image, video or document header. */
  abstract static class WithHeader<B extends MessageBuilder<B, M>, M extends InteractiveMessage>
      extends InteractiveMessageBuilder<B, M> {

    private @Nullable InteractiveHeader header;

    WithHeader() {}

    /** A header: {@link InteractiveHeader#text}, {@code image}, {@code video} or {@code document}. */
    public final B header(InteractiveHeader header) {
      this.header = Objects.requireNonNull(header, "header == null");
      return self();
    }

    final @Nullable InteractiveHeader header() {
      return header;
    }
  }
}
