package dev.wabasdk.cost;

import java.time.Duration;
import java.time.LocalDate;

/** Meta's pricing rules by date for one message or conversation, in the card's currency; stateless. */
final class PricingRules {
  /** Per-message pricing starts (Meta, 00:00 WABA time zone). */
  static final LocalDate PMP_START = LocalDate.of(2025, 7, 1);
  /** Service messages and in-window utility templates charged from this day. */
  static final LocalDate SERVICE_CHARGED_FROM = LocalDate.of(2026, 10, 1);
  /** All CBP service conversations free from this day. */
  static final LocalDate CBP_SERVICE_FREE_FROM = LocalDate.of(2024, 11, 1);
  static final int FREE_SERVICE_PER_MONTH = 1000;
  static final Duration CUSTOMER_SERVICE_WINDOW = Duration.ofHours(24);
  static final Duration REFERRAL_REPLY_WINDOW = Duration.ofHours(24);
  static final Duration CONVERSATION = Duration.ofHours(24);

  private PricingRules() {}

  /** What one message or conversation costs and why; {@code category} is the one applied. */
  record Charge(Money price, boolean free, String reason, PricingCategory category) {}

  /** Where a message stands when it is delivered: the windows open for its user and the month's free tier. */
  record Situation(boolean windowOpen, boolean freeEntryPointOpen, boolean serviceFreeTierLeft) {
    static final Situation OUTSIDE_WINDOWS = new Situation(false, false, false);
  }

  /** Per-message pricing for one message, in the card's currency. */
  static Charge perMessage(RateCard card, Market market, PricingCategory category, Situation situation,
      LocalDate date) {
    Money zero = Money.zero(card.currency());
    boolean serviceCharged = !date.isBefore(SERVICE_CHARGED_FROM);
    if (category.equals(PricingCategory.SERVICE)) {
      if (situation.freeEntryPointOpen()) {
        return new Charge(zero, true, "inside a free entry point window: every message is free", category);
      }
      if (!situation.windowOpen()) {
        return new Charge(zero, true, "a service (non-template) message needs an open customer service window; "
            + "Meta rejects it (131047) and charges nothing", category);
      }
      if (!serviceCharged) {
        return new Charge(zero, true, "service message inside the customer service window: free until "
            + SERVICE_CHARGED_FROM.minusDays(1), category);
      }
      if (situation.serviceFreeTierLeft()) {
        return new Charge(zero, true,
            "service message within the phone number's 1,000 free service messages this month", category);
      }
      Money rate = card.rate(market, PricingCategory.SERVICE).orElse(null);
      if (rate == null) {
        return new Charge(zero, true, "service message: the card has no service rate for " + market, category);
      }
      return new Charge(rate, false, "service message: charged from " + SERVICE_CHARGED_FROM + " once the phone "
          + "number's 1,000 free service messages of the month are used", category);
    }
    if (!category.isTemplate()) {
      throw new IllegalArgumentException("category: '" + category + "' has no price on a rate card; use marketing, "
          + "utility, authentication, authentication_international or service");
    }
    if (situation.freeEntryPointOpen()) {
      return new Charge(zero, true, "inside a free entry point window: every message is free", category);
    }
    if (category.equals(PricingCategory.UTILITY) && situation.windowOpen()) {
      if (!serviceCharged) {
        return new Charge(zero, true, "utility template inside an open customer service window: free under "
            + "per-message pricing until " + SERVICE_CHARGED_FROM.minusDays(1), category);
      }
      Charge listed = templateRate(card, market, category);
      return new Charge(listed.price, false,
          "utility template inside the customer service window: charged from " + SERVICE_CHARGED_FROM, category);
    }
    Charge listed = templateRate(card, market, category);
    if (category.equals(PricingCategory.UTILITY)) {
      return new Charge(listed.price, false,
          "utility template outside the customer service window: charged per delivered message", category);
    }
    return listed;
  }

  /** The card's list rate for a template category, with the fallback for missing authentication-international. */
  static Charge templateRate(RateCard card, Market market, PricingCategory category) {
    if (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)) {
      Money rate = card.rate(market, category).orElse(null);
      if (rate != null) {
        return new Charge(rate, false, "authentication template at the authentication-international rate: charged "
            + "per delivered message", category);
      }
      Money auth = card.rate(market, PricingCategory.AUTHENTICATION).orElseThrow(() -> missing(card, market, category));
      return new Charge(auth, false, "authentication template: the card has no authentication-international rate "
          + "for " + market + ", so the authentication rate is used", PricingCategory.AUTHENTICATION);
    }
    Money rate = card.rate(market, category).orElseThrow(() -> missing(card, market, category));
    String name = category.equals(PricingCategory.MARKETING_LITE) ? "marketing (MM Lite)" : category.value();
    return new Charge(rate, false, name + " template: charged per delivered message", category);
  }

  /** The conversation a template category opens under CBP: the international and lite variants share their base's. */
  static PricingCategory conversationKind(PricingCategory category) {
    if (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)) {
      return PricingCategory.AUTHENTICATION;
    }
    if (category.equals(PricingCategory.MARKETING_LITE)) {
      return PricingCategory.MARKETING;
    }
    return category;
  }

  private static IllegalArgumentException missing(RateCard card, Market market, PricingCategory category) {
    return new IllegalArgumentException(
        "rate card " + card.describe() + " has no " + category + " rate for market '" + market + "'");
  }
}
