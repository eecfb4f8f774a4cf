package dev.wabasdk.webhook.internal;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.StatusUpdate;
import dev.wabasdk.webhook.AccountEvent;
import dev.wabasdk.webhook.AccountUpdate;
import dev.wabasdk.webhook.Call;
import dev.wabasdk.webhook.CallDirection;
import dev.wabasdk.webhook.CallEvent;
import dev.wabasdk.webhook.CallEventType;
import dev.wabasdk.webhook.CallStatus;
import dev.wabasdk.webhook.CoexistenceEvent;
import dev.wabasdk.webhook.MessageEcho;
import dev.wabasdk.webhook.UserIdUpdate;
import dev.wabasdk.webhook.BusinessCapabilityUpdate;
import dev.wabasdk.webhook.Conversation;
import dev.wabasdk.webhook.InboundButtonReplyMessage;
import dev.wabasdk.webhook.InboundCallPermissionReply;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundQuickReplyMessage;
import dev.wabasdk.webhook.InboundSystemMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.PhoneNumberEvent;
import dev.wabasdk.webhook.PhoneNumberQualityUpdate;
import dev.wabasdk.webhook.Pricing;
import dev.wabasdk.webhook.StandbyEvent;
import dev.wabasdk.webhook.StandbyMessage;
import dev.wabasdk.webhook.SystemMessageType;
import dev.wabasdk.webhook.TemplateCategoryUpdate;
import dev.wabasdk.webhook.TemplateEvent;
import dev.wabasdk.webhook.TemplateStatusUpdate;
import dev.wabasdk.webhook.UserPreferenceCategory;
import dev.wabasdk.webhook.UserPreferenceUpdate;
import dev.wabasdk.webhook.UserPreferenceValue;
import dev.wabasdk.webhook.WebhookError;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Records the facts in webhook events on a {@link PolicyEngine}. Exceptions (a failing store) propagate, so the
 * processor can answer 503 and Meta redelivers. Thread-safe when the engine is.
 */
public final class PolicyFeed implements WebhookListener {
  private static final Duration TEMPORARY_CALL_PERMISSION = Duration.ofDays(7);

  private final PolicyEngine engine;
  private final @Nullable String phoneNumberId;

  /**
   * @param engine the engine to record facts on
   * @param phoneNumberId the business phone number the engine decides for; messages and statuses of other numbers
   *     are not recorded (windows are per number). Null records every number's.
   */
  public PolicyFeed(PolicyEngine engine, @Nullable String phoneNumberId) {
    this.engine = Objects.requireNonNull(engine, "engine == null");
    this.phoneNumberId = phoneNumberId;
  }

  private boolean otherNumber(WebhookMetadata metadata) {
    return phoneNumberId != null && metadata.phoneNumberId() != null
        && !phoneNumberId.equals(metadata.phoneNumberId());
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    if (otherNumber(message.metadata())) {
      return;
    }
    String groupId = message.header().groupId();
    if (groupId != null) {
      // A participant's message opens the group's window (Groups API pricing), not one with the participant.
      if (!(message instanceof InboundSystemMessage)) {
        engine.recordGroupInbound(groupId, message.timestamp());
      }
      return;
    }
    if (message instanceof InboundSystemMessage system) {
      linkChangedIdentity(system); // Meta's notice, not a message from the user: it opens no window
      return;
    }
    Referral referral = message.referral();
    engine.recordInbound(
        message.from(), message.timestamp(), text(message), referral);
    if (message instanceof InboundCallPermissionReply reply) {
      recordCallPermission(reply);
    }
  }

  /** The user's answer to a call permission request: what business-initiated calls the engine then allows. */
  private void recordCallPermission(InboundCallPermissionReply reply) {
    if (reply.accepted()) {
      Instant expiration = reply.expiration();
      // Meta grants a temporary permission for 7 days; its webhook names the end, this covers one that does not.
      @Nullable Instant until = reply.isPermanent() ? null
          : expiration != null ? expiration : reply.timestamp().plus(TEMPORARY_CALL_PERMISSION);
      engine.recordCallPermission(reply.from(), until);
    } else if ("reject".equalsIgnoreCase(reply.response())) {
      engine.recordCallPermissionRevoked(reply.from());
    }
  }

  /** The words a user typed or tapped, so stop and start keywords (also on buttons) opt them out or in. */
  private static @Nullable String text(InboundMessage message) {
    if (message instanceof InboundTextMessage text) {
      return text.body();
    }
    if (message instanceof InboundQuickReplyMessage quickReply) {
      return quickReply.text();
    }
    if (message instanceof InboundButtonReplyMessage buttonReply) {
      return buttonReply.title();
    }
    return null;
  }

  private void linkChangedIdentity(InboundSystemMessage system) {
    WhatsAppUser from = system.from();
    if (from.waId() != null && from.userId() != null) {
      engine.recordUser(from);
    }
    SystemMessageType type = system.systemType();
    if (type == SystemMessageType.USER_CHANGED_USER_ID && system.newUserId() != null && from.waId() != null) {
      engine.recordUser(new WhatsAppUser(from.waId(), system.newUserId(), null, null));
    } else if ((type == SystemMessageType.USER_CHANGED_NUMBER || type == SystemMessageType.CUSTOMER_CHANGED_NUMBER)
        && system.newWaId() != null && from.userId() != null) {
      // The business-scoped user id survives a number change: the new number shares the user's state.
      engine.recordUser(new WhatsAppUser(system.newWaId(), from.userId(), null, null));
    }
  }

  @Override
  public void onMessageStatus(MessageStatus status) {
    WhatsAppUser recipient = status.recipient();
    if (recipient == null || status.groupId() != null || otherNumber(status.metadata())) {
      return;
    }
    Pricing pricing = status.pricing();
    Conversation conversation = status.conversation();
    Integer errorCode = null;
    for (WebhookError error : status.errors()) {
      if (error.code() != 0) {
        errorCode = error.code();
        break;
      }
    }
    engine.recordStatus(new StatusUpdate(
        recipient,
        status.status(),
        status.timestamp(),
        pricing == null ? null : pricing.type(),
        pricing == null ? null : pricing.category(),
        conversation == null ? null : conversation.expiration(),
        errorCode));
  }

  @Override
  public void onTemplateEvent(TemplateEvent event) {
    if (event instanceof TemplateStatusUpdate update) {
      String name = update.templateName();
      String language = update.language();
      if (name == null || language == null) {
        return;
      }
      engine.recordTemplateStatus(name, language, update.status());
      if (update.category() != null) {
        engine.recordTemplateCategory(name, language, update.category());
      }
    } else if (event instanceof TemplateCategoryUpdate update) {
      if (update.templateName() != null && update.language() != null && update.newCategory() != null) {
        engine.recordTemplateCategory(update.templateName(), update.language(), update.newCategory());
      }
    }
  }

  @Override
  public void onPhoneNumberEvent(PhoneNumberEvent event) {
    if (event instanceof PhoneNumberQualityUpdate update) {
      recordTier(update.messagingLimit());
    }
  }

  @Override
  public void onAccountEvent(AccountEvent event) {
    if (event instanceof BusinessCapabilityUpdate update) {
      recordTier(update.messagingLimit());
    } else if (event instanceof AccountUpdate update) {
      for (AccountUpdate.Restriction restriction : update.restrictions()) {
        if (restriction.type() != null && restriction.expiration() != null) {
          engine.recordRestriction(restriction.type(), restriction.expiration());
        }
      }
    }
  }

  private void recordTier(@Nullable MessagingLimitTier tier) {
    if (tier != null) {
      engine.recordTier(tier);
    }
  }

  @Override
  public void onCallEvent(CallEvent event) {
    // A user's call opens the customer service window like a message (Meta's pricing page); once, on connect.
    if (event instanceof Call call && call.userInitiated() && call.event() == CallEventType.CONNECT
        && call.user() != null && !otherNumber(call.metadata())) {
      engine.recordCall(call.user(), call.timestamp());
    }
    // A connected call resets Meta's call permission request limits; a business-initiated one counts toward the
    // daily connected-call limit. The business's call connects when the user answers (its connect webhook); a
    // user's call connected when it ends completed after some time.
    if (event instanceof Call call && call.user() != null && !otherNumber(call.metadata())) {
      // A call whose direction nothing tells is neither: it must not count against the business's limit.
      if (CallDirection.BUSINESS_INITIATED.equals(call.direction()) && call.event() == CallEventType.CONNECT) {
        engine.recordCallConnected(call.user(), call.timestamp(), true);
      } else if (call.userInitiated() && call.event() == CallEventType.TERMINATE
          && CallStatus.COMPLETED.equals(call.status()) && call.durationSeconds() != null && call.durationSeconds() > 0) {
        engine.recordCallConnected(call.user(), call.startTime() != null ? call.startTime() : call.timestamp(),
            false);
      }
    }
  }

  @Override
  public void onCoexistenceEvent(CoexistenceEvent event) {
    // A message sent from the WhatsApp Business app is a business message: it uses the pair rate, opens nothing.
    if (event instanceof MessageEcho echo && echo.to() != null && !otherNumber(echo.metadata())
        && !"edit".equals(echo.type()) && !"revoke".equals(echo.type())) {
      engine.recordEcho(echo.to(), echo.timestamp());
    }
  }

  @Override
  public void onStandbyEvent(StandbyEvent event) {
    // Another responder owns the thread, but the user did write to this business number: that opens the customer
    // service window of the pair (Meta's window is the number's, whoever answers), so a later pass or take to this
    // app finds it open. Only the window: the owner's echoes and statuses, the user's words (opt-out keywords are
    // the owner's to act on) and referrals are another responder's traffic, never this app's facts.
    if (event instanceof StandbyMessage standby && !otherNumber(standby.metadata())
        && standby.message().header().groupId() == null && !(standby.message() instanceof InboundSystemMessage)) {
      engine.recordInbound(standby.from(), standby.timestamp());
    }
  }

  @Override
  public void onUserIdUpdate(UserIdUpdate update) {
    engine.recordUser(update.user());
    String previous = update.previousUserId();
    if (previous != null && !previous.equals(update.currentUserId())) {
      engine.store().link(previous, update.currentUserId());
    }
  }

  @Override
  public void onUserPreferenceUpdate(UserPreferenceUpdate update) {
    if (update.category() != UserPreferenceCategory.MARKETING_MESSAGES) {
      return;
    }
    Instant at = update.timestamp() != null ? update.timestamp() : engine.clock().instant();
    if (update.value() == UserPreferenceValue.STOP) {
      engine.recordOptOut(update.user(), OptOut.MARKETING, at);
    } else if (update.value() == UserPreferenceValue.RESUME) {
      engine.recordUser(update.user());
      // Resuming marketing in WhatsApp's settings does not undo a stop-everything the user asked for elsewhere.
      if (engine.store().user(update.user().key()).optOut() == OptOut.MARKETING) {
        engine.recordOptIn(update.user(), at);
      }
    }
  }

  @Override
  public String toString() {
    return "PolicyFeed";
  }
}
