package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateCardTest {
  private static final String HEADER = "market,currency,marketing,utility,authentication,authentication_international,service\n";

  private static RateCard shipped(String date, PricingModel model) {
    return RateCard.shipped().stream()
        .filter(c -> c.effectiveFrom().equals(LocalDate.parse(date)) && c.model().equals(model))
        .findFirst().orElseThrow();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void shipsSixPmpAndCbpCardsOldestFirst() {
    assertThat(RateCard.shipped()).extracting(RateCard::source).containsExactly(
        "ratecard-cbp-2024-10-01.csv", "ratecard-pmp-2025-10-01.csv", "ratecard-pmp-2026-01-01.csv",
        "ratecard-pmp-2026-04-01.csv", "ratecard-pmp-2026-07-01.csv", "ratecard-pmp-2026-10-01.csv");
    RateCard oct2026 = shipped("2026-10-01", PricingModel.PMP);
    assertThat(oct2026.currency()).isEqualTo("USD");
    assertThat(oct2026.markets()).hasSize(47);
    assertThat(shipped("2026-01-01", PricingModel.PMP).markets()).hasSize(32);
    assertThat(oct2026.hasVolumeTiers()).isFalse();
  }

  @Test
  void provenanceNotesAreKept() {
    RateCard oct2026 = shipped("2026-10-01", PricingModel.PMP);
    assertThat(oct2026.notes()).hasSize(4);
    assertThat(oct2026.notes().get(0)).startsWith(
        "WhatsApp Business Platform per-message list rates (PMP), USD per delivered message, effective 2026-10-01");
    assertThat(oct2026.uncertainties()).anyMatch(n -> n.contains("Pakistan 0.0150, Peru 0.0300, South Africa 0.0095"));
    assertThat(oct2026.uncertainties()).anyMatch(n -> n.startsWith("authentication_international: only values seen"));
    assertThat(shipped("2026-01-01", PricingModel.PMP).uncertainties()).isEmpty();
  }

  /** Values typed in by hand from ratecard-pmp-2026-10-01.csv, not recomputed. */
  @Test
  void october2026RatesOfTwelveMarkets() {
    RateCard card = shipped("2026-10-01", PricingModel.PMP);
    String[][] expected = {
        // market, marketing, utility, authentication, auth-intl (or ""), service
        {"India", "0.0118", "0.0014", "0.0014", "0.0304", "0.0014"},
        {"Brazil", "0.0625", "0.0068", "0.0068", "", "0.0068"},
        {"Germany", "0.1365", "0.0550", "0.0550", "", "0.0550"},
        {"United Kingdom", "0.0635", "0.0220", "0.0220", "", "0.0220"},
        {"North America", "0.0250", "0.0034", "0.0034", "", "0.0034"},
        {"Mexico", "0.0397", "0.0085", "0.0085", "", "0.0085"},
        {"Indonesia", "0.0411", "0.0250", "0.0250", "", "0.0250"},
        {"Saudi Arabia", "0.0576", "0.0107", "0.0107", "0.0598", "0.0107"},
        {"Kazakhstan", "0.0604", "0.0180", "0.0180", "0.1600", "0.0180"},
        {"Kuwait", "0.0792", "0.0440", "0.0440", "0.1200", "0.0440"},
        {"Rest of Asia Pacific", "0.0842", "0.0113", "0.0113", "", "0.0113"},
        {"Other", "0.0604", "0.0077", "0.0077", "", "0.0077"},
    };
    for (String[] row : expected) {
      Market m = Market.of(row[0]);
      assertThat(card.rate(m, PricingCategory.MARKETING)).as(row[0]).contains(usd(row[1]));
      assertThat(card.rate(m, PricingCategory.UTILITY)).as(row[0]).contains(usd(row[2]));
      assertThat(card.rate(m, PricingCategory.AUTHENTICATION)).as(row[0]).contains(usd(row[3]));
      if (row[4].isEmpty()) {
        assertThat(card.rate(m, PricingCategory.AUTHENTICATION_INTERNATIONAL)).as(row[0]).isEmpty();
      } else {
        assertThat(card.rate(m, PricingCategory.AUTHENTICATION_INTERNATIONAL)).as(row[0]).contains(usd(row[4]));
      }
      assertThat(card.rate(m, PricingCategory.SERVICE)).as(row[0]).contains(usd(row[5]));
    }
    assertThat(card.rate(Market.of("India"), PricingCategory.MARKETING_LITE)).contains(usd("0.0118"));
    assertThat(card.rate(Market.of("Atlantis"), PricingCategory.MARKETING)).isEmpty();
  }

  @Test
  void olderCardsByHand() {
    RateCard oct2025 = shipped("2025-10-01", PricingModel.PMP);
    assertThat(oct2025.rate(Market.of("India"), PricingCategory.MARKETING)).contains(usd("0.0107"));
    assertThat(oct2025.rate(Market.of("France"), PricingCategory.MARKETING)).contains(usd("0.1432"));
    assertThat(oct2025.rate(Market.of("North America"), PricingCategory.UTILITY)).contains(usd("0.0040"));
    assertThat(oct2025.rate(Market.of("India"), PricingCategory.SERVICE)).isEmpty();
    RateCard apr2026 = shipped("2026-04-01", PricingModel.PMP);
    assertThat(apr2026.rate(Market.of("Saudi Arabia"), PricingCategory.MARKETING)).contains(usd("0.0501"));
    assertThat(apr2026.rate(Market.of("Turkey"), PricingCategory.UTILITY)).contains(usd("0.0009"));
    assertThat(apr2026.rate(Market.of("Pakistan"), PricingCategory.AUTHENTICATION)).contains(usd("0.0100"));
    RateCard cbp = shipped("2024-10-01", PricingModel.CBP);
    assertThat(cbp.rate(Market.of("Brazil"), PricingCategory.AUTHENTICATION)).contains(usd("0.0315"));
    assertThat(cbp.rate(Market.of("United Kingdom"), PricingCategory.SERVICE)).contains(usd("0.0388"));
    assertThat(cbp.rate(Market.of("Indonesia"), PricingCategory.AUTHENTICATION_INTERNATIONAL)).contains(usd("0.1360"));
  }

  @Test
  void userCardWithVolumeTiers() {
    String csv = "# My BSP's prices\n" + HEADER
        + "India,EUR,0.0110,0.0013,0.0013,n/a,\n"
        + "Other,EUR,0.0560,0.0070,0.0070,--,\n"
        + "\nmarket,category,from,to,rate\n"
        + "India,utility,1,1000,0.0013\n"
        + "India,utility,1001,5000,0.0012\n"
        + "India,utility,5001,,0.0011\n";
    RateCard card = RateCard.parse("bsp.csv", csv, PricingModel.PMP, LocalDate.of(2026, 11, 1));
    assertThat(card.currency()).isEqualTo("EUR");
    assertThat(card.notes()).containsExactly("My BSP's prices");
    assertThat(card.rate(Market.of("Other"), PricingCategory.AUTHENTICATION_INTERNATIONAL)).isEmpty();
    assertThat(card.volumeTiers(Market.of("India"), PricingCategory.UTILITY)).containsExactly(
        new VolumeTier(1, 1000L, Money.of("0.0013", "EUR")),
        new VolumeTier(1001, 5000L, Money.of("0.0012", "EUR")),
        new VolumeTier(5001, null, Money.of("0.0011", "EUR")));
    assertThat(card.volumeTiers(Market.of("India"), PricingCategory.AUTHENTICATION)).isEmpty();
    assertThat(card.volumeTiers(Market.of("India"), PricingCategory.UTILITY).get(1).label()).isEqualTo("1001:5000");
  }

  private static void rejects(String csv, int line, int column, String message) {
    assertThatThrownBy(() -> RateCard.parse("bad.csv", csv, PricingModel.PMP, LocalDate.of(2026, 1, 1)))
        .isInstanceOfSatisfying(RateCardFormatException.class, e -> {
          assertThat(e.source()).isEqualTo("bad.csv");
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.getMessage()).isEqualTo(message);
        });
  }

  @Test
  void malformedCardsNameLineAndColumn() {
    rejects("# c\n" + HEADER + "India,USD,0.0118,0.00l4,0.0014,,\n", 3, 4,
        "bad.csv: line 3, column 4: utility: not a decimal number: '0.00l4'");
    rejects(HEADER + "India,USD,0.0118,0.0014,0.0014,,\nBrazil,EUR,0.06,0.006,0.006,,\n", 3, 2,
        "bad.csv: line 3, column 2: currency 'EUR' differs from the card's currency 'USD'");
    rejects(HEADER + "India,USD,0.0118,0.0014\n", 2, 5, "bad.csv: line 2, column 5: expected 7 columns, found 4");
    rejects("market,currency,marketing,utility,authentication,auth_intl,service\n", 1, 6,
        "bad.csv: line 1, column 6: unknown column 'auth_intl'; expected "
            + "market,currency,marketing,utility,authentication,authentication_international,service");
    rejects(HEADER + "India,USD,0.0118,0.0014,0.0014,,\nIndia,USD,0.0118,0.0014,0.0014,,\n", 3, 1,
        "bad.csv: line 3, column 1: market 'India' appears twice");
    rejects(HEADER + "India,USD,-0.0118,0.0014,0.0014,,\n", 2, 3,
        "bad.csv: line 2, column 3: marketing: must not be negative, was -0.0118");
    rejects(HEADER + "India,DOLLARS,0.0118,0.0014,0.0014,,\n", 2, 2,
        "bad.csv: line 2, column 2: currency: expected a 3-letter ISO 4217 code such as USD, was 'DOLLARS'");
    rejects(HEADER + "\"India,USD,0.0118,0.0014,0.0014,,\n", 2, 1, "bad.csv: line 2, column 1: unterminated quoted field");
    rejects(HEADER, 2, 0, "bad.csv: line 2: no market rows after the header");
    rejects("", 1, 0, "bad.csv: line 1: no header line; expected "
        + "market,currency,marketing,utility,authentication,authentication_international,service");
  }

  @Test
  void malformedVolumeTiers() {
    String base = HEADER + "India,USD,0.0118,0.0014,0.0014,,\nmarket,category,from,to,rate\n";
    rejects(base + "India,utility,1,1000,0.0014\nIndia,utility,1002,,0.0013\n", 5, 3,
        "bad.csv: line 5, column 3: volume tiers of India / utility must continue at 1001 (bands in order, no gaps "
            + "or overlaps), was 1002");
    rejects(base + "India,utility,1,1000,0.0014\n", 4, 4,
        "bad.csv: line 4, column 4: the last volume tier of India / utility must be open-ended (blank 'to'), was 1000");
    rejects(base + "India,marketing,1,,0.0118\n", 4, 2,
        "bad.csv: line 4, column 2: volume tiers exist only for utility, authentication and "
            + "authentication_international, was 'marketing'");
    rejects(base + "Brazil,utility,1,,0.0068\n", 4, 1,
        "bad.csv: line 4, column 1: volume tier for market 'Brazil', which has no row on this card");
    rejects(base + "India,utility,1,x,0.0014\n", 4, 4,
        "bad.csv: line 4, column 4: to: expected a whole number of messages of at least 1, was 'x'");
    rejects(base + "India,utility,10,5,0.0014\n", 4, 4, "bad.csv: line 4, column 4: to (5) is below from (10)");
  }

  @Test
  void loadsAFileByItsName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("ratecard-pmp-2027-01-01.csv");
    java.nio.file.Files.writeString(file, HEADER + "India,USD,0.0120,0.0014,0.0014,,0.0014\n");
    RateCard card = RateCard.load(file);
    assertThat(card.model()).isEqualTo(PricingModel.PMP);
    assertThat(card.effectiveFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(card.describe()).isEqualTo("PMP USD card effective 2027-01-01 (ratecard-pmp-2027-01-01.csv)");
    java.nio.file.Path other = dir.resolve("prices.csv");
    java.nio.file.Files.writeString(other, HEADER);
    assertThatThrownBy(() -> RateCard.load(other)).hasMessageContaining("'prices.csv'");
    assertThat(List.of(card)).hasSize(1);
  }
}
