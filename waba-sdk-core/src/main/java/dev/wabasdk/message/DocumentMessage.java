package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document message ({@code "type": "document"}): PDF, Office files or plain text, at most 100 MB.
 *
 * @param recipient who it goes to
 * @param media {@code document.id} or {@code document.link}
 * @param caption {@code document.caption}, at most 1,024 characters
 * @param filename {@code document.filename}: the name (and extension) the user sees
 * @param envelope reply context, callback data and extra fields
 */
public record DocumentMessage(
    Recipient recipient, MediaSource media, @Nullable String caption, @Nullable String filename, Envelope envelope)
    implements MediaMessage {

  public DocumentMessage {
    Checks.required(recipient, "to");
    Checks.required(media, "document");
    Checks.optionalText(caption, "document.caption", MAX_CAPTION_LENGTH);
    Checks.optionalText(filename, "document.filename", Integer.MAX_VALUE);
    Checks.required(envelope, "envelope");
  }

  /** A builder for a document message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentMessage}. */
  public static final class Builder extends MessageBuilder<Builder, DocumentMessage> {
    private @Nullable MediaSource media;
    private @Nullable String caption;
    private @Nullable String filename;

    Builder() {}

    /** <strong>Required.</strong> The file: {@link MediaSource#id(String)} or {@link MediaSource#link(String)}. */
    public Builder media(MediaSource media) {
      this.media = Objects.requireNonNull(media, "media == null");
      return this;
    }

    /** A caption shown under the document, at most 1,024 characters. */
    public Builder caption(String caption) {
      this.caption = Objects.requireNonNull(caption, "caption == null");
      return this;
    }

    /** The file name the user sees, e.g. {@code invoice.pdf}. */
    public Builder filename(String filename) {
      this.filename = Objects.requireNonNull(filename, "filename == null");
      return this;
    }

    @Override
    public DocumentMessage build() {
      return new DocumentMessage(recipient(), Checks.required(media, "document"), caption, filename, envelope());
    }
  }
}
