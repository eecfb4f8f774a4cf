package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contact cards the user shared ({@code type: contacts}), also the answer to a {@code REQUEST_CONTACT_INFO} button.
 * Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param contacts the shared contact cards
 * @param origin Meta's {@code origin} (2026), e.g. {@code contact_request} when the user answered a request for
 *     their contact information; null when absent
 */
public record InboundContactsMessage(
    MessageHeader header,
    List<SharedContact> contacts,
    @Nullable String origin)
    implements InboundMessage {

  public InboundContactsMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(contacts, "contacts == null");
    contacts = List.copyOf(contacts);
  }

  @Override
  public String type() {
    return "contacts";
  }
}
