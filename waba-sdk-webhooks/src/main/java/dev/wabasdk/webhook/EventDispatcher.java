package dev.wabasdk.webhook;

import dev.wabasdk.webhook.DeduplicationStore.Claim;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping behind {@link WebhookProcessor#handle} once a payload is parsed: claims each event in the
 * {@link DeduplicationStore}, runs the policy and billing feeds at most once per event, dispatches to the listeners
 * (on the calling thread or the executor) and completes or releases the leases. Thread-safe.
 */
final class EventDispatcher {
  private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);
  private static final String FEED_KEY_PREFIX = WebhookProcessor.FEED_KEY_PREFIX;
  /** What {@link #runFeeds} answers for one event when there are no feeds: shared. */
  private static final List<@Nullable Claim> NOTHING_FED = Collections.nCopies(1, null);
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(Batch.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final List<WebhookListener> listeners;
  private final List<WebhookListener> feeds;
  private final @Nullable WebhookErrorHandler errorHandler;
  private final DeduplicationStore deduplicationStore;
  private final Duration deduplicationTtl;
  private final @Nullable Executor executor;
  private final DeliveryGuarantee guarantee;
  private final Duration leaseTtl;
  private final AtomicBoolean closed;
  /** Batches the executor accepted and has not finished. */
  private final Set<Batch> pending = ConcurrentHashMap.newKeySet();

  EventDispatcher(List<WebhookListener> listeners, List<WebhookListener> feeds,
      @Nullable WebhookErrorHandler errorHandler, DeduplicationStore deduplicationStore, Duration deduplicationTtl,
      @Nullable Executor executor, DeliveryGuarantee guarantee, Duration leaseTtl, AtomicBoolean closed) {
    this.listeners = listeners;
    this.feeds = feeds;
    this.errorHandler = errorHandler;
    this.deduplicationStore = deduplicationStore;
    this.deduplicationTtl = deduplicationTtl;
    this.executor = executor;
    this.guarantee = guarantee;
    this.leaseTtl = leaseTtl;
    this.closed = closed;
  }

  /** Claims, feeds and dispatches the events of one request; the answer for Meta. */
  WebhookResponse dispatch(List<WebhookEvent> events) {
    if (events.size() == 1) { // most payloads: no lists to fill and no id set to find repeats in
      WebhookEvent event = events.get(0);
      Claim claim = claim(event.eventId(), List.of());
      if (claim == null) {
        return WebhookResponse.of(503, "de-duplication store unavailable");
      }
      if (!claim.isClaimed()) {
        return claim.status() == Claim.Status.IN_FLIGHT
            ? WebhookResponse.of(503, "event in flight elsewhere")
            : WebhookResponse.of(200, "OK");
      }
      return dispatchClaimed(events, List.of(claim), false);
    }
    List<WebhookEvent> fresh = new ArrayList<>(events.size());
    List<Claim> claims = new ArrayList<>(events.size());
    boolean inFlightElsewhere = false;
    Set<String> ids = new HashSet<>();
    for (WebhookEvent event : events) {
      String eventId = event.eventId(); // built on each call by most events: asked once
      if (!ids.add(eventId)) {
        continue; // the same event twice in one payload: our own lease would make it look in flight
      }
      Claim claim = claim(eventId, claims);
      if (claim == null) {
        return WebhookResponse.of(503, "de-duplication store unavailable");
      }
      if (claim.isClaimed()) {
        fresh.add(event);
        claims.add(claim);
      } else if (claim.status() == Claim.Status.IN_FLIGHT) {
        inFlightElsewhere = true;
      }
    }
    if (fresh.isEmpty()) {
      return inFlightElsewhere
          ? WebhookResponse.of(503, "event in flight elsewhere")
          : WebhookResponse.of(200, "OK");
    }
    return dispatchClaimed(fresh, claims, inFlightElsewhere);
  }

  /**
   * Claims one event in the store, logging a duplicate or an event in flight elsewhere.
   *
   * @return the claim, or null when the store failed (the claims {@code held} are released then)
   */
  private @Nullable Claim claim(String eventId, List<Claim> held) {
    Claim claim;
    try {
      claim = deduplicationStore.claim(eventId, leaseTtl);
    } catch (RuntimeException e) {
      log.error("De-duplication store failed on event {}; answering 503 so Meta redelivers", eventId, e);
      releaseAll(held);
      return null;
    }
    switch (claim.status()) {
      case CLAIMED -> { }
      case DONE -> log.debug("Skipped duplicate webhook event {}", eventId);
      case IN_FLIGHT ->
          log.debug("Webhook event {} is being processed elsewhere; Meta will be asked to redeliver", eventId);
    }
    return claim;
  }

  /** Feeds and dispatches the claimed events of one request. */
  private WebhookResponse dispatchClaimed(List<WebhookEvent> fresh, List<Claim> claims, boolean inFlightElsewhere) {
    List<@Nullable Claim> fed = runFeeds(fresh, claims);
    if (fed == null) {
      return WebhookResponse.of(503, "policy or billing feed unavailable");
    }
    Batch batch = new Batch(fresh, claims, fed);
    WebhookResponse answer;
    if (executor == null) {
      answer = runSynchronously(batch);
    } else {
      answer = submit(batch);
    }
    if (answer.isSuccessful() && inFlightElsewhere) {
      // What we claimed is handled; the rest belongs to a lease another worker holds: Meta comes back later.
      return WebhookResponse.of(503, "event in flight elsewhere");
    }
    return answer;
  }

  /**
   * Runs the policy and billing feeds on the claimed events, each at most once per event (guarded by a
   * {@value #FEED_KEY_PREFIX} claim, so a redelivery after a listener failure does not record the event twice).
   *
   * @return per event, the feed guard to complete if the event is released later (null when nothing to mark), or
   *     null when a feed or the store failed (the claims are released then)
   */
  private @Nullable List<@Nullable Claim> runFeeds(List<WebhookEvent> fresh, List<Claim> claims) {
    if (feeds.isEmpty()) { // nothing to mark: no list to fill
      return fresh.size() == 1 ? NOTHING_FED : Collections.nCopies(fresh.size(), null);
    }
    List<@Nullable Claim> fed = new ArrayList<>(fresh.size());
    for (WebhookEvent event : fresh) {
      Claim guard;
      try {
        guard = deduplicationStore.claim(FEED_KEY_PREFIX + event.eventId(), leaseTtl);
      } catch (RuntimeException e) {
        log.error("De-duplication store failed on event {}; answering 503 so Meta redelivers", event.eventId(), e);
        abandon(claims, fed);
        return null;
      }
      if (guard.status() == Claim.Status.DONE) {
        fed.add(null); // recorded on an earlier delivery whose listeners failed
        continue;
      }
      if (guard.status() == Claim.Status.IN_FLIGHT) {
        log.warn("Feeds of webhook event {} are being run elsewhere; answering 503 so Meta redelivers",
            event.eventId());
        abandon(claims, fed);
        return null;
      }
      for (WebhookListener feed : feeds) {
        try {
          feed.onEvent(event);
        } catch (RuntimeException e) {
          log.error("{} failed on event {}; answering 503 so Meta redelivers", feed, event.eventId(), e);
          release(guard);
          abandon(claims, fed);
          return null;
        }
      }
      fed.add(guard);
    }
    return fed;
  }

  private WebhookResponse runSynchronously(Batch batch) {
    if (guarantee == DeliveryGuarantee.AT_MOST_ONCE && !completeAll(batch)) {
      return WebhookResponse.of(503, "de-duplication store unavailable");
    }
    int failed = batch.dispatch();
    if (failed > 0) {
      return WebhookResponse.of(500, failed + " event(s) failed in a listener; redeliver");
    }
    return WebhookResponse.of(200, "OK");
  }

  private WebhookResponse submit(Batch batch) {
    Executor executor = Objects.requireNonNull(this.executor);
    pending.add(batch);
    try {
      executor.execute(batch);
    } catch (RuntimeException e) { // RejectedExecutionException, or any failure of a custom executor
      pending.remove(batch);
      if (batch.cancel()) {
        log.error("Webhook executor rejected {} events; answering 503 so Meta redelivers", batch.events.size(), e);
        abandon(batch.claims, batch.fed);
        return WebhookResponse.of(503, "busy");
      }
      // The executor ran (part of) the task itself and then threw: the task settled its own claims.
      log.warn("Webhook executor threw after running the task", e);
    }
    if (closed.get() && batch.cancel()) {
      // close() began after our check and may have missed this batch: undo it ourselves.
      pending.remove(batch);
      abandon(batch.claims, batch.fed);
      return WebhookResponse.of(503, "shutting down");
    }
    if (guarantee == DeliveryGuarantee.AT_MOST_ONCE && !completeAll(batch)) {
      // The task may run anyway; at most once still holds because its leases keep redeliveries out.
      return WebhookResponse.of(503, "de-duplication store unavailable");
    }
    return WebhookResponse.of(200, "OK");
  }

  /**
   * Marks every claimed event done (at-most-once). On a store failure before the task started, cancels it,
   * releases what is left and returns false.
   */
  private boolean completeAll(Batch batch) {
    for (int i = 0; i < batch.claims.size(); i++) {
      try {
        deduplicationStore.complete(batch.claims.get(i), deduplicationTtl);
      } catch (RuntimeException e) {
        log.error("De-duplication store failed marking event {} done; answering 503 so Meta redelivers",
            batch.claims.get(i).key(), e);
        if (!batch.cancel()) {
          // The executor already runs the task: keep the leases (they keep redeliveries out until they expire).
          return true;
        }
        abandon(batch.claims.subList(i, batch.claims.size()), batch.fed.subList(i, batch.fed.size()));
        return false;
      }
    }
    return true;
  }

  /**
   * Gives up events that will not be dispatched: their feeds already ran, so those are marked done (not run
   * again); their claims are released so Meta's redelivery runs them.
   */
  private void abandon(List<Claim> claims, List<@Nullable Claim> fed) {
    for (Claim guard : fed) {
      if (guard != null) {
        try {
          deduplicationStore.complete(guard, deduplicationTtl);
        } catch (RuntimeException e) {
          log.warn("Could not mark the feeds of event {} done; a redelivery may record it again", guard.key(), e);
        }
      }
    }
    releaseAll(claims);
  }

  private void releaseAll(List<Claim> claims) {
    claims.forEach(this::release);
  }

  private void release(Claim claim) {
    try {
      deduplicationStore.release(claim);
    } catch (RuntimeException e) {
      // Not lost: the lease expires after leaseTtl and the next redelivery runs the event.
      log.warn("De-duplication store could not release event {}; its lease expires in {}", claim.key(), leaseTtl,
          e);
    }
  }

  /** Runs the listeners on one event; false when one of them threw (reported to the error handler). */
  private boolean runListeners(WebhookEvent event) {
    boolean ok = true;
    for (WebhookListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (Exception e) {
        ok = false;
        log.error("Webhook listener {} failed on event {}", listener, event.eventId(), e);
        if (errorHandler != null) {
          try {
            errorHandler.onListenerError(event, listener, e);
          } catch (Exception handlerFailure) {
            log.error("Webhook error handler failed on event {}", event.eventId(), handlerFailure);
          }
        }
      }
    }
    return ok;
  }

  /**
   * Waits until {@code deadline} ({@link System#nanoTime()}) for the executor to run the batches it accepted,
   * then releases those it did not start.
   *
   * @return the released events
   */
  List<WebhookEvent> drain(long deadline) {
    try {
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<WebhookEvent> released = new ArrayList<>();
    for (Batch batch : List.copyOf(pending)) {
      if (batch.cancel()) {
        pending.remove(batch);
        abandon(batch.claims, batch.fed);
        released.addAll(batch.events);
      }
    }
    if (!released.isEmpty()) {
      log.warn("Webhook processor closed with {} accepted events not run; released for redelivery: {}",
          released.size(), released.stream().map(WebhookEvent::eventId).toList());
    }
    return List.copyOf(released);
  }

  /** The events of one request, claimed, run on the calling thread or as one executor task. */
  private final class Batch implements Runnable {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    final List<WebhookEvent> events;
    final List<Claim> claims;
    final List<@Nullable Claim> fed;
    /** QUEUED, RUNNING or CANCELLED; changed only through {@link #STATE} (a field, not an object per request). */
    private volatile int state = QUEUED;

    Batch(List<WebhookEvent> events, List<Claim> claims, List<@Nullable Claim> fed) {
      this.events = events;
      this.claims = claims;
      this.fed = fed;
    }

    boolean cancel() {
      return STATE.compareAndSet(this, QUEUED, CANCELLED);
    }

    @Override
    public void run() {
      try {
        dispatch();
      } finally {
        pending.remove(this);
      }
    }

    /** Runs the listeners unless cancelled; returns how many events failed. */
    int dispatch() {
      if (!STATE.compareAndSet(this, QUEUED, RUNNING)) {
        return 0;
      }
      int failed = 0;
      for (int i = 0; i < events.size(); i++) {
        WebhookEvent event = events.get(i);
        boolean ok = runListeners(event);
        if (guarantee == DeliveryGuarantee.AT_MOST_ONCE) {
          continue; // already marked done
        }
        if (ok) {
          try {
            deduplicationStore.complete(claims.get(i), deduplicationTtl);
          } catch (RuntimeException e) {
            // The listeners succeeded; the lease expires and a redelivery, if any, runs the event again.
            log.warn("De-duplication store could not mark event {} done; its lease expires in {}",
                event.eventId(), leaseTtl, e);
          }
        } else {
          failed++;
          abandon(List.of(claims.get(i)), fed.subList(i, i + 1));
        }
      }
      return failed;
    }
  }
}
