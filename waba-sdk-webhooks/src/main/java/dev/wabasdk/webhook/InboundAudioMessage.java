package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound audio file or voice note ({@code type: audio}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param media the audio's id, MIME type and SHA-256
 * @param voice whether it is a voice note recorded in WhatsApp
 */
public record InboundAudioMessage(
    MessageHeader header,
    InboundMedia media,
    boolean voice)
    implements InboundMediaMessage {

  public InboundAudioMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(media, "media == null");
  }

  @Override
  public String type() {
    return "audio";
  }
}
