package dev.wabasdk.webhook;

import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.DeduplicationStore.Claim;
import dev.wabasdk.webhook.internal.BillingFeed;
import dev.wabasdk.internal.Json;
import dev.wabasdk.webhook.internal.PolicyFeed;
import dev.wabasdk.webhook.internal.TenantFilter;
import dev.wabasdk.Tenant;
import dev.wabasdk.webhook.internal.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives WhatsApp Cloud API webhooks, framework-agnostic: give it the request headers and the <b>raw</b> body
 * bytes, answer with the {@link WebhookResponse} it returns.
 *
 * <pre>{@code
 * WebhookProcessor processor = WebhookProcessor.builder()
 *     .appSecret(System.getenv("WHATSAPP_APP_SECRET"))
 *     .verifyToken(System.getenv("WHATSAPP_VERIFY_TOKEN"))
 *     .on(InboundTextMessage.class, m -> System.out.println(m.from().key() + ": " + m.body()))
 *     .build();
 *
 * // GET (subscription handshake):
 * WebhookResponse r = processor.verify(mode, verifyToken, challenge);
 * // POST (notifications):
 * WebhookResponse r = processor.handle(headers, rawBody);
 * }</pre>
 *
 * <h2>What {@code handle} does</h2>
 * <ol>
 *   <li>Rejects bodies over {@link Builder#maxBodyBytes} (default 1 MiB) with 413.
 *   <li>Checks {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw bytes with the app secret, constant-time
 *       compare); missing or wrong: 401, nothing dispatched. A re-serialised body fails: always pass the bytes
 *       exactly as received.
 *   <li>Parses the JSON (malformed: 400 with the reason) into typed {@link WebhookEvent}s, one per message,
 *       status or change, in payload order. Unknown fields, types and enum values never fail.
 *   <li>Logs once, at WARN, when a signed webhook's {@code Content-Type} is not {@code application/json} (it is
 *       processed anyway).
 *   <li>Claims each event in the {@link DeduplicationStore}: a lease that expires after {@link Builder#leaseTtl}.
 *       Events already done are skipped (duplicates); an event another worker holds makes the answer 503 so Meta
 *       comes back later; if the store fails, answers 503 and dispatches nothing so Meta redelivers.
 *   <li>Records the claimed events on the {@link Builder#policyEngine policy engine} and the
 *       {@link Builder#billingReconciliation billing reconciliation}, when set, on the calling thread and before
 *       any listener runs, at most once per event. If that fails (e.g. the engine's store is down), answers 503,
 *       dispatches nothing and releases the claims so Meta's redelivery gets through.
 *   <li>Dispatches to the listeners, synchronously or on the {@link Builder#executor} when set. With
 *       {@link DeliveryGuarantee#AT_LEAST_ONCE} (the default) an event is marked done only after every listener
 *       returned normally; a listener that throws is reported to the {@link WebhookErrorHandler}, its event is
 *       released and (synchronously) the answer is 500 so Meta redelivers it. Events of the same payload that
 *       succeeded are done and not run again. See {@link DeliveryGuarantee} and the README's table for the modes.
 * </ol>
 * It never throws: a payload it cannot use gets a 4xx, an internal failure a 500 (only JVM {@link Error}s thrown
 * by a synchronous listener, such as {@link OutOfMemoryError}, are not caught; the event's lease then expires).
 *
 * <p>{@link #close()} stops taking webhooks (503) and drains the executor's queue, releasing what it could not run.
 *
 * <p>Thread-safe; build one per app and share it.
 */
public final class WebhookProcessor implements AutoCloseable {

  /** The default body limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** The default de-duplication window: 7 days, as long as Meta retries a delivery. */
  public static final Duration DEFAULT_DEDUPLICATION_TTL = Duration.ofDays(7);

  /**
   * The default lease: 5 minutes. An event whose worker crashed or timed out is run again by a redelivery after
   * at most this long; a listener running longer may see the event run in parallel elsewhere.
   */
  public static final Duration DEFAULT_LEASE_TTL = Duration.ofMinutes(5);

  /** The default time {@link #close()} waits for the executor to run the events it accepted: 30 seconds. */
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(30);

  /** The prefix of the store key that records that the policy and billing feeds ran for an event. */
  static final String FEED_KEY_PREFIX = "feed:";

  /** The header carrying Meta's signature. */
  public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

  private static final Logger log = LoggerFactory.getLogger(WebhookProcessor.class);

  private final @Nullable SignatureVerifier verifier;
  private final byte[] verifyToken;
  private final int maxBodyBytes;
  private final List<WebhookListener> listeners;
  private final List<WebhookListener> feeds;
  private final @Nullable WebhookErrorHandler errorHandler;
  private final DeduplicationStore deduplicationStore;
  private final Duration deduplicationTtl;
  private final @Nullable Executor executor;
  private final DeliveryGuarantee guarantee;
  private final Duration leaseTtl;
  private final Duration drainTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean contentTypeWarned = new AtomicBoolean();
  /** Batches the executor accepted and has not finished. */
  private final Set<Batch> pending = ConcurrentHashMap.newKeySet();

  private WebhookProcessor(Builder builder, @Nullable SignatureVerifier verifier, byte[] verifyToken) {
    this.verifier = verifier;
    this.verifyToken = verifyToken;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.listeners = List.copyOf(builder.listeners);
    List<WebhookListener> feeds = new ArrayList<>(2);
    if (builder.policyEngine != null) {
      feeds.add(new PolicyFeed(builder.policyEngine, builder.policyPhoneNumberId));
    }
    builder.tenantEngines.forEach((tenant, engine) -> feeds.add(new TenantFilter(tenant.phoneNumberId(),
        tenant.businessAccountId(), new PolicyFeed(engine, tenant.phoneNumberId()))));
    if (builder.billingReconciliation != null) {
      feeds.add(new BillingFeed(builder.billingReconciliation));
    }
    this.feeds = List.copyOf(feeds);
    this.errorHandler = builder.errorHandler;
    this.deduplicationStore =
        builder.deduplicationStore != null ? builder.deduplicationStore : new InMemoryDeduplicationStore();
    this.deduplicationTtl = builder.deduplicationTtl;
    this.executor = builder.executor;
    this.guarantee = builder.guarantee;
    this.leaseTtl = builder.leaseTtl;
    this.drainTimeout = builder.drainTimeout;
  }

  /**
   * The business phone number an event concerns ({@code metadata.phone_number_id}), or null for events about a
   * WABA only (templates, account updates; their WABA id is {@link WebhookEvent#businessAccountId()}). With the WABA
   * id, tells a multi-tenant app which tenant an event belongs to.
   */
  public static @Nullable String phoneNumberIdOf(WebhookEvent event) {
    return TenantFilter.phoneNumberIdOf(Objects.requireNonNull(event, "event == null"));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a webhook body into events without verifying, de-duplicating or dispatching (for replays and tests).
   *
   * @throws IllegalArgumentException when the body is not a JSON object
   */
  public static List<WebhookEvent> parse(byte[] rawBody) {
    Objects.requireNonNull(rawBody, "rawBody == null");
    Object json;
    try {
      json = Json.parse(rawBody);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException("rawBody is not valid JSON: " + e.getMessage(), e);
    }
    if (!(json instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("rawBody must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> payload = (Map<String, @Nullable Object>) json;
    return List.copyOf(WebhookParser.parse(payload));
  }

  /**
   * The {@code X-Hub-Signature-256} value Meta would send with {@code rawBody}: {@code sha256=<hex HMAC-SHA256>}
   * keyed with {@code appSecret}. For tests and fakes that post webhooks to an app.
   *
   * @throws IllegalArgumentException when {@code appSecret} is blank
   */
  public static String signatureFor(String appSecret, byte[] rawBody) {
    Objects.requireNonNull(appSecret, "appSecret == null");
    Objects.requireNonNull(rawBody, "rawBody == null");
    if (appSecret.isBlank()) {
      throw new IllegalArgumentException("appSecret must not be blank");
    }
    return new SignatureVerifier(appSecret).sign(rawBody);
  }

  /**
   * Answers the GET verification handshake Meta makes when the callback URL is saved: 200 with the challenge
   * when {@code hub.mode} is {@code subscribe} and {@code hub.verify_token} matches, else 403.
   *
   * @param mode the {@code hub.mode} query parameter
   * @param verifyToken the {@code hub.verify_token} query parameter
   * @param challenge the {@code hub.challenge} query parameter
   */
  public WebhookResponse verify(@Nullable String mode, @Nullable String verifyToken, @Nullable String challenge) {
    if (!"subscribe".equals(mode)) {
      log.warn("Rejected webhook verification: hub.mode is {}, expected subscribe", mode == null ? "missing" : mode);
      return WebhookResponse.of(403, "Forbidden");
    }
    if (verifyToken == null
        || !MessageDigest.isEqual(this.verifyToken, verifyToken.getBytes(StandardCharsets.UTF_8))) {
      log.warn("Rejected webhook verification: hub.verify_token does not match the configured verify token");
      return WebhookResponse.of(403, "Forbidden");
    }
    if (challenge == null || challenge.isEmpty()) {
      log.warn("Rejected webhook verification: hub.challenge is missing");
      return WebhookResponse.of(403, "Forbidden");
    }
    return WebhookResponse.of(200, challenge);
  }

  /**
   * Handles a notification POST. Never throws (see the class documentation for the answers).
   *
   * @param headers the request headers (names in any letter case)
   * @param rawBody the request body exactly as received
   */
  public WebhookResponse handle(Map<String, ? extends List<String>> headers, byte[] rawBody) {
    try {
      return process(headers, rawBody);
    } catch (RuntimeException e) {
      // Unreachable by design; answering 500 makes Meta redeliver instead of losing the notification.
      log.error("Unexpected failure while processing a webhook", e);
      return WebhookResponse.of(500, "internal error");
    }
  }

  /** The largest body accepted, in bytes. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  WebhookResponse payloadTooLarge(long size) {
    log.warn("Rejected webhook: body of {} bytes exceeds the limit of {} bytes", size, maxBodyBytes);
    return WebhookResponse.of(413, "body exceeds " + maxBodyBytes + " bytes");
  }

  private WebhookResponse process(@Nullable Map<String, ? extends List<String>> headers, byte @Nullable [] rawBody) {
    if (rawBody == null) {
      log.warn("Rejected webhook: no body");
      return WebhookResponse.of(400, "empty body");
    }
    if (rawBody.length > maxBodyBytes) {
      return payloadTooLarge(rawBody.length);
    }
    if (verifier != null) {
      SignatureVerifier.Result result = verifier.verify(header(headers, SIGNATURE_HEADER), rawBody);
      if (result != SignatureVerifier.Result.VALID) {
        log.warn("Rejected webhook: {}", result.reason());
        return WebhookResponse.of(401, result.reason());
      }
      warnOnContentType(headers);
    }
    if (closed.get()) {
      return WebhookResponse.of(503, "shutting down");
    }
    Object json;
    try {
      json = Json.parse(rawBody);
    } catch (Json.MalformedJsonException e) {
      log.warn("Rejected webhook: malformed JSON: {}", e.getMessage());
      return WebhookResponse.of(400, "malformed JSON: " + e.getMessage());
    }
    if (!(json instanceof Map<?, ?>)) {
      log.warn("Rejected webhook: the body is JSON but not an object");
      return WebhookResponse.of(400, "malformed payload: expected a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> payload = (Map<String, @Nullable Object>) json;
    List<WebhookEvent> events = WebhookParser.parse(payload);

    List<WebhookEvent> fresh = new ArrayList<>(events.size());
    List<Claim> claims = new ArrayList<>(events.size());
    boolean inFlightElsewhere = false;
    Set<String> ids = new HashSet<>();
    for (WebhookEvent event : events) {
      if (!ids.add(event.eventId())) {
        continue; // the same event twice in one payload: our own lease would make it look in flight
      }
      Claim claim;
      try {
        claim = deduplicationStore.claim(event.eventId(), leaseTtl);
      } catch (RuntimeException e) {
        log.error("De-duplication store failed on event {}; answering 503 so Meta redelivers", event.eventId(), e);
        releaseAll(claims);
        return WebhookResponse.of(503, "de-duplication store unavailable");
      }
      switch (claim.status()) {
        case CLAIMED -> {
          fresh.add(event);
          claims.add(claim);
        }
        case DONE -> log.debug("Skipped duplicate webhook event {}", event.eventId());
        case IN_FLIGHT -> {
          log.debug("Webhook event {} is being processed elsewhere; Meta will be asked to redeliver",
              event.eventId());
          inFlightElsewhere = true;
        }
      }
    }
    if (fresh.isEmpty()) {
      return inFlightElsewhere
          ? WebhookResponse.of(503, "event in flight elsewhere")
          : WebhookResponse.of(200, "OK");
    }
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
    List<@Nullable Claim> fed = new ArrayList<>(fresh.size());
    if (feeds.isEmpty()) {
      fresh.forEach(e -> fed.add(null));
      return fed;
    }
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
   * Stops taking webhooks (every later {@code handle} answers 503), waits up to {@link Builder#drainTimeout} for
   * the executor to run the events it accepted, and releases (never marks done) those it did not start, so a
   * redelivery runs them. Idempotent. Spring calls it when the context closes.
   */
  @Override
  public void close() {
    shutdown(drainTimeout);
  }

  /**
   * As {@link #close()}, waiting at most {@code timeout}.
   *
   * @return the accepted events that were not run and have been released (empty without an executor); they are
   *     also logged at WARN. Meta answered 200 for them, so only a redelivery brings them back.
   */
  public List<WebhookEvent> shutdown(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout == null");
    closed.set(true);
    long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
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

  private void warnOnContentType(@Nullable Map<String, ? extends List<String>> headers) {
    String contentType = header(headers, "Content-Type");
    String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
    if (!mediaType.equalsIgnoreCase("application/json") && contentTypeWarned.compareAndSet(false, true)) {
      // Meta always sends application/json: a different type hints at a proxy rewriting requests. Logged once.
      log.warn("A signed webhook arrived with Content-Type {} instead of application/json; processing it anyway"
          + " (logged once)", contentType == null ? "missing" : contentType);
    }
  }

  /** The events of one request, claimed, run on the calling thread or as one executor task. */
  private final class Batch implements Runnable {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;

    final List<WebhookEvent> events;
    final List<Claim> claims;
    final List<@Nullable Claim> fed;
    private final AtomicInteger state = new AtomicInteger(QUEUED);

    Batch(List<WebhookEvent> events, List<Claim> claims, List<@Nullable Claim> fed) {
      this.events = events;
      this.claims = claims;
      this.fed = fed;
    }

    boolean cancel() {
      return state.compareAndSet(QUEUED, CANCELLED);
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
      if (!state.compareAndSet(QUEUED, RUNNING)) {
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

  private static @Nullable String header(@Nullable Map<String, ? extends List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
      if (name.equalsIgnoreCase(entry.getKey())) {
        List<String> values = entry.getValue();
        return values == null || values.isEmpty() ? null : values.get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "WebhookProcessor{signatureVerification="
        + (verifier != null ? "on" : "OFF")
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", listeners="
        + listeners.size()
        + ", feeds="
        + feeds
        + ", deduplicationStore="
        + deduplicationStore
        + ", guarantee="
        + guarantee
        + "}";
  }

  /** Configures a {@link WebhookProcessor}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private final List<String> appSecrets = new ArrayList<>();
    private @Nullable String verifyToken;
    private boolean signatureVerification = true;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private final List<WebhookListener> listeners = new ArrayList<>();
    private @Nullable WebhookErrorHandler errorHandler;
    private @Nullable DeduplicationStore deduplicationStore;
    private Duration deduplicationTtl = DEFAULT_DEDUPLICATION_TTL;
    private @Nullable Executor executor;
    private DeliveryGuarantee guarantee = DeliveryGuarantee.AT_LEAST_ONCE;
    private Duration leaseTtl = DEFAULT_LEASE_TTL;
    private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;
    private @Nullable PolicyEngine policyEngine;
    private @Nullable String policyPhoneNumberId;
    private final Map<Tenant, PolicyEngine> tenantEngines = new LinkedHashMap<>();
    private @Nullable BillingReconciliation billingReconciliation;

    private Builder() {}

    /**
     * <strong>Required</strong> (unless signature verification is disabled). The App Secret (App Dashboard &gt;
     * App settings &gt; Basic) that keys the {@code X-Hub-Signature-256} HMAC. Never logged.
     */
    public Builder appSecret(String appSecret) {
      Objects.requireNonNull(appSecret, "appSecret == null");
      if (appSecret.isBlank()) {
        throw new IllegalArgumentException("appSecret must not be blank");
      }
      appSecrets.clear();
      appSecrets.add(appSecret);
      return this;
    }

    /**
     * Adds the App Secret of another app whose webhooks reach this endpoint (several apps, e.g. one per region or
     * a migration to a new app): a POST is accepted when its signature matches under one of the secrets. Every
     * secret is tried (constant time per secret, no early exit). Never logged.
     */
    public Builder addAppSecret(String appSecret) {
      Objects.requireNonNull(appSecret, "appSecret == null");
      if (appSecret.isBlank()) {
        throw new IllegalArgumentException("appSecret must not be blank");
      }
      appSecrets.add(appSecret);
      return this;
    }

    /**
     * <strong>Required.</strong> The verify token you entered in the App Dashboard next to the callback URL;
     * the GET handshake succeeds only when Meta echoes it. Never logged.
     */
    public Builder verifyToken(String verifyToken) {
      Objects.requireNonNull(verifyToken, "verifyToken == null");
      if (verifyToken.isBlank()) {
        throw new IllegalArgumentException("verifyToken must not be blank");
      }
      this.verifyToken = verifyToken;
      return this;
    }

    /**
     * Turns off {@code X-Hub-Signature-256} checking: anyone who can reach the endpoint can then inject events.
     * Only for tests, or behind a proxy that already verified the signature. Logged as a warning at build time.
     */
    public Builder disableSignatureVerification() {
      this.signatureVerification = false;
      return this;
    }

    /**
     * The largest body accepted; larger ones get 413. Default 1 MiB. Meta's
     * payloads are at most 3 MB.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** Adds a listener; listeners run in the order added. */
    public Builder listener(WebhookListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener == null"));
      return this;
    }

    /**
     * Adds a listener for one tenant's events only: those about its phone number ({@code metadata.phone_number_id}:
     * messages, statuses, errors) and, when the tenant has a WABA id, those about its WABA with no number
     * ({@code entry[].id}: templates, account updates). Runs in the order added, with the other listeners.
     */
    public Builder listener(Tenant tenant, WebhookListener listener) {
      Objects.requireNonNull(tenant, "tenant == null");
      return listener(new TenantFilter(tenant.phoneNumberId(), tenant.businessAccountId(), listener));
    }

    /**
     * Adds a listener for the events of one WhatsApp Business Account ({@code entry[].id}), whichever of its numbers
     * they concern.
     *
     * @throws IllegalArgumentException when {@code businessAccountId} is not a Graph id
     */
    public Builder accountListener(String businessAccountId, WebhookListener listener) {
      Objects.requireNonNull(businessAccountId, "businessAccountId == null");
      if (!businessAccountId.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException("businessAccountId: must be a Graph id, was '" + businessAccountId + "'");
      }
      return listener(new TenantFilter(null, businessAccountId, listener));
    }

    /** Adds a listener for one event type, e.g. {@code .on(InboundTextMessage.class, m -> ...)}. */
    public <E extends WebhookEvent> Builder on(Class<E> type, Consumer<? super E> handler) {
      return listener(WebhookListener.of(type, handler));
    }

    /**
     * When events are marked done: {@link DeliveryGuarantee#AT_LEAST_ONCE} (the default, after the listeners
     * succeeded) or {@link DeliveryGuarantee#AT_MOST_ONCE} (before they run).
     */
    public Builder deliveryGuarantee(DeliveryGuarantee guarantee) {
      this.guarantee = Objects.requireNonNull(guarantee, "guarantee == null");
      return this;
    }

    /**
     * How long a claim on an event lasts while its listeners run. Default 5 minutes. Longer than your slowest
     * listener (plus the executor's queueing); shorter means a crashed worker's events come back sooner.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder leaseTtl(Duration leaseTtl) {
      this.leaseTtl = positive("leaseTtl", leaseTtl);
      return this;
    }

    /**
     * How long {@link WebhookProcessor#close()} waits for the executor to run the events it accepted. Default 30
     * seconds.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder drainTimeout(Duration drainTimeout) {
      Objects.requireNonNull(drainTimeout, "drainTimeout == null");
      if (drainTimeout.isNegative()) {
        throw new IllegalArgumentException("drainTimeout must not be negative, was " + drainTimeout);
      }
      this.drainTimeout = drainTimeout;
      return this;
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }

    /** Told when a listener throws (after it is logged). Default: only the log. */
    public Builder errorHandler(WebhookErrorHandler errorHandler) {
      this.errorHandler = Objects.requireNonNull(errorHandler, "errorHandler == null");
      return this;
    }

    /**
     * Where seen event ids are remembered. Default: a new {@link InMemoryDeduplicationStore}. Use
     * {@link DeduplicationStore#disabled()} to dispatch duplicates too.
     */
    public Builder deduplicationStore(DeduplicationStore deduplicationStore) {
      this.deduplicationStore = Objects.requireNonNull(deduplicationStore, "deduplicationStore == null");
      return this;
    }

    /**
     * How long an event id is remembered. Default 7 days (Meta retries that long).
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder deduplicationTtl(Duration deduplicationTtl) {
      Objects.requireNonNull(deduplicationTtl, "deduplicationTtl == null");
      if (deduplicationTtl.isNegative() || deduplicationTtl.isZero()) {
        throw new IllegalArgumentException("deduplicationTtl must be positive, was " + deduplicationTtl);
      }
      this.deduplicationTtl = deduplicationTtl;
      return this;
    }

    /**
     * Dispatches listeners on this executor (one task per request, events in order) instead of the calling
     * thread, so {@code handle} answers 200 as soon as the executor accepted the task. When the executor rejects
     * it, {@code handle} answers 503 and releases the events so Meta redelivers. Meta is not told about a listener
     * failure then (it already got 200): the event is released, not marked done, and reported to the
     * {@link #errorHandler}. Call {@link WebhookProcessor#close()} before shutting the executor down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Keeps {@code engine} up to date from webhooks: inbound messages open the customer service window (with the
     * click-to-WhatsApp referral, and the text of text messages and buttons so stop and start keywords work),
     * statuses report free entry points and 131050 opt-outs, {@code user_preferences} marketing stop and resume
     * opt the user out and in, template status and category updates, messaging limit tiers from phone number
     * quality and business capability updates, and identity links ({@code wa_id} and business-scoped user id).
     *
     * <p>Recorded on the calling thread before any listener runs, so a listener that answers a message is
     * evaluated with the window that message opened. If recording fails, {@code handle} answers 503 so Meta
     * redelivers.
     */
    public Builder policyEngine(PolicyEngine engine) {
      this.policyEngine = Objects.requireNonNull(engine, "engine == null");
      this.policyPhoneNumberId = null;
      tenantEngines.clear();
      return this;
    }

    /**
     * As {@link #policyEngine(PolicyEngine)}, for an engine that decides for one business phone number: inbound
     * messages and statuses of other numbers (by {@code metadata.phone_number_id}) are not recorded on it, because
     * customer service windows are per number.
     */
    public Builder policyEngine(PolicyEngine engine, String phoneNumberId) {
      this.policyEngine = Objects.requireNonNull(engine, "engine == null");
      this.policyPhoneNumberId = Objects.requireNonNull(phoneNumberId, "phoneNumberId == null");
      tenantEngines.clear();
      return this;
    }

    /**
     * Adds a policy engine for one tenant of a multi-tenant app: only the tenant's events are recorded on it (its
     * number's messages and statuses, its WABA's template and account updates), so tenants never see each other's
     * windows, opt-outs or templates. Call once per tenant; replaces an engine set with
     * {@link #policyEngine(PolicyEngine)} or {@link #policyEngine(PolicyEngine, String)}.
     */
    public Builder policyEngine(PolicyEngine engine, Tenant tenant) {
      Objects.requireNonNull(engine, "engine == null");
      Objects.requireNonNull(tenant, "tenant == null");
      this.policyEngine = null;
      this.policyPhoneNumberId = null;
      tenantEngines.put(tenant, engine);
      return this;
    }

    /**
     * Records the {@code pricing} of status webhooks on {@code reconciliation} as billed
     * ({@link BillingReconciliation#recordBilled}), before any listener runs.
     */
    public Builder billingReconciliation(BillingReconciliation reconciliation) {
      this.billingReconciliation = Objects.requireNonNull(reconciliation, "reconciliation == null");
      return this;
    }

    /**
     * Builds the processor.
     *
     * @throws IllegalStateException when the app secret or verify token is missing
     */
    public WebhookProcessor build() {
      if (verifyToken == null) {
        throw new IllegalStateException(
            "verifyToken is required: set the verify token you entered in the App Dashboard next to the callback"
                + " URL");
      }
      SignatureVerifier verifier = null;
      if (signatureVerification) {
        if (appSecrets.isEmpty()) {
          throw new IllegalStateException(
              "appSecret is required to verify X-Hub-Signature-256 (App Dashboard > App settings > Basic > App"
                  + " secret); call disableSignatureVerification() only in tests");
        }
        verifier = new SignatureVerifier(List.copyOf(appSecrets));
      } else {
        log.warn(
            "X-Hub-Signature-256 verification is DISABLED: anyone who can reach the webhook endpoint can inject"
                + " events. Only do this in tests or behind a proxy that verifies the signature.");
      }
      return new WebhookProcessor(this, verifier, verifyToken.getBytes(StandardCharsets.UTF_8));
    }
  }
}
