package dev.wabasdk.campaign;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.template.TemplateCategory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Preflights and runs {@link Campaign}s: one approved template to many recipients, paced at the phone number's
 * throughput, within the messaging limit and the policy engine's rules, each recipient's send exactly once across
 * crashes and instances, and tracked from status webhooks.
 *
 * <pre>{@code
 * CampaignRunner runner = CampaignRunner.builder(whatsApp)
 *     .policy(policy)                     // the same engine the client has as interceptor
 *     .costEstimator(CostEstimator.ofDefaults())
 *     .outbox(RedisCampaignOutbox.builder().uri("redis://localhost:6379").build())
 *     .build();
 * Preflight preflight = runner.preflight(campaign);     // nothing is sent
 * CampaignRun run = runner.start(campaign);             // on every instance: they share the work
 * // in the webhook listener: runner.recordStatus(...) for each status
 * CampaignReport report = run.await(Duration.ofHours(6));
 * }</pre>
 *
 * <h2>Exactly once</h2>
 * Each recipient's send has a stable key, {@code wabacampaign:<campaign id>:<digits>}, sent as the message's
 * {@code biz_opaque_callback_data}. Before writing the request, an instance moves the key's outbox record from
 * PENDING to ATTEMPTING in one atomic step that only one instance can win; the record is durable (with the Redis
 * outbox) before the request is written. Then:
 * <ul>
 *   <li>Meta answered with a {@code wamid}: ACCEPTED. Meta refused it, or the policy engine did (nothing sent):
 *       FAILED, SKIPPED, or back to PENDING to be tried again when the refusal was temporary (throughput, pair rate,
 *       messaging limit, a connection that never reached Meta).
 *   <li>The request was written and no answer came (timeout, reset, 5xx with code 1 or 131000), or the instance
 *       died between the attempt record and the answer: UNKNOWN. The campaign does not send again; it waits for a
 *       {@code sent}/{@code delivered}/{@code read}/{@code failed} status webhook carrying the key
 *       ({@link #recordStatus}), which makes it ACCEPTED or FAILED. If none comes within
 *       {@link Builder#resolveTimeout}, it becomes UNRESOLVED and is reported, not resent, unless
 *       {@link Builder#resendUnresolved} allows one more send.
 * </ul>
 * So the SDK never sends a campaign's message to a recipient twice: at most once per key, and exactly once for
 * every recipient that ends ACCEPTED. What it cannot promise is Meta's side: a message Meta accepted may still fail
 * or never be delivered (reported per recipient), Meta delivers webhooks at least once and sometimes late (so a
 * resolve timeout shorter than your webhook outage, with resending allowed, can send twice), and a number that
 * appears twice in the source is sent once. With the in-memory outbox the guarantee holds only while the process
 * lives.
 *
 * <p>Thread-safe; share one runner per client. {@link #close()} stops this instance's runs (their state stays in
 * the outbox: another instance, or a restart calling {@link #start} again, resumes them).
 */
public final class CampaignRunner implements AutoCloseable {
  /** The prefix of every send key. */
  public static final String KEY_PREFIX = "wabacampaign:";
  /** The highest throughput Meta grants a phone number, in messages per second. */
  public static final int MAX_MESSAGES_PER_SECOND = 1000;

  final MessagesApi messages;
  final CampaignOutbox outbox;
  final @Nullable PolicyEngine policy;
  final @Nullable CostEstimator estimator;
  final Clock clock;
  final String instanceId;
  final int messagesPerSecond;
  final int concurrency;
  final Duration lease;
  final Duration resolveTimeout;
  final boolean resendUnresolved;
  final Duration limitRetry;
  final double spikeRate;
  final int spikeMinimum;
  final List<CampaignListener> listeners;
  private final Map<String, CampaignRun> runs = new ConcurrentHashMap<>();
  /** Prices by market and category: one priceOf each, so a million recipients cost a map lookup each. */
  private final Map<PriceKey, MessagePrice> priceCache = new ConcurrentHashMap<>();

  private record PriceKey(Market market, PricingCategory category) {}

  private CampaignRunner(Builder b) {
    this.messages = b.whatsApp.messages();
    this.outbox = b.outbox != null ? b.outbox : new InMemoryCampaignOutbox(b.clock != null ? b.clock
        : b.whatsApp.clock());
    this.policy = b.policy;
    this.estimator = b.estimator;
    this.clock = b.clock != null ? b.clock : b.whatsApp.clock();
    this.instanceId = b.instanceId != null ? b.instanceId : UUID.randomUUID().toString();
    this.messagesPerSecond = b.messagesPerSecond;
    this.concurrency = b.concurrency;
    this.lease = b.lease;
    this.resolveTimeout = b.resolveTimeout;
    this.resendUnresolved = b.resendUnresolved;
    this.limitRetry = b.limitRetry;
    this.spikeRate = b.spikeRate;
    this.spikeMinimum = b.spikeMinimum;
    this.listeners = new CopyOnWriteArrayList<>(b.listeners);
  }

  /** A builder for a runner that sends with {@code whatsApp}'s messages (and its interceptors). */
  public static Builder builder(WhatsApp whatsApp) {
    return new Builder(Objects.requireNonNull(whatsApp, "whatsApp"));
  }

  /** The send key of a recipient of a campaign: {@code wabacampaign:<campaign id>:<digits of the number>}. */
  public static String sendKey(String campaignId, CampaignRecipient recipient) {
    return sendKey(campaignId, recipient.digits());
  }

  private static String sendKey(String campaignId, String digits) {
    return KEY_PREFIX + campaignId + ":" + digits;
  }

  /** The outbox the runner keeps its campaigns in. */
  public CampaignOutbox outbox() {
    return outbox;
  }

  /** This instance's id in the outbox (owner of its claims and attempts). */
  public String instanceId() {
    return instanceId;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Preflight

  /**
   * Reads the whole source and asks the policy engine about every recipient ({@link PolicyEngine#evaluate}: nothing
   * is sent, nothing claimed), then prices the sendable ones per market and fits them into the messaging limit and
   * the budget. A million recipients take seconds with the in-memory conversation store.
   */
  public Preflight preflight(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    Instant now = clock.instant();
    long recipients = 0;
    long sendable = 0;
    long newUsers = 0;
    Map<String, Long> refused = new HashMap<>();
    Map<Market, Money> costs = new HashMap<>();
    Map<Market, Long> countByMarket = new HashMap<>();
    // Recipients per cached price (one instance per market and category): summed and multiplied after the read,
    // not a BigDecimal sum and a boxed count per recipient. Exact either way.
    Map<MessagePrice, long[]> priced = new IdentityHashMap<>();
    DistinctDigits seen = new DistinctDigits();
    TemplateCategory lastCategory = null;
    PricingCategory lastPricing = pricingCategory(null);
    MessagingLimitTier tier = null;
    long reached = -1;
    try (Stream<CampaignRecipient> source = campaign.recipients().open()) {
      for (Iterator<CampaignRecipient> it = source.iterator(); it.hasNext(); ) {
        CampaignRecipient r = it.next();
        recipients++;
        TemplateMessage message;
        String digits = r.digits();
        try {
          message = campaign.message(r, sendKey(campaign.id(), digits));
        } catch (IllegalArgumentException e) {
          refused.merge(Preflight.INVALID_NUMBER, 1L, Long::sum);
          continue;
        }
        if (!seen.add(digits)) {
          refused.merge(Preflight.DUPLICATE, 1L, Long::sum);
          continue;
        }
        boolean alreadyReached = false;
        TemplateCategory category = null;
        if (policy != null) {
          Decision d = policy.evaluate(message);
          if (d.facts().messagingLimitTier() != null) {
            tier = d.facts().messagingLimitTier();
          }
          if (d.facts().reachedUsers().isPresent()) {
            reached = d.facts().reachedUsers().getAsInt();
          }
          alreadyReached = d.facts().alreadyReached();
          category = d.facts().templateCategory();
          if (!d.isAllowed() && !MessagingLimitRule.REASON.equals(d.reasonCode())) {
            refused.merge(d.reasonCode(), 1L, Long::sum);
            continue;
          }
        }
        sendable++;
        if (!alreadyReached) {
          newUsers++;
        }
        if (estimator != null) {
          if (category != lastCategory) {
            lastCategory = category;
            lastPricing = pricingCategory(category);
          }
          MessagePrice price = priceAs(r, lastPricing, now);
          if (price != null) {
            long[] count = priced.get(price);
            if (count == null) {
              count = new long[1];
              priced.put(price, count);
            }
            count[0]++;
          }
        }
      }
    }
    priced.forEach((price, count) -> {
      costs.merge(price.market(), price.total().times(count[0]), Money::plus);
      countByMarket.merge(price.market(), count[0], Long::sum);
    });
    Integer limit = tier == null ? null : tier.uniqueUsers();
    long fitNow = newUsers;
    Instant restFrom = null;
    if (limit != null) {
      long room = Math.max(0, limit - Math.max(reached, 0));
      fitNow = Math.min(newUsers, room);
      long rest = newUsers - fitNow;
      if (rest > 0) {
        long days = (rest + limit - 1) / limit;
        restFrom = now.plus(Duration.ofDays(days));
      }
    }
    long alreadyReachedSendable = sendable - newUsers;
    fitNow += alreadyReachedSendable;
    Money total = null;
    long fitBudget = sendable;
    if (estimator != null) {
      for (Money m : costs.values()) {
        total = total == null ? m : total.plus(m);
      }
      if (total == null) {
        total = Money.zero(estimator.rateCards().get(0).currency());
      }
      if (campaign.budget() != null && total.compareTo(campaign.budget()) > 0 && sendable > 0) {
        // Cheapest markets first: the most recipients the budget can reach.
        Money left = campaign.budget();
        fitBudget = 0;
        List<Map.Entry<Market, Money>> byUnit = costs.entrySet().stream()
            .sorted((a, b) -> unit(a.getValue(), countByMarket.getOrDefault(a.getKey(), 0L))
                .compareTo(unit(b.getValue(), countByMarket.getOrDefault(b.getKey(), 0L)))).toList();
        for (Map.Entry<Market, Money> e : byUnit) {
          long n = countByMarket.getOrDefault(e.getKey(), 0L);
          BigDecimal unit = unit(e.getValue(), n);
          long affordable = unit.signum() == 0 ? n
              : Math.min(n, left.amount().divide(unit, 0, java.math.RoundingMode.FLOOR).longValue());
          fitBudget += affordable;
          left = left.minus(Money.of(unit.multiply(BigDecimal.valueOf(affordable)), left.currency()));
          if (affordable < n) {
            break;
          }
        }
      }
    }
    Duration sendingTime = Duration.ofMillis(sendable * 1000L / messagesPerSecond);
    return new Preflight(campaign.id(), now, recipients, sendable, refused, tier, reached, newUsers, fitNow,
        restFrom, sendingTime, costs, total, campaign.budget(), fitBudget);
  }

  private static BigDecimal unit(Money total, long count) {
    return total.amount().divide(BigDecimal.valueOf(count), 8, java.math.RoundingMode.HALF_UP);
  }

  /** The expected price of the recipient's message: one priceOf per market, cached. */
  @Nullable MessagePrice price(CampaignRecipient r, @Nullable TemplateCategory category, Instant at) {
    return priceAs(r, pricingCategory(category), at);
  }

  /** The pricing category of a template category (marketing when unknown). */
  private static PricingCategory pricingCategory(@Nullable TemplateCategory category) {
    return category == null ? PricingCategory.MARKETING : PricingCategory.of(
        category.value().toLowerCase(java.util.Locale.ROOT));
  }

  private @Nullable MessagePrice priceAs(CampaignRecipient r, PricingCategory pricing, Instant at) {
    CostEstimator est = estimator;
    if (est == null) {
      return null;
    }
    try {
      String e164 = Recipient.phoneNumber(r.phoneNumber()).e164();
      PriceKey key = new PriceKey(est.marketOf(e164, at), pricing);
      MessagePrice cached = priceCache.get(key); // get first: no capturing lambda per recipient
      return cached != null ? cached : priceCache.computeIfAbsent(key, k -> est.priceOf(PriceQuery.of(e164, pricing)
          .at(at)));
    } catch (IllegalArgumentException e) {
      return null; // a market the card has no rate for: not priced
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Running

  /**
   * Starts (or joins, or resumes after a crash) the campaign on this instance: queues the recipients if no other
   * instance does, then works through the queue in background threads. Calling it again for a campaign this
   * runner already runs returns the same run.
   */
  public CampaignRun start(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    return runs.computeIfAbsent(campaign.id(), id -> {
      CampaignRun run = new CampaignRun(this, campaign);
      run.begin();
      return run;
    });
  }

  /** The run of a campaign this runner started, or null. */
  public @Nullable CampaignRun run(String campaignId) {
    return runs.get(campaignId);
  }

  /**
   * Stops every campaign this runner runs (and, through the outbox, on every instance), e.g. for a quality drop or
   * an account restriction a webhook reported; {@code run.resume()} continues.
   *
   * @return how many runs were stopped
   */
  public int stopAll(StopReason reason, String detail) {
    return stopWhere(reason, detail, null, null);
  }

  /**
   * Stops the campaigns of this runner that send template {@code name} (in {@code language}, or in any language
   * when null), e.g. when a webhook reports it paused or disabled.
   *
   * @return how many runs were stopped
   */
  public int stopTemplate(String name, @Nullable String language, StopReason reason, String detail) {
    return stopWhere(reason, detail, Objects.requireNonNull(name, "name"), language);
  }

  private int stopWhere(StopReason reason, String detail, @Nullable String template, @Nullable String language) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    int stopped = 0;
    for (CampaignRun run : runs.values()) {
      Campaign c = run.campaign();
      boolean matches = template == null
          || (c.templateName().equals(template) && (language == null || c.language().equals(language)));
      CampaignState state = run.control().state();
      if (matches && (state == CampaignState.RUNNING || state == CampaignState.PAUSED)) {
        run.stop(reason, detail);
        stopped++;
      }
    }
    return stopped;
  }

  /**
   * A status webhook: resolves an unknown outcome (a {@code sent}, {@code delivered} or {@code read} status makes
   * it ACCEPTED, {@code failed} makes it FAILED) and counts statuses, errors and the actual cost, once per recipient
   * however often Meta delivers the webhook. Statuses of messages not sent by a campaign are ignored.
   *
   * @return whether the status belonged to a campaign
   */
  public boolean recordStatus(CampaignStatusUpdate status) {
    Objects.requireNonNull(status, "status");
    String key = status.bizOpaqueCallbackData();
    if (key == null || !key.startsWith(KEY_PREFIX)) {
      return false;
    }
    int colon = key.indexOf(':', KEY_PREFIX.length());
    if (colon < 0) {
      return false;
    }
    String campaignId = key.substring(KEY_PREFIX.length(), colon);
    String digits = key.substring(colon + 1);
    DeliveryStatus s = status.status();
    int rank = DeliveryStatus.SENT.equals(s) ? 1 : DeliveryStatus.DELIVERED.equals(s) ? 2
        : DeliveryStatus.READ.equals(s) || DeliveryStatus.PLAYED.equals(s) ? 3
        : DeliveryStatus.FAILED.equals(s) ? 9 : 0;
    if (rank == 0) {
      return true; // accepted/deleted/unknown statuses say nothing about delivery
    }
    if (rank == 9) {
      String code = status.errorCode() == null ? "" : status.errorCode().toString();
      outbox.transition(campaignId, key, Set.of(SendState.ATTEMPTING, SendState.UNKNOWN, SendState.UNRESOLVED,
          SendState.ACCEPTED), null, new OutboxRecord(key, SendState.FAILED, "", status.timestamp(),
          status.messageId(), code));
    } else {
      outbox.transition(campaignId, key, Set.of(SendState.ATTEMPTING, SendState.UNKNOWN, SendState.UNRESOLVED),
          null, new OutboxRecord(key, SendState.ACCEPTED, "", status.timestamp(), status.messageId(), ""));
    }
    String billableAs = null;
    String currency = null;
    long micros = 0;
    if (status.charged() && status.category() != null) {
      MessagePrice price = actualPrice("+" + digits, status.category(), status.timestamp());
      billableAs = (price == null ? "unpriced" : price.market().name()) + "|" + status.category().value();
      if (price != null) {
        currency = price.total().currency();
        micros = price.total().amount().movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP)
            .longValueExact();
      }
    }
    outbox.recordStatus(campaignId, key, s.value(), rank, rank == 9 ? status.errorCode() : null, billableAs,
        currency, micros);
    CampaignRun run = runs.get(campaignId);
    if (run != null && rank == 9 && status.errorCode() != null) {
      run.noteResult(status.errorCode());
    }
    return true;
  }

  private @Nullable MessagePrice actualPrice(String e164, PricingCategory category, Instant at) {
    if (estimator == null) {
      return null;
    }
    try {
      return estimator.priceOf(PriceQuery.of(e164, category).at(at));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A snapshot of a campaign's shared counters. */
  public CampaignProgress progress(String campaignId) {
    return new CampaignProgress(campaignId, outbox.control(campaignId), queued(campaignId),
        outbox.loaded(campaignId), outbox.counters(campaignId));
  }

  long queued(String campaignId) {
    return outbox.counters(campaignId).getOrDefault("queued", 0L);
  }

  /** The report of a campaign from the outbox (complete once it finished). */
  public CampaignReport report(String campaignId) {
    Map<String, Long> failed = new HashMap<>();
    Map<String, Long> skipped = new HashMap<>();
    Money expected = null;
    try (Stream<OutboxRecord> records = outbox.records(campaignId)) {
      for (OutboxRecord r : (Iterable<OutboxRecord>) records::iterator) {
        if (r.state() == SendState.FAILED) {
          failed.merge(r.detail().isEmpty() ? "unknown" : r.detail(), 1L, Long::sum);
        } else if (r.state() == SendState.SKIPPED) {
          skipped.merge(r.detail(), 1L, Long::sum);
        } else if (r.state() == SendState.ACCEPTED && estimator != null) {
          String digits = r.key().substring(r.key().lastIndexOf(':') + 1);
          MessagePrice p = price(new CampaignRecipient("+" + digits, List.of(), null), null, r.at());
          if (p != null) {
            expected = expected == null ? p.total() : expected.plus(p.total());
          }
        }
      }
    }
    Money actual = null;
    if (estimator != null) {
      for (Map.Entry<String, Long> e : outbox.counters(campaignId).entrySet()) {
        if (e.getKey().startsWith("cost_micros:")) {
          Money m = Money.of(BigDecimal.valueOf(e.getValue()).movePointLeft(6), e.getKey().substring(12));
          actual = actual == null ? m : actual.plus(m);
        }
      }
      String currency = estimator.rateCards().get(0).currency();
      if (expected == null) {
        expected = Money.zero(currency);
      }
      if (actual == null) {
        actual = Money.zero(expected.currency());
      }
    }
    return new CampaignReport(progress(campaignId), failed, skipped, expected, actual,
        () -> outbox.records(campaignId));
  }

  /** Stops this instance's runs; the campaigns' state stays in the outbox. */
  @Override
  public void close() {
    runs.values().forEach(CampaignRun::shutdown);
    runs.clear();
  }

  void forget(String campaignId) {
    runs.remove(campaignId);
  }

  @Override
  public String toString() {
    return "CampaignRunner{instance=" + instanceId + ", outbox=" + outbox + ", messagesPerSecond="
        + messagesPerSecond + "}";
  }

  /** Configures a {@link CampaignRunner}. Not thread-safe. */
  public static final class Builder {
    private final WhatsApp whatsApp;
    private @Nullable CampaignOutbox outbox;
    private @Nullable PolicyEngine policy;
    private @Nullable CostEstimator estimator;
    private @Nullable Clock clock;
    private @Nullable String instanceId;
    private int messagesPerSecond = 80;
    private int concurrency = 16;
    private Duration lease = Duration.ofSeconds(60);
    private Duration resolveTimeout = Duration.ofMinutes(10);
    private boolean resendUnresolved;
    private Duration limitRetry = Duration.ofMinutes(1);
    private double spikeRate = 0.1;
    private int spikeMinimum = 20;
    private final List<CampaignListener> listeners = new java.util.ArrayList<>();

    private Builder(WhatsApp whatsApp) {
      this.whatsApp = whatsApp;
    }

    /** Where claims, attempts and results are kept: in memory by default, {@code RedisCampaignOutbox} to share. */
    public Builder outbox(CampaignOutbox outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      return this;
    }

    /**
     * The policy engine for the preflight (its {@code evaluate}) and to learn the messaging limit; add the same
     * engine to the client as interceptor so every send is checked and recorded.
     */
    public Builder policy(PolicyEngine policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Prices the preflight, the budget and the actual cost. */
    public Builder costEstimator(CostEstimator estimator) {
      this.estimator = Objects.requireNonNull(estimator, "estimator");
      return this;
    }

    /** The clock (default: the client's). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** This instance's id in the outbox (default: a random UUID). Stable ids help reading the outbox. */
    public Builder instanceId(String instanceId) {
      Objects.requireNonNull(instanceId, "instanceId");
      if (!instanceId.matches("[A-Za-z0-9_.:-]{1,100}")) {
        throw new IllegalArgumentException("instanceId: must be 1 to 100 letters, digits, '_', '.', ':' or '-',"
            + " was '" + instanceId + "'");
      }
      this.instanceId = instanceId;
      return this;
    }

    /**
     * This instance's sending rate (default 80, Meta's default throughput; at most 1,000). Instances sharing a
     * campaign each send at this rate: give each the number's throughput divided by the number of instances.
     */
    public Builder messagesPerSecond(int messagesPerSecond) {
      if (messagesPerSecond < 1 || messagesPerSecond > MAX_MESSAGES_PER_SECOND) {
        throw new IllegalArgumentException("messagesPerSecond: must be 1 to " + MAX_MESSAGES_PER_SECOND + ", was "
            + messagesPerSecond);
      }
      this.messagesPerSecond = messagesPerSecond;
      return this;
    }

    /**
     * Turns pacing off: sends go as fast as the client answers. Only for a fake Graph API or an interceptor that
     * answers without sending (tests, benchmarks); Meta refuses sends above the number's throughput with 130429.
     */
    public Builder withoutPacing() {
      this.messagesPerSecond = Integer.MAX_VALUE;
      return this;
    }

    /** Sends in flight at once on this instance (default 16). */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 1024) {
        throw new IllegalArgumentException("concurrency: must be 1 to 1024, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** How long a claim lasts without an acknowledgement before another instance takes it (default 60 s). */
    public Builder lease(Duration lease) {
      this.lease = positive("lease", lease);
      return this;
    }

    /** How long an unknown outcome waits for a status webhook before it is UNRESOLVED (default 10 minutes). */
    public Builder resolveTimeout(Duration resolveTimeout) {
      this.resolveTimeout = positive("resolveTimeout", resolveTimeout);
      return this;
    }

    /**
     * Whether an unknown outcome no webhook resolved within the resolve timeout is sent once more (default false:
     * it is reported UNRESOLVED). Turn on only when the webhook endpoint is reliable: a webhook later than the
     * timeout means the recipient gets the message twice.
     */
    public Builder resendUnresolved(boolean resend) {
      this.resendUnresolved = resend;
      return this;
    }

    /** How long to wait when the messaging limit is reached before trying again (default 1 minute). */
    public Builder messagingLimitRetry(Duration retry) {
      this.limitRetry = positive("messagingLimitRetry", retry);
      return this;
    }

    /**
     * Stops the campaign when at least {@code minimum} of the results (sends and failed webhooks) are error 131049
     * and they are at least {@code rate} of the last 200 (default 10% and 20).
     */
    public Builder stopOn131049(double rate, int minimum) {
      if (!(rate > 0 && rate <= 1) || minimum < 1) {
        throw new IllegalArgumentException("stopOn131049: rate must be in (0, 1] and minimum at least 1, was "
            + rate + " and " + minimum);
      }
      this.spikeRate = rate;
      this.spikeMinimum = minimum;
      return this;
    }

    /** Hears progress and state changes of every run. */
    public Builder listener(CampaignListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public CampaignRunner build() {
      return new CampaignRunner(this);
    }

    private static Duration positive(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + ": must be positive, was " + d);
      }
      return d;
    }
  }
}
