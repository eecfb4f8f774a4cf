package dev.wabasdk.webhook;

import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.policy.PolicyEngine;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final DeduplicationStore deduplicationStore;
  private final DeliveryGuarantee guarantee;
  private final Duration drainTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean contentTypeWarned = new AtomicBoolean();
  private final EventDispatcher dispatcher;

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
    this.deduplicationStore =
        builder.deduplicationStore != null ? builder.deduplicationStore : new InMemoryDeduplicationStore();
    this.guarantee = builder.guarantee;
    this.drainTimeout = builder.drainTimeout;
    this.dispatcher = new EventDispatcher(listeners, this.feeds, builder.errorHandler, deduplicationStore,
        builder.deduplicationTtl, builder.executor, guarantee, builder.leaseTtl, closed);
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
    List<WebhookEvent> fast = WebhookFastPath.parse(rawBody);
    if (fast != null) {
      return List.copyOf(fast);
    }
    JsonView payload;
    try {
      payload = WebhookJsonReader.parseObject(rawBody);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException("rawBody is not valid JSON: " + e.getMessage(), e);
    }
    if (payload == null) {
      throw new IllegalArgumentException("rawBody must be a JSON object");
    }
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
    List<WebhookEvent> events = WebhookFastPath.parse(rawBody);
    if (events == null) { // not the common change: the general path reads it, or names what is wrong with it
      JsonView payload;
      try {
        payload = WebhookJsonReader.parseObject(rawBody);
      } catch (Json.MalformedJsonException e) {
        log.warn("Rejected webhook: malformed JSON: {}", e.getMessage());
        return WebhookResponse.of(400, "malformed JSON: " + e.getMessage());
      }
      if (payload == null) {
        log.warn("Rejected webhook: the body is JSON but not an object");
        return WebhookResponse.of(400, "malformed payload: expected a JSON object");
      }
      events = WebhookParser.parse(payload);
    }
    return dispatcher.dispatch(events);
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
    return dispatcher.drain(System.nanoTime() + Math.max(0, timeout.toNanos()));
  }


  private void warnOnContentType(@Nullable Map<String, ? extends List<String>> headers) {
    if (contentTypeWarned.get()) {
      return; // logged once already: nothing left to do per request
    }
    String contentType = header(headers, "Content-Type");
    if (contentType != null && contentType.equalsIgnoreCase("application/json")) {
      return; // what Meta sends: no splitting or trimming
    }
    int semicolon = contentType == null ? -1 : contentType.indexOf(';');
    String mediaType = contentType == null ? ""
        : (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
    if (!mediaType.equalsIgnoreCase("application/json") && contentTypeWarned.compareAndSet(false, true)) {
      // Meta always sends application/json: a different type hints at a proxy rewriting requests. Logged once.
      log.warn("A signed webhook arrived with Content-Type {} instead of application/json; processing it anyway"
          + " (logged once)", contentType == null ? "missing" : contentType);
    }
  }
  private static @Nullable String header(@Nullable Map<String, ? extends List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    // Header names are case-insensitive; the exact name first saves a scan of every header on each webhook.
    List<String> exact = headers.get(name);
    if (exact != null) {
      return exact.isEmpty() ? null : exact.get(0);
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
     * ({@link BillingReconciliation#recordBilled}), and {@code failed} statuses of messages to one user as failed
     * ({@link BillingReconciliation#recordFailed}), before any listener runs.
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
