package dev.wabasdk.message;

import org.jspecify.annotations.Nullable;

/**
 * The header of an interactive message: text (at most 60 characters), an image, a video or a document. Every implementation is an immutable, thread-safe record.
 */
public sealed interface InteractiveHeader
    permits InteractiveHeader.Text, InteractiveHeader.Image, InteractiveHeader.Video, InteractiveHeader.Document {

  /** A text header, at most 60 characters. */
  static Text text(String text) {
    return new Text(text);
  }

  /** An image header. */
  static Image image(MediaSource media) {
    return new Image(media);
  }

  /** A video header. */
  static Video video(MediaSource media) {
    return new Video(media);
  }

  /** A document header. */
  static Document document(MediaSource media) {
    return new Document(media, null);
  }

  /** A document header with the file name the user sees. */
  static Document document(MediaSource media, String filename) {
    return new Document(media, filename);
  }

  /**
   * {@code "type": "text"}.
   *
   * @param text {@code header.text}
   */
  record Text(String text) implements InteractiveHeader {
    public Text {
      Checks.required(text, "header.text");
    }
  }

  /**
   * {@code "type": "image"}.
   *
   * @param media {@code header.image}
   */
  record Image(MediaSource media) implements InteractiveHeader {
    public Image {
      Checks.required(media, "header.image");
    }
  }

  /**
   * {@code "type": "video"}.
   *
   * @param media {@code header.video}
   */
  record Video(MediaSource media) implements InteractiveHeader {
    public Video {
      Checks.required(media, "header.video");
    }
  }

  /**
   * {@code "type": "document"}.
   *
   * @param media {@code header.document}
   * @param filename {@code header.document.filename}
   */
  record Document(MediaSource media, @Nullable String filename) implements InteractiveHeader {
    public Document {
      Checks.required(media, "header.document");
    }
  }
}
