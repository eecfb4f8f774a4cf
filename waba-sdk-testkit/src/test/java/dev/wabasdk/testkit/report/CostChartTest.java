package dev.wabasdk.testkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostChartTest {
  private static final YearMonth MONTH = YearMonth.of(2026, 11);

  private static LineItem line(String market, PricingCategory category, long count, String unit) {
    Money price = Money.of(unit, "USD");
    return new LineItem(MONTH, LineItem.Payee.META, Market.of(market), category, price.isZero(), count, price,
        price.times(count), "test line");
  }

  private static final List<LineItem> LINES = List.of(
      line("Germany", PricingCategory.MARKETING, 100, "0.1365"),
      line("Germany", PricingCategory.UTILITY, 40, "0.0456"),
      line("India", PricingCategory.MARKETING, 1000, "0.0107"),
      line("Germany", PricingCategory.MARKETING, 10, "0.1365"),
      line("India", PricingCategory.SERVICE, 30, "0"),
      new LineItem(MONTH, LineItem.Payee.BSP, null, null, false, 1140, Money.of("0.002", "USD"),
          Money.of("2.280", "USD"), "BSP fee per message"));

  @Test
  void theDatasetSumsEveryLinePerMarketAndCategory() {
    CostChart chart = CostChart.byMarketAndCategory(LINES);

    assertThat(chart.markets()).containsExactly("All markets", "Germany", "India");
    assertThat(chart.categories()).containsExactly("BSP fee", "marketing", "service", "utility");
    assertThat(chart.cost("Germany", "marketing")).isEqualTo(Money.of("15.015", "USD"));
    assertThat(chart.cost("Germany", "utility")).isEqualTo(Money.of("1.824", "USD"));
    assertThat(chart.cost("India", "marketing")).isEqualTo(Money.of("10.70", "USD"));
    assertThat(chart.cost("India", "service").isZero()).isTrue();
    assertThat(chart.cost("All markets", "BSP fee")).isEqualTo(Money.of("2.280", "USD"));
    assertThat(chart.cost("India", "utility").isZero()).isTrue();

    // the JFreeChart dataset drawn: categories are the stacked rows, markets the bars
    DefaultCategoryDataset dataset = chart.dataset();
    assertThat(dataset.getRowKeys()).containsExactly("BSP fee", "marketing", "service", "utility");
    assertThat(dataset.getColumnKeys()).containsExactly("All markets", "Germany", "India");
    assertThat(new BigDecimal(dataset.getValue("marketing", "Germany").toString())).isEqualByComparingTo("15.015");
    assertThat(new BigDecimal(dataset.getValue("marketing", "India").toString())).isEqualByComparingTo("10.70");
    assertThat(new BigDecimal(dataset.getValue("BSP fee", "All markets").toString())).isEqualByComparingTo("2.28");
    assertThat(dataset.getValue("utility", "India")).isNull();
  }

  @Test
  void thePngDecodesWithTheAskedSize(@TempDir Path dir) throws IOException {
    CostChart chart = CostChart.byMarketAndCategory(LINES);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(800, 500)));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(500);

    Path file = chart.writePng(dir.resolve("reports/cost.png"), 640, 400);
    assertThat(file).isEqualTo(dir.resolve("reports/cost.png"));
    BufferedImage written = ImageIO.read(file.toFile());
    assertThat(written.getWidth()).isEqualTo(640);
    assertThat(written.getHeight()).isEqualTo(400);
    // the bars are drawn: marketing, the second stack, in the second colour of the palette
    assertThat(hasColour(written, 0x53bdeb)).isTrue();
  }

  @Test
  void noLinesGiveAnEmptyChartAndBadInputIsRefused() throws IOException {
    CostChart empty = CostChart.byMarketAndCategory(List.of());
    assertThat(empty.markets()).isEmpty();
    assertThat(ImageIO.read(new ByteArrayInputStream(empty.png(300, 200))).getWidth()).isEqualTo(300);

    assertThatThrownBy(() -> empty.png(20, 200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width: must be 100..8000 pixels, was 20");
    Money euro = Money.of("1", "EUR");
    List<LineItem> mixed = List.of(LINES.get(0), new LineItem(MONTH, LineItem.Payee.META, Market.of("Spain"),
        PricingCategory.MARKETING, false, 1, euro, euro, "euro line"));
    assertThatThrownBy(() -> CostChart.byMarketAndCategory(mixed)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("items: all lines must be in one currency, found USD and EUR");
  }

  private static boolean hasColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
