package dev.wabasdk.spring;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.webhook.DeliveryGuarantee;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code waba.*} configuration properties. Only {@code waba.access-token} and {@code waba.phone-number-id} are
 * required (and {@code waba.app-secret} and {@code waba.verify-token} while the webhook endpoint is on); a
 * missing one fails start-up with a message naming it. Immutable; {@link #toString()} never shows a secret.
 *
 * @param accessToken System User access token with the whatsapp_business_messaging permission
 * @param phoneNumberId Business phone number id to send from (not the phone number itself)
 * @param businessAccountId WhatsApp Business Account id, needed for templates and the phone-number list
 * @param appId Meta app id (App Dashboard), needed for the Resumable Upload API ({@code WhatsApp.uploads()}) and the
 *     business profile photo
 * @param appSecret App secret from the App Dashboard, used to check the X-Hub-Signature-256 of every webhook
 * @param verifyToken Token typed next to the callback URL in the App Dashboard, checked by the webhook handshake
 * @param apiVersion Graph API version in every path
 * @param baseUrl Graph API root URL, e.g. a testkit fake's URL
 * @param connectTimeout Connect timeout of Graph API calls
 * @param readTimeout Read timeout of Graph API calls; a read timeout on a send leaves its outcome unknown
 * @param writeTimeout Write timeout of Graph API calls
 * @param callTimeout Timeout of one whole Graph API call attempt; 0 for none
 * @param store Where the policy engine keeps windows, counters and opt-outs; unset for Redis when there is a Lettuce
 *     connection factory and waba-sdk-redis, in memory otherwise
 * @param redis Redis stores (with waba-sdk-redis on the classpath)
 * @param retry Retries of failed Graph API calls
 * @param rateLimit Client-side send rate limit
 * @param webhook Webhook endpoint
 * @param policy Policy engine
 * @param cost Cost estimator
 * @param health Health indicator
 */
@ConfigurationProperties("waba")
public record WabaProperties(
    @Nullable String accessToken,
    @Nullable String phoneNumberId,
    @Nullable String businessAccountId,
    @Nullable String appId,
    @Nullable String appSecret,
    @Nullable String verifyToken,
    @DefaultValue(WhatsApp.DEFAULT_API_VERSION) String apiVersion,
    @DefaultValue(WhatsApp.DEFAULT_BASE_URL) String baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    @Nullable Store store,
    @DefaultValue Redis redis,
    @DefaultValue Retry retry,
    @DefaultValue RateLimit rateLimit,
    @DefaultValue Webhook webhook,
    @DefaultValue Policy policy,
    @DefaultValue Cost cost,
    @DefaultValue Health health) {

  /** Unset values take core's defaults, so each default is written once, in core. */
  public WabaProperties {
    connectTimeout = orDefault(connectTimeout, WhatsApp.DEFAULT_CONNECT_TIMEOUT);
    readTimeout = orDefault(readTimeout, WhatsApp.DEFAULT_READ_TIMEOUT);
    writeTimeout = orDefault(writeTimeout, WhatsApp.DEFAULT_WRITE_TIMEOUT);
    callTimeout = orDefault(callTimeout, WhatsApp.DEFAULT_CALL_TIMEOUT);
  }

  private static <T> T orDefault(@Nullable T value, T fallback) {
    return value != null ? value : fallback;
  }

  @Override
  public String toString() {
    // Secrets are only said to be set or not.
    return "WabaProperties{accessToken=" + (accessToken == null ? "unset" : "***")
        + ", phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId + ", appId=" + appId
        + ", appSecret=" + (appSecret == null ? "unset" : "***")
        + ", verifyToken=" + (verifyToken == null ? "unset" : "***")
        + ", apiVersion=" + apiVersion + ", baseUrl=" + baseUrl + ", store=" + store + ", webhook=" + webhook
        + ", policy=" + policy + "}";
  }

  /** Where the policy engine's state lives. */
  public enum Store {
    /** In this JVM ({@code InMemoryConversationStore}): one app instance per phone number. */
    MEMORY,
    /**
     * In Redis, shared by all app instances; needs {@code waba-sdk-redis}. On Spring Data Redis's Lettuce connection
     * when there is one, else on {@code waba.redis.uri}.
     */
    REDIS
  }

  /**
   * The Redis stores of {@code waba-sdk-redis}. Spring Data Redis's Lettuce connection ({@code spring.data.redis.*})
   * is used when there is one; these settings apply otherwise.
   *
   * @param uri Redis URI used with waba.store=redis when there is no Lettuce connection factory, e.g.
   *     redis://localhost:6379, rediss://user:password@host:6380 or redis-sentinel://host:26379#mymaster
   * @param keyPrefix Prefix of every key; one per business phone number sharing a Redis, with a {hash tag} on a
   *     Redis Cluster
   */
  public record Redis(
      @DefaultValue("redis://localhost:6379") String uri,
      @DefaultValue("{waba}:") String keyPrefix) {

    // A query parameter whose name suggests a credential (password=, auth=, token=...).
    private static final Pattern SECRET_PARAMETER =
        Pattern.compile("[?&;][^=&;#]*(?:pass|pwd|secret|token|auth|cred|key)[^=&;#]*=", Pattern.CASE_INSENSITIVE);

    @Override
    public String toString() {
      return "Redis{uri=" + masked(uri) + ", keyPrefix=" + keyPrefix + "}";
    }

    /**
     * The URI without its credentials. A password may hold an unencoded {@code @}, {@code /}, {@code &} or
     * {@code #}, so when in doubt more is masked, never less: the user info up to the last {@code @}, and everything
     * after the first credential-like query parameter.
     */
    static String masked(String uri) {
      String result = uri;
      int authority = result.indexOf("//");
      int at = result.lastIndexOf('@');
      if (at >= 0) {
        int start = authority >= 0 && authority < at ? authority + 2 : 0;
        result = result.substring(0, start) + "***" + result.substring(at);
      }
      Matcher secret = SECRET_PARAMETER.matcher(result);
      if (secret.find()) {
        result = result.substring(0, secret.end()) + "***";
      }
      return result;
    }
  }

  /**
   * Retries of failed Graph API calls; only failures that certainly had no effect are retried.
   *
   * @param maxAttempts Total attempts including the first
   * @param initialDelay First backoff delay; later delays double up to max-delay
   * @param maxDelay Longest single backoff delay
   * @param jitter Random fraction (0 to 1) added to or removed from each delay
   * @param maxDuration Time budget for all attempts together
   * @param retryUnknownOutcome Whether sends whose outcome is unknown are retried too (may duplicate messages)
   */
  public record Retry(
      Integer maxAttempts,
      Duration initialDelay,
      Duration maxDelay,
      Double jitter,
      Duration maxDuration,
      boolean retryUnknownOutcome) {

    /** Unset values take {@code RetrySettings.DEFAULT}'s. */
    public Retry {
      maxAttempts = orDefault(maxAttempts, RetrySettings.DEFAULT.maxAttempts());
      initialDelay = orDefault(initialDelay, RetrySettings.DEFAULT.initialDelay());
      maxDelay = orDefault(maxDelay, RetrySettings.DEFAULT.maxDelay());
      jitter = orDefault(jitter, RetrySettings.DEFAULT.jitter());
      maxDuration = orDefault(maxDuration, RetrySettings.DEFAULT.maxDuration());
    }
  }

  /**
   * Client-side throughput limit for sends, so traffic is smoothed instead of hitting Meta's 130429.
   *
   * @param enabled Whether sends are limited on the client
   * @param messagesPerSecond Sends allowed per second, spread evenly
   * @param maxWait How long a send may wait for a permit before failing
   */
  public record RateLimit(
      @DefaultValue("true") boolean enabled,
      Integer messagesPerSecond,
      Duration maxWait) {

    /** Unset values take {@code dev.wabasdk.RateLimit.DEFAULT}'s. */
    public RateLimit {
      messagesPerSecond = orDefault(messagesPerSecond, dev.wabasdk.RateLimit.DEFAULT.messagesPerSecond());
      maxWait = orDefault(maxWait, dev.wabasdk.RateLimit.DEFAULT.maxWait());
    }
  }

  /**
   * The webhook endpoint (Spring MVC, servlet web applications).
   *
   * @param enabled Whether the webhook processor and endpoint are configured
   * @param path Path of the endpoint, the callback URL's path in the App Dashboard
   * @param maxBodySize Largest accepted notification body; larger ones are answered 413
   * @param async Whether listeners run on the applicationTaskExecutor after Meta has been answered
   * @param deduplicationTtl How long a delivered event id is remembered so that redeliveries are dropped
   * @param deliveryGuarantee When an event is marked done: at-least-once (after its listeners succeeded; a failure
   *     is answered 500 so Meta redelivers) or at-most-once (before they run)
   * @param leaseTtl How long an instance's claim on an event lasts while its listeners run
   */
  public record Webhook(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("/webhooks/whatsapp") String path,
      @DefaultValue("1MB") DataSize maxBodySize,
      boolean async,
      @DefaultValue("7d") Duration deduplicationTtl,
      @DefaultValue("at-least-once") DeliveryGuarantee deliveryGuarantee,
      @DefaultValue("5m") Duration leaseTtl) {}

  /**
   * The policy engine evaluating every send. Built-in rules not listed here keep their defaults; add your own
   * rules as {@code PolicyRule} beans.
   *
   * @param mode What the client does with a decision that is not ALLOW
   * @param pairRateSpacing Sustained spacing of messages to the same user (the pair rate's interval, whole
   *     seconds); 0 turns the pair-rate rule off
   * @param pairRateBurst Messages to the same user that may go back to back before the spacing applies; 1 makes the
   *     spacing a strict minimum
   * @param assumedMessagingLimitTier Messaging limit tier applied until one is learnt, e.g. TIER_2K; unset for no
   *     limit until then
   * @param requireKnownTemplateStatus Whether templates whose status was never seen are denied
   * @param optOutKeywords Whether STOP-style keywords in inbound messages opt users out of marketing
   * @param marketingFrequencyCap Marketing templates per user and period
   * @param quietHours No marketing templates during these hours in the recipient's local time
   */
  public record Policy(
      @DefaultValue("enforce") PolicyMode mode,
      @DefaultValue("6s") Duration pairRateSpacing,
      @DefaultValue("45") int pairRateBurst,
      @Nullable String assumedMessagingLimitTier,
      boolean requireKnownTemplateStatus,
      @DefaultValue("true") boolean optOutKeywords,
      @DefaultValue MarketingFrequencyCap marketingFrequencyCap,
      @DefaultValue QuietHours quietHours) {}

  /**
   * At most max-messages marketing templates per user in a moving period; off while max-messages is unset.
   *
   * @param maxMessages Marketing templates allowed per user and period
   * @param period Moving period
   */
  public record MarketingFrequencyCap(@Nullable Integer maxMessages, @DefaultValue("7d") Duration period) {}

  /**
   * Quiet hours in the recipient's local time (from the phone number's country); off while start is unset.
   *
   * @param start Local time quiet hours begin, e.g. 21:00
   * @param end Local time quiet hours end, e.g. 08:00
   */
  public record QuietHours(@Nullable String start, @Nullable String end) {}

  /**
   * The cost estimator.
   *
   * @param currency ISO 4217 currency every amount is reported in; unset for the rate card's currency
   * @param exchangeRates Units of the reporting currency per unit of another currency, e.g. USD=0.92
   * @param zone WhatsApp Business Account time zone: rule changes, rate cards and months start at 00:00 there
   * @param rateCards Rate card CSV files named like ratecard-pmp-2026-10-01.csv, replacing the shipped cards
   * @param freeEntryPointWindow How long a free entry point window lasts
   */
  public record Cost(
      @Nullable String currency,
      @DefaultValue Map<String, String> exchangeRates,
      @DefaultValue("UTC") ZoneId zone,
      @DefaultValue List<Path> rateCards,
      @DefaultValue("72h") Duration freeEntryPointWindow) {}

  /**
   * The actuator health indicator.
   *
   * @param cacheTtl How long the phone number's state is reused before the next Graph API look-up; probes never
   *     wait for the network
   */
  public record Health(@DefaultValue("5m") Duration cacheTtl) {}
}
