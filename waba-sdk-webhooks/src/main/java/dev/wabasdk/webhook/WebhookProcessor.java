package dev.wabasdk.webhook;

import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.internal.BillingFeed;
import dev.wabasdk.internal.Json;
import dev.wabasdk.webhook.internal.PolicyFeed;
import dev.wabasdk.webhook.internal.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
 *   <li>Drops events already seen ({@link DeduplicationStore}); if the store fails, answers 503 and dispatches
 *       nothing so Meta redelivers.
 *   <li>Records the new events on the {@link Builder#policyEngine policy engine} and the
 *       {@link Builder#billingReconciliation billing reconciliation}, when set, on the calling thread and before
 *       any listener runs. If that fails (e.g. the engine's store is down), answers 503, dispatches nothing and
 *       un-marks the events so Meta's redelivery gets through.
 *   <li>Dispatches to the listeners (synchronously, or on the {@link Builder#executor} when set) and answers
 *       200. The answer never depends on listener success: listener exceptions are logged and reported to the
 *       {@link WebhookErrorHandler}.
 * </ol>
 * It never throws: a payload it cannot use gets a 4xx, an internal failure a 500 (only JVM {@link Error}s thrown
 * by a synchronous listener, such as {@link OutOfMemoryError}, are not caught).
 *
 * <p>Thread-safe; build one per app and share it.
 */
public final class WebhookProcessor {

  /** The default body limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** The default de-duplication window: 7 days, as long as Meta retries a delivery. */
  public static final Duration DEFAULT_DEDUPLICATION_TTL = Duration.ofDays(7);

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

  private WebhookProcessor(Builder builder, @Nullable SignatureVerifier verifier, byte[] verifyToken) {
    this.verifier = verifier;
    this.verifyToken = verifyToken;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.listeners = List.copyOf(builder.listeners);
    List<WebhookListener> feeds = new ArrayList<>(2);
    if (builder.policyEngine != null) {
      feeds.add(new PolicyFeed(builder.policyEngine, builder.policyPhoneNumberId));
    }
    if (builder.billingReconciliation != null) {
      feeds.add(new BillingFeed(builder.billingReconciliation));
    }
    this.feeds = List.copyOf(feeds);
    this.errorHandler = builder.errorHandler;
    this.deduplicationStore =
        builder.deduplicationStore != null ? builder.deduplicationStore : new InMemoryDeduplicationStore();
    this.deduplicationTtl = builder.deduplicationTtl;
    this.executor = builder.executor;
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
    for (WebhookEvent event : events) {
      boolean first;
      try {
        first = deduplicationStore.markSeen(event.eventId(), deduplicationTtl);
      } catch (RuntimeException e) {
        log.error("De-duplication store failed on event {}; answering 503 so Meta redelivers", event.eventId(), e);
        forget(fresh);
        return WebhookResponse.of(503, "de-duplication store unavailable");
      }
      if (first) {
        fresh.add(event);
      } else {
        log.debug("Skipped duplicate webhook event {}", event.eventId());
      }
    }
    // Feeds run before any listener (and before the executor) so a reply sent from a listener sees the window this
    // very message opened, and so a failure can still turn into a 503 that makes Meta redeliver.
    for (WebhookListener feed : feeds) {
      for (WebhookEvent event : fresh) {
        try {
          feed.onEvent(event);
        } catch (RuntimeException e) {
          log.error("{} failed on event {}; answering 503 so Meta redelivers", feed, event.eventId(), e);
          forget(fresh);
          return WebhookResponse.of(503, "policy or billing feed unavailable");
        }
      }
    }
    if (executor == null) {
      dispatch(fresh);
    } else {
      try {
        executor.execute(() -> dispatch(fresh));
      } catch (RejectedExecutionException e) {
        log.error("Webhook executor rejected {} events; answering 503 so Meta redelivers", fresh.size(), e);
        forget(fresh);
        return WebhookResponse.of(503, "busy");
      }
    }
    return WebhookResponse.of(200, "OK");
  }

  /** Undoes de-duplication marks for events that will not be dispatched, so Meta's redelivery gets through. */
  private void forget(List<WebhookEvent> events) {
    for (WebhookEvent event : events) {
      try {
        deduplicationStore.forget(event.eventId());
      } catch (RuntimeException e) {
        log.error("De-duplication store could not forget event {}; its redelivery will be dropped",
            event.eventId(), e);
      }
    }
  }

  private void dispatch(List<WebhookEvent> events) {
    for (WebhookEvent event : events) {
      for (WebhookListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (Exception e) {
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
        + "}";
  }

  /** Configures a {@link WebhookProcessor}. Not thread-safe; {@link #build()} may be called more than once. */
  public static final class Builder {
    private @Nullable String appSecret;
    private @Nullable String verifyToken;
    private boolean signatureVerification = true;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private final List<WebhookListener> listeners = new ArrayList<>();
    private @Nullable WebhookErrorHandler errorHandler;
    private @Nullable DeduplicationStore deduplicationStore;
    private Duration deduplicationTtl = DEFAULT_DEDUPLICATION_TTL;
    private @Nullable Executor executor;
    private @Nullable PolicyEngine policyEngine;
    private @Nullable String policyPhoneNumberId;
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
      this.appSecret = appSecret;
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

    /** Adds a listener for one event type, e.g. {@code .on(InboundTextMessage.class, m -> ...)}. */
    public <E extends WebhookEvent> Builder on(Class<E> type, Consumer<? super E> handler) {
      return listener(WebhookListener.of(type, handler));
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
     * thread, so {@code handle} returns as soon as the payload is verified and parsed. When the executor
     * rejects the task, {@code handle} answers 503 so Meta redelivers.
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
        if (appSecret == null) {
          throw new IllegalStateException(
              "appSecret is required to verify X-Hub-Signature-256 (App Dashboard > App settings > Basic > App"
                  + " secret); call disableSignatureVerification() only in tests");
        }
        verifier = new SignatureVerifier(appSecret);
      } else {
        log.warn(
            "X-Hub-Signature-256 verification is DISABLED: anyone who can reach the webhook endpoint can inject"
                + " events. Only do this in tests or behind a proxy that verifies the signature.");
      }
      return new WebhookProcessor(this, verifier, verifyToken.getBytes(StandardCharsets.UTF_8));
    }
  }
}
