package dev.wabasdk.testkit.internal;

import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.report.CostChart;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /testkit/cost-chart.png}: the console's "cost so far" as a {@link CostChart}, one line per charged
 * message (the same prices as the cost facts: delivered or read, billable, priced by core). Stateless.
 */
final class CostChartRoute {
  private CostChartRoute() {}

  static MockResponse png(FakeEngine engine, HttpUrl url) {
    int width = side(url, "width", 640);
    int height = side(url, "height", 400);
    List<LineItem> lines = new ArrayList<>();
    synchronized (engine.lock) {
      for (SentRecord r : engine.messages.sent()) {
        MessagePrice price = charged(r);
        if (price != null) {
          lines.add(new LineItem(YearMonth.from(r.timestamp.atOffset(ZoneOffset.UTC)), LineItem.Payee.META,
              price.market(), price.category(), price.free(), 1, price.price(), price.price(), price.reason()));
        }
      }
    }
    byte[] png = CostChart.byMarketAndCategory(lines).png(width, height);
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png")
        .setHeader("Cache-Control", "no-cache").body(new Buffer().write(png)).build();
  }

  /** The price of a message Meta charges for, as the console's cost facts count it; null otherwise. */
  private static @Nullable MessagePrice charged(SentRecord r) {
    MessagePrice price = r.price;
    if (price == null || !r.billable
        || (!r.status.equals(DeliveryStatus.DELIVERED) && !r.status.equals(DeliveryStatus.READ))) {
      return null;
    }
    return price;
  }

  private static int side(HttpUrl url, String name, int fallback) {
    String value = url.queryParameter(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number of pixels (100..8000), was \"" + value
          + "\"", e);
    }
  }
}
