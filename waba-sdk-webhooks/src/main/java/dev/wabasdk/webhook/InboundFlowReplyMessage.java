package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user completed a WhatsApp Flow ({@code interactive.type: nfm_reply}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context (the wamid of the flow message)
 * @param name the reply name, {@code flow}
 * @param body the reply body, e.g. {@code Sent}
 * @param responseJson the flow's {@code response_json}, a JSON string with the submitted data and flow token
 */
public record InboundFlowReplyMessage(
    MessageHeader header, @Nullable String name, @Nullable String body, String responseJson)
    implements InboundMessage {

  public InboundFlowReplyMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(responseJson, "responseJson == null");
  }

  @Override
  public String type() {
    return "interactive";
  }

  /** The parsed {@link #responseJson()}, or null when it is not a JSON object. */
  public @Nullable RawJson response() {
    return RawJson.parseOrNull(responseJson);
  }
}
