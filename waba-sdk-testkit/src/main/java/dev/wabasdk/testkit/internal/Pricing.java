package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.RateCard;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The pricing of status webhooks, decided by core's {@link CostEstimator} (the one source of Meta's pricing rules,
 * also behind the console's cost and the policy engine): billable, {@code pricing.type} and {@code pricing.category}
 * by the send's date, windows and the phone number's free service messages of the month; for v23 and older or
 * free entry points, the conversation a message opens or joins. Not thread-safe: used under {@link FakeEngine}'s
 * lock.
 */
final class Pricing {
  private static final Pattern VERSION = Pattern.compile("v(\\d+)");
  /** Meta's free service messages per business phone number per calendar month, from 2026-10-01. */
  private static final int FREE_SERVICE_PER_MONTH = 1000;

  // The fake delivers marketing templates to every market, so it prices them as delivered.
  private final CostEstimator estimator = CostEstimator.builder().marketingDeliveryPauses(false).build();
  // Open conversations by user and origin: {id, expiration_timestamp}.
  private final Map<String, String[]> conversations = new HashMap<>();
  // Service messages sent in each month (UTC, the fake's WABA time zone).
  private final Map<YearMonth, Integer> serviceMessages = new HashMap<>();

  /** Sets the record's pricing (and conversation) for a send to {@code user} at {@code now}. */
  void price(SentRecord record, UserState user, @Nullable TemplateRecord template, String version, Ids ids,
      Instant now) {
    price(record, user, template == null ? PricingCategory.SERVICE : PricingCategory.of(template.category.value()),
        version, ids, now);
  }

  /**
   * A Direct Send message: priced as a template of its category (Meta's Direct Send pages: "charged at utility
   * rates"), so statuses carry that pricing category.
   */
  void priceDirectSend(SentRecord record, UserState user, PricingCategory category, String version, Ids ids,
      Instant now) {
    price(record, user, category, version, ids, now);
  }

  private void price(SentRecord record, UserState user, PricingCategory category, String version, Ids ids,
      Instant now) {
    boolean fep = user.inFreeEntryPoint(now);
    boolean open = user.windowOpen(now);
    YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
    int services = serviceMessages.getOrDefault(month, 0);
    MessagePrice price = priceOf(user.waId, category, open, fep, services < FREE_SERVICE_PER_MONTH, now);
    if (category.equals(PricingCategory.SERVICE) && open && !fep) {
      serviceMessages.put(month, services + 1);
    }
    record.price = price;
    if (price == null) {
      // A category core cannot price (one Meta added later): charged at face value, as Meta would report it.
      record.pricingType = PricingType.REGULAR.value();
      record.pricingCategory = category;
      record.billable = true;
    } else {
      PricingType type = price.pricingType();
      record.pricingType = (type != null ? type : PricingType.REGULAR).value();
      record.pricingCategory = price.reportedCategory();
      record.billable = price.billable();
    }
    String origin = record.pricingCategory.value();
    if (majorVersion(version) <= 23 || origin.equals("referral_conversion")) {
      String key = user.waId + ":" + origin;
      String[] conversation = conversations.get(key);
      long nowSeconds = now.getEpochSecond();
      if (conversation == null || Long.parseLong(conversation[1]) <= nowSeconds) {
        Duration length = origin.equals("referral_conversion") ? Users.FREE_ENTRY_POINT : Users.WINDOW;
        String id = Signatures.sha256Hex((user.waId + ":" + origin + ":" + ids.next())
            .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        conversation = new String[] {id, Long.toString(nowSeconds + length.toSeconds())};
        conversations.put(key, conversation);
      }
      record.conversation = obj("id", conversation[0], "expiration_timestamp", conversation[1],
          "origin", obj("type", origin));
    }
  }

  private @Nullable MessagePrice priceOf(String waId, PricingCategory category, boolean open, boolean fep,
      boolean freeTierLeft, Instant now) {
    try {
      return estimator.priceOf(PriceQuery.of("+" + waId, category).insideCustomerServiceWindow(open)
          .insideFreeEntryPointWindow(fep).withinServiceFreeTier(freeTierLeft).at(now));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The published marketing rate (per message, base units) of the market of {@code waId} at {@code now}: what a
   * max-price delivery costs at most in the fake ({@link MaxPrice#cost}); the rate card's currency.
   */
  Money marketingRate(String waId, Instant now) {
    MessagePrice price = priceOf(waId, PricingCategory.MARKETING, false, false, false, now);
    return price != null ? price.price() : marketingRateOf(Market.OTHER, now);
  }

  /** The published marketing rate of a country's market ({@code "IN"}) at {@code now}: the reach estimate's base. */
  Money marketingRateOfCountry(String iso2, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, estimator.zone());
    return marketingRateOf(estimator.marketMapping().marketOfCountry(iso2, day), now);
  }

  private Money marketingRateOf(Market market, Instant now) {
    LocalDate day = LocalDate.ofInstant(now, estimator.zone());
    RateCard card = estimator.cardFor(PricingModel.PMP, day);
    Market onCard = estimator.marketMapping().marketOn(market, card.effectiveFrom());
    return card.rate(onCard, PricingCategory.MARKETING).or(() -> card.rate(Market.OTHER, PricingCategory.MARKETING))
        .orElse(Money.zero(card.currency()));
  }

  static int majorVersion(String version) {
    Matcher m = VERSION.matcher(version);
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : 99;
  }

  void reset() {
    conversations.clear();
    serviceMessages.clear();
  }
}
