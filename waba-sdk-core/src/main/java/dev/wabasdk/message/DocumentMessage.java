package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document message ({@code "type": "document"}): PDF, Office files or plain text, at most 100 MB.
 * Immutable and thread-safe.
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
    Checks.captionedMedia(recipient, media, caption, envelope, "document");
    Checks.optionalText(filename, "document.filename", Integer.MAX_VALUE);
  }

  /** A builder for a document message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DocumentMessage}. */
  public static final class Builder extends MediaMessageBuilder.Captioned<Builder, DocumentMessage> {
    private @Nullable String filename;

    Builder() {}

    /** The file name the user sees, e.g. {@code invoice.pdf}. */
    public Builder filename(String filename) {
      this.filename = Objects.requireNonNull(filename, "filename == null");
      return this;
    }

    @Override
    public DocumentMessage build() {
      return new DocumentMessage(recipient(), requiredMedia("document"), caption(), filename, envelope());
    }
  }
}
