package dev.wabasdk.campaign;

import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign would do if started now, computed without sending anything: the policy engine's refusals by
 * reason, the fit in the messaging limit, the expected cost per market and the fit in the budget. Immutable and
 * thread-safe.
 *
 * @param campaignId the campaign
 * @param evaluatedAt when it was computed
 * @param recipients rows the source returned
 * @param sendable recipients the policy engine allows (or would allow once the messaging limit has room)
 * @param refusedByReason recipients that would not be sent, by reason: the policy engine's reason code
 *     ({@code opted_out}, {@code marketing_frequency_cap}, ...), {@code invalid_number} or {@code duplicate}
 * @param tier the messaging limit tier the engine knows, or null
 * @param reachedUsers unique users reached by business-initiated messages in the last 24 hours, or -1 if unknown
 * @param newUsers sendable recipients not reached in the last 24 hours (they count against the limit)
 * @param fitNow sendable recipients that fit the messaging limit now
 * @param restFrom when the last of the rest fits, at the latest (each 24 hours frees a tier's worth), or null when
 *     everyone fits now
 * @param sendingTime how long sending the sendable recipients takes at the campaign's throughput
 * @param expectedCostByMarket expected charges per market (Meta's price plus BSP per-message fees), when priced
 * @param expectedCost the sum, or null without a cost estimator
 * @param budget the campaign's budget, or null
 * @param fitBudget how many sendable recipients fit the budget (all of them without a budget)
 */
public record Preflight(String campaignId, Instant evaluatedAt, long recipients, long sendable,
    Map<String, Long> refusedByReason, @Nullable MessagingLimitTier tier, long reachedUsers, long newUsers,
    long fitNow, @Nullable Instant restFrom, Duration sendingTime, Map<Market, Money> expectedCostByMarket,
    @Nullable Money expectedCost, @Nullable Money budget, long fitBudget) {

  /** The reason of a number that is not a valid E.164 phone number. */
  public static final String INVALID_NUMBER = "invalid_number";
  /** The reason of a number that appears again in the source (it is sent once). */
  public static final String DUPLICATE = "duplicate";

  public Preflight {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    refusedByReason = Map.copyOf(refusedByReason);
    expectedCostByMarket = Map.copyOf(expectedCostByMarket);
    Objects.requireNonNull(sendingTime, "sendingTime");
  }

  /** Recipients that would not be sent. */
  public long refused() {
    return refusedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether the expected cost fits the budget (true without a budget or without an estimate). */
  public boolean fitsBudget() {
    return budget == null || expectedCost == null || expectedCost.compareTo(budget) <= 0;
  }

  /** A short multi-line summary for people. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    b.append("Campaign ").append(campaignId).append(": ").append(recipients).append(" recipients, ")
        .append(sendable).append(" sendable, ").append(refused()).append(" refused\n");
    refusedByReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> b.append("  refused ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
    b.append("Messaging limit ").append(tier == null ? "unknown" : tier.value()).append(": ").append(fitNow)
        .append(" fit now").append(restFrom == null ? "" : ", the rest by " + restFrom).append('\n');
    b.append("Sending takes ").append(sendingTime).append('\n');
    if (expectedCost != null) {
      expectedCostByMarket.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append("  ")
          .append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
      b.append("Expected cost ").append(expectedCost);
      if (budget != null) {
        b.append(fitsBudget() ? " fits" : " exceeds").append(" the budget ").append(budget).append(" (")
            .append(fitBudget).append(" recipients fit)");
      }
      b.append('\n');
    }
    return b.toString();
  }
}
