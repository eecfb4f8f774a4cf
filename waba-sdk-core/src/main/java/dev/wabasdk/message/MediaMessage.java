package dev.wabasdk.message;

/**
 * A message that carries one media file: image, video, audio, document or sticker. Every implementation is an immutable, thread-safe record.
 */
public sealed interface MediaMessage extends Message
    permits ImageMessage, VideoMessage, AudioMessage, DocumentMessage, StickerMessage {

  /** Meta's limit on {@code caption} (image, video and document only). */
  int MAX_CAPTION_LENGTH = 1024;

  /** The file: an uploaded media id or a link. */
  MediaSource media();
}
