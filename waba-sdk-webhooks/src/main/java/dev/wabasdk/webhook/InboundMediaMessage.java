package dev.wabasdk.webhook;

/**
 * An inbound message carrying a media file: image, video, audio, document or sticker. Implementations are immutable
 * and thread-safe.
 */
public sealed interface InboundMediaMessage extends InboundMessage
    permits InboundImageMessage,
        InboundVideoMessage,
        InboundAudioMessage,
        InboundDocumentMessage,
        InboundStickerMessage {

  /** The media id, MIME type, SHA-256 and caption. */
  InboundMedia media();
}
