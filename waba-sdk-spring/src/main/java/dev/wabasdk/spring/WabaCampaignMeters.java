package dev.wabasdk.spring;

import dev.wabasdk.campaign.CampaignListener;
import dev.wabasdk.campaign.CampaignProgress;
import dev.wabasdk.campaign.SendState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Micrometer meters for campaigns, as a {@link CampaignListener}: auto-configured next to the send meters when
 * Micrometer and a {@code MeterRegistry} bean are present. Give it to each runner:
 * {@code CampaignRunner.builder(whatsApp).listener(campaignMeters)}.
 * <ul>
 *   <li>{@code waba.campaign.sends} (counter; {@code campaign}, {@code outcome} = {@code sent} (Meta answered with
 *       a wamid), {@code failed} (Meta refused it), {@code refused} (the policy engine refused it or the number is
 *       invalid: nothing sent) or {@code unknown} (no answer; a status webhook resolves it later)), one per send
 *       attempt made by this instance, so the sum over instances is the campaign's total;
 *   <li>{@code waba.campaign.progress} (gauge, 0 to 1; {@code campaign}): recipients done over recipients queued,
 *       from the shared outbox (every instance reports the same value);
 *   <li>{@code waba.campaign.statuses} (gauge; {@code campaign}, {@code status} = {@code sent}, {@code delivered},
 *       {@code read}, {@code failed}): recipients whose status webhooks reached that status;
 *   <li>{@code waba.campaign.cost} (gauge; {@code campaign}, {@code currency}): the actual cost so far, from the
 *       {@code pricing} of status webhooks.
 * </ul>
 * The gauges follow the progress the runner reports about once a second. Thread-safe.
 */
public final class WabaCampaignMeters implements CampaignListener {
  private static final String[] STATUSES = {"sent", "delivered", "read", "failed"};

  private final MeterRegistry registry;
  /** The last progress per campaign: strong references, so the gauges' state lives as long as this bean. */
  private final Map<String, Latest> latest = new ConcurrentHashMap<>();
  private final Map<String, Boolean> costGauges = new ConcurrentHashMap<>();

  public WabaCampaignMeters(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void onSendResult(String campaignId, SendState state, String detail) {
    String outcome = switch (state) {
      case ACCEPTED -> "sent";
      case FAILED -> "failed";
      case SKIPPED -> "refused";
      default -> "unknown";
    };
    Counter.builder("waba.campaign.sends")
        .description("Campaign send attempts made by this instance, by outcome")
        .tag("campaign", campaignId)
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  @Override
  public void onProgress(CampaignProgress progress) {
    String id = progress.campaignId();
    Latest ref = latest.computeIfAbsent(id, k -> {
      Latest r = new Latest(progress);
      Gauge.builder("waba.campaign.progress", r, WabaCampaignMeters::fraction)
          .description("Campaign recipients done over recipients queued")
          .tag("campaign", k)
          .register(registry);
      for (String status : STATUSES) {
        Gauge.builder("waba.campaign.statuses", r, p -> p.progress.statusCount(status))
            .description("Campaign recipients whose status webhooks reached a status")
            .tag("campaign", k)
            .tag("status", status)
            .register(registry);
      }
      return r;
    });
    ref.progress = progress;
    for (String key : progress.counters().keySet()) {
      if (key.startsWith("cost_micros:") && costGauges.putIfAbsent(id + "|" + key, Boolean.TRUE) == null) {
        String currency = key.substring("cost_micros:".length());
        Gauge.builder("waba.campaign.cost", ref, p -> BigDecimal.valueOf(p.progress.counters().getOrDefault(key, 0L))
                .movePointLeft(6).doubleValue())
            .description("Campaign cost so far, from the pricing of status webhooks")
            .tag("campaign", id)
            .tag("currency", currency.toUpperCase(Locale.ROOT))
            .register(registry);
      }
    }
  }

  private static double fraction(Latest ref) {
    CampaignProgress p = ref.progress;
    return p.queued() == 0 ? 0 : Math.min(1.0, (double) p.done() / p.queued());
  }

  /** The last progress of one campaign, read by its gauges. */
  private static final class Latest {
    volatile CampaignProgress progress;

    Latest(CampaignProgress progress) {
      this.progress = progress;
    }
  }

  @Override
  public String toString() {
    return "WabaCampaignMeters";
  }
}
