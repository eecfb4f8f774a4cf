package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A system notification about the user ({@code type: system}): the user changed their number or user id, or
 * their identity (security code) changed. Immutable and thread-safe.
 *
 * @param header the sender (the user's previous identity), id and timestamp
 * @param body the human-readable text, e.g. "User A changed from 1650... to 1650..."
 * @param systemType the kind of change ({@code system.type}); a value this SDK does not know keeps Meta's string
 *     ({@link SystemMessageType#isKnown()} is false)
 * @param newWaId the user's new {@code wa_id} ({@code system.wa_id} or {@code new_wa_id}), when given
 * @param newUserId the user's new BSUID ({@code system.user_id}), when given
 * @param customer {@code system.customer}, when given
 * @param previousUserId the user's previous BSUID ({@code system.previous_user_id}), when given
 * @param identity the user's new identity ({@code identity}, for {@code customer_identity_changed}), when given
 */
public record InboundSystemMessage(
    MessageHeader header,
    @Nullable String body,
    SystemMessageType systemType,
    @Nullable String newWaId,
    @Nullable String newUserId,
    @Nullable String customer,
    @Nullable String previousUserId,
    @Nullable Identity identity)
    implements InboundMessage {

  public InboundSystemMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(systemType, "systemType == null");
  }

  /**
   * The user's identity (security code) as Meta reports it ({@code identity}).
   *
   * @param acknowledged whether the business acknowledged it ({@code acknowledged}), when Meta said
   * @param createdAt when it was created ({@code created_timestamp}), when valid
   * @param hash the identity hash ({@code hash}), to check before sending
   */
  public record Identity(@Nullable Boolean acknowledged, @Nullable Instant createdAt, @Nullable String hash) {}

  @Override
  public String type() {
    return "system";
  }
}
