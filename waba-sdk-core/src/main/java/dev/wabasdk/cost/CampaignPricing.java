package dev.wabasdk.cost;

import dev.wabasdk.cost.PricingRules.Charge;
import dev.wabasdk.cost.PricingRules.Situation;
import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import dev.wabasdk.message.internal.NumberRegions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Prices a template campaign: recipients grouped by market, each market priced once, volume tiers, BSP fees. */
final class CampaignPricing {
  private CampaignPricing() {}

  static Estimate estimate(PricingContext context, CampaignMix campaign) {
    return estimate(context, campaign, NumberRegions::parsedRegion);
  }

  /** As above, asking {@code regions} the region of a number the pause check cannot decide from its digits. */
  static Estimate estimate(PricingContext context, CampaignMix campaign, Function<String, @Nullable String> regions) {
    Instant at = campaign.at() != null ? campaign.at() : context.clock.instant();
    LocalDate date = context.date(at);
    YearMonth month = YearMonth.from(date);
    Findings notes = new Findings();
    RateCard card = context.card(PricingModel.PMP, date, notes);
    String target = context.target(card);
    MarketResolver resolver = context.mapping.resolver(date);

    // Identity: the resolver hands out one Market instance per market, so no hashing of names per recipient.
    Map<Market, long[]> counts = new IdentityHashMap<>();
    // Recipients Meta does not deliver the campaign to (marketing to US numbers since 2025-04-01), by market.
    Map<Market, long[]> undelivered = new TreeMap<>();
    String pausedReason = null;
    Map<String, Market> cache = new HashMap<>();
    List<String> numbers = campaign.numbers();
    boolean marketing = context.marketingPauses
        && PricingRules.notDeliveredToCountry("US", campaign.category(), date) != null;
    for (int i = 0; i < numbers.size(); i++) {
      Market market = resolver.forCleanE164(numbers.get(i));
      String digits = null;
      if (market == null) {
        try {
          digits = MarketMapping.digits(numbers.get(i));
          market = resolver.forDigits(digits, cache);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("recipients[" + i + "]: " + e.getMessage(), e);
        }
      }
      // Only North American numbers can be US ones; a plain +1 number is checked against US metadata, not parsed
      // (NumberRegions.isIn).
      if (marketing && market.name().equals("North America")) {
        String paused = PricingRules.notDelivered(digits != null ? digits : MarketMapping.digits(numbers.get(i)),
            campaign.category(), date, regions);
        if (paused != null) {
          pausedReason = paused;
          undelivered.computeIfAbsent(market, k -> new long[1])[0]++;
          continue;
        }
      }
      long[] count = counts.get(market);
      if (count == null) {
        count = new long[1];
        counts.put(market, count);
      }
      count[0]++;
    }
    for (Map.Entry<String, Long> e : campaign.countries().entrySet()) {
      String paused = context.marketingPauses
          ? PricingRules.notDeliveredToCountry(e.getKey(), campaign.category(), date) : null;
      Market market = resolver.forCountry(e.getKey());
      if (paused != null) {
        pausedReason = paused;
        undelivered.computeIfAbsent(market, k -> new long[1])[0] += e.getValue();
      } else {
        counts.computeIfAbsent(market, k -> new long[1])[0] += e.getValue();
      }
    }

    Map<Market, long[]> priced = new TreeMap<>();
    counts.forEach((market, count) ->
        priced.computeIfAbsent(context.onCard(card, market, notes), k -> new long[1])[0] += count[0]);

    ItemCollector items = new ItemCollector();
    if (pausedReason != null) {
      notes.warn(PricingWarning.Kind.NOT_DELIVERED, pausedReason);
      String reason = pausedReason;
      undelivered.forEach((market, count) -> items.add(month, LineItem.Payee.META, market, campaign.category(), true,
          Money.zero(target), reason, count[0]));
    }
    priced.forEach((market, count) -> {
      Charge charge = PricingRules.perMessage(card, market, campaign.category(), Situation.OUTSIDE_WINDOWS, date);
      PricingRules.said(card, market, charge, notes);
      List<VolumeTier> tiers = charge.free() ? List.of() : card.volumeTiers(market, charge.category());
      if (tiers.isEmpty()) {
        items.add(month, LineItem.Payee.META, market, charge.category(), charge.free(),
            context.convert(charge.price(), target), charge.reason(), count[0]);
        return;
      }
      long before = campaign.sentThisMonth().getOrDefault(market, 0L);
      long first = before + 1;
      long last = before + count[0];
      for (VolumeTier tier : tiers) {
        long from = Math.max(first, tier.from());
        long to = tier.to() == null ? last : Math.min(last, tier.to());
        if (from <= to) {
          items.add(month, LineItem.Payee.META, market, charge.category(), false, context.convert(tier.rate(), target),
              charge.reason() + "; volume tier " + tier.label(), to - from + 1);
        }
      }
    });
    Map<YearMonth, Long> messages = Map.of(month, campaign.size());
    context.addBspFees(items, messages, null, target, notes);
    return new Estimate(PricingModel.PMP, target, items.items(), List.of(card), notes.notes(), notes.warnings());
  }
}
