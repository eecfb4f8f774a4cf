package dev.wabasdk;

import dev.wabasdk.account.AccountsApi;
import dev.wabasdk.block.BlockUsersApi;
import dev.wabasdk.calling.CallingApi;
import dev.wabasdk.conversational.ConversationalComponentsApi;
import dev.wabasdk.flow.FlowsApi;
import dev.wabasdk.group.GroupsApi;
import dev.wabasdk.analytics.AnalyticsApi;
import dev.wabasdk.internal.ClientCore;
import dev.wabasdk.internal.GraphIds;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.commerce.CommerceApi;
import dev.wabasdk.payment.PaymentsApi;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.qr.QrCodesApi;
import dev.wabasdk.routing.ThreadControlApi;
import dev.wabasdk.template.TemplatesApi;
import dev.wabasdk.username.UsernameApi;
import dev.wabasdk.upload.ResumableUploadApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The WhatsApp Cloud API client for one business phone number. Build it once and share it: it is immutable and
 * thread-safe, and {@link #close()} releases the HTTP resources it created.
 *
 * <pre>{@code
 * try (WhatsApp whatsApp = WhatsApp.builder()
 *     .accessToken(System.getenv("WABA_ACCESS_TOKEN"))
 *     .phoneNumberId("106540352242922")
 *     .businessAccountId("102290129340398")
 *     .build()) {
 *   SendResult sent = whatsApp.messages().send(Message.text("+16505551234", "Your order has shipped"));
 * }
 * }</pre>
 *
 * <p>Every call has an asynchronous twin returning a {@code CompletableFuture}. Failures are unchecked
 * {@link dev.wabasdk.error.WabaException}s that say whether the request may have taken effect. Every send passes
 * the {@link SendInterceptor}s added with {@link Builder#addInterceptor} (the policy engine is one), then the
 * client-side rate limit, then goes on the wire.
 *
 * <p><b>Many numbers and businesses.</b> One client serves any number of business phone numbers:
 * {@link #forNumber(Tenant)} returns a cheap view of another number (its own phone number id, WABA id, tokens from
 * the {@link AccessTokenProvider} and client-side rate limit) that shares this client's connections, threads and
 * interceptors. Views are kept per phone number, so every call for a number uses the same rate limiter.
 */
public final class WhatsApp implements AutoCloseable {
  /** The newest Graph API version this SDK was built and tested against. */
  public static final String DEFAULT_API_VERSION = "v26.0";
  /** Meta's Graph API host. */
  public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/";
  /** The default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default read timeout. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** The default write timeout. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** The default timeout of a whole attempt: none. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ZERO;

  private final String phoneNumberId;
  private final @Nullable String businessAccountId;
  private final String apiVersion;
  private final HttpUrl baseUrl;
  private final Clock clock;
  private final ClientCore core;
  private final ClientCore rootCore;
  /** Whether this is the client the builder made (and owns the HTTP resources), not a number view. */
  private final boolean root;
  /** Every number view of the root client by phone number id, shared by the root and its views. */
  private final ConcurrentMap<String, WhatsApp> views;

  private WhatsApp(WhatsApp parent, ClientCore core) {
    this.phoneNumberId = core.tenant().phoneNumberId();
    this.businessAccountId = core.tenant().businessAccountId();
    this.apiVersion = parent.apiVersion;
    this.baseUrl = parent.baseUrl;
    this.clock = parent.clock;
    this.core = core;
    this.rootCore = parent.rootCore;
    this.root = false;
    this.views = parent.views;
  }

  private WhatsApp(Builder b) {
    this.phoneNumberId = Objects.requireNonNull(b.phoneNumberId); // build() checked it
    this.businessAccountId = b.businessAccountId;
    this.apiVersion = b.apiVersion;
    this.baseUrl = b.baseUrl;
    this.clock = b.clock;
    OkHttpClient shared = b.okHttpClient;
    boolean owns = shared == null;
    OkHttpClient.Builder http = (shared == null ? new OkHttpClient() : shared).newBuilder();
    if (owns || b.timeoutsSet) {
      http.connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).writeTimeout(b.writeTimeout)
          .callTimeout(b.callTimeout);
    }
    this.core = new ClientCore(new ClientCore.Settings(http.build(), owns, baseUrl, apiVersion,
        Objects.requireNonNull(b.tokens), phoneNumberId, businessAccountId, clock, b.retry, b.rateLimit,
        b.interceptors, b.appId));
    this.rootCore = core;
    this.root = true;
    this.views = new ConcurrentHashMap<>();
    views.put(phoneNumberId, this);
  }

  /** A builder; {@code accessToken} and {@code phoneNumberId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Session and template messages, read receipts and the typing indicator. */
  public MessagesApi messages() {
    return core.messages();
  }

  /**
   * Marketing templates through Meta's Marketing Messages API for WhatsApp ({@code /marketing_messages}), on the same
   * send interceptors (policy engine, rate limit) as {@link #messages()}.
   *
   * @since 0.4
   */
  public MarketingMessagesApi marketingMessages() {
    return core.marketingMessages();
  }

  /** Upload, retrieve, download (streamed, verified) and delete media. */
  public MediaApi media() {
    return core.media();
  }

  /** Create, list, get, edit and delete message templates (account calls need {@code businessAccountId}). */
  public TemplatesApi templates() {
    return core.templates();
  }

  /** The business phone numbers: quality rating, messaging limit, throughput, name status. */
  public PhoneNumbersApi phoneNumbers() {
    return core.phoneNumbers();
  }

  /** The WhatsApp business profile of this phone number. */
  public BusinessProfileApi businessProfile() {
    return core.businessProfile();
  }

  /** The commerce settings of this phone number: shopping cart enabled, catalog visible. */
  public CommerceApi commerce() {
    return core.commerce();
  }

  /**
   * Meta's Payments API calls that are not messages (India): look up the payment of an order, refund it, and manage
   * the WABA's payment configurations (those calls need {@code businessAccountId}).
   */
  public PaymentsApi payments() {
    return core.payments();
  }

  /**
   * The Calling API of this number: call settings and the signalling of user- and business-initiated calls (the
   * WebRTC media is the app's).
   */
  public CallingApi calling() {
    return core.calling();
  }

  /**
   * Conversation Routing's thread control on this number: pass a user's thread to another responder, release it, or
   * take it as the escalation partner ({@code POST /{phone-number-id}/thread_control}).
   */
  public ThreadControlApi threadControl() {
    return core.threadControl();
  }

  /** The Groups API of this number: create, invite links, info, settings, participants, join requests, delete. */
  public GroupsApi groups() {
    return core.groups();
  }

  /**
   * The Flows API: create, upload Flow JSON, publish, deprecate, delete, list, get (preview, health, metrics) and
   * migrate the account's WhatsApp Flows, and register this number's flow encryption key (account calls need
   * {@code businessAccountId}).
   */
  public FlowsApi flows() {
    return core.flows();
  }

  /**
   * Meta's analytics of the WhatsApp Business Account: messages, conversations, pricing (volume and cost by
   * category, type, country and tier) and templates (needs {@code businessAccountId}).
   */
  public AnalyticsApi analytics() {
    return core.analytics();
  }

  /**
   * Onboarding and account operations: Embedded Signup's code exchange, {@code debug_token}, the WABA's webhook
   * subscription and alternate callback URLs (per account and per number), a portfolio's accounts (account calls need
   * {@code businessAccountId}).
   */
  public AccountsApi accounts() {
    return core.accounts();
  }

  /** Block and unblock users of this number and list the blocked ones (Block Users API). */
  public BlockUsersApi blockUsers() {
    return core.blockUsers();
  }

  /** The QR codes and short links with a prefilled message that open a chat with this number. */
  public QrCodesApi qrCodes() {
    return core.qrCodes();
  }

  /** The conversational components of this number: welcome message, ice breakers, commands. */
  public ConversationalComponentsApi conversationalComponents() {
    return core.conversationalComponents();
  }

  /** The business username of this number. */
  public UsernameApi username() {
    return core.username();
  }

  /**
   * Meta's Resumable Upload API: upload a file (streamed, resumed after a broken transfer) and get the handle a
   * template's media header example and the business profile picture take. Needs the app id
   * ({@link Builder#appId}).
   */
  public ResumableUploadApi uploads() {
    return core.uploads();
  }

  /** Graph API calls the SDK does not model yet, with the same auth, errors, retries and logging. */
  public RawApi raw() {
    return core.raw();
  }

  /**
   * The client of another business phone number, sharing this client's connections, threads and interceptors. The
   * view registered for the number is returned when there is one; else a new view with no WABA id (templates need
   * one: use {@link #forNumber(Tenant)}) and the builder's rate limit is registered. Cheap; thread-safe.
   *
   * @throws IllegalArgumentException when {@code phoneNumberId} is not a Graph id
   */
  public WhatsApp forNumber(String phoneNumberId) {
    WhatsApp existing = views.get(GraphIds.check("phoneNumberId", phoneNumberId));
    return existing != null ? existing : forNumber(Tenant.of(phoneNumberId));
  }

  /**
   * The client of {@code tenant}'s number. Keeps the rate limit of the number's registered view (else the builder's);
   * returns that view when its tenant is the same, else registers a new one in its place.
   */
  public WhatsApp forNumber(Tenant tenant) {
    Objects.requireNonNull(tenant, "tenant");
    WhatsApp existing = views.get(tenant.phoneNumberId());
    RateLimit limit = existing != null ? existing.core.rateLimit() : rootCore.rateLimit();
    return view(tenant, limit);
  }

  /**
   * The client of {@code tenant}'s number with its own client-side throughput limit (numbers upgraded by Meta send
   * up to 1,000 messages/s). Returns the registered view when it has the same tenant and limit, else registers a new
   * one in its place (with a fresh limiter).
   */
  public WhatsApp forNumber(Tenant tenant, RateLimit rateLimit) {
    return view(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(rateLimit, "rateLimit"));
  }

  /**
   * The client of {@code phoneNumberId} when it is registered with this one (this client's own number or a view),
   * else null. Unlike {@link #forNumber(String)} it registers nothing: for code that only asks about numbers.
   */
  public @Nullable WhatsApp findNumber(String phoneNumberId) {
    return views.get(Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
  }

  /**
   * Forgets the view of a number (e.g. a business that left), so it holds no memory; a later {@code forNumber}
   * makes a new one. The root client's own number cannot be removed. Returns whether there was a view.
   */
  public boolean removeNumber(String phoneNumberId) {
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    WhatsApp view = views.get(phoneNumberId);
    return view != null && !view.root && views.remove(phoneNumberId, view);
  }

  private WhatsApp view(Tenant tenant, @Nullable RateLimit rateLimit) {
    return views.compute(tenant.phoneNumberId(), (id, existing) -> {
      if (existing != null && Objects.equals(existing.core.rateLimit(), rateLimit)
          && (existing.core.tenant().equals(tenant) || (existing.root && tenant.businessAccountId() == null))) {
        return existing;
      }
      if (existing != null && existing.root) {
        throw new IllegalArgumentException("tenant: phone number " + id + " is this client's own number; its WABA id"
            + " and rate limit are set on the builder (was " + tenant + ")");
      }
      return new WhatsApp(this, rootCore.forNumber(tenant, rateLimit));
    });
  }

  /** The phone number and WABA this client sends for. */
  public Tenant tenant() {
    return core.tenant();
  }

  /** The business phone number id this client sends from. */
  public String phoneNumberId() {
    return phoneNumberId;
  }

  /** The WhatsApp Business Account id, when configured (needed for templates and the phone-number list). */
  public @Nullable String businessAccountId() {
    return businessAccountId;
  }

  /** The Meta app id the Resumable Upload API uses, when configured. */
  public @Nullable String appId() {
    return core.appId();
  }

  /** The Graph API version in every path, e.g. {@code v26.0}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** The clock the client hands its send interceptors. */
  public Clock clock() {
    return clock;
  }

  /**
   * Releases the HTTP resources the builder created (shared by every number view, which then fail too). On a number
   * view, does nothing.
   */
  @Override
  public void close() {
    if (root) {
      core.close();
    }
  }

  @Override
  public String toString() {
    // Never the access token.
    return "WhatsApp{" + (root ? "" : "view, ") + "phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId
        + ", apiVersion=" + apiVersion + ", baseUrl=" + baseUrl + "}";
  }

  /** Configures a {@link WhatsApp} client. Not thread-safe; {@link #build()} copies what it needs. */
  public static final class Builder {
    private @Nullable AccessTokenProvider tokens;
    private @Nullable String phoneNumberId;
    private @Nullable String businessAccountId;
    private @Nullable String appId;
    private String apiVersion = DEFAULT_API_VERSION;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private boolean timeoutsSet;
    private RetrySettings retry = RetrySettings.DEFAULT;
    private @Nullable RateLimit rateLimit = RateLimit.DEFAULT;
    private final List<SendInterceptor> interceptors = new ArrayList<>();

    private Builder() {}

    /**
     * A System User access token (or any token with {@code whatsapp_business_messaging}), used for every number.
     * This or {@link #accessTokenProvider} is required; the later call wins.
     */
    public Builder accessToken(String accessToken) {
      this.tokens = AccessTokenProvider.of(accessToken);
      return this;
    }

    /**
     * Where each number's access token comes from (a token per business, rotation): asked before every request,
     * and again once after Meta refuses a token (190 or 401). This or {@link #accessToken} is required.
     */
    public Builder accessTokenProvider(AccessTokenProvider provider) {
      this.tokens = Objects.requireNonNull(provider, "accessTokenProvider");
      return this;
    }

    /** The business phone number id to send from (not the phone number itself). Required. */
    public Builder phoneNumberId(String phoneNumberId) {
      this.phoneNumberId = id("phoneNumberId", phoneNumberId);
      return this;
    }

    /** The WhatsApp Business Account id; needed for templates and listing phone numbers. */
    public Builder businessAccountId(String businessAccountId) {
      this.businessAccountId = id("businessAccountId", businessAccountId);
      return this;
    }

    /**
     * The Meta app id (App Dashboard), which the Resumable Upload API's sessions belong to
     * ({@code POST /{app-id}/uploads}); needed only for {@link WhatsApp#uploads()} and the business profile photo.
     */
    public Builder appId(String appId) {
      this.appId = id("appId", appId);
      return this;
    }

    /** The Graph API version, {@code vNN.N}; default {@value WhatsApp#DEFAULT_API_VERSION}. */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion");
      if (!apiVersion.matches("v\\d+\\.\\d+")) {
        throw new IllegalArgumentException("apiVersion: must look like 'v26.0', was '" + apiVersion + "'");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /** The Graph API root, e.g. a testkit fake's URL; default {@value WhatsApp#DEFAULT_BASE_URL}. */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (url == null) {
        throw new IllegalArgumentException("baseUrl: not an http(s) URL: '" + baseUrl + "'");
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * An OkHttp client to share (its connection pool and dispatcher). The SDK derives its own client from it and
     * does not shut it down on {@link WhatsApp#close()}; its timeouts are kept unless set on this builder.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return this;
    }

    /**
     * The client's clock, handed to send interceptors ({@link SendInterceptor.Chain#clock()}); default the system UTC
     * clock. A policy engine added with {@link #addInterceptor} decides on this clock too, unless it was built with
     * a clock of its own.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds an interceptor that runs around every send, after the ones added before it; e.g. the policy engine,
     * {@code addInterceptor(policyEngine)}. The client-side rate limit always runs after all of them.
     */
    public Builder addInterceptor(SendInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Connect timeout; default {@link WhatsApp#DEFAULT_CONNECT_TIMEOUT} (10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /** Read timeout; default {@link WhatsApp#DEFAULT_READ_TIMEOUT} (30 s). A read timeout on a send leaves its outcome unknown. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /** Write timeout; default {@link WhatsApp#DEFAULT_WRITE_TIMEOUT} (30 s). */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout("writeTimeout", timeout);
      return this;
    }

    /** Timeout of a whole attempt; default none ({@code Duration.ZERO}). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout("callTimeout", timeout);
      return this;
    }

    /** Retry settings; default {@link RetrySettings#DEFAULT}, {@link RetrySettings#none()} to turn off. */
    public Builder retry(RetrySettings retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /**
     * The client-side send limit, applied as the last send interceptor; default {@link RateLimit#DEFAULT}
     * (80 messages/s).
     */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /** Turns the client-side send limit off: Meta's limit (130429) still applies. */
    public Builder noRateLimit() {
      this.rateLimit = null;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when {@code accessToken} or {@code phoneNumberId} is missing
     */
    public WhatsApp build() {
      if (tokens == null) {
        throw new IllegalStateException(
            "accessToken is required: call accessToken(...) or accessTokenProvider(...) before build()");
      }
      if (phoneNumberId == null) {
        throw new IllegalStateException("phoneNumberId is required: call phoneNumberId(...) before build()");
      }
      return new WhatsApp(this);
    }

    private Duration timeout(String name, Duration timeout) {
      Objects.requireNonNull(timeout, name);
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + ": must not be negative, was " + timeout);
      }
      timeoutsSet = true;
      return timeout;
    }

    private static String id(String name, String value) {
      return GraphIds.check(name, value);
    }

    @Override
    public String toString() {
      return "WhatsApp.Builder{phoneNumberId=" + phoneNumberId + ", accessToken=" + (tokens == null ? "unset" : "***") + "}";
    }
  }
}
