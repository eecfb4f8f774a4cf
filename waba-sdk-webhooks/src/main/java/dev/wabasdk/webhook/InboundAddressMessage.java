package dev.wabasdk.webhook;

import dev.wabasdk.message.AddressValues;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user submitted their address in answer to an address message (India: {@code interactive.type: nfm_reply}
 * with {@code nfm_reply.name: address_message}); {@code header().context()} names the address message it answers.
 * The user either picked one of the saved addresses the business offered ({@link #savedAddressId()}) or typed one
 * in. Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context (the wamid of the address message)
 * @param body the address as WhatsApp wrote it for the chat ({@code nfm_reply.body}), one field a line
 * @param savedAddressId the {@code id} of the saved address the user picked ({@code response_json.saved_address_id}),
 *     null when they typed an address in
 * @param values the fields the user submitted ({@code response_json.values}), any subset;
 *     {@link AddressValues#EMPTY} when Meta sent none
 * @param responseJson the {@code response_json} as Meta sent it, a JSON string, for fields Meta may add
 */
public record InboundAddressMessage(
    MessageHeader header,
    @Nullable String body,
    @Nullable String savedAddressId,
    AddressValues values,
    String responseJson)
    implements InboundMessage {

  public InboundAddressMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(values, "values == null");
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
