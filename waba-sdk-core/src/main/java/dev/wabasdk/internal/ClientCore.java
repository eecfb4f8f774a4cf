package dev.wabasdk.internal;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.RateLimit;
import dev.wabasdk.RawApi;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.account.AccountsApi;
import dev.wabasdk.Tenant;
import dev.wabasdk.analytics.AnalyticsApi;
import dev.wabasdk.block.BlockUsersApi;
import dev.wabasdk.calling.CallingApi;
import dev.wabasdk.conversational.ConversationalComponentsApi;
import dev.wabasdk.flow.FlowsApi;
import dev.wabasdk.group.GroupsApi;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.commerce.CommerceApi;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.qr.QrCodesApi;
import dev.wabasdk.template.TemplatesApi;
import dev.wabasdk.username.UsernameApi;
import dev.wabasdk.upload.ResumableUploadApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code WhatsApp} client is made of: the HTTP stack and the resource group implementations. The one
 * internal type the client constructs, so the implementations stay package-private. A per-number view
 * ({@link #forNumber}) is another core sharing the root's OkHttp client and interceptors, with its own tenant, tokens
 * and rate limiter; closing a view releases nothing. Thread-safe.
 */
public final class ClientCore implements AutoCloseable {
  private final Settings settings;
  private final Tenant tenant;
  private final GraphClient graph;
  private final @Nullable RateLimit rateLimit;
  private final MessagesApi messages;
  private final MarketingMessagesApi marketingMessages;
  private final MediaApi media;
  private final TemplatesApi templates;
  private final PhoneNumbersApi phoneNumbers;
  private final BusinessProfileApi businessProfile;
  private final CommerceApi commerce;
  private final RawApi raw;
  private final CallingApi calling;
  private final GroupsApi groups;
  private final FlowsApi flows;
  private final AnalyticsApi analytics;
  private final AccountsApi accounts;
  private final BlockUsersApi blockUsers;
  private final QrCodesApi qrCodes;
  private final ConversationalComponentsApi conversationalComponents;
  private final UsernameApi username;
  private final ResumableUploadApi uploads;

  /** The settings {@code WhatsApp.Builder} collected; the HTTP client is already configured. */
  public record Settings(
      OkHttpClient http,
      boolean ownsHttp,
      HttpUrl baseUrl,
      String apiVersion,
      AccessTokenProvider tokens,
      String phoneNumberId,
      @Nullable String businessAccountId,
      Clock clock,
      RetrySettings retry,
      @Nullable RateLimit rateLimit,
      List<SendInterceptor> interceptors,
      @Nullable String appId) {

    @Override
    public String toString() {
      return "Settings{phoneNumberId=" + phoneNumberId + ", appId=" + appId + ", accessToken=***}";
    }
  }

  public ClientCore(Settings s) {
    this(s, new Tenant(s.phoneNumberId(), s.businessAccountId()), s.rateLimit(),
        new GraphClient(s.http(), s.ownsHttp(), s.baseUrl(), s.apiVersion(),
            new TokenSource(s.tokens(), new Tenant(s.phoneNumberId(), s.businessAccountId())), s.retry()));
  }

  private ClientCore(Settings s, Tenant tenant, @Nullable RateLimit rateLimit, GraphClient graph) {
    this.settings = s;
    this.tenant = tenant;
    this.rateLimit = rateLimit;
    this.graph = graph;
    List<SendInterceptor> chain = new ArrayList<>(s.interceptors());
    if (rateLimit != null) {
      // Last, next to the wire: a send an earlier interceptor refused takes no permit.
      chain.add(new RateLimitInterceptor(rateLimit));
    }
    RealMessagesApi sender = new RealMessagesApi(graph, tenant, s.clock(), chain);
    this.messages = sender;
    this.marketingMessages = new RealMarketingMessagesApi(sender);
    this.media = new RealMediaApi(graph, tenant.phoneNumberId());
    this.templates = new RealTemplatesApi(graph, tenant.businessAccountId(), s.clock());
    this.phoneNumbers = new RealPhoneNumbersApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
    this.uploads = new RealResumableUploadApi(graph, s.appId(), s.retry());
    this.businessProfile = new RealBusinessProfileApi(graph, tenant.phoneNumberId(), uploads);
    this.commerce = new RealCommerceApi(graph, tenant.phoneNumberId());
    this.raw = new RealRawApi(graph);
    this.calling = new RealCallingApi(graph, s.phoneNumberId());
    this.groups = new RealGroupsApi(graph, s.phoneNumberId());
    this.flows = new RealFlowsApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
    this.analytics = new RealAnalyticsApi(graph, tenant.businessAccountId(), s.clock());
    this.accounts = new RealAccountsApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
    this.blockUsers = new RealBlockUsersApi(graph, tenant.phoneNumberId());
    this.qrCodes = new RealQrCodesApi(graph, tenant.phoneNumberId());
    this.conversationalComponents = new RealConversationalComponentsApi(graph, tenant.phoneNumberId());
    this.username = new RealUsernameApi(graph, tenant.phoneNumberId());
  }

  /**
   * A view of {@code tenant}'s number: this core's OkHttp client, retry settings and interceptors, with the tenant's
   * own tokens (asked of the same provider for this tenant) and its own rate limiter.
   *
   * @param rateLimit the number's limit, or null for none
   */
  public ClientCore forNumber(Tenant tenant, @Nullable RateLimit rateLimit) {
    Objects.requireNonNull(tenant, "tenant");
    return new ClientCore(settings, tenant, rateLimit, graph.forTokens(new TokenSource(settings.tokens(), tenant)));
  }

  /** The tenant this core sends for. */
  public Tenant tenant() {
    return tenant;
  }

  /** This core's client-side send limit, or null when off. */
  public @Nullable RateLimit rateLimit() {
    return rateLimit;
  }

  public MessagesApi messages() {
    return messages;
  }

  /** Marketing template sends through the Marketing Messages API, on the same interceptor chain as messages(). */
  public MarketingMessagesApi marketingMessages() {
    return marketingMessages;
  }

  public MediaApi media() {
    return media;
  }

  public TemplatesApi templates() {
    return templates;
  }

  public PhoneNumbersApi phoneNumbers() {
    return phoneNumbers;
  }

  public BusinessProfileApi businessProfile() {
    return businessProfile;
  }

  /** The commerce settings group. */
  public CommerceApi commerce() {
    return commerce;
  }

  public RawApi raw() {
    return raw;
  }

  public CallingApi calling() {
    return calling;
  }

  public GroupsApi groups() {
    return groups;
  }

  /** The Flows API group. */
  public FlowsApi flows() {
    return flows;
  }

  /** The WABA analytics group. */
  public AnalyticsApi analytics() {
    return analytics;
  }

  /** The onboarding and account operations group. */
  public AccountsApi accounts() {
    return accounts;
  }

  /** The Block Users API group. */
  public BlockUsersApi blockUsers() {
    return blockUsers;
  }

  /** The QR codes group. */
  public QrCodesApi qrCodes() {
    return qrCodes;
  }

  /** The conversational components group. */
  public ConversationalComponentsApi conversationalComponents() {
    return conversationalComponents;
  }

  /** The business username group. */
  public UsernameApi username() {
    return username;
  }

  /** The Meta app id, or null when not configured. */
  public @Nullable String appId() {
    return settings.appId();
  }

  /** The Resumable Upload API group (needs the app id). */
  public ResumableUploadApi uploads() {
    return uploads;
  }

  @Override
  public void close() {
    graph.close();
  }
}
