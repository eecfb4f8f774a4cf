package dev.wabasdk.benchmarks;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with one set of settings, measures the heap per tracked user, and writes
 * {@code results/latest.json} and {@code results/latest.md} (each SDK figure next to its baseline from the same run,
 * with the ratio, the goal and the error). {@code --smoke} runs each benchmark once on small inputs (seconds) and
 * writes to {@code target/smoke-results} instead, so CI keeps them compiling and running.
 *
 * <p>Usage: {@code java -jar benchmarks.jar [--smoke] [--rounds N] [--out DIR] [--readme FILE]} ({@value #ROUNDS}
 * rounds unless {@code --rounds} says otherwise). For one benchmark with JMH's own options:
 * {@code java -cp benchmarks.jar org.openjdk.jmh.Main WebhookBenchmark -prof gc}.
 */
public final class BenchmarkRunner {
  private static final String ALLOC = "gc.alloc.rate.norm";
  private static final String README_START = "<!-- results:start -->";
  private static final String README_END = "<!-- results:end -->";
  /**
   * Rounds of every benchmark in a full run (unless {@code --rounds} says otherwise), and measured one-second
   * iterations per fork in each round.
   */
  static final int ROUNDS = 4;
  static final int MEASUREMENTS = 3;
  /**
   * Forks a side of the warm-up trace in a full run. A trace is C2-bound on 2 cores (the compiler thread shares them
   * with 16 senders and the server), and the machine's phases move a fork's steady second by several seconds: with
   * three forks a side the error (±1.5 / ±2.0 s) was as wide as the goal's margin (2 s).
   */
  static final int WARM_UP_FORKS = 6;
  /**
   * The one-thread blocking sends, run with the client and the loopback server on one CPU (as the issue measures
   * them): the round trip then costs CPU, not waiting, so the library's own work shows in the ratio.
   */
  static final Set<String> ON_ONE_CPU = Set.of("SendBenchmark.sdkSend", "SendBenchmark.rawOkHttpSend");
  /**
   * Benchmarks whose forks start with their whole heap committed and touched. The policy benchmark holds 1,000,000
   * users; G1 then grows the heap during the measurement, and the first touch of each new page (a page fault, slow
   * on a VM) fell only on the side that allocates (the SDK's decision, not the map lookup): one fork each way, back
   * to back, the SDK made 0.41 of the lookup's decisions a second with the default heap and 0.79 with it touched.
   * The cost estimator's replay (164 MB allocated a call, against the sort's 12 MB) paid the same way: a fifth of
   * its profile was the kernel zeroing new pages and G1 scanning; three pairs of forks, default heap then touched:
   * replay 1,393 / 1,344 / 1,471 ms then 1,090 / 1,010 / 936 ms a call, the sort 499 / 533 / 469 ms then 509 / 480 /
   * 469 ms.
   */
  static final Set<String> PRE_TOUCHED = Set.of("PolicyBenchmark", "CostBenchmark");
  /**
   * Benchmarks measured in two forks a round, the second pass in the reverse order of the first (SDK, raw, raw,
   * SDK), the round's figure being the mean of the two. This machine runs in a fast and a slow phase for tens of
   * seconds at a time, for the SDK and the baseline alike (one pinned fork of raw OkHttp ran at 11,000 sends a
   * second for 28 s, then at 15,400; an SDK fork fell from 15,700 to 9,800 for 10 s with the JIT idle), and a short
   * fork lands in one phase: the rows whose goals are close to 1 moved by ±0.2 from round to round on the same code.
   */
  static final Set<String> TWO_FORKS = Set.of("SendBenchmark.sdkSend", "SendBenchmark.rawOkHttpSend",
      "SendThreadsBenchmark.sdkSend", "SendThreadsBenchmark.rawOkHttpSend", "WebhookBenchmark.sdkParseOnly",
      "WebhookBenchmark.jacksonParseOnly", "WebhookBenchmark.sdkHandle", "WebhookBenchmark.hmacAndJacksonParse");
  private static final Runnable NOTHING = () -> { };

  private final boolean smoke;
  private final int rounds;
  private final boolean skipRedis;
  /** Each benchmark's result per fork, in round order ({@link #forksPerRound} forks a round). */
  private final Map<String, List<RunResult>> results = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();
  /** A {@code java} launcher that pins the JVM to one CPU, or null where {@code taskset} cannot (then unpinned). */
  private final @Nullable String oneCpuJava;

  private BenchmarkRunner(boolean smoke, int rounds, boolean skipRedis) {
    this.smoke = smoke;
    this.skipRedis = skipRedis;
    this.rounds = smoke ? 1 : rounds;
    this.oneCpuJava = smoke ? null : OneCpu.javaLauncher();
  }

  public static void main(String[] args) throws RunnerException, IOException {
    boolean smoke = false;
    boolean skipRedis = false;
    int rounds = ROUNDS;
    Path out = null;
    Path readme = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--readme" -> readme = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--skip-redis" -> skipRedis = true;
        default -> throw new IllegalArgumentException("unknown option '" + args[i]
            + "'; usage: [--smoke] [--rounds N] [--skip-redis] [--out DIR] [--readme FILE]");
      }
    }
    if (out == null) {
      out = Path.of(smoke ? "benchmarks/target/smoke-results" : "benchmarks/results");
    }
    Instant started = Instant.now();
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds);
    }
    // Found out now, not after 40 minutes: a full run without Redis would leave the Redis row out silently.
    if (!smoke && !skipRedis && !RedisPolicyBenchmark.redisAvailable()) {
      throw new IllegalStateException("redis-server is not on the PATH and -Dwaba.redis.uri is not set: a full run"
          + " measures the Redis store against it. Install redis-server (apt-get install redis-server), set"
          + " -Dwaba.redis.uri, or pass --skip-redis to run without the Redis rows");
    }
    BenchmarkRunner runner = new BenchmarkRunner(smoke, rounds, skipRedis);
    runner.runAll();
    Files.createDirectories(out);
    String markdown = runner.markdown(started);
    Files.writeString(out.resolve("latest.md"), markdown, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("latest.json"), runner.json(started), StandardCharsets.UTF_8);
    if (readme != null && !smoke) {
      updateReadme(readme, markdown);
    }
    System.out.println();
    System.out.println(markdown);
    System.out.println("Wrote " + out.resolve("latest.json") + " and " + out.resolve("latest.md") + " in "
        + elapsed(started) + ".");
  }

  private static String elapsed(Instant start) {
    long seconds = ChronoUnit.SECONDS.between(start, Instant.now());
    return seconds / 60 + " min " + seconds % 60 + " s";
  }

  private void runAll() throws RunnerException {
    int users = smoke ? 20_000 : 1_000_000;
    run(SendBenchmark.class, true, 5, 2, Map.of("users", String.valueOf(smoke ? 20_000 : 200_000)));
    // The issue measures 16-thread sends after 30 s of warm-up (15 × 2 s); the warm-up itself is traced apart.
    run(SendThreadsBenchmark.class, SendThreadsBenchmark.THREADS, true, 15, 2,
        Map.of("users", String.valueOf(smoke ? 20_000 : 200_000)), NOTHING);
    Map<String, double[]> warmUp = warmUpTraces(Map.of("users", String.valueOf(smoke ? 20_000 : 200_000)));
    // Without the network the JIT takes 4 to 5 s to compile OkHttp's and the SDK's send path on 2 cores.
    run(InMemorySendBenchmark.class, true, 8, 1, Map.of("users", String.valueOf(smoke ? 20_000 : 200_000)));
    // Jackson's data-binding takes 5 to 8 s to reach its steady speed on 2 cores (the SDK's parse about 3 s).
    run(WebhookBenchmark.class, true, 8, 1, Map.of());
    run(PolicyBenchmark.class, false, 3, 1, Map.of("users", String.valueOf(users)));
    // A campaign estimate runs libphonenumber's regular expressions for its North American numbers (about 25,000 of
    // the million): until the JIT has compiled them, 6 to 9 s on 2 cores, a call takes 250-370 ms instead of 60 ms.
    run(CostBenchmark.class, false, 12, 1, Map.of("size", String.valueOf(users)));
    // The fake's server (MockWebServer and the fake's routes) takes 8 to 10 s to reach its steady speed on 2 cores,
    // with the JIT compiling all the while; 3 s of warm-up measured the JIT (2,400 to 4,100 sends a second).
    run(TestkitBenchmark.class, false, 10, 1, Map.of());
    run(CampaignBenchmark.class, false, 1, 1, Map.of("recipients", String.valueOf(smoke ? 20_000 : 1_000_000)));
    boolean redis = !skipRedis && RedisPolicyBenchmark.redisAvailable();
    List<Double> redisGets = new ArrayList<>();
    if (redis) {
      // redis-benchmark runs before and after each round's forks, the round's figure their mean, so that each ratio
      // compares two figures of one stretch of the machine, as every other row does (run only after all the rounds,
      // it read 19.5k GETs a second in one run and 30.5k in the next; once after each round, 22.8k and 30.6k).
      Runnable baseline = System.getProperty("waba.redis.uri") == null
          ? () -> redisGets.add(RedisBaseline.getsPerSecond(smoke ? 2_000 : 100_000)) : NOTHING;
      run(RedisPolicyBenchmark.class, 1, false, 3, 1, Map.of("users", String.valueOf(smoke ? 1_000 : 100_000)),
          baseline);
    } else {
      System.out.println(skipRedis ? "--skip-redis: skipping RedisPolicyBenchmark"
          : "redis-server is not on the PATH and -Dwaba.redis.uri is not set: skipping RedisPolicyBenchmark");
    }

    System.out.println("# Heap per tracked user (" + users + " users)");
    int repetitions = smoke ? 1 : 5;
    double[] sdkHeap = HeapPerUser.sdk(users, repetitions);
    double[] naiveHeap = HeapPerUser.naiveMap(users, repetitions);
    int tenants = smoke ? 500 : 10_000;
    System.out.println("# Heap per idle tenant (" + tenants + " number views)");
    double[] viewHeap = new double[repetitions];
    double[] clientHeap = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      viewHeap[r] = HeapPerTenant.views(tenants);
      clientHeap[r] = HeapPerTenant.separateClients(tenants);
    }

    String oneThread = oneCpuJava != null ? "Send, blocking (1 thread, client and server on one CPU)"
        : "Send, blocking (1 thread; not pinned: taskset could not pin to CPU 0)";
    ratio(oneThread, "SendBenchmark.sdkSend", "SendBenchmark.rawOkHttpSend",
        "raw OkHttp + hand-written JSON", "SDK ≥ 0.95 × raw", Goal.ratioAtLeast(0.95));
    ratio("Send, blocking, 16 threads, one client", "SendThreadsBenchmark.sdkSend",
        "SendThreadsBenchmark.rawOkHttpSend", "raw OkHttp + hand-written JSON, one OkHttpClient", "SDK ≥ 0.97 × raw",
        Goal.ratioAtLeast(0.97));
    paired("CPU per send, 16 threads (sending threads)", cpuPerOp("SendThreadsBenchmark.sdkSend"),
        "ns/op", cpuPerOp("SendThreadsBenchmark.rawOkHttpSend"), "raw OkHttp + hand-written JSON",
        "SDK ≤ 1.05 × raw", Goal.ratioAtMost(1.05));
    rows.add(Row.of("Warm-up: seconds to steady throughput, 16 threads, one client", Stats.of(warmUp.get("sdkSend")),
        "s", Stats.of(warmUp.get("rawOkHttpSend")), "raw OkHttp + hand-written JSON, same trace", "SDK ≤ raw + 2 s",
        Goal.differenceAtMost(2)));
    ratio("Send, no network: OkHttp answers in memory (the library's own CPU, 1 thread)",
        "InMemorySendBenchmark.sdkSend", "InMemorySendBenchmark.rawOkHttpSend",
        "raw OkHttp + hand-written JSON, same in-memory answer", "", Goal.NONE);
    ratio("Send, async (64 in flight)", "SendBenchmark.sdkSendAsync64", "SendBenchmark.rawOkHttpSendAsync64",
        "raw OkHttp enqueue + hand-written JSON", "SDK ≥ 0.90 × raw", Goal.ratioAtLeast(0.90));
    for (String payload : List.of("text", "status")) {
      String name = payload.equals("text") ? "Webhook, 1 KB inbound text" : "Webhook, status with pricing";
      String sdk = "WebhookBenchmark.sdkHandle[payload=" + payload + "]";
      ratio(name + " (1 thread)", sdk, "WebhookBenchmark.hmacAndMoshiParse[payload=" + payload + "]",
          "HMAC + Moshi parse to maps", "≥ 200,000 payloads/s", Goal.sdkAtLeast(200_000));
      ratio(name + " vs HMAC alone", sdk, "WebhookBenchmark.hmacOnly[payload=" + payload + "]", "HMAC-SHA256 alone",
          "", Goal.NONE);
      ratio(name + " vs parse alone", sdk, "WebhookBenchmark.moshiParseOnly[payload=" + payload + "]",
          "Moshi parse to maps alone", "", Goal.NONE);
      ratio(name + ", whole handle vs HMAC + Jackson data-binding", sdk,
          "WebhookBenchmark.hmacAndJacksonParse[payload=" + payload + "]", "HMAC + Jackson into plain classes",
          "SDK ≥ 1.1 × incumbent", Goal.ratioAtLeast(1.1));
      ratio(name + ", parse only vs Jackson data-binding", "WebhookBenchmark.sdkParseOnly[payload=" + payload + "]",
          "WebhookBenchmark.jacksonParseOnly[payload=" + payload + "]", "Jackson into plain classes",
          "SDK ≥ 1.5 × incumbent", Goal.ratioAtLeast(1.5));
    }
    ratio("Policy decisions, " + users + " users (1 thread)", "PolicyBenchmark.sdkEvaluate",
        "PolicyBenchmark.baselineWindowLookup",
        "one ConcurrentHashMap lookup of the message's recipient + window check", "SDK ≥ 0.9 × lookup",
        Goal.ratioAtLeast(0.9));
    ratio("Policy decisions vs a lookup that never reads a message", "PolicyBenchmark.sdkEvaluate",
        "PolicyBenchmark.baselineStringLookup", "the map's own key string read from an array: the first baseline", "",
        Goal.NONE);
    rows.add(Row.of("Heap per tracked user, " + users + " users", Stats.of(sdkHeap), "B/user", Stats.of(naiveHeap),
        "ConcurrentHashMap<String, Long> (wa_id → last inbound)", "≤ 150 B/user", Goal.sdkAtMost(150)));
    rows.add(Row.of("Heap per idle tenant (a forNumber view), " + tenants + " tenants", Stats.of(viewHeap), "B/tenant",
        Stats.of(clientHeap), "one WhatsApp client per number on one shared OkHttpClient", "", Goal.NONE));
    ratio("Cost: campaign, " + users + " recipients, 40 markets", "CostBenchmark.sdkCampaign",
        "CostBenchmark.baselineCampaignGrouping", "count per calling code in a HashMap", "≤ 200 ms",
        Goal.sdkAtMost(200));
    ratio("Cost: replay " + users + " events, PMP + CBP", "CostBenchmark.sdkReplayBothModels",
        "CostBenchmark.baselineHistorySort", "sort the events by time", "SDK ≤ 3 × sort", Goal.ratioAtMost(3));
    ratio("Testkit: FakeWhatsApp start + close", "TestkitBenchmark.fakeStartAndClose",
        "TestkitBenchmark.mockWebServerStartAndClose", "bare MockWebServer start + close", "≤ 500 ms",
        Goal.sdkAtMost(500));
    ratio("Testkit: SDK sends to the fake (1 thread)", "TestkitBenchmark.sdkSendToFake",
        "TestkitBenchmark.sdkSendToLoopback", "same client, minimal loopback server", "≥ 3,000/s",
        Goal.sdkAtLeast(3_000));
    int recipients = smoke ? 20_000 : 1_000_000;
    ratio("Campaign: " + recipients + " recipients, in-memory outbox", "CampaignBenchmark.campaign",
        "CampaignBenchmark.bareLoop", "a bare loop of the same sends", "", Goal.NONE);
    Stats campaign = stats("CampaignBenchmark.campaign");
    Stats bare = stats("CampaignBenchmark.bareLoop");
    // The campaign's own work per recipient (queue, claim, attempt and result records, ack): µs, from ms/op.
    rows.add(Row.of("Campaign: overhead per recipient", new Stats((campaign.mean() - bare.mean()) * 1000 / recipients,
        (campaign.error() + bare.error()) * 1000 / recipients), "µs", new Stats(bare.mean() * 1000 / recipients,
        bare.error() * 1000 / recipients), "the bare send itself", "", Goal.NONE));
    ratio("Campaign preflight: " + recipients + " recipients, 10 markets", "CampaignBenchmark.preflight",
        "CampaignBenchmark.bareEvaluateLoop", "the policy engine's evaluate of each message alone", "≤ 5 s",
        Goal.sdkAtMost(5_000));
    allocation("Allocation per send, blocking", "SendBenchmark.sdkSend", "SendBenchmark.rawOkHttpSend",
        "raw OkHttp + hand-written JSON", "SDK ≤ 1.10 × raw", Goal.ratioAtMost(1.10));
    allocation("Allocation per send, 16 threads", "SendThreadsBenchmark.sdkSend", "SendThreadsBenchmark.rawOkHttpSend",
        "raw OkHttp + hand-written JSON", "SDK ≤ 1.10 × raw", Goal.ratioAtMost(1.10));
    allocation("Allocation per send, no network", "InMemorySendBenchmark.sdkSend",
        "InMemorySendBenchmark.rawOkHttpSend", "raw OkHttp + hand-written JSON, same in-memory answer");
    allocation("Allocation per send, async", "SendBenchmark.sdkSendAsync64", "SendBenchmark.rawOkHttpSendAsync64",
        "raw OkHttp enqueue + hand-written JSON");
    for (String payload : List.of("text", "status")) {
      allocation("Allocation per webhook, " + payload, "WebhookBenchmark.sdkHandle[payload=" + payload + "]",
          "WebhookBenchmark.hmacAndMoshiParse[payload=" + payload + "]", "HMAC + Moshi parse to maps");
      allocation("Allocation per webhook parse, " + payload + ", vs Jackson",
          "WebhookBenchmark.sdkParseOnly[payload=" + payload + "]",
          "WebhookBenchmark.jacksonParseOnly[payload=" + payload + "]", "Jackson into plain classes",
          "SDK ≤ 1.0 × incumbent", Goal.ratioAtMost(1.0));
    }
    if (redis) {
      ratio("Redis store: decision, reply in window", "RedisPolicyBenchmark.evaluateReply",
          "PolicyBenchmark.sdkEvaluate", "in-memory store, same decision", "", Goal.NONE);
      ratio("Redis store: admit template (claims)", "RedisPolicyBenchmark.admitTemplate",
          "PolicyBenchmark.sdkEvaluate", "in-memory store, reply decision", "", Goal.NONE);
    }
    if (!redisGets.isEmpty()) {
      paired("Redis store: decisions/s vs redis-benchmark GET (1 connection)",
          scores("RedisPolicyBenchmark.evaluateReply"), unit("RedisPolicyBenchmark.evaluateReply"),
          Rounds.meanPerRound(redisGets.stream().mapToDouble(Double::doubleValue).toArray(), 2),
          "redis-benchmark -t get -c 1, a redis-server started the same way, before and after each round",
          "SDK ≥ 0.5 × GET",
          Goal.ratioAtLeast(0.5));
    }
  }

  /** Runs one benchmark class; the sends warm up slowly (connection pools, two JIT tiers), so they get more. */
  private void run(Class<?> benchmark, boolean gcProfiler, int warmups, int warmupSeconds, Map<String, String> params)
      throws RunnerException {
    run(benchmark, 1, gcProfiler, warmups, warmupSeconds, params, NOTHING);
  }

  /**
   * Runs one benchmark class in {@link #rounds} rounds (one in a smoke run): each round runs every method in its own
   * fork, one method after the other, starting one method later than the round before, so the SDK and its baseline
   * are measured close together and in both orders; {@code aroundEachRound} measures, before and after each round,
   * what a row compares that is not a JMH benchmark.
   */
  private void run(Class<?> benchmark, int threads, boolean gcProfiler, int warmups, int warmupSeconds,
      Map<String, String> params, Runnable aroundEachRound) throws RunnerException {
    List<String> methods = Arrays.stream(benchmark.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class))
        .map(Method::getName)
        .sorted()
        .toList();
    for (int round = 0; round < rounds; round++) {
      aroundEachRound.run();
      List<String> order = Rounds.rotated(methods, round);
      if (!smoke) {
        order = Rounds.withSecondPass(order, method -> TWO_FORKS.contains(benchmark.getSimpleName() + "." + method));
      }
      for (String method : order) {
        System.out.println("# Round " + (round + 1) + " of " + rounds + ": " + benchmark.getSimpleName() + "."
            + method);
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("\\." + benchmark.getSimpleName() + "\\." + method + "$")
            .shouldFailOnError(true)
            .threads(threads)
            .jvmArgsAppend("-Xms1g", "-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        params.forEach(options::param);
        String redisUri = System.getProperty("waba.redis.uri");
        if (redisUri != null) {
          options.jvmArgsAppend("-Dwaba.redis.uri=" + redisUri);
        }
        if (gcProfiler) {
          options.addProfiler(GCProfiler.class);
        }
        if (PRE_TOUCHED.contains(benchmark.getSimpleName())) {
          options.jvmArgsAppend("-Xms3g", "-XX:+AlwaysPreTouch");
        }
        if (oneCpuJava != null && ON_ONE_CPU.contains(benchmark.getSimpleName() + "." + method)) {
          options.jvm(oneCpuJava);
        }
        if (smoke) {
          options.forks(0).warmupIterations(0).measurementIterations(1)
              .measurementTime(TimeValue.milliseconds(100));
        } else {
          options.forks(1).warmupIterations(warmups).warmupTime(TimeValue.seconds(warmupSeconds))
              .measurementIterations(MEASUREMENTS).measurementTime(TimeValue.seconds(1));
        }
        for (RunResult result : new Runner(options.build()).run()) {
          results.computeIfAbsent(key(result), k -> new ArrayList<>()).add(result);
        }
      }
      aroundEachRound.run();
    }
  }

  /**
   * The 16-thread sends, SDK and raw, each from fresh JVMs with no warm-up, one-second iterations: seconds to steady
   * throughput per fork ({@link WarmUpTrace}), by benchmark method. The two sides' forks take turns (SDK then raw,
   * raw then SDK, ...), so a slow stretch of the machine does not fall on one side's forks only.
   */
  private Map<String, double[]> warmUpTraces(Map<String, String> params) throws RunnerException {
    int repetitions = smoke ? 1 : WARM_UP_FORKS;
    int iterations = smoke ? 3 : 30;
    TimeValue iteration = smoke ? TimeValue.milliseconds(100) : TimeValue.seconds(1);
    Map<String, List<Double>> seconds = new LinkedHashMap<>();
    for (int repetition = 0; repetition < repetitions; repetition++) {
      for (String method : Rounds.rotated(List.of("sdkSend", "rawOkHttpSend"), repetition)) {
        System.out.println("# Warm-up trace " + (repetition + 1) + " of " + repetitions + ": SendThreadsBenchmark."
            + method);
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("\\.SendThreadsBenchmark\\." + method + "$")
            .shouldFailOnError(true)
            .threads(SendThreadsBenchmark.THREADS)
            .jvmArgsAppend("-Xms1g", "-Xmx3g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
            .forks(smoke ? 0 : 1)
            .warmupIterations(0)
            .measurementIterations(iterations)
            .measurementTime(iteration);
        params.forEach(options::param);
        for (RunResult result : new Runner(options.build()).run()) {
          for (BenchmarkResult fork : result.getBenchmarkResults()) {
            double[] scores = fork.getIterationResults().stream()
                .mapToDouble(r -> r.getPrimaryResult().getScore()).toArray();
            seconds.computeIfAbsent(method, m -> new ArrayList<>())
                .add(WarmUpTrace.secondsToSteady(scores, iteration.convertTo(TimeUnit.MILLISECONDS) / 1000.0));
          }
        }
      }
    }
    Map<String, double[]> traces = new LinkedHashMap<>();
    seconds.forEach((method, values) -> traces.put(method, values.stream().mapToDouble(Double::doubleValue).toArray()));
    return traces;
  }

  private static String key(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    String payload = result.getParams().getParam("payload");
    return payload == null ? name : name + "[payload=" + payload + "]";
  }

  /** A benchmark's results, one per fork, in round order. */
  private List<RunResult> forks(String key) {
    List<RunResult> forks = results.get(key);
    if (forks == null) {
      throw new IllegalStateException("no result for " + key + "; have " + results.keySet());
    }
    return forks;
  }

  /** Forks of a benchmark in each round: two for {@link #TWO_FORKS} in a full run, else one. */
  private int forksPerRound(String key) {
    int bracket = key.indexOf('[');
    return !smoke && TWO_FORKS.contains(bracket < 0 ? key : key.substring(0, bracket)) ? 2 : 1;
  }

  /** A figure of each round: the mean of that round's forks. */
  private double[] perRound(String key, ToDoubleFunction<RunResult> figure) {
    return Rounds.meanPerRound(forks(key).stream().mapToDouble(figure).toArray(), forksPerRound(key));
  }

  private double[] scores(String key) {
    return perRound(key, r -> r.getPrimaryResult().getScore());
  }

  private Stats stats(String key) {
    return Rounds.median(scores(key));
  }

  private String unit(String key) {
    return forks(key).get(0).getPrimaryResult().getScoreUnit();
  }

  private void ratio(String measure, String sdk, String baseline, String baselineName, String goalText, Goal goal) {
    paired(measure, scores(sdk), unit(sdk), scores(baseline), baselineName, goalText, goal);
  }

  /** A row of figures measured in the same rounds: the ratio is each round's, then the median. */
  private void paired(String measure, double[] sdk, String unit, double[] baseline, String baselineName,
      String goalText, Goal goal) {
    rows.add(new Row(measure, Rounds.median(sdk), unit, Rounds.median(baseline), baselineName, goalText, goal,
        Rounds.median(Rounds.ratios(sdk, baseline))));
  }

  /** CPU nanoseconds per operation in each round, from a benchmark's {@code cpuNanos} counter. */
  private double[] cpuPerOp(String key) {
    return perRound(key, result -> {
      Result<?> cpu = result.getSecondaryResults().get("cpuNanos");
      if (cpu == null) {
        throw new IllegalStateException("no cpuNanos counter for " + key);
      }
      return cpu.getScore() / result.getPrimaryResult().getScore();
    });
  }

  private void allocation(String measure, String sdk, String baseline, String baselineName) {
    allocation(measure, sdk, baseline, baselineName, "", Goal.NONE);
  }

  private void allocation(String measure, String sdk, String baseline, String baselineName, String goalText,
      Goal goal) {
    if (forks(sdk).get(0).getSecondaryResults().get(ALLOC) == null
        || forks(baseline).get(0).getSecondaryResults().get(ALLOC) == null) {
      return; // the gc profiler could not measure (e.g. no allocation counters on this JVM)
    }
    paired(measure, allocationPerRound(sdk), "B/op", allocationPerRound(baseline), baselineName, goalText, goal);
  }

  private double[] allocationPerRound(String key) {
    return perRound(key, r -> r.getSecondaryResults().get(ALLOC).getScore());
  }

  // -----------------------------------------------------------------------------------------------------------
  // Reports

  private String markdown(Instant started) {
    StringBuilder md = new StringBuilder();
    md.append("Run ").append(started.truncatedTo(ChronoUnit.SECONDS))
        .append(smoke ? " (smoke: not a measurement)" : " (" + rounds + (rounds == 1 ? " round)" : " rounds)"))
        .append(" on ").append(Machine.describe()).append('.')
        .append(results.containsKey("RedisPolicyBenchmark.evaluateReply") ? "\n\n"
            : " Without the Redis rows: no redis-server was run.\n\n");
    md.append("| Measure | SDK | Baseline | Ratio SDK/baseline | Goal |"
        + " Error SDK / baseline (½ spread of rounds) |\n");
    md.append("|---|---:|---|---:|---|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.measure)
          .append(" | ").append(format(row.sdk.mean)).append(' ').append(row.unit)
          .append(" | ").append(format(row.baseline.mean)).append(' ').append(row.unit).append(" (")
          .append(row.baselineName).append(')')
          .append(" | ").append(row.shownRatio())
          .append(" | ").append(row.goalText.isEmpty() ? "—" : row.goalText + " " + (row.goalMet() ? "✅" : "❌"))
          .append(" | ").append('±').append(format(row.sdk.error)).append(" / ±").append(format(row.baseline.error))
          .append(" (ratio ±").append(ratio(row.ratio().error())).append(')').append(" |\n");
    }
    return md.toString();
  }

  private String json(Instant started) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setIndent("  ");
      w.beginObject();
      w.name("started").value(started.toString());
      w.name("smoke").value(smoke);
      w.name("machine").beginObject();
      for (Map.Entry<String, String> e : Machine.facts().entrySet()) {
        w.name(e.getKey()).value(e.getValue());
      }
      w.endObject();
      w.name("rows").beginArray();
      for (Row row : rows) {
        w.beginObject();
        w.name("measure").value(row.measure);
        w.name("unit").value(row.unit);
        w.name("sdk").value(row.sdk.mean);
        w.name("sdkError").value(row.sdk.error);
        w.name("baselineName").value(row.baselineName);
        w.name("baseline").value(row.baseline.mean);
        w.name("baselineError").value(row.baseline.error);
        w.name("ratio").value(row.ratio().mean());
        w.name("ratioError").value(row.ratio().error());
        w.name("goal").value(row.goalText);
        if (row.goal != Goal.NONE) {
          w.name("goalMet").value(row.goalMet());
        }
        w.endObject();
      }
      w.endArray();
      w.name("benchmarks").beginArray();
      for (Map.Entry<String, List<RunResult>> e : results.entrySet()) {
        w.beginObject();
        w.name("name").value(e.getKey());
        w.name("mode").value(e.getValue().get(0).getParams().getMode().shortLabel());
        w.name("unit").value(e.getValue().get(0).getPrimaryResult().getScoreUnit());
        w.name("forks").beginArray();
        int perRound = forksPerRound(e.getKey());
        for (int i = 0; i < e.getValue().size(); i++) {
          RunResult fork = e.getValue().get(i);
          Result<?> primary = fork.getPrimaryResult();
          w.beginObject();
          w.name("round").value(i / perRound + 1);
          w.name("score").value(finite(primary.getScore()));
          w.name("error").value(finite(primary.getScoreError()));
          Result<?> alloc = fork.getSecondaryResults().get(ALLOC);
          if (alloc != null) {
            w.name("allocBytesPerOp").value(finite(alloc.getScore()));
          }
          w.endObject();
        }
        w.endArray();
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    return buffer.readUtf8() + "\n";
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : 0;
  }

  /** Two decimals, three below 0.1 (so a ratio of 0.003 does not read as 0). */
  static String ratio(double value) {
    return String.format(Locale.ROOT, Math.abs(value) < 0.1 ? "%.3f" : "%.2f", value);
  }

  static String format(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static void updateReadme(Path readme, String markdown) {
    try {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      int start = text.indexOf(README_START);
      int end = text.indexOf(README_END);
      if (start < 0 || end < start) {
        System.out.println(readme + " has no " + README_START + " … " + README_END + " markers; not updated");
        return;
      }
      String updated = text.substring(0, start + README_START.length()) + "\n" + markdown + text.substring(end);
      Files.writeString(readme, updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A figure (the median of rounds, or a mean) and its error (half the spread of what it sums up). */
  record Stats(double mean, double error) {
    /** Mean and half the spread (max − min) of repeated measurements. */
    static Stats of(double[] values) {
      double sum = 0;
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      for (double v : values) {
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return new Stats(sum / values.length, values.length > 1 ? (max - min) / 2 : 0);
    }
  }

  /** A goal on the SDK figure or on the ratio. */
  record Goal(String kind, double limit) {
    static final Goal NONE = new Goal("none", 0);

    static Goal sdkAtLeast(double limit) {
      return new Goal("sdkAtLeast", limit);
    }

    static Goal sdkAtMost(double limit) {
      return new Goal("sdkAtMost", limit);
    }

    static Goal ratioAtLeast(double limit) {
      return new Goal("ratioAtLeast", limit);
    }

    static Goal ratioAtMost(double limit) {
      return new Goal("ratioAtMost", limit);
    }

    /** SDK − baseline at most {@code limit} (in the figures' unit). */
    static Goal differenceAtMost(double limit) {
      return new Goal("differenceAtMost", limit);
    }

    boolean met(Stats sdk, Stats baseline, double ratio) {
      return switch (kind) {
        case "differenceAtMost" -> sdk.mean() - baseline.mean() <= limit;
        case "sdkAtLeast" -> sdk.mean() >= limit;
        case "sdkAtMost" -> sdk.mean() <= limit;
        case "ratioAtLeast" -> ratio >= limit;
        case "ratioAtMost" -> ratio <= limit;
        default -> true;
      };
    }
  }

  /**
   * One line of the report.
   *
   * @param ratio SDK ÷ baseline and its error: the median of per-round ratios for figures measured in the same rounds
   */
  record Row(String measure, Stats sdk, String unit, Stats baseline, String baselineName, String goalText,
      Goal goal, Stats ratio) {
    /** A row of figures not measured in paired rounds: the ratio of the two, its error from both (in quadrature). */
    static Row of(String measure, Stats sdk, String unit, Stats baseline, String baselineName, String goalText,
        Goal goal) {
      double ratio = sdk.mean() / baseline.mean();
      double a = sdk.error() / sdk.mean();
      double b = baseline.error() / baseline.mean();
      return new Row(measure, sdk, unit, baseline, baselineName, goalText, goal,
          new Stats(ratio, ratio * Math.sqrt(a * a + b * b)));
    }

    boolean goalMet() {
      return goal.met(sdk, baseline, ratio.mean());
    }

    /**
     * The ratio as the table shows it: {@link BenchmarkRunner#ratio}, with a third decimal when two would round it
     * onto its goal's limit (0.969 against "≥ 0.97" would read "0.97 ❌").
     */
    String shownRatio() {
      String shown = BenchmarkRunner.ratio(ratio.mean());
      boolean onLimit = goal.kind().startsWith("ratio") && Double.parseDouble(shown) == goal.limit();
      return onLimit ? String.format(Locale.ROOT, "%.3f", ratio.mean()) : shown;
    }
  }
}
