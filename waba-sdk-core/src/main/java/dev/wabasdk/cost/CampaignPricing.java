package dev.wabasdk.cost;

import dev.wabasdk.cost.PricingRules.Charge;
import dev.wabasdk.cost.PricingRules.Situation;
import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Prices a template campaign: recipients grouped by market, each market priced once, volume tiers, BSP fees. */
final class CampaignPricing {
  private CampaignPricing() {}

  static Estimate estimate(PricingContext context, Campaign campaign) {
    Instant at = campaign.at() != null ? campaign.at() : context.clock.instant();
    LocalDate date = context.date(at);
    YearMonth month = YearMonth.from(date);
    Set<String> notes = new LinkedHashSet<>();
    RateCard card = context.card(PricingModel.PMP, date, notes);
    String target = context.target(card);
    MarketResolver resolver = context.mapping.resolver(date);

    // Identity: the resolver hands out one Market instance per market, so no hashing of names per recipient.
    Map<Market, long[]> counts = new IdentityHashMap<>();
    Map<String, Market> cache = new HashMap<>();
    List<String> numbers = campaign.numbers();
    for (int i = 0; i < numbers.size(); i++) {
      Market market = resolver.forCleanE164(numbers.get(i));
      if (market == null) {
        try {
          market = resolver.forDigits(MarketMapping.digits(numbers.get(i)), cache);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("recipients[" + i + "]: " + e.getMessage(), e);
        }
      }
      long[] count = counts.get(market);
      if (count == null) {
        count = new long[1];
        counts.put(market, count);
      }
      count[0]++;
    }
    campaign.countries().forEach((iso2, count) ->
        counts.computeIfAbsent(resolver.forCountry(iso2), k -> new long[1])[0] += count);

    Map<Market, long[]> priced = new TreeMap<>();
    counts.forEach((market, count) ->
        priced.computeIfAbsent(context.onCard(card, market, notes), k -> new long[1])[0] += count[0]);

    ItemCollector items = new ItemCollector();
    priced.forEach((market, count) -> {
      Charge charge = PricingRules.perMessage(card, market, campaign.category(), Situation.OUTSIDE_WINDOWS, date);
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
    return new Estimate(PricingModel.PMP, target, items.items(), List.of(card), List.copyOf(notes));
  }
}
