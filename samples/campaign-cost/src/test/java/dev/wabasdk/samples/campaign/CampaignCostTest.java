package dev.wabasdk.samples.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.cost.PricingCategory;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignCostTest {
  private static final Path RECIPIENTS = Path.of("recipients.csv");
  private static final Path FEES = Path.of("fees.properties");
  /** The shipped recipients.csv, counted by hand. */
  private static final Map<String, Integer> RECIPIENTS_PER_MARKET = Map.of(
      "Brazil", 4, "India", 5, "Germany", 2, "Mexico", 2, "United Kingdom", 1, "Indonesia", 1, "Other", 1);

  @Test
  void theShippedCampaignCostsWhatTheRateCardsAndTheFeesSay() {
    String output = run(RECIPIENTS, PricingCategory.MARKETING, FEES);

    BigDecimal pmpMeta = metaCost("ratecard-pmp-2026-10-01.csv");
    BigDecimal cbpMeta = metaCost("ratecard-cbp-2024-10-01.csv");
    // fees.properties: 0.0010 per message, 0.0020 per conversation (CBP only), 10 % markup, 9.00 a month.
    BigDecimal pmpBsp = new BigDecimal("0.0010").multiply(BigDecimal.valueOf(16))
        .add(pmpMeta.multiply(new BigDecimal("0.10"))).add(new BigDecimal("9.00"));
    BigDecimal cbpBsp = new BigDecimal("0.0030").multiply(BigDecimal.valueOf(16))
        .add(cbpMeta.multiply(new BigDecimal("0.10"))).add(new BigDecimal("9.00"));
    assertThat(pmpMeta.add(pmpBsp)).isEqualByComparingTo("9.92504");
    assertThat(cbpMeta.add(cbpBsp)).isEqualByComparingTo("9.94791");

    assertThat(output)
        .contains("Campaign: 16 recipients (recipients.csv), one marketing template each, sent 2026-11-16T09:00:00Z")
        .containsPattern("Brazil +4 +0\\.2500 +0\\.2500\n")
        .containsPattern("India +5 +0\\.0590 +0\\.0535\n")
        .containsPattern("Mexico +2 +0\\.0794 +0\\.0872\n")
        .containsPattern("Meta +16 +" + pmpMeta.toPlainString() + " +" + cbpMeta.toPlainString() + "\n")
        .containsPattern("Total USD +9\\.92504 +9\\.94791\n")
        .contains("Total PMP USD: 9.92504 (Meta 0.8264, BSP 9.09864)")
        .contains("Total CBP USD: 9.94791 (Meta 0.8181, BSP 9.12981)")
        .contains("BSP fee per conversation");
  }

  @Test
  void aUtilityCampaignUsesTheUtilityRates(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("two.csv"), "phone_number\n+919812345678\n\n# comment\n+5511987654321\n");
    Path fees = Files.writeString(dir.resolve("fees.properties"), "currency=USD\n");

    String output = run(csv, PricingCategory.UTILITY, fees);

    assertThat(output).containsPattern("Total USD +0\\.0082 +0\\.0094\n");   // 0.0014 + 0.0068; 0.0014 + 0.0080
  }

  @Test
  void badInputIsNamed(@TempDir Path dir) throws IOException {
    Path noCurrency = Files.writeString(dir.resolve("fees.properties"), "per-message=0.001\n");
    assertThatThrownBy(() -> run(RECIPIENTS, PricingCategory.MARKETING, noCurrency))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency is required");
    assertThatThrownBy(() -> run(RECIPIENTS, PricingCategory.SERVICE, FEES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a template category");
  }

  private static String run(Path csv, PricingCategory category, Path fees) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      CampaignCost.run(csv, category, fees, Instant.parse("2026-11-16T09:00:00Z"), out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static BigDecimal metaCost(String card) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> market : RECIPIENTS_PER_MARKET.entrySet()) {
      total = total.add(rate(card, market.getKey(), "marketing").multiply(BigDecimal.valueOf(market.getValue())));
    }
    return total;
  }

  private static BigDecimal rate(String card, String market, String column) {
    try (InputStream in = CampaignCostTest.class.getResourceAsStream("/dev/wabasdk/cost/ratecards/" + card);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        List<String> cells = List.of(line.split(",", -1));
        if (header == null) {
          header = cells;
        } else if (cells.get(0).equals(market)) {
          return new BigDecimal(cells.get(header.indexOf(column)));
        }
      }
      throw new AssertionError(market + " not on " + card);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
