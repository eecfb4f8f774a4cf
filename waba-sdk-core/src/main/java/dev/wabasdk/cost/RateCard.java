package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One rate card: Meta's list prices (or a BSP's) per market and pricing category, in one currency, in force from
 * {@link #effectiveFrom()} (00:00 in the WABA's time zone) until the next card of the same model.
 *
 * <h2>File format</h2>
 * A CSV file. Lines starting with {@code #} are notes (where each figure comes from, what is uncertain); they are
 * kept in {@link #notes()}. The header is
 * {@code market,currency,marketing,utility,authentication,authentication_international,service} (any order), one
 * row per market. A blank value (or {@code n/a}, {@code --}) means the card has no price for it. Under per-message
 * pricing the values are per delivered message, under conversation-based pricing per 24-hour conversation.
 *
 * <p>Optional volume tiers follow in a second section with the header {@code market,category,from,to,rate}: each
 * row is one graduated band of the calendar month's charged messages for a market and category (utility,
 * authentication or authentication_international). The bands of a market and category start at 1, follow each
 * other without gaps, and the last one is open (blank {@code to}).
 *
 * <p>A malformed file is rejected as a whole with a {@link RateCardFormatException} naming the line and column.
 * Instances are immutable and thread-safe.
 */
public final class RateCard {
  /** The columns of the rate section, in the order of the shipped files. */
  public static final List<String> COLUMNS = List.of(
      "market", "currency", "marketing", "utility", "authentication", "authentication_international", "service");
  /** The columns of the optional volume tier section. */
  public static final List<String> TIER_COLUMNS = List.of("market", "category", "from", "to", "rate");

  private static final String RESOURCE_DIR = "/dev/wabasdk/cost/ratecards/";
  private static final List<String> SHIPPED = List.of(
      "ratecard-cbp-2024-10-01.csv",
      "ratecard-pmp-2025-10-01.csv",
      "ratecard-pmp-2026-01-01.csv",
      "ratecard-pmp-2026-04-01.csv",
      "ratecard-pmp-2026-07-01.csv",
      "ratecard-pmp-2026-10-01.csv");
  private static final Pattern FILE_NAME = Pattern.compile("ratecard-(pmp|cbp)-(\\d{4}-\\d{2}-\\d{2})\\.csv");

  private final String source;
  private final PricingModel model;
  private final LocalDate effectiveFrom;
  private final String currency;
  private final List<String> notes;
  /** Computed once: every priced message asks whether its card is uncertain. */
  private final List<String> uncertainties;
  /** The replay's warning for an uncertain card, built once (its text is hashed for every message priced). */
  private final @Nullable String uncertainWarning;
  private final Map<Market, Map<PricingCategory, Money>> rates;
  private final Map<Market, Map<PricingCategory, List<VolumeTier>>> tiers;

  RateCard(String source, PricingModel model, LocalDate effectiveFrom, String currency, List<String> notes,
      Map<Market, Map<PricingCategory, Money>> rates, Map<Market, Map<PricingCategory, List<VolumeTier>>> tiers) {
    this.source = source;
    this.model = model;
    this.effectiveFrom = effectiveFrom;
    this.currency = currency;
    this.notes = notes;
    this.uncertainties = uncertainties(notes);
    this.rates = rates;
    this.tiers = tiers;
    this.uncertainWarning = uncertainties.isEmpty() ? null : describe() + " has figures its header marks "
        + "partial, uncertain or single-source (see RateCard.uncertainties())";
  }

  /** The warning a price from this card carries, or null when the card has no uncertain figures. */
  @Nullable String uncertainWarning() {
    return uncertainWarning;
  }

  /** The cards shipped in this jar (Meta's USD list prices), oldest first. See each card's {@link #notes()}. */
  public static List<RateCard> shipped() {
    return Shipped.CARDS;
  }

  /**
   * Parses a card.
   *
   * @param source a name for error messages, such as the file name
   * @param csv the file's text
   * @param model whether the prices are per message ({@link PricingModel#PMP}) or per conversation (CBP)
   * @param effectiveFrom the first day the card is in force, in the WABA's time zone
   * @throws RateCardFormatException when the file is malformed, naming the line and column
   */
  public static RateCard parse(String source, String csv, PricingModel model, LocalDate effectiveFrom) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    return new RateCardParser(source, model, effectiveFrom).parse(CsvReader.read(source, csv));
  }

  /**
   * Loads a card from a file named like the shipped ones, {@code ratecard-pmp-2026-10-01.csv} or
   * {@code ratecard-cbp-2024-10-01.csv}, which gives its model and effective date.
   */
  public static RateCard load(Path file) {
    String name = file.getFileName().toString();
    Matcher m = FILE_NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("file name: must look like 'ratecard-pmp-2026-10-01.csv' (model and "
          + "effective date), was '" + name + "'; use load(file, model, effectiveFrom) for other names");
    }
    return load(file, PricingModel.of(m.group(1)), LocalDate.parse(m.group(2)));
  }

  /** Loads a card from a UTF-8 file. */
  public static RateCard load(Path file, PricingModel model, LocalDate effectiveFrom) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), model, effectiveFrom);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rate card " + file, e);
    }
  }

  /** The file or resource the card came from. */
  public String source() {
    return source;
  }

  public PricingModel model() {
    return model;
  }

  /** The first day in force, 00:00 in the WABA's time zone. */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /** The card's currency; every price on it is in this currency. */
  public String currency() {
    return currency;
  }

  /** The file's header notes, in order: where the figures come from and how reliable they are. */
  public List<String> notes() {
    return notes;
  }

  /** The notes that flag uncertain or missing figures (those saying UNCERTAIN, UNKNOWN or single-source). */
  public List<String> uncertainties() {
    return uncertainties;
  }

  private static List<String> uncertainties(List<String> notes) {
    List<String> result = new ArrayList<>();
    for (String note : notes) {
      String lower = note.toLowerCase(Locale.ROOT);
      if (lower.contains("uncertain") || lower.contains("unknown") || lower.contains("partial")
          || lower.contains("single-source")
          || lower.contains("single source") || lower.contains("single transcription")) {
        result.add(note);
      }
    }
    return List.copyOf(result);
  }

  /** The markets on this card, in file order. */
  public List<Market> markets() {
    return List.copyOf(rates.keySet());
  }

  public boolean hasMarket(Market market) {
    return rates.containsKey(market);
  }

  /**
   * The list price for a market and category, empty when the card has none. {@code marketing_lite} is priced as
   * marketing (Meta bills MM Lite at the Cloud API marketing rate).
   */
  public Optional<Money> rate(Market market, PricingCategory category) {
    return Optional.ofNullable(rateOrNull(market, category));
  }

  /** As {@link #rate}, without an {@code Optional} per call (replays ask once per message). */
  @Nullable Money rateOrNull(Market market, PricingCategory category) {
    Map<PricingCategory, Money> row = rates.get(market);
    if (row == null) {
      return null;
    }
    PricingCategory column = category.equals(PricingCategory.MARKETING_LITE) ? PricingCategory.MARKETING : category;
    return row.get(column);
  }

  /** The graduated volume tiers for a market and category, empty when the card defines none. */
  public List<VolumeTier> volumeTiers(Market market, PricingCategory category) {
    return tiers.getOrDefault(market, Map.of()).getOrDefault(category, List.of());
  }

  /** Whether the card defines any volume tiers. */
  public boolean hasVolumeTiers() {
    return !tiers.isEmpty();
  }

  /** {@code "PMP USD card effective 2026-10-01 (ratecard-pmp-2026-10-01.csv)"}. */
  public String describe() {
    return model + " " + currency + " card effective " + effectiveFrom + " (" + source + ")";
  }

  @Override
  public String toString() {
    return "RateCard{" + describe() + ", " + rates.size() + " markets}";
  }

  /** Parses the shipped cards once; they are immutable. */
  private static final class Shipped {
    static final List<RateCard> CARDS = loadShipped();

    private static List<RateCard> loadShipped() {
      List<RateCard> cards = new ArrayList<>();
      for (String name : SHIPPED) {
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches()) {
          throw new IllegalStateException(name);
        }
        cards.add(parse(name, readResource(name), PricingModel.of(m.group(1)), LocalDate.parse(m.group(2))));
      }
      cards.sort(Comparator.comparing(RateCard::effectiveFrom));
      return List.copyOf(cards);
    }
  }

  static String readResource(String name) {
    try (InputStream in = RateCard.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE_DIR + name, e);
    }
  }
}
