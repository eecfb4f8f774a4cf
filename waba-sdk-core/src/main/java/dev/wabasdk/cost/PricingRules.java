package dev.wabasdk.cost;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.wabasdk.message.internal.NumberRegions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Meta's pricing rules by date for one message or conversation, in the card's currency; stateless. */
final class PricingRules {
  /** Per-message pricing starts (Meta, 00:00 WABA time zone). */
  static final LocalDate PMP_START = LocalDate.of(2025, 7, 1);
  /** Service messages and in-window utility templates charged from this day. */
  static final LocalDate SERVICE_CHARGED_FROM = LocalDate.of(2026, 10, 1);
  /** All CBP service conversations free from this day. */
  static final LocalDate CBP_SERVICE_FREE_FROM = LocalDate.of(2024, 11, 1);
  static final int FREE_SERVICE_PER_MONTH = 1000;
  /** Conversation categories marketing/utility/authentication/service from this day; before, user/business-initiated. */
  static final LocalDate CBP_V2_START = LocalDate.of(2023, 6, 1);
  /** Until 2023-05-31: the first 1,000 conversations of a month free per WABA, of either kind. */
  static final int FREE_CONVERSATIONS_PER_MONTH_V1 = 1000;
  static final Duration CUSTOMER_SERVICE_WINDOW = Duration.ofHours(24);
  static final Duration REFERRAL_REPLY_WINDOW = Duration.ofHours(24);
  static final Duration CONVERSATION = Duration.ofHours(24);

  // Reasons that name a date, written once: a replay prices a million messages with them.
  private static final String SERVICE_FREE_UNTIL = "service message inside the customer service window: free until "
      + SERVICE_CHARGED_FROM.minusDays(1);
  private static final String SERVICE_CHARGED = "service message: charged from " + SERVICE_CHARGED_FROM
      + " once the phone number's 1,000 free service messages of the month are used";
  private static final String UTILITY_IN_WINDOW_FREE = "utility template inside an open customer service window: "
      + "free under per-message pricing until " + SERVICE_CHARGED_FROM.minusDays(1);
  private static final String UTILITY_IN_WINDOW_CHARGED = "utility template inside the customer service window: "
      + "charged from " + SERVICE_CHARGED_FROM;

  private PricingRules() {}

  /**
   * What one message or conversation costs and why; {@code category} is the one applied, {@code type} what Meta
   * reports as {@code pricing.type} (null when Meta reports no pricing: the message is not delivered).
   */
  record Charge(Money price, boolean free, String reason, PricingCategory category, @Nullable PricingType type,
      @Nullable String missingRate) {
    Charge(Money price, boolean free, String reason, PricingCategory category) {
      this(price, free, reason, category, free ? PricingType.FREE_CUSTOMER_SERVICE : PricingType.REGULAR, null);
    }

    Charge(Money price, boolean free, String reason, PricingCategory category, @Nullable PricingType type) {
      this(price, free, reason, category, type, null);
    }
  }

  /**
   * A market where Meta does not deliver marketing templates from a date (the policy engine's market rule refuses
   * them; the estimator prices them as not delivered).
   *
   * @param region ISO 3166 region of the recipient's number, as libphonenumber names it
   */
  record MarketingPause(String region, LocalDate from, String source) {
    /** Why a message it covers is not delivered (one string: a replay says it per message). */
    String reason() {
      return "marketing template to a " + region + " number: not delivered, so not charged (" + source + ")";
    }

    /** The region's calling code as digits: a number without it cannot be in the region (no parse needed). */
    String callingCode() {
      return Integer.toString(PhoneNumberUtil.getInstance().getCountryCodeForRegion(region));
    }
  }

  /**
   * Meta's documented pauses. US: marketing template messages to users with a US phone number (+1 and a US area
   * code, so not Canada) paused from 2025-04-01; sends fail with 131049 (Meta, Cloud API "Send message templates",
   * section "Per-user marketing template message limits").
   */
  static final List<MarketingPause> MARKETING_PAUSES = List.of(
      new MarketingPause("US", LocalDate.of(2025, 4, 1),
          "Meta paused marketing template messages to US phone numbers from 2025-04-01"));

  /** Why a message of {@code category} to {@code waId} is not delivered on {@code date}, or null when it is. */
  static @Nullable String notDelivered(String waId, PricingCategory category, LocalDate date) {
    return notDelivered(waId, category, date, NumberRegions::parsedRegion);
  }

  /** The pauses' calling codes, in {@link #MARKETING_PAUSES}' order. */
  private static final List<String> PAUSE_CALLING_CODES =
      MARKETING_PAUSES.stream().map(MarketingPause::callingCode).toList();

  /** The pauses' reasons, in {@link #MARKETING_PAUSES}' order. */
  private static final List<String> PAUSE_REASONS = MARKETING_PAUSES.stream().map(MarketingPause::reason).toList();

  /**
   * As {@link #notDelivered(String, PricingCategory, LocalDate)}, asking {@code regions} the region of a number its
   * digits do not decide ({@link NumberRegions#isIn}: a plain +1 number is never parsed to tell a US one).
   */
  static @Nullable String notDelivered(
      String waId, PricingCategory category, LocalDate date, Function<String, @Nullable String> regions) {
    if (!category.equals(PricingCategory.MARKETING) && !category.equals(PricingCategory.MARKETING_LITE)) {
      return null;
    }
    for (int i = 0; i < MARKETING_PAUSES.size(); i++) {
      MarketingPause pause = MARKETING_PAUSES.get(i);
      // A number without the region's calling code is not in it: libphonenumber's parse (regular expressions) is
      // only asked about numbers that may be.
      if (date.isBefore(pause.from()) || !waId.startsWith(PAUSE_CALLING_CODES.get(i))) {
        continue;
      }
      if (NumberRegions.isIn(waId, pause.region(), regions)) {
        return PAUSE_REASONS.get(i);
      }
    }
    return null;
  }

  /** The same, for a count of numbers of one country ({@link CampaignMix} countries). */
  static @Nullable String notDeliveredToCountry(String iso2, PricingCategory category, LocalDate date) {
    if (!category.equals(PricingCategory.MARKETING) && !category.equals(PricingCategory.MARKETING_LITE)) {
      return null;
    }
    for (MarketingPause pause : MARKETING_PAUSES) {
      if (!date.isBefore(pause.from()) && pause.region().equalsIgnoreCase(iso2.strip())) {
        return pause.reason();
      }
    }
    return null;
  }

  /** Where a message stands when it is delivered: the windows open for its user and the month's free tier. */
  record Situation(boolean windowOpen, boolean freeEntryPointOpen, boolean serviceFreeTierLeft) {
    static final Situation OUTSIDE_WINDOWS = new Situation(false, false, false);
    private static final Situation[] ALL = new Situation[8];

    static {
      for (int i = 0; i < ALL.length; i++) {
        ALL[i] = i == 0 ? OUTSIDE_WINDOWS : new Situation((i & 4) != 0, (i & 2) != 0, (i & 1) != 0);
      }
    }

    /** The shared instance for these flags (a replay asks for one per message). */
    static Situation of(boolean windowOpen, boolean freeEntryPointOpen, boolean serviceFreeTierLeft) {
      return ALL[(windowOpen ? 4 : 0) | (freeEntryPointOpen ? 2 : 0) | (serviceFreeTierLeft ? 1 : 0)];
    }
  }

  /**
   * Per-message pricing for one message to {@code waId}, with the fallbacks said in {@code findings}: a message
   * Meta does not deliver, a missing rate, utility or authentication at the list rate for want of volume tiers.
   */
  static Charge forMessage(PricingContext context, RateCard card, Market market, String waId,
      PricingCategory category, Situation situation, LocalDate date, Findings findings) {
    return forMessage(context, card, market, waId, category, situation, date, findings, NumberRegions::parsedRegion);
  }

  /** As above, asking {@code regions} a number's region (a replay remembers them per user). */
  static Charge forMessage(PricingContext context, RateCard card, Market market, String waId,
      PricingCategory category, Situation situation, LocalDate date, Findings findings,
      Function<String, @Nullable String> regions) {
    String paused = context.marketingPauses ? notDelivered(waId, category, date, regions) : null;
    if (paused != null) {
      findings.warn(PricingWarning.Kind.NOT_DELIVERED, paused);
      return new Charge(Money.zero(card.currency()), true, paused, category, null);
    }
    Charge charge = perMessage(card, market, category, situation, date);
    said(card, market, charge, findings);
    return charge;
  }

  /** Says a charge's fallbacks: a missing rate; list rates where Meta graduates by volume but the card has no tiers. */
  static void said(RateCard card, Market market, Charge charge, Findings findings) {
    String missing = charge.missingRate();
    if (missing != null) {
      findings.warn(PricingWarning.Kind.MISSING_RATE, missing);
    }
    PricingCategory c = charge.category();
    boolean tiered = c.equals(PricingCategory.UTILITY) || c.equals(PricingCategory.AUTHENTICATION)
        || c.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL);
    if (!charge.free() && tiered && card.volumeTiers(market, c).isEmpty()
        && findings.first(new NoTiers(card, market, c))) {
      findings.warn(PricingWarning.Kind.NO_VOLUME_TIERS, card.describe() + " has no volume tiers for " + market
          + " " + c + ": priced at the list rate (Meta lowers it past monthly thresholds it publishes separately)");
    }
  }

  /** The key of a "no volume tiers" warning: its text is built once per estimate, not per message. */
  private record NoTiers(RateCard card, Market market, PricingCategory category) {}

  /** Per-message pricing for one message, in the card's currency. */
  static Charge perMessage(RateCard card, Market market, PricingCategory category, Situation situation,
      LocalDate date) {
    boolean serviceCharged = !date.isBefore(SERVICE_CHARGED_FROM);
    if (category.equals(PricingCategory.SERVICE)) {
      if (situation.freeEntryPointOpen()) {
        return new Charge(Money.zero(card.currency()), true, "inside a free entry point window: every message is free", category,
            PricingType.FREE_ENTRY_POINT);
      }
      if (!situation.windowOpen()) {
        return new Charge(Money.zero(card.currency()), true, "a service (non-template) message needs an open customer service window; "
            + "Meta rejects it (131047) and charges nothing", category, null);
      }
      if (!serviceCharged) {
        return new Charge(Money.zero(card.currency()), true, SERVICE_FREE_UNTIL, category);
      }
      if (situation.serviceFreeTierLeft()) {
        return new Charge(Money.zero(card.currency()), true,
            "service message within the phone number's 1,000 free service messages this month", category);
      }
      Money rate = card.rateOrNull(market, PricingCategory.SERVICE);
      if (rate == null) {
        String missing = card.describe() + " has no service rate for " + market + "; priced as free";
        return new Charge(Money.zero(card.currency()), true, "service message: the card has no service rate for " + market, category,
            PricingType.FREE_CUSTOMER_SERVICE, missing);
      }
      return new Charge(rate, false, SERVICE_CHARGED, category);
    }
    if (!category.isTemplate()) {
      throw new IllegalArgumentException("category: '" + category + "' has no price on a rate card; use marketing, "
          + "utility, authentication, authentication_international or service");
    }
    if (situation.freeEntryPointOpen()) {
      return new Charge(Money.zero(card.currency()), true, "inside a free entry point window: every message is free", category,
          PricingType.FREE_ENTRY_POINT);
    }
    if (category.equals(PricingCategory.UTILITY) && situation.windowOpen()) {
      if (!serviceCharged) {
        return new Charge(Money.zero(card.currency()), true, UTILITY_IN_WINDOW_FREE, category);
      }
      return new Charge(listRate(card, market, category), false, UTILITY_IN_WINDOW_CHARGED, category);
    }
    if (category.equals(PricingCategory.UTILITY)) {
      return new Charge(listRate(card, market, category), false,
          "utility template outside the customer service window: charged per delivered message", category);
    }
    return templateRate(card, market, category);
  }

  /** The card's list rate of a category other than authentication-international (as {@link #templateRate}). */
  private static Money listRate(RateCard card, Market market, PricingCategory category) {
    return orThrow(card.rateOrNull(market, category), card, market, category);
  }

  /** The card's list rate for a template category, with the fallback for missing authentication-international. */
  static Charge templateRate(RateCard card, Market market, PricingCategory category) {
    if (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)) {
      Money rate = card.rateOrNull(market, category);
      if (rate != null) {
        return new Charge(rate, false, "authentication template at the authentication-international rate: charged "
            + "per delivered message", category);
      }
      Money auth = orThrow(card.rateOrNull(market, PricingCategory.AUTHENTICATION), card, market, category);
      return new Charge(auth, false, "authentication template: the card has no authentication-international rate "
          + "for " + market + ", so the authentication rate is used", PricingCategory.AUTHENTICATION,
          PricingType.REGULAR, card.describe() + " has no authentication-international rate for " + market
              + " (none, or not known); the authentication rate was used");
    }
    Money rate = orThrow(card.rateOrNull(market, category), card, market, category);
    return new Charge(rate, false, templateReason(category), category);
  }

  private static final String MARKETING_LITE_REASON = "marketing (MM Lite) template: charged per delivered message";

  /** Why a template is charged its list rate; the known categories' texts are shared, not built per message. */
  private static String templateReason(PricingCategory category) {
    if (category.equals(PricingCategory.MARKETING_LITE)) {
      return MARKETING_LITE_REASON;
    }
    String known = TEMPLATE_REASONS.get(category);
    return known != null ? known : category.value() + " template: charged per delivered message";
  }

  private static final Map<PricingCategory, String> TEMPLATE_REASONS = Map.of(
      PricingCategory.MARKETING, PricingCategory.MARKETING.value() + " template: charged per delivered message",
      PricingCategory.UTILITY, PricingCategory.UTILITY.value() + " template: charged per delivered message",
      PricingCategory.AUTHENTICATION, PricingCategory.AUTHENTICATION.value()
          + " template: charged per delivered message");

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

  /** {@code rate}, or the missing-rate exception for {@code category} (no Optional or lambda per message). */
  private static Money orThrow(@Nullable Money rate, RateCard card, Market market, PricingCategory category) {
    if (rate == null) {
      throw missing(card, market, category);
    }
    return rate;
  }

  private static IllegalArgumentException missing(RateCard card, Market market, PricingCategory category) {
    return new IllegalArgumentException(
        "rate card " + card.describe() + " has no " + category + " rate for market '" + market + "'");
  }
}
