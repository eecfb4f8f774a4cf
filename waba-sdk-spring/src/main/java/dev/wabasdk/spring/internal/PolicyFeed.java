package dev.wabasdk.spring.internal;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Referral;
import dev.wabasdk.policy.StatusUpdate;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.TemplateEvent;
import dev.wabasdk.webhook.TemplateStatusUpdate;
import dev.wabasdk.webhook.UserPreferenceUpdate;
import dev.wabasdk.webhook.UserPreferenceValue;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookMetadata;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Teaches the policy engine what webhooks say: inbound messages open the customer service window (and may carry a
 * referral or a stop keyword), statuses carry pricing and errors, user preferences opt users out or back in, and
 * template status updates. Events for another business phone number than the client's are ignored.
 */
public final class PolicyFeed implements WebhookListener {
  private final PolicyEngine engine;
  private final @Nullable String phoneNumberId;

  /**
   * @param engine the engine to record facts in
   * @param phoneNumberId the client's phone number id, or null to take events of every number
   */
  public PolicyFeed(PolicyEngine engine, @Nullable String phoneNumberId) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.phoneNumberId = phoneNumberId;
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    if (!ours(message.metadata())) {
      return;
    }
    dev.wabasdk.webhook.Referral r = message.referral();
    Referral referral = r == null ? null : new Referral(r.sourceType(), r.sourceId());
    String text = message instanceof InboundTextMessage t ? t.body() : null;
    engine.recordInbound(message.from(), message.timestamp(), text, referral);
  }

  @Override
  public void onMessageStatus(MessageStatus status) {
    WhatsAppUser recipient = status.recipient();
    if (recipient == null || !ours(status.metadata())) {
      return;
    }
    engine.recordStatus(new StatusUpdate(recipient, status.rawStatus(), status.timestamp(),
        status.pricing() == null ? null : status.pricing().rawType(),
        status.pricing() == null || status.pricing().category() == null ? null
            : status.pricing().category().value(),
        status.conversation() == null ? null : status.conversation().expiration(),
        status.errors().isEmpty() ? null : status.errors().get(0).code()));
  }

  @Override
  public void onUserPreferenceUpdate(UserPreferenceUpdate update) {
    if (!ours(update.metadata())) {
      return;
    }
    Instant at = update.timestamp() != null ? update.timestamp() : engine.clock().instant();
    if (update.value() == UserPreferenceValue.STOP) {
      engine.recordOptOut(update.user(), OptOut.MARKETING, at);
    } else if (update.value() == UserPreferenceValue.RESUME) {
      engine.recordOptIn(update.user(), at);
    }
  }

  @Override
  public void onTemplateEvent(TemplateEvent event) {
    if (event instanceof TemplateStatusUpdate update && update.templateName() != null && update.language() != null) {
      engine.recordTemplateStatus(update.templateName(), update.language(), TemplateStatus.of(update.rawStatus()));
    }
  }

  private boolean ours(WebhookMetadata metadata) {
    return phoneNumberId == null || metadata.phoneNumberId() == null || phoneNumberId.equals(metadata.phoneNumberId());
  }

  @Override
  public String toString() {
    return "PolicyFeed{phoneNumberId=" + phoneNumberId + "}";
  }
}
