package dev.wabasdk.benchmarks;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.wabasdk.cost.CampaignMix;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Estimate;
import dev.wabasdk.cost.HistoryEvent;
import dev.wabasdk.cost.HistoryReport;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.PricingCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost estimator on large inputs, timed per call (milliseconds): a template campaign to {@code size}
 * recipients spread over 40 markets, and the replay of a {@code size}-event history under both pricing models.
 * Baselines are the least any implementation does on the same input: count the recipients per calling code in a
 * hash map, and sort the events by time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CostBenchmark {
  static final int MARKETS = 40;
  private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");
  private static final String MAPPING = "/dev/wabasdk/cost/ratecards/market-country-codes.csv";

  @Param("1000000")
  public int size;

  private CostEstimator estimator;
  private List<String> prefixes;

  @Setup(Level.Trial)
  public void setUp() {
    estimator = CostEstimator.ofDefaults();
    prefixes = marketPrefixes(estimator, MARKETS);
  }

  /**
   * The campaign's recipients, built only in the campaign benchmarks' forks: a fork that also held the million-event
   * history had the JIT compiling its set-up while the campaign was measured, and the collector copying it.
   */
  @State(Scope.Benchmark)
  public static class Campaign {
    List<String> numbers;
    CampaignMix mix;

    @Setup(Level.Trial)
    public void setUp(CostBenchmark bench) {
      SplittableRandom random = new SplittableRandom(42);
      numbers = new ArrayList<>(bench.size);
      for (int i = 0; i < bench.size; i++) {
        numbers.add(number(bench.prefixes.get(random.nextInt(bench.prefixes.size())), random));
      }
      mix = CampaignMix.builder(PricingCategory.MARKETING).at(AT).recipients(numbers).build();
    }
  }

  /** The history to replay, built only in the replay benchmarks' forks. */
  @State(Scope.Benchmark)
  public static class History {
    List<HistoryEvent> events;

    @Setup(Level.Trial)
    public void setUp(CostBenchmark bench) {
      events = history(bench.prefixes, bench.size, new SplittableRandom(43));
    }
  }

  /**
   * One example mobile number (digits, country code first) for each of {@code count} distinct markets, from the
   * shipped mapping's countries and libphonenumber's example numbers, so every generated number has a possible
   * length for its country.
   */
  static List<String> marketPrefixes(CostEstimator estimator, int count) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Map<Market, String> byMarket = new LinkedHashMap<>();
    try (InputStream in = CostBenchmark.class.getResourceAsStream(MAPPING);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && byMarket.size() < count) {
        String[] cells = line.split(",", -1);
        if (line.startsWith("#") || cells.length < 5 || !cells[2].matches("\\d+") || !cells[4].isEmpty()) {
          continue;
        }
        Phonenumber.PhoneNumber example = util.getExampleNumberForType(cells[1], PhoneNumberType.MOBILE);
        if (example == null) {
          continue;
        }
        String digits = example.getCountryCode() + String.valueOf(example.getNationalNumber());
        byMarket.putIfAbsent(estimator.marketOf(digits, AT), digits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (byMarket.size() < count) {
      throw new IllegalStateException("only " + byMarket.size() + " markets in " + MAPPING);
    }
    return List.copyOf(byMarket.values());
  }

  /** The example number with its last four digits drawn at random: same country, same length. */
  private static String number(String example, SplittableRandom random) {
    StringBuilder b = new StringBuilder(example.length()).append(example, 0, example.length() - 4);
    for (int i = 0; i < 4; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  /**
   * A month of one business number: {@code size / 4} users, each writing in, getting a service reply, and
   * receiving a marketing and a utility template on other days.
   */
  private static List<HistoryEvent> history(List<String> prefixes, int size, SplittableRandom random) {
    List<HistoryEvent> events = new ArrayList<>(size);
    long start = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();
    long month = 30L * 24 * 3600;
    while (events.size() < size) {
      String user = number(prefixes.get(random.nextInt(prefixes.size())), random);
      long t = start + random.nextLong(month);
      events.add(HistoryEvent.inbound(user, Instant.ofEpochSecond(t)));
      events.add(HistoryEvent.outbound(user, Instant.ofEpochSecond(t + 120), PricingCategory.SERVICE));
      events.add(HistoryEvent.outbound(user, Instant.ofEpochSecond(start + random.nextLong(month)),
          PricingCategory.MARKETING));
      events.add(HistoryEvent.outbound(user, Instant.ofEpochSecond(start + random.nextLong(month)),
          PricingCategory.UTILITY));
    }
    return events.subList(0, size);
  }

  @Benchmark
  public Estimate sdkCampaign(Campaign campaign) {
    return estimator.estimate(campaign.mix);
  }

  /** Counts recipients per calling code prefix (2 digits) in a hash map: the least a market grouping costs. */
  @Benchmark
  public Map<String, long[]> baselineCampaignGrouping(Campaign campaign) {
    List<String> numbers = campaign.numbers;
    Map<String, long[]> counts = new HashMap<>();
    for (int i = 0; i < numbers.size(); i++) {
      counts.computeIfAbsent(numbers.get(i).substring(0, 2), k -> new long[1])[0]++;
    }
    return counts;
  }

  @Benchmark
  public HistoryReport sdkReplayBothModels(History history) {
    return estimator.replay(history.events);
  }

  /** Sorts the events by time, as any replay must: the least a replay costs. */
  @Benchmark
  public List<HistoryEvent> baselineHistorySort(History history) {
    List<HistoryEvent> sorted = new ArrayList<>(history.events);
    sorted.sort((a, b) -> a.at().compareTo(b.at()));
    return sorted;
  }
}
