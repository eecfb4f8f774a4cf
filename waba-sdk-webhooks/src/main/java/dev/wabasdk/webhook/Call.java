package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call was set up or ended ({@code calls[]} of the {@code calls} field). A {@link CallDirection#USER_INITIATED}
 * call opens the customer service window with the caller. Immutable and thread-safe.
 *
 * @param callId the call id ({@code wacid...})
 * @param event {@link CallEventType#CONNECT} or {@link CallEventType#TERMINATE}; an unknown value keeps Meta's string
 * @param direction who called: Meta's {@code direction}, or, when Meta leaves it out (as in its user-initiated
 *     Call Connect example), inferred: on {@code connect} an SDP {@code offer} is the user's call and an
 *     {@code answer} the business's; otherwise {@code to} equal to the business's display number is the user's
 *     call and {@code from} equal to it the business's; null when neither tells
 * @param user the WhatsApp user: the caller of a user-initiated call, the callee of a business-initiated one
 *     ({@code from}/{@code to} with {@code from_user_id}/{@code to_user_id} and their parent ids, and the contact;
 *     when that side holds the business's display number and the other does not, the other side)
 * @param profileName the user's profile name, when Meta sent {@code contacts}
 * @param from {@code from} as Meta sent it (a phone number, absent for a username-only user)
 * @param to {@code to} as Meta sent it
 * @param timestamp when the event happened
 * @param session the SDP offer or answer ({@code session}), on {@code connect}
 * @param status how the call ended ({@code status} on {@code terminate}), else null
 * @param startTime when the call was answered ({@code start_time}), on {@code terminate}
 * @param endTime when the call ended ({@code end_time}), on {@code terminate}
 * @param durationSeconds the call's length ({@code duration}), on {@code terminate}
 * @param bizOpaqueCallbackData what the business attached when it started the call, else null
 * @param errors why the call failed, when it did: the call's own {@code errors}, then those Meta puts beside
 *     {@code calls} in the change's {@code value} (as its Call terminate example does)
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the call object as Meta sent it
 */
public record Call(
    String callId,
    CallEventType event,
    @Nullable CallDirection direction,
    @Nullable WhatsAppUser user,
    @Nullable String profileName,
    @Nullable String from,
    @Nullable String to,
    Instant timestamp,
    @Nullable CallSession session,
    @Nullable CallStatus status,
    @Nullable Instant startTime,
    @Nullable Instant endTime,
    @Nullable Integer durationSeconds,
    @Nullable String bizOpaqueCallbackData,
    List<WebhookError> errors,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements CallEvent {

  public Call {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors == null"));
  }

  /** Whether a WhatsApp user called the business. */
  public boolean userInitiated() {
    return direction == CallDirection.USER_INITIATED;
  }

  /** {@code call:<wacid>:<event>}. */
  @Override
  public String eventId() {
    return "call:" + callId + ":" + event.value().toLowerCase(Locale.ROOT);
  }
}
