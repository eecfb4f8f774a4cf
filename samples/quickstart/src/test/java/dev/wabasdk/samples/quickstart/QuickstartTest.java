package dev.wabasdk.samples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  private static String output;
  /** The output with line wrapping undone. */
  private static String flat;

  @BeforeAll
  static void runTheQuickstart() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Quickstart.run(out);
    }
    output = bytes.toString(StandardCharsets.UTF_8);
    flat = output.replaceAll("\\s*\n\\s*", " ");
  }

  @Test
  void theCostChartIsWrittenNextToTheReportAndItsPathPrinted() throws IOException {
    assertThat(output).contains("Cost chart (per market and category): "
        + Quickstart.COST_CHART.toAbsolutePath());
    java.awt.image.BufferedImage chart = javax.imageio.ImageIO.read(Quickstart.COST_CHART.toFile());
    assertThat(chart.getWidth()).isEqualTo(800);
    assertThat(chart.getHeight()).isEqualTo(500);
  }

  @Test
  void theFreeFormMessageOutsideTheWindowIsRefusedWithItsReason() {
    assertThat(flat)
        .contains("Tue 10:03:05  Shop  REFUSED, not sent: \"Your trail shoes in size 42 are still waiting for you.")
        .contains("TEMPLATE_REQUIRED (customer_service_window_closed): The customer service window closed at "
            + "2026-11-03T09:03:05Z");
    // The transcript's bot lines come from what the fake received: the refused text appears only as refused.
    assertThat(flat.split("Your trail shoes in size 42", -1)).hasSize(2);
  }

  @Test
  void theTranscriptShowsEveryStepInOrder() {
    assertThat(flat).containsSubsequence(
        "Mon 09:00:00  Shop  [template autumn_sale] Hi Ana, our autumn sale starts today",
        "Mon 09:02:10  Ana   Hi! Do you have trail shoes?",
        "Mon 09:02:10  Shop  Happy to help! Which shoes are you looking for? [Road running] [Trail running]",
        "Mon 09:02:40  Ana   taps [Trail running]",
        "Mon 09:02:40  Shop  Trail running shoes are in stock in these sizes.",
        "[Sizes: 41 42 43]",
        "Mon 09:03:05  Ana   picks \"42\" from the list",
        "Mon 09:03:05  Shop  Size 42 is reserved for you until Wednesday 12:00.",
        "Tue 10:03:05  Shop  REFUSED, not sent",
        "Tue 10:03:05  Shop  [template reservation_reminder] Hi Ana, your reserved pair in size 42 is waiting");
  }

  @Test
  void bothTotalsAreThoseOfTheRateCardsInForce() {
    // A marketing template outside the window, three free service replies inside it (the first 1,000 of the
    // month are free), then a utility template outside the window: two paid messages, or two conversations.
    BigDecimal pmp = rate("ratecard-pmp-2026-10-01.csv", "Brazil", "marketing")
        .add(rate("ratecard-pmp-2026-10-01.csv", "Brazil", "utility"));
    BigDecimal cbp = rate("ratecard-cbp-2024-10-01.csv", "Brazil", "marketing")
        .add(rate("ratecard-cbp-2024-10-01.csv", "Brazil", "utility"));
    assertThat(pmp).isEqualByComparingTo("0.0693");
    assertThat(cbp).isEqualByComparingTo("0.0705");

    assertThat(output)
        .contains("PMP total: USD " + pmp.toPlainString())
        .contains("CBP total: USD " + cbp.toPlainString())
        .contains("Brazil  service    free      3")
        .contains("Rate card: PMP USD card effective 2026-10-01");
  }

  @Test
  void theOutputIsForPeople() {
    assertThat(output)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("DEBUG")
        .doesNotContain("INFO")
        .contains("(subscription verified)");
  }

  private static BigDecimal rate(String card, String market, String column) {
    try (InputStream in = QuickstartTest.class.getResourceAsStream("/dev/wabasdk/cost/ratecards/" + card);
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
