package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An inbound document ({@code type: document}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param media the document's id, MIME type, SHA-256 and caption
 * @param filename the file name, when Meta sent it
 */
public record InboundDocumentMessage(
    MessageHeader header,
    InboundMedia media,
    @Nullable String filename)
    implements InboundMediaMessage {

  public InboundDocumentMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(media, "media == null");
  }

  @Override
  public String type() {
    return "document";
  }
}
