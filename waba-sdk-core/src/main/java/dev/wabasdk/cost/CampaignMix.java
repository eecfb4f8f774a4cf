package dev.wabasdk.cost;

import dev.wabasdk.message.Recipient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The recipient mix of a template campaign, to price with {@link CostEstimator#estimate(CampaignMix)}: one pricing
 * category sent to a list of numbers and/or a country mix (country → number of recipients), at one time. Not the
 * campaign to run (that is {@code dev.wabasdk.campaign.Campaign}). Campaign messages are business-initiated: no
 * customer service or free entry point window is assumed open. Immutable and thread-safe.
 *
 * <pre>{@code
 * CampaignMix campaign = CampaignMix.builder(PricingCategory.MARKETING)
 *     .recipients(List.of("+919812345678", "+5511987654321"))
 *     .country("DE", 20_000)
 *     .build();
 * }</pre>
 *
 * <p>For utility and authentication on a card with volume tiers, {@link Builder#sentThisMonth} gives the charged
 * messages already sent this calendar month in a market, so the campaign continues the graduated tiers there.
 *
 * @param category the template category
 * @param at when the campaign is sent; {@code null} means the estimator's clock
 * @param numbers recipient numbers as E.164 digits
 * @param countries recipients per country (ISO 3166 alpha-2)
 * @param sentThisMonth charged messages of this category already sent this month, per market
 */
public record CampaignMix(PricingCategory category, @Nullable Instant at, List<String> numbers,
    Map<String, Long> countries, Map<Market, Long> sentThisMonth) {

  public CampaignMix {
    Objects.requireNonNull(category, "category");
    if (!category.isTemplate()) {
      throw new IllegalArgumentException("category: a campaign sends templates (marketing, utility, authentication, "
          + "authentication_international), was '" + category + "'");
    }
    numbers = List.copyOf(numbers);
    countries = Map.copyOf(countries);
    sentThisMonth = Map.copyOf(sentThisMonth);
  }

  public static Builder builder(PricingCategory category) {
    return new Builder(category);
  }

  /** Recipients in total: numbers plus the country mix. */
  public long size() {
    long total = numbers.size();
    for (long count : countries.values()) {
      total += count;
    }
    return total;
  }

  /** Builds a {@link CampaignMix}; not thread-safe. */
  public static final class Builder {
    private final PricingCategory category;
    private @Nullable Instant at;
    private final List<String> numbers = new ArrayList<>();
    private final Map<String, Long> countries = new LinkedHashMap<>();
    private final Map<Market, Long> sentThisMonth = new LinkedHashMap<>();

    private Builder(PricingCategory category) {
      this.category = Objects.requireNonNull(category, "category");
    }

    /** When the campaign is sent; default: now on the estimator's clock. */
    public Builder at(Instant at) {
      this.at = Objects.requireNonNull(at, "at");
      return this;
    }

    /** Adds numbers in E.164 form (with or without {@code +}); checked when estimated. */
    public Builder recipients(Collection<String> e164Numbers) {
      numbers.addAll(e164Numbers);
      return this;
    }

    public Builder recipient(String e164) {
      numbers.add(Objects.requireNonNull(e164, "recipient"));
      return this;
    }

    public Builder recipient(Recipient.PhoneNumber number) {
      numbers.add(number.waId());
      return this;
    }

    public Builder phoneNumbers(Collection<Recipient.PhoneNumber> recipients) {
      for (Recipient.PhoneNumber number : recipients) {
        numbers.add(number.waId());
      }
      return this;
    }

    /** Adds {@code count} recipients in a country (ISO 3166 alpha-2, e.g. {@code "BR"}). */
    public Builder country(String iso2, long count) {
      Objects.requireNonNull(iso2, "country");
      if (count < 0) {
        throw new IllegalArgumentException("country count: must not be negative, was " + count + " for " + iso2);
      }
      countries.merge(iso2, count, Long::sum);
      return this;
    }

    /** Charged messages of this category already sent this calendar month in {@code market} (for volume tiers). */
    public Builder sentThisMonth(Market market, long count) {
      if (count < 0) {
        throw new IllegalArgumentException("sentThisMonth: must not be negative, was " + count + " for " + market);
      }
      sentThisMonth.put(Objects.requireNonNull(market, "market"), count);
      return this;
    }

    public CampaignMix build() {
      return new CampaignMix(category, at, numbers, countries, sentThisMonth);
    }
  }
}
