package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.CsvReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads one rate card file (rates, then optional volume tiers), rejecting it whole on its first fault. */
final class RateCardParser {
  private static final List<PricingCategory> TIERED = List.of(
      PricingCategory.UTILITY, PricingCategory.AUTHENTICATION, PricingCategory.AUTHENTICATION_INTERNATIONAL);

  private final String source;
  private final PricingModel model;
  private final LocalDate effectiveFrom;

  RateCardParser(String source, PricingModel model, LocalDate effectiveFrom) {
    this.source = source;
    this.model = model;
    this.effectiveFrom = effectiveFrom;
  }

  RateCard parse(CsvReader.Parsed parsed) {
    List<CsvReader.Line> lines = parsed.lines();
    if (lines.isEmpty()) {
      throw new RateCardFormatException(source, 1, 0,
          "no header line; expected " + String.join(",", RateCard.COLUMNS));
    }
    CsvReader.Line header = lines.get(0);
    Map<String, Integer> index = header(header, RateCard.COLUMNS);
    String currency = null;
    Map<Market, Map<PricingCategory, Money>> rates = new LinkedHashMap<>();
    Map<Market, Map<PricingCategory, List<VolumeTier>>> tiers = new LinkedHashMap<>();
    Map<Market, Map<PricingCategory, List<CsvReader.Line>>> tierLines = new HashMap<>();
    Map<String, Integer> tierIndex = null;
    for (int i = 1; i < lines.size(); i++) {
      CsvReader.Line line = lines.get(i);
      if (tierIndex == null && isTierHeader(line)) {
        tierIndex = header(line, RateCard.TIER_COLUMNS);
        continue;
      }
      if (tierIndex == null) {
        requireWidth(line, RateCard.COLUMNS.size());
        Market market = market(line, column(index, "market"));
        if (rates.containsKey(market)) {
          throw new RateCardFormatException(source, line.number(), column(index, "market") + 1,
              "market '" + market.name() + "' appears twice");
        }
        int currencyColumn = column(index, "currency");
        String rowCurrency = currency(line, currencyColumn);
        if (currency == null) {
          currency = rowCurrency;
        } else if (!currency.equals(rowCurrency)) {
          throw new RateCardFormatException(source, line.number(), currencyColumn + 1,
              "currency '" + rowCurrency + "' differs from the card's currency '" + currency + "'");
        }
        Map<PricingCategory, Money> row = new HashMap<>();
        for (String column : RateCard.COLUMNS.subList(2, RateCard.COLUMNS.size())) {
          int col = column(index, column);
          BigDecimal value = decimal(line, col, column);
          if (value != null) {
            row.put(PricingCategory.of(column), new Money(value, rowCurrency));
          }
        }
        rates.put(market, Collections.unmodifiableMap(row));
      } else {
        requireWidth(line, RateCard.TIER_COLUMNS.size());
        if (currency == null) {
          throw new RateCardFormatException(source, line.number(), 0, "volume tiers before any market row");
        }
        int marketColumn = column(tierIndex, "market");
        Market market = market(line, marketColumn);
        if (!rates.containsKey(market)) {
          throw new RateCardFormatException(source, line.number(), marketColumn + 1,
              "volume tier for market '" + market.name() + "', which has no row on this card");
        }
        int categoryColumn = column(tierIndex, "category");
        PricingCategory category = PricingCategory.of(line.fields().get(categoryColumn).isBlank()
            ? "-" : line.fields().get(categoryColumn));
        if (!TIERED.contains(category)) {
          throw new RateCardFormatException(source, line.number(), categoryColumn + 1,
              "volume tiers exist only for utility, authentication and authentication_international, was '"
                  + line.fields().get(categoryColumn) + "'");
        }
        long from = count(line, column(tierIndex, "from"), "from", false);
        long to = count(line, column(tierIndex, "to"), "to", true);
        if (to != -1 && to < from) {
          throw new RateCardFormatException(source, line.number(), column(tierIndex, "to") + 1,
              "to (" + to + ") is below from (" + from + ")");
        }
        BigDecimal rate = decimal(line, column(tierIndex, "rate"), "rate");
        if (rate == null) {
          throw new RateCardFormatException(source, line.number(), column(tierIndex, "rate") + 1, "rate: missing");
        }
        tiers.computeIfAbsent(market, k -> new LinkedHashMap<>()).computeIfAbsent(category, k -> new ArrayList<>())
            .add(new VolumeTier(from, to == -1 ? null : to, new Money(rate, currency)));
        tierLines.computeIfAbsent(market, k -> new HashMap<>()).computeIfAbsent(category, k -> new ArrayList<>())
            .add(line);
      }
    }
    if (currency == null) {
      throw new RateCardFormatException(source, header.number() + 1, 0, "no market rows after the header");
    }
    Map<Market, Map<PricingCategory, List<VolumeTier>>> frozen = new LinkedHashMap<>();
    tiers.forEach((market, byCategory) -> {
      Map<PricingCategory, List<VolumeTier>> copy = new LinkedHashMap<>();
      byCategory.forEach((category, bands) -> {
        checkBands(bands, Objects.requireNonNull(Objects.requireNonNull(tierLines.get(market)).get(category)),
            market, category);
        copy.put(category, List.copyOf(bands));
      });
      frozen.put(market, Collections.unmodifiableMap(copy));
    });
    return new RateCard(source, model, effectiveFrom, currency, parsed.comments(),
        Collections.unmodifiableMap(rates), Collections.unmodifiableMap(frozen));
  }

  private void checkBands(List<VolumeTier> bands, List<CsvReader.Line> lines, Market market,
      PricingCategory category) {
    long expected = 1;
    for (int i = 0; i < bands.size(); i++) {
      VolumeTier band = bands.get(i);
      int lineNumber = lines.get(i).number();
      if (band.from() != expected) {
        throw new RateCardFormatException(source, lineNumber, 3, "volume tiers of " + market.name() + " / "
            + category + " must continue at " + expected + " (bands in order, no gaps or overlaps), was "
            + band.from());
      }
      if (band.to() == null) {
        if (i != bands.size() - 1) {
          throw new RateCardFormatException(source, lineNumber, 4,
              "only the last volume tier of " + market.name() + " / " + category + " may be open-ended");
        }
      } else {
        if (i == bands.size() - 1) {
          throw new RateCardFormatException(source, lineNumber, 4, "the last volume tier of " + market.name()
              + " / " + category + " must be open-ended (blank 'to'), was " + band.to());
        }
        expected = band.to() + 1;
      }
    }
  }

  private boolean isTierHeader(CsvReader.Line line) {
    return line.fields().size() > 1 && line.fields().get(1).strip().equalsIgnoreCase("category");
  }

  private Map<String, Integer> header(CsvReader.Line line, List<String> expected) {
    Map<String, Integer> index = new HashMap<>();
    List<String> fields = line.fields();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
      if (!expected.contains(name)) {
        throw new RateCardFormatException(source, line.number(), i + 1,
            "unknown column '" + fields.get(i) + "'; expected " + String.join(",", expected));
      }
      if (index.put(name, i) != null) {
        throw new RateCardFormatException(source, line.number(), i + 1, "column '" + name + "' appears twice");
      }
    }
    for (String name : expected) {
      if (!index.containsKey(name)) {
        throw new RateCardFormatException(source, line.number(), 0,
            "missing column '" + name + "'; expected " + String.join(",", expected));
      }
    }
    return index;
  }

  private void requireWidth(CsvReader.Line line, int width) {
    if (line.fields().size() != width) {
      throw new RateCardFormatException(source, line.number(), Math.min(line.fields().size(), width) + 1,
          "expected " + width + " columns, found " + line.fields().size());
    }
  }

  private Market market(CsvReader.Line line, int column) {
    String value = line.fields().get(column);
    if (value.isBlank()) {
      throw new RateCardFormatException(source, line.number(), column + 1, "market: missing");
    }
    return Market.of(value);
  }

  private String currency(CsvReader.Line line, int column) {
    String value = line.fields().get(column).strip();
    if (value.equals("$US") || value.equals("US$")) {
      return "USD";
    }
    if (!value.matches("[A-Za-z]{3}")) {
      throw new RateCardFormatException(source, line.number(), column + 1,
          "currency: expected a 3-letter ISO 4217 code such as USD, was '" + value + "'");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  /** The index of a column that {@code header} found (it refuses a header without it). */
  private static int column(Map<String, Integer> index, String name) {
    return Objects.requireNonNull(index.get(name), name);
  }

  private @Nullable BigDecimal decimal(CsvReader.Line line, int column, String name) {
    String value = line.fields().get(column).strip();
    if (value.isEmpty() || value.equalsIgnoreCase("n/a") || value.equals("--")) {
      return null;
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(value.startsWith("$") ? value.substring(1) : value);
    } catch (NumberFormatException e) {
      throw new RateCardFormatException(source, line.number(), column + 1,
          name + ": not a decimal number: '" + value + "'");
    }
    if (parsed.signum() < 0) {
      throw new RateCardFormatException(source, line.number(), column + 1,
          name + ": must not be negative, was " + value);
    }
    return parsed;
  }

  private long count(CsvReader.Line line, int column, String name, boolean openAllowed) {
    String value = line.fields().get(column).strip().replace("_", "");
    if (openAllowed && (value.isEmpty() || value.equals("--"))) {
      return -1;
    }
    try {
      long parsed = Long.parseLong(value);
      if (parsed < 1) {
        throw new NumberFormatException();
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new RateCardFormatException(source, line.number(), column + 1,
          name + ": expected a whole number of messages of at least 1, was '" + line.fields().get(column) + "'");
    }
  }
}
