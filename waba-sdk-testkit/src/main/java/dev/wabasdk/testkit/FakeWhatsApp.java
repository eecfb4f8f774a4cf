package dev.wabasdk.testkit;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.FakeConfig;
import dev.wabasdk.testkit.internal.FakeDispatcher;
import dev.wabasdk.testkit.internal.FakeEngine;
import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.testkit.internal.NoDelayServerSocketFactory;
import dev.wabasdk.testkit.internal.TenantRouter;
import dev.wabasdk.testkit.internal.UnqueuedDispatcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the WhatsApp Cloud API (Graph API) on a loopback {@link MockWebServer}.
 *
 * <p>It serves Meta's paths under {@code /{version}/...} with Meta's JSON and errors, enforces Meta's rules
 * (token, payloads, customer service window, templates, throughput, pair rate, messaging limit) on a shared
 * {@link FakeClock}, plays the users ({@link #user(String)}), and delivers signed webhooks to the app:
 *
 * <pre>{@code
 * try (FakeWhatsApp fake = FakeWhatsApp.builder().webhookUrl("http://localhost:8080/webhooks/whatsapp").start()) {
 *   fake.user("+4915112345678").sends("hi");           // signed webhook to the app, window opens
 *   // ... the app replies through fake.baseUrl() ...
 *   fake.awaitWebhooks();
 *   assertThat(fake.sentMessages()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and the webhook thread.
 */
public final class FakeWhatsApp implements Closeable {
  /** Default access token the fake accepts. */
  public static final String DEFAULT_ACCESS_TOKEN = "fake-access-token";
  /** Default app secret webhooks are signed with. */
  public static final String DEFAULT_APP_SECRET = "fake-app-secret";
  /** Default business phone number id. */
  public static final String DEFAULT_PHONE_NUMBER_ID = "106540352242922";
  /** Default WhatsApp Business Account id. */
  public static final String DEFAULT_BUSINESS_ACCOUNT_ID = "102290129340398";
  /** The Meta app id the fake's Resumable Upload API answers to, unless set on the builder. */
  public static final String DEFAULT_APP_ID = "584544743160774";

  private final FakeConfig config;
  private final FakeClock clock;
  private final FakeEngine engine;
  private final MockWebServer server;
  private final Faults faults;
  /** Every business of the fake, this one first, by phone number id; a business's own view has only itself. */
  private final Map<String, FakeWhatsApp> tenants;
  private final boolean root;

  private FakeWhatsApp(FakeConfig config, List<FakeConfig> others, int port) {
    this.config = config;
    this.clock = new FakeClock(config.start());
    this.engine = new FakeEngine(config, clock);
    this.faults = new Faults(engine);
    this.root = true;
    clock.onAdvance(engine::onClockAdvanced);
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    Map<String, FakeWhatsApp> all = new LinkedHashMap<>();
    all.put(config.phoneNumberId(), this);
    List<TenantRouter.Route> routes = new ArrayList<>();
    routes.add(new TenantRouter.Route(engine, new FakeDispatcher(engine, () -> server.url("/"), this::reset)));
    for (FakeConfig other : others) {
      FakeWhatsApp tenant = new FakeWhatsApp(this, other, all.size());
      all.put(other.phoneNumberId(), tenant);
      routes.add(new TenantRouter.Route(tenant.engine,
          new FakeDispatcher(tenant.engine, () -> server.url("/"), tenant::reset)));
    }
    this.tenants = Collections.unmodifiableMap(all);
    List<FakeEngine> engines = all.values().stream().map(t -> t.engine).toList();
    engines.forEach(e -> e.sameBusiness(engines));
    server.setDispatcher(new UnqueuedDispatcher(server, new TenantRouter(routes)));
    try {
      server.start(InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      tenants.values().forEach(t -> t.engine.webhooks().close());
      throw new UncheckedIOException("cannot start the fake on port " + port, e);
    }
  }

  /** Another business of the same fake: its own engine (users, messages, templates), the shared server and clock. */
  private FakeWhatsApp(FakeWhatsApp parent, FakeConfig config, int index) {
    this.config = config;
    this.clock = parent.clock;
    this.engine = new FakeEngine(config, clock);
    engine.distinctIds(config.phoneNumberId(), index);
    this.faults = new Faults(engine);
    this.root = false;
    clock.onAdvance(engine::onClockAdvanced);
    this.server = parent.server;
    this.tenants = Map.of(config.phoneNumberId(), this);
  }

  /**
   * The business that owns {@code phoneNumberId} (added with {@link Builder#tenant}), as a fake of its own: its
   * users, sent messages, templates, faults, routing and client builder (with its token). It shares this fake's
   * server, clock and webhook URL; closing it does nothing. {@link IllegalArgumentException} for an unknown number.
   */
  public FakeWhatsApp tenant(String phoneNumberId) {
    FakeWhatsApp tenant = tenants.get(Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
    if (tenant == null) {
      throw new IllegalArgumentException("phoneNumberId: the fake has no number '" + phoneNumberId + "'; it has "
          + tenants.keySet());
    }
    return tenant;
  }

  /** Every business of this fake, this one first, in the order added. */
  public List<FakeWhatsApp> tenants() {
    return List.copyOf(tenants.values());
  }

  /** Starts a fake with every default (random port, default token, app secret and ids, no webhook URL). */
  public static FakeWhatsApp start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give the client, e.g. {@code http://localhost:49152/}; Graph paths go below it. */
  public String baseUrl() {
    return server.url("/").toString();
  }

  /** The base URL plus the default API version, e.g. {@code http://localhost:49152/v26.0/}. */
  public String graphUrl() {
    return server.url("/" + config.defaultApiVersion() + "/").toString();
  }

  public int port() {
    return server.getPort();
  }

  public String accessToken() {
    return config.accessToken();
  }

  /** The app secret webhooks are signed with (to configure the app's webhook verification). */
  public String appSecret() {
    return config.appSecret();
  }

  public String phoneNumberId() {
    return config.phoneNumberId();
  }

  public String businessAccountId() {
    return config.businessAccountId();
  }

  /** The Meta app id the fake's Resumable Upload API ({@code POST /{app-id}/uploads}) answers to. */
  public String appId() {
    return config.appId();
  }

  /** The business number, as webhook {@code metadata.display_phone_number} carries it (digits). */
  public String displayPhoneNumber() {
    return config.displayDigits();
  }

  /**
   * A {@link WhatsApp} client builder already pointed at this fake: its token, phone number id, business account
   * id, base URL and clock. Adjust retries or rate limits, then {@code build()}.
   */
  public WhatsApp.Builder clientBuilder() {
    return WhatsApp.builder()
        .accessToken(config.accessToken())
        .phoneNumberId(config.phoneNumberId())
        .businessAccountId(config.businessAccountId())
        .appId(config.appId())
        .apiVersion(config.defaultApiVersion())
        .baseUrl(baseUrl())
        .clock(clock);
  }

  /** The clock every rule and timestamp uses. */
  public FakeClock clock() {
    return clock;
  }

  /** The user with this phone number (E.164, {@code +} optional); created on first use. */
  public FakeUser user(String phone) {
    return new FakeUser(engine, FakeEngine.waId(phone));
  }

  /** The calls the fake signalled (user- and business-initiated), oldest first. */
  public List<CallRecord> calls() {
    return engine.calls().stream().map(c -> new CallRecord(String.valueOf(c.get("id")), String.valueOf(c.get("wa_id")),
        String.valueOf(c.get("direction")), String.valueOf(c.get("status")))).toList();
  }

  /** The {@code wa_id}s of the users the app blocked with the Block Users API, oldest block first. */
  public List<String> blockedUsers() {
    return engine.blockedByBusiness();
  }

  /** The groups the fake holds (created through the Groups API), oldest first. */
  @SuppressWarnings("unchecked")
  public List<FakeGroup> groups() {
    return engine.groups().stream().map(g -> new FakeGroup(String.valueOf(g.get("id")),
        String.valueOf(g.get("subject")), String.valueOf(g.get("invite_link")),
        String.valueOf(g.get("join_approval_mode")), (List<String>) Objects.requireNonNull(g.get("participants")),
        (List<String>) Objects.requireNonNull(g.get("join_requests")),
        (List<String>) Objects.requireNonNull(g.get("pinned_messages")))).toList();
  }

  /** Messages the app sent, oldest first. */
  public List<SentMessage> sentMessages() {
    return engine.sentMessages();
  }

  /** Messages the app sent to {@code phone}, oldest first. */
  public List<SentMessage> sentMessagesTo(String phone) {
    String waId = FakeEngine.waId(phone);
    return engine.sentMessages().stream().filter(m -> m.to().equals(waId)).toList();
  }

  /** The message with this {@code wamid.} id. */
  public SentMessage sentMessage(String wamid) {
    return engine.sentMessages().stream().filter(m -> m.id().equals(wamid)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no message " + wamid + " was sent"));
  }

  /**
   * Waits (up to 10 seconds) until the app has sent at least {@code count} messages in total, for apps that
   * answer webhooks asynchronously; returns every sent message. {@link AssertionError} on timeout.
   */
  public List<SentMessage> awaitSentMessages(int count) {
    return awaitSentMessages(count, Duration.ofSeconds(10));
  }

  /** As {@link #awaitSentMessages(int)}, with a timeout. */
  public List<SentMessage> awaitSentMessages(int count, Duration timeout) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    return engine.awaitSent(count, timeout);
  }

  /** The newest request the fake received. */
  public FakeRequest lastRequest() {
    List<FakeRequest> all = engine.requests();
    if (all.isEmpty()) {
      throw new IllegalStateException("the fake has received no request");
    }
    return all.get(all.size() - 1);
  }

  /** Messages the fake users sent to the business, oldest first. */
  public List<UserMessage> userMessages() {
    return engine.userMessages();
  }

  /** Every HTTP request the fake received, oldest first (control API calls included). */
  public List<FakeRequest> requests() {
    return engine.requests();
  }

  /** Every webhook produced so far, with its delivery state. */
  public List<WebhookDelivery> webhooks() {
    return engine.webhooks().deliveries();
  }

  /** Waits (up to 10 seconds) until every webhook was answered 2xx or gave up retrying. */
  public FakeWhatsApp awaitWebhooks() {
    return awaitWebhooks(Duration.ofSeconds(10));
  }

  /** Waits until every webhook was answered 2xx or gave up retrying; {@link AssertionError} on timeout. */
  public FakeWhatsApp awaitWebhooks(Duration timeout) {
    engine.webhooks().await(timeout);
    return this;
  }

  /** The app's answers to webhooks that were not 2xx, and the listener errors it reported. */
  public WebhookFailures webhookFailures() {
    return new WebhookFailures(tenants.values().stream().map(t -> t.engine.webhooks()).toList());
  }

  /** This test expects the app to fail webhooks: the JUnit extension does not fail it (until the next reset). */
  public FakeWhatsApp expectWebhookFailures() {
    webhookFailures().expect();
    return this;
  }

  /** Where webhooks go; null keeps them only in {@link #webhooks()}. */
  public FakeWhatsApp webhookUrl(@Nullable String url) {
    tenants.values().forEach(t -> t.engine.webhooks().url(url));
    return this;
  }

  /** Meta's webhook verification handshake, as the App Dashboard does it: true when the app echoes the challenge. */
  public boolean verifyWebhook(String verifyToken) {
    Objects.requireNonNull(verifyToken, "verifyToken");
    return engine.webhooks().verify(verifyToken, engine.nextTraceId().substring(1, 11));
  }

  /** The current webhook URL, or null. */
  public @Nullable String webhookUrl() {
    return engine.webhooks().url();
  }

  /** Delivers each of the next {@code count} webhooks twice, as Meta's at-least-once delivery may. */
  public FakeWhatsApp duplicateNextWebhooks(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    engine.webhooks().duplicateNext(count);
    return this;
  }

  /** Templates: preload, look up, and decide reviews. */
  public Templates templates() {
    return new Templates(engine);
  }

  /** Faults on demand: Graph errors, HTTP 5xx, latency, dropped connections. */
  public Faults faults() {
    return faults;
  }

  /** True while {@code phone}'s customer service window is open (a message from them in the last 24 h). */
  public boolean isWindowOpen(String phone) {
    return engine.windowOpen(FakeEngine.waId(phone));
  }

  /**
   * Forgets everything that happened: users, messages, requests, webhooks, faults, routing and templates (builder
   * templates are loaded again); the clock goes back to its start.
   */
  public void reset() {
    // The clock first, so templates loaded again by the reset are stamped with the start time.
    if (root) {
      clock.reset(config.start());
      tenants.values().forEach(t -> t.engine.reset());
    } else {
      engine.reset(); // one business of a shared fake: the shared clock stays where it is
    }
  }

  /** Stops the server and every business's webhook thread; on the view of one business ({@link #tenant}), nothing. */
  @Override
  public void close() {
    if (!root) {
      return;
    }
    try {
      server.close();
    } finally {
      tenants.values().forEach(t -> t.engine.webhooks().close());
    }
  }

  @Override
  public String toString() {
    return "FakeWhatsApp[" + baseUrl() + ", phoneNumberId=" + config.phoneNumberId() + ", businessAccountId="
        + config.businessAccountId() + "]";
  }

  /** The business account, to play what Meta does to it (e.g. {@code fake.account().restrict(Duration.ofDays(1))}). */
  public FakeAccount account() {
    return new FakeAccount(engine);
  }

  /** Conversation Routing on this number: its configuration, the threads' owners and the other responders. */
  public FakeRouting routing() {
    return new FakeRouting(engine);
  }

  /** Template handle of {@link FakeWhatsApp#templates()}. Thread-safe, like the fake. */
  public static final class Templates {
    private final FakeEngine engine;

    Templates(FakeEngine engine) {
      this.engine = engine;
    }

    /** Adds an APPROVED template whose body is {@code bodyText} (with {@code {{1}}}-style placeholders). */
    public FakeTemplate approved(String name, String language, TemplateCategory category, String bodyText) {
      return engine.preload(Json.obj("name", name, "language", language, "category", category.value(),
          "components", List.of(Json.obj("type", "BODY", "text", bodyText))));
    }

    /**
     * Adds a template from Meta's create payload ({@code name}, {@code language}, {@code category},
     * {@code components}, optional {@code parameter_format}), plus optional {@code status} (default APPROVED)
     * and {@code id}.
     */
    public FakeTemplate preload(String definitionJson) {
      return engine.preload(Json.parseObject(definitionJson));
    }

    public List<FakeTemplate> all() {
      return engine.templates();
    }

    /** The template {@code name} in {@code language}; {@link IllegalArgumentException} when there is none. */
    public FakeTemplate get(String name, String language) {
      FakeTemplate t = engine.template(name, language);
      if (t == null) {
        throw new IllegalArgumentException("no template " + name + " in " + language);
      }
      return t;
    }

    /** Approves the template (by id) and emits {@code message_template_status_update}. */
    public FakeTemplate approve(String templateId) {
      return engine.setTemplateStatus(templateId, TemplateStatus.APPROVED, null);
    }

    /** Rejects the template with Meta's {@code reason} (e.g. {@code INVALID_FORMAT}) and emits the webhook. */
    public FakeTemplate reject(String templateId, RejectionReason reason) {
      return engine.setTemplateStatus(templateId, TemplateStatus.REJECTED, reason);
    }

    /** Pauses the template for low quality and emits the webhook; sends then fail with 132015. */
    public FakeTemplate pause(String templateId) {
      return engine.setTemplateStatus(templateId, TemplateStatus.PAUSED, RejectionReason.NONE);
    }

    /** Sets any status and emits the webhook. */
    public FakeTemplate status(String templateId, TemplateStatus status, @Nullable RejectionReason reason) {
      return engine.setTemplateStatus(templateId, status, reason);
    }
  }

  /** Configures a {@link FakeWhatsApp}; every setting has a working default. Not thread-safe. */
  public static final class Builder {
    private int port;
    private boolean directSendEligible;
    private String accessToken = DEFAULT_ACCESS_TOKEN;
    private String appSecret = DEFAULT_APP_SECRET;
    private String phoneNumberId = DEFAULT_PHONE_NUMBER_ID;
    private String businessAccountId = DEFAULT_BUSINESS_ACCOUNT_ID;
    private String appId = DEFAULT_APP_ID;
    private String displayPhoneNumber = "+1 555-078-3881";
    private String verifiedName = "Fake Business";
    private String apiVersion = dev.wabasdk.WhatsApp.DEFAULT_API_VERSION;
    private Instant start = Instant.parse("2026-11-02T09:00:00Z");
    private int throughputMps = 80;
    private int pairRateBurst = 45;
    private Duration pairRateInterval = Duration.ofSeconds(6);
    private MessagingLimitTier messagingLimit = MessagingLimitTier.TIER_250;
    private boolean enforceWindow = true;
    private boolean autoDeliver = true;
    private boolean autoRead;
    private @Nullable Duration templateReviewDelay;
    private @Nullable String webhookUrl;
    private int webhookMaxAttempts = 5;
    private Duration webhookInitialBackoff = Duration.ofMillis(50);
    private final List<String> templates = new ArrayList<>();
    private final List<String[]> tenants = new ArrayList<>();
    private @Nullable FakeAudience audience;

    private Builder() {}

    /**
     * Adds another business served by the same app: its WABA, one of its phone numbers, the System User token that
     * may use them and the number as displayed. It gets its own users, messages, windows, templates and limits (the
     * other settings of this builder), reached with {@link FakeWhatsApp#tenant(String)}; its webhooks carry its
     * WABA id and number and are signed with the same app secret. A token of one business used on another's number
     * or WABA gets Meta's error 100 (subcode 33).
     */
    public Builder tenant(String businessAccountId, String phoneNumberId, String accessToken,
        String displayPhoneNumber) {
      tenants.add(new String[] {requireText("businessAccountId", businessAccountId),
          requireText("phoneNumberId", phoneNumberId), requireText("accessToken", accessToken),
          requireText("displayPhoneNumber", displayPhoneNumber)});
      return this;
    }

    /** Port to listen on (loopback only); 0, the default, picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** The only bearer token accepted; others get error 190. */
    public Builder accessToken(String accessToken) {
      this.accessToken = requireText("accessToken", accessToken);
      return this;
    }

    /** The app secret webhooks are signed with ({@code X-Hub-Signature-256}). */
    public Builder appSecret(String appSecret) {
      this.appSecret = requireText("appSecret", appSecret);
      return this;
    }

    public Builder phoneNumberId(String phoneNumberId) {
      this.phoneNumberId = requireText("phoneNumberId", phoneNumberId);
      return this;
    }

    public Builder businessAccountId(String businessAccountId) {
      this.businessAccountId = requireText("businessAccountId", businessAccountId);
      return this;
    }

    /** The Meta app id of {@code POST /{app-id}/uploads} (the Resumable Upload API); default {@link #DEFAULT_APP_ID}. */
    public Builder appId(String appId) {
      this.appId = requireText("appId", appId);
      return this;
    }

    /** The business number as the phone number API shows it, e.g. {@code +1 555-078-3881}. */
    public Builder displayPhoneNumber(String displayPhoneNumber) {
      this.displayPhoneNumber = requireText("displayPhoneNumber", displayPhoneNumber);
      return this;
    }

    public Builder verifiedName(String verifiedName) {
      this.verifiedName = requireText("verifiedName", verifiedName);
      return this;
    }

    /** The version assumed for unversioned paths; versioned paths ({@code /v23.0/...}) are always served. */
    public Builder apiVersion(String apiVersion) {
      if (!FakeDispatcher.API_VERSION.matcher(apiVersion).matches()) {
        throw new IllegalArgumentException("apiVersion must look like v26.0, was \"" + apiVersion + "\"");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /** Where the fake clock starts (default 2026-11-02T09:00:00Z, so runs are repeatable). */
    public Builder startAt(Instant start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Messages per second before 130429 (default 80, Meta's standard level); 0 turns the rule off. */
    public Builder throughputMps(int mps) {
      this.throughputMps = nonNegative("throughputMps", mps);
      return this;
    }

    /**
     * Pair rate: a burst of {@code burst} messages to one user, then one per {@code interval} (Meta: 45, 6 s)
     * before 131056; a burst of 0 turns the rule off.
     */
    public Builder pairRate(int burst, Duration interval) {
      this.pairRateBurst = nonNegative("burst", burst);
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("interval must be positive, was " + interval);
      }
      this.pairRateInterval = interval;
      return this;
    }

    /**
     * The portfolio's messaging limit (default {@link MessagingLimitTier#TIER_250}): unique users outside their
     * window per moving 24 hours.
     */
    public Builder messagingLimit(MessagingLimitTier limit) {
      Objects.requireNonNull(limit, "limit");
      if (!limit.isUnlimited() && limit.uniqueUsers() == null) {
        throw new IllegalArgumentException("messagingLimit must be a tier with a number of users or TIER_UNLIMITED, "
            + "was " + limit.value());
      }
      this.messagingLimit = limit;
      return this;
    }

    /**
     * Whether the account is eligible for Direct Send (a text or interactive message with {@code "category"}).
     * Default false, as for most accounts: Meta then answers error 100 "Direct Send isn't enabled for this account"
     * (Meta's Direct Send API reference).
     */
    public Builder directSendEligible(boolean eligible) {
      this.directSendEligible = eligible;
      return this;
    }

    /** Users who opt out, cannot be reached or never read, for broadcasts (default: none, no one reads). */
    public Builder audience(FakeAudience audience) {
      this.audience = Objects.requireNonNull(audience, "audience");
      return this;
    }

    /** Whether free-form messages outside the 24 h window fail with 131047 (default true). */
    public Builder enforceCustomerServiceWindow(boolean enforce) {
      this.enforceWindow = enforce;
      return this;
    }

    /** Whether a {@code delivered} status follows {@code sent} at once (default true). */
    public Builder autoDeliver(boolean autoDeliver) {
      this.autoDeliver = autoDeliver;
      return this;
    }

    /** Whether a {@code read} status follows {@code delivered} at once (default false: use {@code reads}). */
    public Builder autoRead(boolean autoRead) {
      this.autoRead = autoRead;
      return this;
    }

    /** Approves created templates once this much fake time has passed; null (default) leaves them PENDING. */
    public Builder templateReviewDelay(@Nullable Duration delay) {
      if (delay != null && delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative, was " + delay);
      }
      this.templateReviewDelay = delay;
      return this;
    }

    /** Where webhooks are POSTed; null (default) keeps them only in {@link FakeWhatsApp#webhooks()}. */
    public Builder webhookUrl(@Nullable String url) {
      this.webhookUrl = url;
      return this;
    }

    /**
     * Meta retries a webhook the app answers non-2xx; the fake makes up to {@code maxAttempts} attempts,
     * waiting {@code initialBackoff}, then twice as long each time (real time, default 5 and 50 ms).
     */
    public Builder webhookRetries(int maxAttempts, Duration initialBackoff) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.webhookMaxAttempts = maxAttempts;
      this.webhookInitialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
      return this;
    }

    /** A template present from the start (and after every reset), in the form of {@link Templates#preload}. */
    public Builder template(String definitionJson) {
      Json.parseObject(definitionJson);
      templates.add(definitionJson);
      return this;
    }

    /** An APPROVED template with a single body, present from the start (and after every reset). */
    public Builder approvedTemplate(String name, String language, TemplateCategory category, String bodyText) {
      templates.add(Json.write(Json.obj("name", name, "language", language, "category", category.value(),
          "components", List.of(Json.obj("type", "BODY", "text", bodyText)))));
      return this;
    }

    /** Starts the fake on loopback. */
    public FakeWhatsApp start() {
      FakeConfig config = config(accessToken, phoneNumberId, businessAccountId, displayPhoneNumber);
      List<FakeConfig> others = new ArrayList<>();
      java.util.Set<String> ids = new java.util.HashSet<>(List.of(phoneNumberId));
      for (String[] t : tenants) {
        if (!ids.add(t[1])) {
          throw new IllegalArgumentException("phoneNumberId: '" + t[1] + "' is used by two businesses of the fake");
        }
        others.add(config(t[2], t[1], t[0], t[3]));
      }
      return new FakeWhatsApp(config, others, port);
    }

    private FakeConfig config(String token, String number, String waba, String display) {
      return new FakeConfig(token, appSecret, number, waba, display, verifiedName, apiVersion, start, throughputMps,
          pairRateBurst, pairRateInterval, messagingLimit, enforceWindow, autoDeliver, autoRead, templateReviewDelay,
          webhookUrl, webhookMaxAttempts, webhookInitialBackoff, List.copyOf(templates), directSendEligible,
          audience, appId);
    }

    private static String requireText(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value;
    }

    private static int nonNegative(String name, int value) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
