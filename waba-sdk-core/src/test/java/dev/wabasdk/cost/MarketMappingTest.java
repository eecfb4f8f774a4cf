package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Recipient;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarketMappingTest {
  private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 15);
  private final MarketMapping mapping = MarketMapping.shipped();

  private Market at(String number, LocalDate date) {
    return mapping.marketOf(number, date);
  }

  @Test
  void countriesBilledOnTheirOwn() {
    assertThat(at("+919812345678", NOV_2026)).isEqualTo(Market.of("India"));
    assertThat(at("+5511987654321", NOV_2026)).isEqualTo(Market.of("Brazil"));
    assertThat(at("+4915123456789", NOV_2026)).isEqualTo(Market.of("Germany"));
    assertThat(at("905012345678", NOV_2026)).isEqualTo(Market.of("Turkey"));
    assertThat(at("+79123456789", NOV_2026)).isEqualTo(Market.of("Russia"));
  }

  @Test
  void regionsAndOther() {
    assertThat(at("+351912345678", NOV_2026)).isEqualTo(Market.of("Rest of Western Europe"));
    assertThat(at("+381601234567", NOV_2026)).isEqualTo(Market.of("Rest of Central & Eastern Europe"));
    assertThat(at("+254712345678", NOV_2026)).isEqualTo(Market.of("Rest of Africa"));
    // Fiji is not in Meta's table: Other.
    assertThat(at("+6797012345", NOV_2026)).isEqualTo(Market.OTHER);
  }

  @Test
  void nanpAreaCodesDecideBetweenNorthAmericaLatinAmericaAndOther() {
    assertThat(at("+16502530000", NOV_2026)).isEqualTo(Market.of("North America"));
    assertThat(at("+14165550199", NOV_2026)).isEqualTo(Market.of("North America"));
    assertThat(at("+18095551234", NOV_2026)).isEqualTo(Market.of("Rest of Latin America"));
    assertThat(at("+18765551234", NOV_2026)).isEqualTo(Market.of("Rest of Latin America"));
    assertThat(at("+17875551234", NOV_2026)).isEqualTo(Market.of("Rest of Latin America"));
    // Bahamas: a +1 country not listed; the +1 rows disagree, so Other (the mapping file's note).
    assertThat(at("+12423591234", NOV_2026)).isEqualTo(Market.OTHER);
  }

  @Test
  void sharedCodeWhoseRowsAgreeGoesToThatMarket() {
    // Jersey (+44 7797) has no row, but every +44 row says United Kingdom.
    assertThat(at("+447797712345", NOV_2026)).isEqualTo(Market.of("United Kingdom"));
  }

  @Test
  void datedMoves() {
    assertThat(at("+85251234567", LocalDate.of(2026, 6, 30))).isEqualTo(Market.of("Rest of Asia Pacific"));
    assertThat(at("+85251234567", LocalDate.of(2026, 7, 1))).isEqualTo(Market.of("Hong Kong"));
    assertThat(at("+263712345678", LocalDate.of(2025, 9, 30))).isEqualTo(Market.OTHER);
    assertThat(at("+263712345678", LocalDate.of(2025, 10, 1))).isEqualTo(Market.of("Rest of Africa"));
    // Kazakhstan shares +7 with Russia.
    assertThat(at("+77710009998", LocalDate.of(2026, 9, 30))).isEqualTo(Market.OTHER);
    assertThat(at("+77710009998", LocalDate.of(2026, 10, 1))).isEqualTo(Market.of("Kazakhstan"));
    assertThat(at("+79123456789", LocalDate.of(2026, 10, 1))).isEqualTo(Market.of("Russia"));
  }

  @Test
  void countriesAndRecipients() {
    assertThat(mapping.marketOfCountry("de", NOV_2026)).isEqualTo(Market.of("Germany"));
    assertThat(mapping.marketOfCountry("PT", NOV_2026)).isEqualTo(Market.of("Rest of Western Europe"));
    assertThat(mapping.marketOfCountry("DO", NOV_2026)).isEqualTo(Market.of("Rest of Latin America"));
    assertThat(mapping.marketOf(Recipient.phoneNumber("+919812345678"), NOV_2026)).isEqualTo(Market.of("India"));
    assertThat(mapping.marketOn(Market.of("Hong Kong"), LocalDate.of(2026, 4, 1)))
        .isEqualTo(Market.of("Rest of Asia Pacific"));
  }

  @Test
  void badInput() {
    assertThatThrownBy(() -> at("+91 98x", NOV_2026)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone number").hasMessageContaining("+91 98x");
    assertThatThrownBy(() -> mapping.marketOfCountry("XX", NOV_2026)).hasMessageContaining("'XX'");
  }

  @Test
  void malformedMappingNamesLineAndColumn() {
    String csv = "# note\nmarket,country_iso2,calling_code,valid_from,valid_to\nIndia,IN,91,,\nBrazil,BR,55,2026-13-01,\n";
    assertThatThrownBy(() -> MarketMapping.parse("m.csv", csv)).isInstanceOfSatisfying(RateCardFormatException.class,
        e -> {
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isEqualTo(4);
          assertThat(e).hasMessage("m.csv: line 4, column 4: valid_from: expected a date like 2026-10-01, was '2026-13-01'");
        });
    assertThatThrownBy(() -> MarketMapping.parse("m.csv", "market,country_iso2,calling_code,valid_from,valid_to\nX,IND,91,,\n"))
        .hasMessage("m.csv: line 2, column 2: country_iso2: expected an ISO 3166 alpha-2 code such as 'IN', was 'IND'");
  }

  @Test
  void shippedMappingKeepsItsNotes() {
    assertThat(mapping.notes()).isNotEmpty();
    assertThat(mapping.notes().get(0)).startsWith("Meta's mapping of recipient country calling codes");
    assertThat(mapping.notes()).anyMatch(n -> n.startsWith("UNCERTAIN: Kazakhstan"));
  }
}
