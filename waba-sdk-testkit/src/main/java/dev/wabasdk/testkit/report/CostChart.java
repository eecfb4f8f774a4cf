package dev.wabasdk.testkit.report;

import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A stacked bar chart of cost per market (one bar each) and per pricing category (the stacks), drawn from core's
 * cost lines ({@link dev.wabasdk.cost.Estimate#items()}, a {@link dev.wabasdk.cost.HistoryReport}'s estimates) as
 * a PNG, for the people who would rather look at a chart than read a table:
 *
 * <pre>{@code
 * Path png = CostChart.byMarketAndCategory(estimate.items()).writePng(Path.of("target/cost.png"), 800, 500);
 * }</pre>
 *
 * <p>Lines paid to the BSP without a category are stacked as "BSP fee"; lines without a market form the bar
 * "All markets". Free lines count as zero. Drawing uses AWT headless: the class sets {@code java.awt.headless=true}
 * unless the application already chose. Immutable and thread-safe.
 */
public final class CostChart {
  /** The stack of BSP lines that have no pricing category. */
  public static final String BSP_FEE = "BSP fee";
  /** The bar of lines that have no market. */
  public static final String ALL_MARKETS = "All markets";
  private static final int MAX_SIDE = 8000;
  private static final Color[] PALETTE = {new Color(0x00, 0x80, 0x69), new Color(0x53, 0xbd, 0xeb),
      new Color(0xf1, 0x9c, 0x2b), new Color(0xd9, 0x30, 0x25), new Color(0x7e, 0x57, 0xc2),
      new Color(0x8d, 0x6e, 0x63), new Color(0x60, 0x7d, 0x8b), new Color(0x9e, 0x9d, 0x24)};

  static {
    // A server or CI machine has no display; the application's own choice wins when it made one.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final String currency;
  /** Market, then category, then the summed subtotal; both levels sorted by name. */
  private final Map<String, Map<String, BigDecimal>> costs;

  private CostChart(String currency, Map<String, Map<String, BigDecimal>> costs) {
    this.currency = currency;
    this.costs = costs;
  }

  /**
   * Sums the lines' subtotals per market and per category.
   *
   * @throws IllegalArgumentException when the lines are in more than one currency
   */
  public static CostChart byMarketAndCategory(List<LineItem> items) {
    Objects.requireNonNull(items, "items");
    String currency = null;
    Map<String, Map<String, BigDecimal>> costs = new TreeMap<>();
    for (LineItem item : items) {
      Money subtotal = item.subtotal();
      if (currency == null) {
        currency = subtotal.currency();
      } else if (!currency.equals(subtotal.currency())) {
        throw new IllegalArgumentException("items: all lines must be in one currency, found " + currency + " and "
            + subtotal.currency());
      }
      Market market = item.market();
      PricingCategory category = item.category();
      String column = market == null ? ALL_MARKETS : market.name();
      String row = category == null ? (item.payee() == LineItem.Payee.BSP ? BSP_FEE : "other") : category.value();
      BigDecimal amount = item.free() ? BigDecimal.ZERO : subtotal.amount();
      costs.computeIfAbsent(column, k -> new TreeMap<>()).merge(row, amount, BigDecimal::add);
    }
    Map<String, Map<String, BigDecimal>> frozen = new LinkedHashMap<>();
    costs.forEach((market, byCategory) -> frozen.put(market, java.util.Collections.unmodifiableMap(byCategory)));
    return new CostChart(currency == null ? "USD" : currency, java.util.Collections.unmodifiableMap(frozen));
  }

  /** The currency of the amounts (USD when there were no lines). */
  public String currency() {
    return currency;
  }

  /** The markets, one bar each, sorted by name. */
  public List<String> markets() {
    return List.copyOf(costs.keySet());
  }

  /** The categories (the stacks), sorted by name. */
  public List<String> categories() {
    TreeSet<String> all = new TreeSet<>();
    costs.values().forEach(byCategory -> all.addAll(byCategory.keySet()));
    return List.copyOf(all);
  }

  /** The summed cost of {@code category} in {@code market}; zero when there is no such line. */
  public Money cost(String market, String category) {
    BigDecimal amount = costs.getOrDefault(market, Map.of()).getOrDefault(category, BigDecimal.ZERO);
    return Money.of(amount, currency);
  }

  /** The chart as PNG bytes, {@code width} × {@code height} pixels. */
  public byte[] png(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePng(out, width, height);
    return out.toByteArray();
  }

  /** Writes the chart as PNG to {@code file} (parent directories created) and returns it. */
  public Path writePng(Path file, int width, int height) {
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        writePng(out, width, height);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cost chart to " + file, e);
    }
  }

  private void writePng(OutputStream out, int width, int height) {
    checkSide("width", width);
    checkSide("height", height);
    try {
      ChartUtils.writeChartAsPNG(out, chart(width), width, height);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cost chart", e);
    }
  }

  private static void checkSide(String name, int pixels) {
    if (pixels < 100 || pixels > MAX_SIDE) {
      throw new IllegalArgumentException(name + ": must be 100.." + MAX_SIDE + " pixels, was " + pixels);
    }
  }

  /** The data the chart draws: rows are categories, columns markets. */
  DefaultCategoryDataset dataset() {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> categories = categories();
    costs.forEach((market, byCategory) -> {
      for (String category : categories) {
        // Every category in every bar (null where none), so a category keeps its row and colour in every chart.
        dataset.addValue(byCategory.get(category), category, market);
      }
    });
    return dataset;
  }

  private JFreeChart chart(int width) {
    JFreeChart chart = ChartFactory.createStackedBarChart("Cost per market and category (" + currency + ")",
        null, currency, dataset(), PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    // JFreeChart's 18 pt title wraps on a small chart (the console's panel); scale it with the width.
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, Math.min(18, width / 28))));
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xe1, 0xe4, 0xe8));
    plot.setOutlineVisible(false);
    plot.setNoDataMessage("No cost yet");
    CategoryAxis markets = plot.getDomainAxis();
    if (costs.size() > 6) {
      markets.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setMaximumBarWidth(0.12);
    List<String> categories = new ArrayList<>(categories());
    for (int i = 0; i < categories.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
    }
    return chart;
  }

  @Override
  public String toString() {
    return "CostChart[" + currency + ", " + costs + "]";
  }
}
