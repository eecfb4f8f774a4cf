package dev.wabasdk;

import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.GraphIds;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.template.TemplatesApi;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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
 * {@link dev.wabasdk.error.WabaException}s that say whether the request may have taken effect.
 */
public final class WhatsApp implements AutoCloseable {
  /** The newest Graph API version this SDK was built and tested against. */
  public static final String DEFAULT_API_VERSION = "v26.0";
  /** Meta's Graph API host. */
  public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/";

  private final String phoneNumberId;
  private final @Nullable String businessAccountId;
  private final String apiVersion;
  private final HttpUrl baseUrl;
  private final Clock clock;
  private final GraphClient graph;
  private final MessagesApi messages;
  private final MediaApi media;
  private final TemplatesApi templates;
  private final PhoneNumbersApi phoneNumbers;
  private final BusinessProfileApi businessProfile;
  private final @Nullable PolicyEngine policy;
  private final RawApi raw;

  private WhatsApp(Builder b) {
    this.phoneNumberId = b.phoneNumberId;
    this.businessAccountId = b.businessAccountId;
    this.apiVersion = b.apiVersion;
    this.baseUrl = b.baseUrl;
    this.clock = b.clock;
    boolean owns = b.okHttpClient == null;
    OkHttpClient.Builder http = (owns ? new OkHttpClient() : b.okHttpClient).newBuilder();
    if (owns || b.timeoutsSet) {
      http.connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).writeTimeout(b.writeTimeout)
          .callTimeout(b.callTimeout);
    }
    this.graph = new GraphClient(
        http.build(), owns, baseUrl, apiVersion, b.accessToken, b.retry, b.rateLimit);
    this.policy = b.policy;
    this.messages = new MessagesApi(graph, phoneNumberId, policy);
    this.media = new MediaApi(graph, phoneNumberId);
    this.templates = new TemplatesApi(graph, businessAccountId);
    this.phoneNumbers = new PhoneNumbersApi(graph, phoneNumberId, businessAccountId);
    this.businessProfile = new BusinessProfileApi(graph, phoneNumberId);
    this.raw = new RawApi(graph);
  }

  /** A builder; {@code accessToken} and {@code phoneNumberId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Session and template messages, read receipts and the typing indicator. */
  public MessagesApi messages() {
    return messages;
  }

  /** Upload, retrieve, download (streamed, verified) and delete media. */
  public MediaApi media() {
    return media;
  }

  /** Create, list, get, edit and delete message templates (account calls need {@code businessAccountId}). */
  public TemplatesApi templates() {
    return templates;
  }

  /** The business phone numbers: quality rating, messaging limit, throughput, name status. */
  public PhoneNumbersApi phoneNumbers() {
    return phoneNumbers;
  }

  /** The WhatsApp business profile of this phone number. */
  public BusinessProfileApi businessProfile() {
    return businessProfile;
  }

  /** Graph API calls the SDK does not model yet, with the same auth, errors, retries and logging. */
  public RawApi raw() {
    return raw;
  }

  /** The business phone number id this client sends from. */
  public String phoneNumberId() {
    return phoneNumberId;
  }

  /** The WhatsApp Business Account id, when configured (needed for templates and the phone-number list). */
  public @Nullable String businessAccountId() {
    return businessAccountId;
  }

  /** The Graph API version in every path, e.g. {@code v26.0}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** The policy engine every send is evaluated by, when configured. */
  public @Nullable PolicyEngine policy() {
    return policy;
  }

  /** The clock the client stamps facts with. */
  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    graph.close();
  }

  @Override
  public String toString() {
    // Never the access token.
    return "WhatsApp{phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId
        + ", apiVersion=" + apiVersion + ", baseUrl=" + baseUrl + "}";
  }

  /** Configures a {@link WhatsApp} client. Not thread-safe; {@link #build()} copies what it needs. */
  public static final class Builder {
    private @Nullable String accessToken;
    private @Nullable String phoneNumberId;
    private @Nullable String businessAccountId;
    private String apiVersion = DEFAULT_API_VERSION;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private boolean timeoutsSet;
    private RetrySettings retry = RetrySettings.DEFAULT;
    private @Nullable RateLimit rateLimit = RateLimit.DEFAULT;
    private @Nullable PolicyEngine policy;

    private Builder() {}

    /** A System User access token (or any token with {@code whatsapp_business_messaging}). Required. */
    public Builder accessToken(String accessToken) {
      Objects.requireNonNull(accessToken, "accessToken");
      if (accessToken.isBlank()) {
        throw new IllegalArgumentException("accessToken: must not be blank");
      }
      this.accessToken = accessToken.strip();
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

    /** The clock for timestamps and the policy engine; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A policy engine that evaluates every send (see {@link PolicyEngine}); the client records sends in it. The
     * engine's own clock stamps those records. Default none.
     */
    public Builder policy(PolicyEngine policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Connect timeout; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /** Read timeout; default 30 s. A read timeout on a send leaves its outcome unknown. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /** Write timeout; default 30 s. */
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

    /** The client-side send limit; default {@link RateLimit#DEFAULT} (80 messages/s). */
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
      if (accessToken == null) {
        throw new IllegalStateException("accessToken is required: call accessToken(...) before build()");
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
      return "WhatsApp.Builder{phoneNumberId=" + phoneNumberId + ", accessToken=" + (accessToken == null ? "unset" : "***") + "}";
    }
  }
}
