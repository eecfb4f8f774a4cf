package dev.wabasdk.policy;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.internal.NumberRegions;
import dev.wabasdk.policy.internal.RegionZones;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Markets where Meta does not deliver marketing templates: a marketing template to a phone number of such a market,
 * on a date the restriction is in force, is denied. The default lists what Meta documents: phone numbers of the
 * United States (+1 with a US area code) since 2025-04-01 ("Per-user marketing template message limits", Meta's
 * send-message-templates guide). On by default; off with
 * {@code PolicyEngine.builder().withoutRule(MarketingMarketsRule.class)}, or other markets with
 * {@code replaceRule(new MarketingMarketsRule(List.of(...)))}. A business-scoped user id counts by its country
 * prefix ({@code US.1349...}). Immutable and thread-safe.
 *
 * @param markets the restrictions, checked in order
 * @since 0.3
 */
public record MarketingMarketsRule(List<Market> markets) implements PolicyRule {
  /** The reason code of a marketing template to a market where Meta does not deliver them. */
  public static final String REASON = "marketing_not_delivered_in_market";

  /** The United States: no marketing templates to US phone numbers since 2025-04-01. */
  public static final Market UNITED_STATES = new Market("US", LocalDate.of(2025, 4, 1), null,
      "Meta, \"Per-user marketing template message limits\" (send message templates guide)");

  /**
   * One market where marketing templates are not delivered, from {@code since} until the day before {@code until}
   * (UTC dates). Immutable and thread-safe.
   *
   * @param regionCode the ISO 3166 region of the recipient's phone number, e.g. {@code US}
   * @param since the first day marketing templates are not delivered
   * @param until the first day they are delivered again, or null while in force
   * @param source where Meta says so, for the decision's explanation
   */
  public record Market(String regionCode, LocalDate since, @Nullable LocalDate until, String source) {
    public Market {
      Objects.requireNonNull(regionCode, "regionCode");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(source, "source");
      if (until != null && !until.isAfter(since)) {
        throw new IllegalArgumentException("until: must be after since (" + since + "), was " + until);
      }
    }

    boolean inForceOn(LocalDate day) {
      return !day.isBefore(since) && (until == null || day.isBefore(until));
    }
  }

  public MarketingMarketsRule {
    markets = List.copyOf(Objects.requireNonNull(markets, "markets"));
  }

  /** The markets Meta documents: {@link #UNITED_STATES}. */
  public MarketingMarketsRule() {
    this(List.of(UNITED_STATES));
  }

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.isMarketing()) {
      return Decision.allow();
    }
    Recipient recipient = context.recipient();
    if (recipient instanceof Recipient.Group) {
      return Decision.allow(); // participants may live anywhere
    }
    LocalDate today = LocalDate.ofInstant(context.now(), ZoneOffset.UTC);
    for (Market market : markets) {
      if (!market.inForceOn(today)) {
        continue;
      }
      String region = market.regionCode().toUpperCase(Locale.ROOT);
      // A phone number is asked "in this region?": a Canadian number is not valid in the US, so it is not parsed.
      boolean in = recipient instanceof Recipient.PhoneNumber number
          ? NumberRegions.isIn(number.waId(), region, NumberRegions::parsedRegion)
          : region.equalsIgnoreCase(RegionZones.region(recipient));
      if (in) {
        return Decision.deny(REASON, "Meta does not deliver marketing templates to " + region + " phone numbers"
            + (recipient instanceof Recipient.UserId ? " (this business-scoped user id names " + region + ")"
                : "")
            + " since " + market.since() + (market.until() == null ? "" : " until " + market.until())
            + " (MarketingMarketsRule; source: " + market.source() + "), so this marketing template"
            + (context.templateCategoryAssumed() ? " (its category is not recorded, so it is treated as marketing)"
                : "") + " would not be delivered.");
      }
    }
    return Decision.allow();
  }
}
