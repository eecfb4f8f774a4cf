package dev.wabasdk.webhook.internal;

import dev.wabasdk.cost.BilledPricing;
import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.Pricing;
import dev.wabasdk.webhook.WebhookListener;
import java.util.Objects;

/**
 * Records the {@code pricing} of status webhooks as billed on a {@link BillingReconciliation}, and {@code failed}
 * statuses as failed (not those of a group message: each participant's status carries the message's one id, and the
 * others may have received it). Thread-safe when the reconciliation is.
 */
public final class BillingFeed implements WebhookListener {
  private final BillingReconciliation reconciliation;

  public BillingFeed(BillingReconciliation reconciliation) {
    this.reconciliation = Objects.requireNonNull(reconciliation, "reconciliation == null");
  }

  @Override
  public void onMessageStatus(MessageStatus status) {
    Pricing pricing = status.pricing();
    BilledPricing billed = pricing == null ? null : pricing.toBilledPricing();
    if (billed != null) {
      reconciliation.recordBilled(status.id(), billed);
    } else if (status.status().isFailure() && status.groupId() == null) {
      reconciliation.recordFailed(status.id());
    }
  }

  @Override
  public String toString() {
    return "BillingFeed";
  }
}
