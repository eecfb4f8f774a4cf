package dev.wabasdk.cost;

import dev.wabasdk.analytics.PricingAnalytics;
import dev.wabasdk.analytics.PricingAnalyticsQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares Meta's pricing analytics of a period with the estimator's replay of the app's history of the same period,
 * per market, pricing category and pricing type, and explains each difference: a customer service window or a free
 * entry point the two sides saw differently, a volume tier, a rate card that is not the one Meta applied, a country
 * the market mapping does not know, messages only one side holds. {@link BillingReconciliation} is its per-message
 * sibling (estimate against each status webhook's {@code pricing}). Stateless; thread-safe.
 *
 * <pre>{@code
 * PricingAnalytics meta = whatsApp.analytics().pricing(PricingAnalyticsQuery.forReconciliation(start, end, MONTHLY));
 * Estimate replay = estimator.replay(historyOfThePeriod, PricingModel.PMP);
 * PeriodReconciliation.Report report = PeriodReconciliation.compare(meta, "USD", replay, estimator);
 * }</pre>
 */
public final class PeriodReconciliation {
  /** The cost difference below which a line counts as agreeing (Meta rounds its approximate costs). */
  public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");

  /** Why Meta's figures and the estimate differ; an enum (the SDK's own set), thread-safe. */
  public enum Cause {
    /** Meta counted utility templates free inside a customer service window that the estimate charged, or back. */
    CUSTOMER_SERVICE_WINDOW,
    /** Meta counted messages free inside a free entry point window that the estimate charged, or back. */
    FREE_ENTRY_POINT,
    /** Same volume, different cost, and a volume tier beyond the first applies on one side. */
    VOLUME_TIER,
    /** Same volume, different cost, no tier: Meta's price per message is not the rate card's. */
    RATE_CARD,
    /** A country the market mapping or the rate card does not know. */
    UNKNOWN_MARKET,
    /** Meta delivered messages the history does not hold (another app or number, or not recorded). */
    MISSING_FROM_HISTORY,
    /** The history holds messages Meta did not count (not delivered, or outside the period). */
    NOT_IN_META_ANALYTICS,
    /** Meta's costs are in another currency than the estimate: costs were not compared. */
    CURRENCY,
    /** Meta returned volumes without costs (businesses billed through a Solution Partner): costs not compared. */
    COST_NOT_REPORTED
  }

  /**
   * Both sides of one market, category and pricing type. Immutable and thread-safe.
   *
   * @param market Meta's market
   * @param category the pricing category; null for free entry point messages, which Meta reports under
   *     {@code SERVICE} and the estimate under the message's own category
   * @param type {@code regular}, {@code free_customer_service} or {@code free_entry_point}
   * @param metaVolume messages Meta counted
   * @param metaCost Meta's cost, or null when Meta reported none
   * @param estimatedVolume messages the estimate counted
   * @param estimatedCost the estimate's cost
   * @param metaTier Meta's volume tier, when reported
   */
  public record Line(Market market, @Nullable PricingCategory category, PricingType type, long metaVolume,
      @Nullable Money metaCost, long estimatedVolume, Money estimatedCost, PricingAnalytics.@Nullable Tier metaTier) {
    public Line {
      Objects.requireNonNull(market, "market");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(estimatedCost, "estimatedCost");
    }
  }

  /**
   * One explained difference. Immutable and thread-safe.
   *
   * @param cause why
   * @param market the market concerned
   * @param category the category concerned, or null
   * @param volume the messages concerned
   * @param amount Meta's cost minus the estimate's for them, when known
   * @param explanation one sentence a finance team can act on
   */
  public record Difference(Cause cause, Market market, @Nullable PricingCategory category, long volume,
      @Nullable Money amount, String explanation) {
    public Difference {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(market, "market");
      Objects.requireNonNull(explanation, "explanation");
    }
  }

  /**
   * The comparison of one period. Immutable and thread-safe.
   *
   * @param currency the estimate's currency
   * @param lines both sides per market, category and type
   * @param differences every difference, explained; empty when the two agree
   */
  public record Report(String currency, List<Line> lines, List<Difference> differences) {
    public Report {
      Objects.requireNonNull(currency, "currency");
      lines = List.copyOf(lines);
      differences = List.copyOf(differences);
    }

    /** Whether Meta's figures and the estimate agree (within the tolerance). */
    public boolean agrees() {
      return differences.isEmpty();
    }

    /** The differences of one cause. */
    public List<Difference> differences(Cause cause) {
      return differences.stream().filter(d -> d.cause() == cause).toList();
    }

    /** The lines, then the differences, one per line of text. */
    public String toTable() {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-24s %-28s %-22s %8s %12s %8s %12s%n",
          "market", "category", "type", "meta", "meta cost", "est", "est cost"));
      for (Line l : lines) {
        s.append(String.format(Locale.ROOT, "%-24s %-28s %-22s %8d %12s %8d %12s%n", l.market(),
            l.category() == null ? "-" : l.category(), l.type(), l.metaVolume(),
            l.metaCost() == null ? "-" : l.metaCost().plainAmount(), l.estimatedVolume(),
            l.estimatedCost().plainAmount()));
      }
      for (Difference d : differences) {
        s.append(d.cause()).append(": ").append(d.explanation()).append('\n');
      }
      return s.toString();
    }
  }

  private PeriodReconciliation() {}

  /** {@link #compare(PricingAnalytics, String, Estimate, CostEstimator, BigDecimal)} with the default tolerance. */
  public static Report compare(PricingAnalytics meta, String metaCurrency, Estimate estimate,
      CostEstimator estimator) {
    return compare(meta, metaCurrency, estimate, estimator, DEFAULT_TOLERANCE);
  }

  /**
   * Compares Meta's pricing analytics with the estimate of the same period.
   *
   * @param meta Meta's answer to {@link PricingAnalyticsQuery#forReconciliation}: every data point must carry
   *     {@code country}, {@code pricing_category} and {@code pricing_type}
   * @param metaCurrency the WABA's currency, in which Meta reports costs
   * @param estimate the estimator's per-message replay of the app's history of the period
   * @param estimator the estimator that made it (for the market of each country)
   * @param tolerance the cost difference per line below which the two agree
   * @throws IllegalArgumentException when a data point lacks a dimension the comparison needs
   */
  public static Report compare(PricingAnalytics meta, String metaCurrency, Estimate estimate,
      CostEstimator estimator, BigDecimal tolerance) {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(metaCurrency, "metaCurrency");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(estimator, "estimator");
    Objects.requireNonNull(tolerance, "tolerance");
    return new Comparison(metaCurrency, estimate, estimator, tolerance).run(meta);
  }

  /** One comparison's working state; confined to one call. */
  private static final class Comparison {
    private final String metaCurrency;
    private final Estimate estimate;
    private final CostEstimator estimator;
    private final BigDecimal tolerance;
    private final Map<Key, Acc> lines = new LinkedHashMap<>();
    private final List<Difference> differences = new ArrayList<>();
    private boolean costMissing;

    Comparison(String metaCurrency, Estimate estimate, CostEstimator estimator, BigDecimal tolerance) {
      this.metaCurrency = metaCurrency.strip().toUpperCase(Locale.ROOT);
      this.estimate = estimate;
      this.estimator = estimator;
      this.tolerance = tolerance;
    }

    Report run(PricingAnalytics meta) {
      addMeta(meta);
      addEstimate();
      boolean sameCurrency = metaCurrency.equals(estimate.currency());
      if (!sameCurrency) {
        differences.add(new Difference(Cause.CURRENCY, Market.OTHER, null, 0, null, "Meta reports costs in "
            + metaCurrency + ", the estimate is in " + estimate.currency() + ": volumes compared, costs not"));
      }
      List<Market> markets = lines.keySet().stream().map(Key::market).distinct().sorted().toList();
      for (Market market : markets) {
        window(market);
        freeEntryPoint(market);
        residualVolumes(market);
        if (sameCurrency) {
          costs(market);
        }
      }
      if (costMissing) {
        differences.add(new Difference(Cause.COST_NOT_REPORTED, Market.OTHER, null, 0, null, "Meta reported "
            + "volumes without costs (a business billed through a Solution Partner): costs were not compared"));
      }
      List<Line> out = new ArrayList<>();
      for (Map.Entry<Key, Acc> e : lines.entrySet()) {
        Acc a = e.getValue();
        out.add(new Line(e.getKey().market(), e.getKey().category(), e.getKey().type(), a.metaVolume,
            a.metaCost == null ? null : Money.of(a.metaCost, metaCurrency), a.estVolume, a.estCost, a.tier));
      }
      return new Report(estimate.currency(), out, differences);
    }

    private void addMeta(PricingAnalytics meta) {
      for (PricingAnalytics.DataPoint p : meta.dataPoints()) {
        if (p.country() == null || p.pricingCategory() == null || p.pricingType() == null) {
          throw new IllegalArgumentException("meta: a reconciliation needs the COUNTRY, PRICING_CATEGORY and "
              + "PRICING_TYPE dimensions (PricingAnalyticsQuery.forReconciliation), a data point lacks one: " + p);
        }
        LocalDate day = LocalDate.ofInstant(p.start(), ZoneOffset.UTC);
        Market market = market(p.country(), day);
        PricingType type = PricingType.of(p.pricingType());
        PricingCategory category =
            PricingType.FREE_ENTRY_POINT.equals(type) ? null : PricingCategory.of(p.pricingCategory());
        Acc acc = acc(market, category, type);
        acc.metaVolume += p.volume() == null ? 0 : p.volume();
        if (p.cost() == null) {
          costMissing |= PricingType.REGULAR.equals(type);
        } else {
          acc.metaCost = (acc.metaCost == null ? BigDecimal.ZERO : acc.metaCost).add(p.cost());
        }
        if (p.tier() != null && (acc.tier == null || p.tier().lower() > acc.tier.lower())) {
          acc.tier = p.tier(); // the highest tier the period reached
        }
      }
    }

    private Market market(String country, LocalDate day) {
      Market market;
      try {
        market = estimator.marketMapping().marketOfCountry(country, day);
      } catch (IllegalArgumentException e) {
        differences.add(new Difference(Cause.UNKNOWN_MARKET, Market.OTHER, null, 0, null, "Meta reports country '"
            + country + "', which the market mapping (" + estimator.marketMapping().source() + ") does not know: its "
            + "messages are compared under " + Market.OTHER));
        return Market.OTHER;
      }
      boolean onACard = estimate.cards().isEmpty() || estimate.cards().stream().anyMatch(c -> c.hasMarket(market));
      if (!onACard && differences.stream().noneMatch(d -> d.cause() == Cause.UNKNOWN_MARKET
          && d.market().equals(market))) {
        differences.add(new Difference(Cause.UNKNOWN_MARKET, market, null, 0, null, "Meta bills country " + country
            + " as " + market + ", a market the estimate's rate card does not list: update the rate card"));
      }
      return market;
    }

    private void addEstimate() {
      for (LineItem item : estimate.items()) {
        if (item.payee() != LineItem.Payee.META || item.market() == null || item.category() == null) {
          continue;
        }
        String reason = item.reason().toLowerCase(Locale.ROOT);
        if (item.free() && (reason.contains("131047") || reason.contains("not delivered"))) {
          continue; // Meta delivers none of these, so counts none
        }
        PricingType type;
        if (!item.free()) {
          type = PricingType.REGULAR;
        } else if (reason.contains("free entry point")) {
          type = PricingType.FREE_ENTRY_POINT;
        } else {
          type = PricingType.FREE_CUSTOMER_SERVICE;
        }
        Acc acc = acc(item.market(), PricingType.FREE_ENTRY_POINT.equals(type) ? null : item.category(), type);
        acc.estVolume += item.count();
        acc.estCost = acc.estCost.plus(item.subtotal());
        acc.estTiered |= reason.contains("volume tier");
      }
    }

    private Acc acc(Market market, @Nullable PricingCategory category, PricingType type) {
      return lines.computeIfAbsent(new Key(market, category, type), k -> new Acc(estimate.currency()));
    }

    /** Utility templates free inside a customer service window on one side, charged on the other. */
    private void window(Market market) {
      Acc charged = lines.get(new Key(market, PricingCategory.UTILITY, PricingType.REGULAR));
      Acc free = lines.get(new Key(market, PricingCategory.UTILITY, PricingType.FREE_CUSTOMER_SERVICE));
      if (charged == null || free == null) {
        return;
      }
      long n = Math.min(Math.max(0, -charged.residual()), Math.max(0, free.residual()));
      if (n > 0) {
        charged.consumed -= n;
        free.consumed += n;
        differences.add(new Difference(Cause.CUSTOMER_SERVICE_WINDOW, market, PricingCategory.UTILITY, n,
            amount(charged, -n), "Meta counted " + n + " utility template(s) to " + market + " free inside a "
            + "customer service window that the estimate charged: the history lacks the user's message that "
            + "opened the window"));
      }
      n = Math.min(Math.max(0, charged.residual()), Math.max(0, -free.residual()));
      if (n > 0) {
        charged.consumed += n;
        free.consumed -= n;
        differences.add(new Difference(Cause.CUSTOMER_SERVICE_WINDOW, market, PricingCategory.UTILITY, n,
            amount(charged, n), "Meta charged " + n + " utility template(s) to " + market + " that the estimate "
            + "counted free inside a customer service window: for Meta the window was closed (a user message in "
            + "the history Meta did not see, or a later delivery)"));
      }
    }

    /** Messages free inside a free entry point window on one side, charged on the other. */
    private void freeEntryPoint(Market market) {
      Acc fep = lines.get(new Key(market, null, PricingType.FREE_ENTRY_POINT));
      if (fep == null) {
        return;
      }
      for (Map.Entry<Key, Acc> e : regularLines(market)) {
        Acc charged = e.getValue();
        PricingCategory category = e.getKey().category();
        long n = Math.min(Math.max(0, -charged.residual()), Math.max(0, fep.residual()));
        if (n > 0) {
          charged.consumed -= n;
          fep.consumed += n;
          differences.add(new Difference(Cause.FREE_ENTRY_POINT, market, category, n, amount(charged, -n),
              "Meta counted " + n + " " + category + " message(s) to " + market + " free inside a free entry point "
              + "window that the estimate charged: the history lacks the referral (click-to-WhatsApp ad or Page "
              + "button) of the user's message"));
        }
        n = Math.min(Math.max(0, charged.residual()), Math.max(0, -fep.residual()));
        if (n > 0) {
          charged.consumed += n;
          fep.consumed -= n;
          differences.add(new Difference(Cause.FREE_ENTRY_POINT, market, category, n, amount(charged, n),
              "Meta charged " + n + " " + category + " message(s) to " + market + " that the estimate counted free "
              + "inside a free entry point window: Meta saw no referral, or the business answered after 24 h"));
        }
      }
    }

    private void residualVolumes(Market market) {
      for (Map.Entry<Key, Acc> e : linesOf(market)) {
        long r = e.getValue().residual();
        Key k = e.getKey();
        String what = (k.category() == null ? "" : k.category() + " ") + k.type() + " message(s) to " + market;
        if (r > 0) {
          differences.add(new Difference(Cause.MISSING_FROM_HISTORY, market, k.category(), r, null, "Meta "
              + "delivered " + r + " " + what + " that the history does not hold: sent by another app or number "
              + "of the WABA, or not recorded"));
        } else if (r < 0) {
          differences.add(new Difference(Cause.NOT_IN_META_ANALYTICS, market, k.category(), -r, null, "the "
              + "history holds " + -r + " " + what + " that Meta did not count: not delivered, or outside the "
              + "period"));
        }
      }
    }

    private void costs(Market market) {
      for (Map.Entry<Key, Acc> e : regularLines(market)) {
        Acc a = e.getValue();
        BigDecimal metaCost = a.metaCost;
        PricingAnalytics.@Nullable Tier metaTier = a.tier;
        if (metaCost == null || a.residual() != 0 || a.metaVolume == 0 || a.estVolume == 0) {
          continue; // an unexplained volume difference is reported as such; its cost follows from it
        }
        // Per message, so that volumes explained above (window, free entry point) do not count as price gaps.
        BigDecimal metaUnit = metaCost.divide(BigDecimal.valueOf(a.metaVolume), 8, RoundingMode.HALF_UP);
        BigDecimal estUnit = a.estCost.amount().divide(BigDecimal.valueOf(a.estVolume), 8, RoundingMode.HALF_UP);
        BigDecimal diff = metaUnit.subtract(estUnit).multiply(BigDecimal.valueOf(a.metaVolume))
            .setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (diff.abs().compareTo(tolerance) <= 0) {
          continue;
        }
        PricingCategory category = e.getKey().category();
        String prices = "Meta " + unit(metaCost, a.metaVolume) + " " + metaCurrency + " per message, the estimate "
            + unit(a.estCost.amount(), a.estVolume);
        boolean tier = (metaTier != null && !metaTier.isFirst()) || a.estTiered;
        if (tier) {
          differences.add(new Difference(Cause.VOLUME_TIER, market, category, a.metaVolume,
              Money.of(diff, metaCurrency), category + " to " + market + ": " + prices + "; Meta priced them in "
              + "volume tier " + (metaTier == null ? "(not reported)" : metaTier.label()) + ": the month's count of "
              + "tiered messages differs (messages of other numbers of the business, or earlier in the month, "
              + "count too)"));
        } else {
          String card = estimate.cards().isEmpty() ? "the rate card"
              : estimate.cards().get(estimate.cards().size() - 1).describe();
          differences.add(new Difference(Cause.RATE_CARD, market, category, a.metaVolume,
              Money.of(diff, metaCurrency), category + " to " + market + ": " + prices + " from " + card
              + ": the card is not the one Meta applied on these dates (a newer card, another effective date, or a "
              + "negotiated rate)"));
        }
      }
    }

    private List<Map.Entry<Key, Acc>> linesOf(Market market) {
      return lines.entrySet().stream().filter(e -> e.getKey().market().equals(market)).toList();
    }

    private List<Map.Entry<Key, Acc>> regularLines(Market market) {
      return linesOf(market).stream().filter(e -> PricingType.REGULAR.equals(e.getKey().type()))
          .sorted(Comparator.comparing(e -> String.valueOf(e.getKey().category()))).toList();
    }

    /** Meta's side minus the estimate's for {@code n} messages at the estimate's unit price (n < 0: estimate). */
    private @Nullable Money amount(Acc charged, long n) {
      if (charged.estVolume == 0 || !metaCurrency.equals(estimate.currency())) {
        return null;
      }
      BigDecimal unit = charged.estCost.amount().divide(BigDecimal.valueOf(charged.estVolume), 6,
          RoundingMode.HALF_UP);
      return Money.of(unit.multiply(BigDecimal.valueOf(n)).stripTrailingZeros(), estimate.currency());
    }

    private static String unit(BigDecimal cost, long volume) {
      return cost.divide(BigDecimal.valueOf(volume), 6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
  }

  private record Key(Market market, @Nullable PricingCategory category, PricingType type) {}

  /** Both sides of one line, and the volume difference already explained. */
  private static final class Acc {
    long metaVolume;
    @Nullable BigDecimal metaCost;
    PricingAnalytics.@Nullable Tier tier;
    long estVolume;
    Money estCost;
    boolean estTiered;
    /** Explained difference: positive when Meta's extra messages were explained, negative for the estimate's. */
    long consumed;

    Acc(String currency) {
      this.estCost = Money.zero(currency);
    }

    /** Meta's volume minus the estimate's, less what is explained. */
    long residual() {
      return metaVolume - estVolume - consumed;
    }
  }
}
