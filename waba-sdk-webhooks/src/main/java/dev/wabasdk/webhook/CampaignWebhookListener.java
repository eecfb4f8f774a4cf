package dev.wabasdk.webhook;

import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignStatusUpdate;
import dev.wabasdk.campaign.StopReason;
import dev.wabasdk.template.TemplateStatus;
import java.util.Objects;

/**
 * Feeds a {@link CampaignRunner} from webhooks, so its campaigns track statuses and stop by themselves when Meta
 * signals trouble:
 * <ul>
 *   <li>every message status goes to {@link CampaignRunner#recordStatus} (statuses of other messages are ignored
 *       there): unknown outcomes are resolved, delivered/read/failed counted, the actual cost summed;
 *   <li>{@code phone_number_quality_update} with {@code DOWNGRADE} or {@code FLAGGED} stops every running campaign
 *       with {@link StopReason#QUALITY_DROP};
 *   <li>{@code account_update} with {@code ACCOUNT_RESTRICTION}, {@code ACCOUNT_VIOLATION} or
 *       {@code DISABLED_UPDATE} stops them with {@link StopReason#ACCOUNT_RESTRICTED};
 *   <li>{@code message_template_status_update} to {@code PAUSED} or {@code DISABLED} stops the campaigns sending
 *       that template with {@link StopReason#TEMPLATE_PAUSED}.
 * </ul>
 * A stop is shared through the outbox, so every instance stops; {@code run.resume()} continues. Add it with
 * {@code WebhookProcessor.builder().listener(new CampaignWebhookListener(runner))}. Thread-safe.
 */
public final class CampaignWebhookListener implements WebhookListener {
  private final CampaignRunner runner;

  public CampaignWebhookListener(CampaignRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  @Override
  public void onMessageStatus(MessageStatus s) {
    var pricing = s.pricing();
    runner.recordStatus(CampaignStatusUpdate.of(s.bizOpaqueCallbackData(), s.id(), s.status(), s.timestamp(),
        s.errors().isEmpty() ? null : s.errors().get(0).code(), pricing == null ? null : pricing.toBilledPricing()));
  }

  @Override
  public void onPhoneNumberEvent(PhoneNumberEvent event) {
    if (event instanceof PhoneNumberQualityUpdate q && (PhoneNumberQualityEvent.DOWNGRADE.equals(q.event())
        || PhoneNumberQualityEvent.FLAGGED.equals(q.event()))) {
      runner.stopAll(StopReason.QUALITY_DROP, "phone_number_quality_update " + q.event().value() + " for "
          + q.displayPhoneNumber());
    }
  }

  @Override
  public void onAccountEvent(AccountEvent event) {
    if (event instanceof AccountUpdate a && (AccountUpdateType.ACCOUNT_RESTRICTION.equals(a.event())
        || AccountUpdateType.ACCOUNT_VIOLATION.equals(a.event())
        || AccountUpdateType.DISABLED_UPDATE.equals(a.event()))) {
      runner.stopAll(StopReason.ACCOUNT_RESTRICTED, "account_update " + a.event().value());
    }
  }

  @Override
  public void onTemplateEvent(TemplateEvent event) {
    if (!(event instanceof TemplateStatusUpdate t)) {
      return;
    }
    String name = t.templateName();
    if (name != null && (TemplateStatus.PAUSED.equals(t.status()) || TemplateStatus.DISABLED.equals(t.status()))) {
      String title = t.otherInfoTitle();
      runner.stopTemplate(name, t.language(), StopReason.TEMPLATE_PAUSED,
          "message_template_status_update " + t.status().value() + (title == null ? "" : " (" + title + ")"));
    }
  }

  @Override
  public String toString() {
    return "CampaignWebhookListener{" + runner + "}";
  }
}
