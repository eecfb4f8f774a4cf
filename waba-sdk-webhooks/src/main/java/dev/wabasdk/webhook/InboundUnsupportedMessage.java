package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message type Cloud API does not support ({@code type: unsupported}, e.g. a poll); {@code errors()} usually
 * holds error 131051. Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and errors
 * @param unsupportedType {@code unsupported.type}, e.g. {@code poll} or {@code edit}, when Meta sent it
 */
public record InboundUnsupportedMessage(
    MessageHeader header,
    @Nullable String unsupportedType)
    implements InboundMessage {

  public InboundUnsupportedMessage {
    Objects.requireNonNull(header, "header == null");
  }

  @Override
  public String type() {
    return "unsupported";
  }
}
