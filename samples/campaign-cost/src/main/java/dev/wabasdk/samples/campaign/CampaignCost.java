package dev.wabasdk.samples.campaign;

import dev.wabasdk.cost.BspFees;
import dev.wabasdk.cost.CampaignMix;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Estimate;
import dev.wabasdk.cost.HistoryEvent;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a template campaign costs: recipients from a CSV file, a template category and a BSP's fees from a
 * properties file; printed per market and in total, under per-message pricing (PMP, Meta's model since
 * 2025-07-01) and under conversation-based pricing (CBP, before it), then itemised.
 *
 * <pre>CampaignCost recipients.csv marketing fees.properties [2026-11-16T09:00:00Z]</pre>
 */
public final class CampaignCost {
  private CampaignCost() {}

  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println("Usage: CampaignCost <recipients.csv> <marketing|utility|authentication|"
          + "authentication_international> <fees.properties> [send time, e.g. 2026-11-16T09:00:00Z; default now]");
      System.exit(2);
    }
    try {
      Instant at = args.length == 4 ? Instant.parse(args[3]) : Instant.now().truncatedTo(ChronoUnit.SECONDS);
      run(Path.of(args[0]), PricingCategory.of(args[1].toLowerCase(Locale.ROOT)), Path.of(args[2]), at, System.out);
    } catch (IllegalArgumentException | DateTimeParseException | UncheckedIOException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }

  /** Prints the estimate of sending one {@code category} template to every recipient at {@code at}. */
  public static void run(Path recipientsCsv, PricingCategory category, Path feesFile, Instant at, PrintStream out) {
    if (!category.isTemplate()) {
      throw new IllegalArgumentException("category: must be a template category (marketing, utility, "
          + "authentication, authentication_international), was '" + category + "'");
    }
    List<String> recipients = readRecipients(recipientsCsv);
    BspFees fees = readFees(feesFile);
    CostEstimator estimator = CostEstimator.builder().bspFees(fees).build();

    // PMP: the campaign API groups recipients by market and prices each market once.
    Estimate pmp = estimator.estimate(CampaignMix.builder(category).at(at).recipients(recipients).build());
    // CBP: each recipient gets one business-initiated conversation; replaying the sends prices exactly that.
    List<HistoryEvent> sends = new ArrayList<>();
    for (String recipient : recipients) {
      sends.add(HistoryEvent.outbound(recipient, at, category));
    }
    Estimate cbp = estimator.replay(sends).conversationBased();

    Map<Market, Integer> perMarket = new TreeMap<>();
    for (String recipient : recipients) {
      perMarket.merge(estimator.marketOf(recipient, at), 1, Integer::sum);
    }

    out.printf(Locale.ROOT, "Campaign: %d recipients (%s), one %s template each, sent %s%n", recipients.size(),
        recipientsCsv.getFileName(), category, at);
    out.printf(Locale.ROOT, "BSP fees: %s (%s)%n%n", feesFile.getFileName(), fees.currency());
    String format = "%-16s %10s %19s %19s%n";
    out.printf(Locale.ROOT, format, "Market", "Recipients", "Per-message (PMP)", "Conversation (CBP)");
    Map<Market, Money> pmpByMarket = pmp.metaTotalsByMarket();
    Map<Market, Money> cbpByMarket = cbp.metaTotalsByMarket();
    for (Market market : new TreeSet<>(perMarket.keySet())) {
      out.printf(Locale.ROOT, format, market.name(), perMarket.get(market), amount(pmpByMarket.get(market)),
          amount(cbpByMarket.get(market)));
    }
    out.printf(Locale.ROOT, format, "Meta", recipients.size(), amount(pmp.metaTotal()), amount(cbp.metaTotal()));
    out.printf(Locale.ROOT, format, "BSP", "", amount(pmp.bspTotal()), amount(cbp.bspTotal()));
    out.printf(Locale.ROOT, format, "Total " + pmp.currency(), "", amount(pmp.total()), amount(cbp.total()));
    out.println();
    out.println("Per-message pricing (PMP), itemised");
    out.print(pmp.toTable());
    out.println();
    out.println("Conversation-based pricing (CBP), itemised");
    out.print(cbp.toTable());
  }

  private static String amount(@Nullable Money money) {
    // Exact, never rounded; at least four decimals so the column lines up.
    if (money == null) {
      return "-";
    }
    BigDecimal amount = money.amount().stripTrailingZeros();
    return amount.setScale(Math.max(4, amount.scale())).toPlainString();
  }

  /** The first column of each line after the header; blank lines and {@code #} comments are skipped. */
  static List<String> readRecipients(Path csv) {
    try {
      List<String> numbers = new ArrayList<>();
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          numbers.add(line.split(",", 2)[0].strip());
        }
      }
      if (numbers.isEmpty()) {
        throw new IllegalArgumentException(csv + ": no recipients (expected a header line, then one number a line)");
      }
      return numbers;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
    }
  }

  /** BSP fees from a properties file; every key except {@code currency} is optional. */
  static BspFees readFees(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String currency = properties.getProperty("currency", "").strip();
    if (currency.isEmpty()) {
      throw new IllegalArgumentException(file + ": currency is required (e.g. currency=USD)");
    }
    BspFees.Builder fees = BspFees.builder(currency);
    set(properties, "per-message", fees::perMessage);
    set(properties, "per-conversation", fees::perConversation);
    set(properties, "markup-percent", fees::markupPercent);
    set(properties, "monthly-platform-fee", fees::monthlyPlatformFee);
    set(properties, "monthly-per-phone-number", fees::monthlyPerPhoneNumber);
    set(properties, "phone-numbers", value -> fees.phoneNumbers(Integer.parseInt(value)));
    set(properties, "included-phone-numbers", value -> fees.includedPhoneNumbers(Integer.parseInt(value)));
    set(properties, "setup-fee", fees::setupFee);
    return fees.build();
  }

  private static void set(Properties properties, String key, Consumer<String> setter) {
    String value = properties.getProperty(key, "").strip();
    if (!value.isEmpty()) {
      setter.accept(value);
    }
  }
}
