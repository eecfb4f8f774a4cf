package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * One notification from Meta, typed. A webhook POST can carry several entries, changes, messages and statuses;
 * each becomes its own event, in payload order. Thread-safe: every implementation is immutable.
 *
 * <p>Families: {@link InboundMessage} (a user wrote to the business), {@link MessageStatus} (what happened to a
 * message the business sent: never an inbound message), {@link PaymentStatusUpdate} (where the payment of an order
 * stands: a status with {@code type: payment}, never a {@link MessageStatus}), {@link ApiErrorEvent},
 * {@link TemplateEvent}, {@link PhoneNumberEvent}, {@link AccountEvent}, {@link UserPreferenceUpdate},
 * {@link UserIdUpdate}, {@link CallEvent} (Calling API), {@link CoexistenceEvent} (WhatsApp Business app echoes and
 * contacts), {@link GroupEvent} (Groups API), {@link MarketingEvent} (ad conversions and marketing message clicks),
 * {@link HandoverEvent} (Conversation Routing passed a thread to you or took it from you), {@link StandbyEvent}
 * (copies of a thread another responder owns: never to be answered, never an inbound message or a message status),
 * and {@link UnknownEvent} for anything this SDK does not model yet. All events are immutable records and safe to
 * share between threads.
 */
public sealed interface WebhookEvent
    permits InboundMessage,
        MessageStatus,
        PaymentStatusUpdate,
        ApiErrorEvent,
        TemplateEvent,
        PhoneNumberEvent,
        AccountEvent,
        UserPreferenceUpdate,
        UserIdUpdate,
        CallEvent,
        CoexistenceEvent,
        GroupEvent,
        MarketingEvent,
        HandoverEvent,
        StandbyEvent,
        UnknownEvent {

  /**
   * A stable key for this event, identical when Meta redelivers the same notification: {@code message:<wamid>}
   * for inbound messages, {@code status:<wamid>:<status>} for statuses, {@code payment:<id>:<status>:...} for payment
   * statuses (see {@link PaymentStatusUpdate#eventId()}), {@code standby:message:<wamid>}, {@code standby:echo:<wamid>}
   * and {@code standby:status:<wamid>:<status>} for standby copies, a content hash for the other fields.
   * Used for de-duplication and in logs.
   */
  String eventId();

  /** The WhatsApp Business Account id ({@code entry[].id}), when Meta sent it. */
  @Nullable String businessAccountId();

  /** The JSON object this event was parsed from (the message, status, or change {@code value}). */
  RawJson raw();
}
