package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the media message builders share: the file, and for image, video and document the caption. Package-private
 * so that the public builders stay the only names users see.
 */
abstract class MediaMessageBuilder<B extends MessageBuilder<B, M>, M extends MediaMessage>
    extends MessageBuilder<B, M> {

  private @Nullable MediaSource media;

  MediaMessageBuilder() {}

  /** <strong>Required.</strong> The file: {@link MediaSource#id(String)} or {@link MediaSource#link(String)}. */
  public final B media(MediaSource media) {
    this.media = Objects.requireNonNull(media, "media == null");
    return self();
  }

  /** The file, which is required: {@code type} names the message's type object in the error. */
  final MediaSource requiredMedia(String type) {
    return Checks.required(media, type);
  }

  /** A media builder that also takes a caption (image, video and document). */
  abstract static class Captioned<B extends MessageBuilder<B, M>, M extends MediaMessage>
      extends MediaMessageBuilder<B, M> {

    private @Nullable String caption;

    Captioned() {}

    /** A caption shown under the file, at most 1,024 characters. */
    public final B caption(String caption) {
      this.caption = Objects.requireNonNull(caption, "caption == null");
      return self();
    }

    final @Nullable String caption() {
      return caption;
    }
  }
}
