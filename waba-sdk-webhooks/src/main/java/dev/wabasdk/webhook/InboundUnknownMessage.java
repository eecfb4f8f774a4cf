package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound message of a type (or interactive reply type) this SDK does not know yet, e.g. {@code edit},
 * {@code revoke} or {@code call_permission_reply}, or of a known type whose content is missing a required part
 * (e.g. a {@code text} message without {@code text.body}). Read it from {@link #raw()}. It still counts as a
 * message from the user. Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and raw JSON
 * @param type Meta's {@code type}; for an unknown interactive reply, {@code interactive}
 */
public record InboundUnknownMessage(MessageHeader header, String type) implements InboundMessage {

  public InboundUnknownMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(type, "type == null");
  }
}
