package dev.wabasdk.webhook;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives webhook events. Override the methods for the families you care about; all default to doing nothing.
 * {@link #onEvent} routes each event to its family method; override it to see every event first (and call
 * {@code WebhookListener.super.onEvent(event)} to keep the routing).
 *
 * <p>Listeners run on the thread that called {@link WebhookProcessor#handle} (or on the processor's executor,
 * when one is set) and must be thread-safe when the processor is shared. An exception thrown by a listener is
 * caught, logged with the event id and passed to the {@link WebhookErrorHandler}; other listeners still run and
 * Meta still gets 200.
 */
public interface WebhookListener {

  /**
   * A listener that only receives events of one type, e.g. {@code WebhookListener.of(InboundTextMessage.class,
   * m -> reply(m))}.
   */
  static <E extends WebhookEvent> WebhookListener of(Class<E> type, Consumer<? super E> handler) {
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(handler, "handler == null");
    return new WebhookListener() {
      @Override
      public void onEvent(WebhookEvent event) {
        if (type.isInstance(event)) {
          handler.accept(type.cast(event));
        }
      }

      @Override
      public String toString() {
        return "WebhookListener.of(" + type.getSimpleName() + ")";
      }
    };
  }

  /** Called for every event; routes it to the family method. */
  default void onEvent(WebhookEvent event) {
    if (event instanceof InboundMessage message) {
      onInboundMessage(message);
    } else if (event instanceof MessageStatus status) {
      onMessageStatus(status);
    } else if (event instanceof PaymentStatusUpdate payment) {
      onPaymentStatusUpdate(payment);
    } else if (event instanceof ApiErrorEvent error) {
      onApiError(error);
    } else if (event instanceof TemplateEvent template) {
      onTemplateEvent(template);
    } else if (event instanceof PhoneNumberEvent phoneNumber) {
      onPhoneNumberEvent(phoneNumber);
    } else if (event instanceof AccountEvent account) {
      onAccountEvent(account);
    } else if (event instanceof UserPreferenceUpdate preference) {
      onUserPreferenceUpdate(preference);
    } else if (event instanceof UserIdUpdate update) {
      onUserIdUpdate(update);
    } else if (event instanceof CallEvent call) {
      onCallEvent(call);
    } else if (event instanceof CoexistenceEvent coexistence) {
      onCoexistenceEvent(coexistence);
    } else if (event instanceof GroupEvent group) {
      onGroupEvent(group);
    } else if (event instanceof MarketingEvent marketing) {
      onMarketingEvent(marketing);
    } else if (event instanceof HandoverEvent handover) {
      onHandoverEvent(handover);
    } else if (event instanceof StandbyEvent standby) {
      onStandbyEvent(standby);
    } else if (event instanceof UnknownEvent unknown) {
      onUnknownEvent(unknown);
    }
  }

  /** A user sent a message (any type, including {@link InboundUnknownMessage}). */
  default void onInboundMessage(InboundMessage message) {}

  /** A message the business sent changed status. */
  default void onMessageStatus(MessageStatus status) {}

  /**
   * The payment of an order changed (Payments API India: captured, or attempted without success yet). Confirm it
   * with the payment look-up before fulfilling the order, as Meta advises.
   */
  default void onPaymentStatusUpdate(PaymentStatusUpdate update) {}

  /** Meta reported asynchronous API errors. */
  default void onApiError(ApiErrorEvent error) {}

  /** A template's status, quality, category or components changed. */
  default void onTemplateEvent(TemplateEvent event) {}

  /** A business phone number's quality, messaging limit or display name changed. */
  default void onPhoneNumberEvent(PhoneNumberEvent event) {}

  /** The business account changed or was alerted on. */
  default void onAccountEvent(AccountEvent event) {}

  /** A user stopped or resumed a category of messages (e.g. marketing opt-out). */
  default void onUserPreferenceUpdate(UserPreferenceUpdate update) {}

  /** A user's business-scoped user id changed. */
  default void onUserIdUpdate(UserIdUpdate update) {}

  /** A call was set up, ended or changed state (Calling API). */
  default void onCallEvent(CallEvent event) {}

  /** The business sent a message from the WhatsApp Business app, or the app synchronised contacts. */
  default void onCoexistenceEvent(CoexistenceEvent event) {}

  /** A group was created or deleted, its participants or settings changed, or it was suspended (Groups API). */
  default void onGroupEvent(GroupEvent event) {}

  /** Meta detected a purchase or lead from a click-to-WhatsApp ad, or a user clicked a marketing message. */
  default void onMarketingEvent(MarketingEvent event) {}

  /**
   * Conversation Routing passed a thread to you ({@link ControlPassed}: you own it now) or the escalation partner
   * took it from you ({@link ControlTaken}: stop answering). Meta has no endpoint reporting a thread's owner: track
   * it from these, from {@code messages} (yours) and from standby events (another responder's).
   */
  default void onHandoverEvent(HandoverEvent event) {}

  /**
   * A copy of a thread another responder owns: the user's message, the owner's reply or its status. Passive
   * context: never answer a {@link StandbyMessage}.
   */
  default void onStandbyEvent(StandbyEvent event) {}

  /** A notification this SDK does not model yet. */
  default void onUnknownEvent(UnknownEvent event) {}
}
