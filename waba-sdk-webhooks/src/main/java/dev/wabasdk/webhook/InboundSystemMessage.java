package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A system notification about the user ({@code type: system}): the user changed their number or user id, or
 * their identity (security code) changed.
 *
 * @param header the sender (the user's previous identity), id and timestamp
 * @param body the human-readable text, e.g. "User A changed from 1650... to 1650..."
 * @param systemType the kind of change; {@link SystemMessageType#UNKNOWN} for a value this SDK does not know
 * @param rawSystemType {@code system.type} as Meta sent it
 * @param newWaId the user's new {@code wa_id} ({@code system.wa_id} or {@code new_wa_id}), when given
 * @param newUserId the user's new BSUID ({@code system.user_id}), when given
 * @param customer {@code system.customer}, when given
 */
public record InboundSystemMessage(
    MessageHeader header,
    @Nullable String body,
    SystemMessageType systemType,
    String rawSystemType,
    @Nullable String newWaId,
    @Nullable String newUserId,
    @Nullable String customer)
    implements InboundMessage {

  public InboundSystemMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(systemType, "systemType == null");
    Objects.requireNonNull(rawSystemType, "rawSystemType == null");
  }

  @Override
  public String type() {
    return "system";
  }
}
