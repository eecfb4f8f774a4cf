package dev.wabasdk.campaign;

import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.Money;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.QuietHoursRule;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.policy.internal.RegionZones;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One campaign running on this instance: {@link #pause()}, {@link #resume()}, {@link #cancel()} and
 * {@link #stop(StopReason, String)} act on every instance sharing the outbox. Obtain it from
 * {@link CampaignRunner#start}. Thread-safe.
 */
public final class CampaignRun {
  private static final Logger LOG = LoggerFactory.getLogger(CampaignRun.class);
  private static final int MAX_BACKLOG = 10_000;
  private static final int LOAD_BATCH = 500;
  private static final int SPIKE_WINDOW = 200;
  private static final long IDLE_MILLIS = 50;
  /** How often a deferred unknown outcome is looked at again before its resolve timeout. */
  private static final Duration RECHECK = Duration.ofSeconds(1);
  private static final Set<SendState> MINE = Set.of(SendState.ATTEMPTING, SendState.UNKNOWN);

  private final CampaignRunner runner;
  private final Campaign campaign;
  private final String id;
  private final CampaignOutbox outbox;
  private final ExecutorService senders;
  private final Semaphore inFlight;
  private final CompletableFuture<CampaignReport> done = new CompletableFuture<>();
  private final Object pacing = new Object();
  private final Object budgetLock = new Object();
  private final boolean[] spikeWindow = new boolean[SPIKE_WINDOW];
  private final AtomicInteger limitSkips = new AtomicInteger();
  private int spikeIndex;
  private int spikeResults;
  private int spikeCount;
  private long nextSlotNanos;
  /** Local back-off (throughput, messaging limit) in real time: a frozen test clock must not freeze it. */
  private volatile long waitUntilNanos = System.nanoTime();
  /** The shared run state as last read: checked before each send so a stop takes effect within one send. */
  private volatile CampaignState runState = CampaignState.RUNNING;
  private volatile boolean shutdown;
  private @Nullable Thread coordinator;
  private @Nullable Stream<CampaignRecipient> source;
  private @Nullable Iterator<CampaignRecipient> sourceIterator;
  private long loadOffset = -1;
  private volatile @Nullable Money maxUnitPrice;

  CampaignRun(CampaignRunner runner, Campaign campaign) {
    this.runner = runner;
    this.campaign = campaign;
    this.id = campaign.id();
    this.outbox = runner.outbox;
    this.inFlight = new Semaphore(runner.concurrency);
    AtomicInteger n = new AtomicInteger();
    this.senders = Executors.newFixedThreadPool(runner.concurrency, r -> {
      Thread t = new Thread(r, "waba-campaign-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  void begin() {
    Thread t = new Thread(this::coordinate, "waba-campaign-" + id);
    t.setDaemon(true);
    coordinator = t;
    t.start();
  }

  /** The campaign. */
  public Campaign campaign() {
    return campaign;
  }

  /** The shared run state. */
  public CampaignControl control() {
    return outbox.control(id);
  }

  /** The shared counters now. */
  public CampaignProgress progress() {
    return runner.progress(id);
  }

  /** Pauses the campaign on every instance; sends in flight finish. */
  public CampaignControl pause() {
    return change(new CampaignControl(CampaignState.PAUSED, null, "paused by the app"));
  }

  /** Resumes a paused or stopped campaign on every instance. */
  public CampaignControl resume() {
    return change(CampaignControl.RUNNING);
  }

  /** Cancels the campaign on every instance: nothing more is sent; final. */
  public CampaignControl cancel() {
    return change(new CampaignControl(CampaignState.CANCELLED, null, "cancelled by the app"));
  }

  /**
   * Stops the campaign on every instance for a trouble signal, e.g. from a webhook listener:
   * {@code run.stop(StopReason.QUALITY_DROP, "quality rating RED")}. {@link #resume()} continues.
   */
  public CampaignControl stop(StopReason reason, String detail) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    return change(new CampaignControl(CampaignState.STOPPED, reason, detail));
  }

  private CampaignControl change(CampaignControl control) {
    CampaignControl now = outbox.control(id, control);
    runState = now.state();
    for (CampaignListener l : runner.listeners) {
      try {
        l.onStateChange(id, now);
      } catch (RuntimeException e) {
        LOG.warn("Campaign listener failed", e);
      }
    }
    return now;
  }

  /** Completes with the report when the campaign finishes or is cancelled (on any instance). */
  public CompletableFuture<CampaignReport> completion() {
    return done;
  }

  /**
   * Waits for the campaign to finish or be cancelled and returns its report.
   *
   * @throws IllegalStateException when it did not end within {@code timeout}
   */
  public CampaignReport await(Duration timeout) {
    try {
      return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("campaign " + id + " did not end within " + timeout + ": " + progress().bar(20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for campaign " + id, e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("campaign " + id + " failed", e.getCause());
    }
  }

  /**
   * Stops this instance's work on the campaign at once, as a crash would (claims stay until their lease expires;
   * other instances carry on). The campaign's state is untouched.
   */
  public void shutdown() {
    shutdown = true;
    Thread t = coordinator;
    if (t != null) {
      t.interrupt();
    }
    senders.shutdownNow();
    closeSource();
    runner.forget(id);
  }

  // ---------------------------------------------------------------------------------------------------------

  private void coordinate() {
    CampaignState last = null;
    long lastProgress = 0;
    try {
      while (!shutdown) {
        CampaignControl control = outbox.control(id);
        runState = control.state();
        if (control.state() != last) {
          last = control.state();
        }
        long nowMillis = runner.clock.millis();
        if (nowMillis - lastProgress >= 1000) {
          lastProgress = nowMillis;
          notifyProgress();
        }
        if (control.state() == CampaignState.CANCELLED || control.state() == CampaignState.FINISHED) {
          break;
        }
        if (control.state() != CampaignState.RUNNING) {
          Thread.sleep(100);
          continue;
        }
        Instant startAt = campaign.startAt();
        if (startAt != null && runner.clock.instant().isBefore(startAt)) {
          Thread.sleep(Math.min(1000, Math.max(1, startAt.toEpochMilli() - nowMillis)));
          continue;
        }
        load();
        long wait = waitUntilNanos - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(Math.max(1, Math.min(wait / 1_000_000, 1000)));
          continue;
        }
        List<OutboxEntry> entries = outbox.claim(id, runner.instanceId, runner.concurrency * 4, runner.lease);
        if (entries.isEmpty()) {
          if (outbox.loaded(id) && outbox.backlog(id) == 0) {
            inFlight.acquire(runner.concurrency); // let the last sends finish
            inFlight.release(runner.concurrency);
            if (outbox.backlog(id) == 0) {
              change(new CampaignControl(CampaignState.FINISHED, null, "every recipient is done"));
              break;
            }
          }
          Thread.sleep(IDLE_MILLIS);
          continue;
        }
        int ready = 0;
        Instant now = runner.clock.instant();
        for (OutboxEntry e : entries) {
          if (e.notBefore().isAfter(now)) {
            outbox.defer(id, e, e.notBefore());
            continue;
          }
          ready++;
          pace();
          inFlight.acquire();
          try {
            senders.execute(() -> {
              try {
                process(e);
              } catch (RuntimeException ex) {
                // The entry stays claimed; its lease expires and it is processed again (the record decides).
                LOG.error("Campaign {}: processing a recipient failed", id, ex);
              } finally {
                inFlight.release();
              }
            });
          } catch (java.util.concurrent.RejectedExecutionException ex) {
            inFlight.release();
            return;
          }
        }
        if (ready == 0) {
          Thread.sleep(IDLE_MILLIS * 4); // everything claimed waits (quiet hours, a webhook): do not spin
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      LOG.error("Campaign {} stopped on this instance: {}", id, e.toString(), e);
      closeSource();
      senders.shutdown();
      done.completeExceptionally(e);
      runner.forget(id);
      return;
    }
    if (shutdown) {
      return;
    }
    try {
      inFlight.acquire(runner.concurrency);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    senders.shutdown();
    closeSource();
    notifyProgress();
    runner.forget(id);
    done.complete(runner.report(id));
  }

  private void notifyProgress() {
    if (runner.listeners.isEmpty()) {
      return;
    }
    CampaignProgress p = progress();
    for (CampaignListener l : runner.listeners) {
      try {
        l.onProgress(p);
      } catch (RuntimeException e) {
        LOG.warn("Campaign listener failed", e);
      }
    }
  }

  /** Queues more recipients while this instance holds the loader right and the backlog is small. */
  private void load() {
    if (outbox.backlog(id) >= MAX_BACKLOG) {
      return;
    }
    long offset = outbox.acquireLoader(id, runner.instanceId, runner.lease);
    if (offset < 0) {
      closeSource();
      return;
    }
    if (sourceIterator == null || offset != loadOffset) {
      closeSource();
      Stream<CampaignRecipient> s = campaign.recipients().open();
      source = s;
      Iterator<CampaignRecipient> it = s.iterator();
      for (long i = 0; i < offset && it.hasNext(); i++) {
        it.next(); // resume after what a crashed loader queued
      }
      sourceIterator = it;
      loadOffset = offset;
    }
    Iterator<CampaignRecipient> it = Objects.requireNonNull(sourceIterator);
    while (outbox.backlog(id) < MAX_BACKLOG) {
      List<CampaignRecipient> batch = new ArrayList<>(LOAD_BATCH);
      while (batch.size() < LOAD_BATCH && it.hasNext()) {
        batch.add(it.next());
      }
      boolean last = !it.hasNext();
      if (!outbox.enqueue(id, runner.instanceId, loadOffset, batch, last, runner.lease)) {
        closeSource();
        return;
      }
      loadOffset += batch.size();
      if (last) {
        closeSource();
        return;
      }
    }
  }

  private void closeSource() {
    Stream<CampaignRecipient> s = source;
    source = null;
    sourceIterator = null;
    loadOffset = -1;
    if (s != null) {
      s.close();
    }
  }

  /** Waits for this instance's next send slot: a steady rate, no bursts beyond one slot. */
  private void pace() throws InterruptedException {
    if (runner.messagesPerSecond == Integer.MAX_VALUE) {
      return; // withoutPacing()
    }
    long interval = 1_000_000_000L / runner.messagesPerSecond;
    long sleep;
    synchronized (pacing) {
      long now = System.nanoTime();
      nextSlotNanos = Math.max(nextSlotNanos + interval, now);
      sleep = nextSlotNanos - now;
    }
    if (sleep > 0) {
      TimeUnit.NANOSECONDS.sleep(sleep);
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // One recipient

  private void process(OutboxEntry entry) {
    CampaignRecipient r = entry.recipient();
    String key = CampaignRunner.sendKey(id, r);
    Instant now = runner.clock.instant();
    OutboxRecord rec = outbox.record(id, key);
    SendState state = rec == null ? SendState.PENDING : rec.state();
    switch (state) {
      case ACCEPTED, FAILED, SKIPPED, UNRESOLVED -> outbox.ack(id, entry);
      case ATTEMPTING -> {
        // Its owner died (or its lease ran out) between the attempt record and the answer: outcome unknown.
        OutboxRecord r0 = Objects.requireNonNull(rec);
        outbox.transition(id, key, Set.of(SendState.ATTEMPTING), r0.owner(), new OutboxRecord(key,
            SendState.UNKNOWN, r0.owner(), r0.at(), r0.messageId(), "instance lost during the attempt"));
        outbox.defer(id, entry, recheckAt(now, r0.at().plus(runner.resolveTimeout)));
      }
      case UNKNOWN -> {
        OutboxRecord r0 = Objects.requireNonNull(rec);
        Instant deadline = r0.at().plus(runner.resolveTimeout);
        if (now.isBefore(deadline)) {
          outbox.defer(id, entry, recheckAt(now, deadline));
        } else if (runner.resendUnresolved) {
          Transition t = outbox.transition(id, key, Set.of(SendState.UNKNOWN), null,
              new OutboxRecord(key, SendState.ATTEMPTING, runner.instanceId, now, null, "resend"));
          if (t.applied()) {
            send(entry, key, r, now);
          } else {
            outbox.ack(id, entry);
          }
        } else {
          outbox.transition(id, key, Set.of(SendState.UNKNOWN), null, new OutboxRecord(key,
              SendState.UNRESOLVED, r0.owner(), now, r0.messageId(), "no status webhook within "
              + runner.resolveTimeout));
          outbox.ack(id, entry);
        }
      }
      case PENDING -> {
        if (runState != CampaignState.RUNNING) {
          outbox.defer(id, entry, now); // paused or stopped since it was claimed: back to the queue
          return;
        }
        Recipient to;
        try {
          to = Recipient.phoneNumber(r.phoneNumber());
        } catch (IllegalArgumentException e) {
          skip(entry, key, Preflight.INVALID_NUMBER, now);
          return;
        }
        QuietHours quiet = campaign.quietHours();
        if (quiet != null) {
          Instant allowed = now;
          for (ZoneId zone : zones(r, to)) {
            Instant next = quiet.nextAllowed(now, zone);
            if (next.isAfter(allowed)) {
              allowed = next;
            }
          }
          if (allowed.isAfter(now)) {
            outbox.defer(id, entry, allowed);
            return;
          }
        }
        Transition t;
        if (campaign.budget() == null) {
          t = attempt(key, now);
        } else {
          // The check and the attempt record together, so this instance's senders cannot pass the budget at once.
          synchronized (budgetLock) {
            if (overBudget(r, now)) {
              stop(StopReason.BUDGET_REACHED, "the next message would pass the budget " + campaign.budget());
              outbox.defer(id, entry, now);
              return;
            }
            t = attempt(key, now);
          }
        }
        if (!t.applied()) {
          outbox.ack(id, entry); // another instance has it (a duplicate row or a reclaimed entry)
          return;
        }
        send(entry, key, r, now);
      }
    }
  }

  private Transition attempt(String key, Instant now) {
    return outbox.transition(id, key, Set.of(SendState.PENDING), null,
        new OutboxRecord(key, SendState.ATTEMPTING, runner.instanceId, now, null, ""));
  }

  private List<ZoneId> zones(CampaignRecipient r, Recipient to) {
    ZoneId zone = r.zone();
    if (zone != null) {
      return List.of(zone);
    }
    return RegionZones.of(to);
  }

  private void skip(OutboxEntry entry, String key, String reason, Instant now) {
    outbox.transition(id, key, Set.of(SendState.PENDING), null,
        new OutboxRecord(key, SendState.SKIPPED, "", now, null, reason));
    outbox.ack(id, entry);
    notifyResult(SendState.SKIPPED, reason);
  }

  /** The record is ATTEMPTING, owned by this instance: write the request and record what happened. */
  private void send(OutboxEntry entry, String key, CampaignRecipient r, Instant attemptedAt) {
    TemplateMessage message;
    try {
      message = campaign.message(r, key);
    } catch (IllegalArgumentException e) {
      abandon(key);
      skip(entry, key, "invalid_message", attemptedAt);
      LOG.warn("Campaign {}: a recipient's message is invalid: {}", id, e.getMessage());
      return;
    }
    SendResult result;
    try {
      result = runner.messages.send(message);
    } catch (WabaPolicyException e) {
      abandon(key); // the engine denied it: nothing was sent
      onPolicyRefusal(entry, key, e.decision());
      return;
    } catch (WabaException e) {
      onFailure(entry, key, e);
      return;
    } catch (RuntimeException e) {
      // An interceptor failed in an unknown place: the request may have been written. Never guess "not sent".
      unknown(entry, key, e.toString());
      return;
    }
    outbox.transition(id, key, MINE, runner.instanceId, new OutboxRecord(key, SendState.ACCEPTED,
        runner.instanceId, runner.clock.instant(), result.messageId(), ""));
    outbox.ack(id, entry);
    noteResult(0);
    notifyResult(SendState.ACCEPTED, "");
  }

  private void abandon(String key) {
    outbox.transition(id, key, Set.of(SendState.ATTEMPTING), runner.instanceId, null);
  }

  private void unknown(OutboxEntry entry, String key, String why) {
    Instant now = runner.clock.instant();
    outbox.transition(id, key, Set.of(SendState.ATTEMPTING), runner.instanceId,
        new OutboxRecord(key, SendState.UNKNOWN, runner.instanceId, now, null, why));
    outbox.defer(id, entry, recheckAt(now, now.plus(runner.resolveTimeout)));
    notifyResult(SendState.UNKNOWN, why);
  }

  /**
   * When to look at an unknown outcome again: every {@link #RECHECK} until the deadline, so a status webhook that
   * resolves it (the record turns ACCEPTED or FAILED) lets the campaign finish within a second, not at the deadline.
   * Unknown outcomes are rare, so the extra claims cost little.
   */
  private static Instant recheckAt(Instant now, Instant deadline) {
    Instant next = now.plus(RECHECK);
    return next.isBefore(deadline) ? next : deadline;
  }

  private void notifyResult(SendState state, String detail) {
    for (CampaignListener l : runner.listeners) {
      try {
        l.onSendResult(id, state, detail);
      } catch (RuntimeException e) {
        LOG.warn("Campaign listener failed", e);
      }
    }
  }

  private void onPolicyRefusal(OutboxEntry entry, String key, Decision decision) {
    Instant now = runner.clock.instant();
    String reason = decision.reasonCode();
    if (MessagingLimitRule.REASON.equals(reason)) {
      // The rolling 24 hours have no room: everyone waits, then the window is asked again.
      backOff(runner.limitRetry);
      limitSkips.incrementAndGet();
      outbox.defer(id, entry, now.plus(runner.limitRetry));
    } else if (PairRateRule.REASON.equals(reason)) {
      Instant next = decision.facts().pairRateNextAllowedAt();
      outbox.defer(id, entry, next != null && next.isAfter(now) ? next : now.plusSeconds(6));
    } else if (QuietHoursRule.REASON.equals(reason)) {
      outbox.defer(id, entry, now.plus(Duration.ofMinutes(15)));
    } else if (PolicyEngine.STORE_UNAVAILABLE.equals(reason)) {
      backOff(Duration.ofSeconds(5));
      outbox.defer(id, entry, now);
    } else {
      skip(entry, key, reason, now);
    }
  }

  private void onFailure(OutboxEntry entry, String key, WabaException e) {
    Instant now = runner.clock.instant();
    if (e.outcome() == Outcome.UNKNOWN) {
      unknown(entry, key, e instanceof WabaApiException api ? Integer.toString(api.code()) : "no answer");
      return;
    }
    if (!(e instanceof WabaApiException api)) {
      abandon(key); // never reached Meta
      backOff(Duration.ofSeconds(1));
      outbox.defer(id, entry, now);
      return;
    }
    int code = api.code();
    switch (code) {
      case 130429, 133016 -> { // throughput: slow down and try again
        abandon(key);
        backOff(Duration.ofSeconds(1));
        outbox.defer(id, entry, now);
      }
      case 131056 -> { // pair rate: this user later
        abandon(key);
        outbox.defer(id, entry, now.plusSeconds(60));
      }
      case 132015, 132016 -> { // template paused or disabled
        abandon(key);
        outbox.defer(id, entry, now);
        stop(StopReason.TEMPLATE_PAUSED, "Meta refused the template with " + code + ": " + api.getMessage());
      }
      case 131031 -> { // account restricted or locked
        abandon(key);
        outbox.defer(id, entry, now);
        stop(StopReason.ACCOUNT_RESTRICTED, "Meta refused the send with 131031: " + api.getMessage());
      }
      default -> {
        if (api.isRetryable()) {
          abandon(key);
          backOff(Duration.ofSeconds(2));
          outbox.defer(id, entry, now);
        } else {
          outbox.transition(id, key, MINE, runner.instanceId, new OutboxRecord(key, SendState.FAILED,
              runner.instanceId, now, null, Integer.toString(code)));
          outbox.ack(id, entry);
          noteResult(code);
          notifyResult(SendState.FAILED, Integer.toString(code));
        }
      }
    }
  }

  private void backOff(Duration d) {
    long until = System.nanoTime() + d.toNanos();
    if (until - waitUntilNanos > 0) {
      waitUntilNanos = until;
    }
  }

  /** A result for the 131049 spike detector: 0 for a success, else the error code. */
  void noteResult(int code) {
    boolean spike;
    synchronized (spikeWindow) {
      boolean is131049 = code == 131049;
      if (spikeResults == SPIKE_WINDOW && spikeWindow[spikeIndex]) {
        spikeCount--;
      }
      spikeWindow[spikeIndex] = is131049;
      if (is131049) {
        spikeCount++;
      }
      spikeIndex = (spikeIndex + 1) % SPIKE_WINDOW;
      spikeResults = Math.min(SPIKE_WINDOW, spikeResults + 1);
      spike = is131049 && spikeCount >= runner.spikeMinimum
          && spikeCount >= runner.spikeRate * spikeResults;
    }
    if (spike && outbox.control(id).state() == CampaignState.RUNNING) {
      stop(StopReason.MARKETING_LIMIT_SPIKE, spikeCount + " of the last " + spikeResults
          + " results were error 131049 (Meta is limiting marketing messages to these users)");
    }
  }

  /**
   * Whether this message could push the campaign past its budget: the actual cost so far plus, for every accepted
   * or unknown send not yet billed, the highest price seen (a conservative bound shared by all instances).
   */
  private boolean overBudget(CampaignRecipient r, Instant now) {
    Money budget = campaign.budget();
    if (budget == null || runner.estimator == null) {
      return false;
    }
    MessagePrice price = runner.price(r, null, now);
    if (price == null) {
      return false;
    }
    Money unit = price.total();
    Money max = maxUnitPrice;
    if (max == null || unit.compareTo(max) > 0) {
      maxUnitPrice = max = unit;
    }
    Map<String, Long> counters = outbox.counters(id);
    long billed = 0;
    Money actual = Money.zero(unit.currency());
    for (Map.Entry<String, Long> e : counters.entrySet()) {
      if (e.getKey().startsWith("billable:")) {
        billed += e.getValue();
      } else if (e.getKey().equals("cost_micros:" + unit.currency())) {
        actual = Money.of(BigDecimal.valueOf(e.getValue()).movePointLeft(6), unit.currency());
      }
    }
    long open = counters.getOrDefault("state:ACCEPTED", 0L) + counters.getOrDefault("state:UNKNOWN", 0L)
        + counters.getOrDefault("state:ATTEMPTING", 0L) - billed;
    Money committed = actual.plus(max.times(Math.max(0, open))).plus(unit);
    return committed.compareTo(budget) > 0;
  }

  @Override
  public String toString() {
    return "CampaignRun{campaign=" + id + ", instance=" + runner.instanceId + "}";
  }
}
