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
import dev.wabasdk.payment.PaymentsApi;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.qr.QrCodesApi;
import dev.wabasdk.routing.ThreadControlApi;
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
 *
 * <p>Resource groups other than messages are made on first use: a view of an idle number (thousands per app) costs
 * little. Two threads may both make one; the groups are immutable and equivalent, so either is fine (their final
 * fields make a racy publication safe).
 */
public final class ClientCore implements AutoCloseable {
  private final Settings settings;
  private final Tenant tenant;
  private final GraphClient graph;
  private final @Nullable RateLimit rateLimit;
  private final MessagesApi messages;
  private final MarketingMessagesApi marketingMessages;
  private @Nullable MediaApi media;
  private @Nullable TemplatesApi templates;
  private @Nullable PhoneNumbersApi phoneNumbers;
  private @Nullable BusinessProfileApi businessProfile;
  private @Nullable CommerceApi commerce;
  private @Nullable PaymentsApi payments;
  private @Nullable RawApi raw;
  private @Nullable CallingApi calling;
  private @Nullable ThreadControlApi threadControl;
  private @Nullable GroupsApi groups;
  private @Nullable FlowsApi flows;
  private @Nullable AnalyticsApi analytics;
  private @Nullable AccountsApi accounts;
  private @Nullable BlockUsersApi blockUsers;
  private @Nullable QrCodesApi qrCodes;
  private @Nullable ConversationalComponentsApi conversationalComponents;
  private @Nullable UsernameApi username;
  private @Nullable ResumableUploadApi uploads;

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
    this.marketingMessages = new RealMarketingMessagesApi(sender, graph, tenant.businessAccountId());
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
    MediaApi group = media;
    if (group == null) {
      group = new RealMediaApi(graph, tenant.phoneNumberId());
      media = group;
    }
    return group;
  }

  public TemplatesApi templates() {
    TemplatesApi group = templates;
    if (group == null) {
      group = new RealTemplatesApi(graph, tenant.businessAccountId(), settings.clock());
      templates = group;
    }
    return group;
  }

  public PhoneNumbersApi phoneNumbers() {
    PhoneNumbersApi group = phoneNumbers;
    if (group == null) {
      group = new RealPhoneNumbersApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
      phoneNumbers = group;
    }
    return group;
  }

  public BusinessProfileApi businessProfile() {
    BusinessProfileApi group = businessProfile;
    if (group == null) {
      group = new RealBusinessProfileApi(graph, tenant.phoneNumberId(), uploads());
      businessProfile = group;
    }
    return group;
  }

  /** The commerce settings group. */
  public CommerceApi commerce() {
    CommerceApi group = commerce;
    if (group == null) {
      group = new RealCommerceApi(graph, tenant.phoneNumberId());
      commerce = group;
    }
    return group;
  }

  /** The Payments API group: payment look-ups, refunds and the WABA's payment configurations. */
  public PaymentsApi payments() {
    PaymentsApi group = payments;
    if (group == null) {
      group = new RealPaymentsApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
      payments = group;
    }
    return group;
  }

  public RawApi raw() {
    RawApi group = raw;
    if (group == null) {
      group = new RealRawApi(graph);
      raw = group;
    }
    return group;
  }

  public CallingApi calling() {
    CallingApi group = calling;
    if (group == null) {
      group = new RealCallingApi(graph, tenant.phoneNumberId());
      calling = group;
    }
    return group;
  }

  /** The Conversation Routing thread control group. */
  public ThreadControlApi threadControl() {
    ThreadControlApi group = threadControl;
    if (group == null) {
      group = new RealThreadControlApi(graph, tenant.phoneNumberId());
      threadControl = group;
    }
    return group;
  }

  public GroupsApi groups() {
    GroupsApi group = groups;
    if (group == null) {
      group = new RealGroupsApi(graph, tenant.phoneNumberId());
      groups = group;
    }
    return group;
  }

  /** The Flows API group. */
  public FlowsApi flows() {
    FlowsApi group = flows;
    if (group == null) {
      group = new RealFlowsApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
      flows = group;
    }
    return group;
  }

  /** The WABA analytics group. */
  public AnalyticsApi analytics() {
    AnalyticsApi group = analytics;
    if (group == null) {
      group = new RealAnalyticsApi(graph, tenant.businessAccountId(), settings.clock());
      analytics = group;
    }
    return group;
  }

  /** The onboarding and account operations group. */
  public AccountsApi accounts() {
    AccountsApi group = accounts;
    if (group == null) {
      group = new RealAccountsApi(graph, tenant.phoneNumberId(), tenant.businessAccountId());
      accounts = group;
    }
    return group;
  }

  /** The Block Users API group. */
  public BlockUsersApi blockUsers() {
    BlockUsersApi group = blockUsers;
    if (group == null) {
      group = new RealBlockUsersApi(graph, tenant.phoneNumberId());
      blockUsers = group;
    }
    return group;
  }

  /** The QR codes group. */
  public QrCodesApi qrCodes() {
    QrCodesApi group = qrCodes;
    if (group == null) {
      group = new RealQrCodesApi(graph, tenant.phoneNumberId());
      qrCodes = group;
    }
    return group;
  }

  /** The conversational components group. */
  public ConversationalComponentsApi conversationalComponents() {
    ConversationalComponentsApi group = conversationalComponents;
    if (group == null) {
      group = new RealConversationalComponentsApi(graph, tenant.phoneNumberId());
      conversationalComponents = group;
    }
    return group;
  }

  /** The business username group. */
  public UsernameApi username() {
    UsernameApi group = username;
    if (group == null) {
      group = new RealUsernameApi(graph, tenant.phoneNumberId());
      username = group;
    }
    return group;
  }

  /** The Meta app id, or null when not configured. */
  public @Nullable String appId() {
    return settings.appId();
  }

  /** The Resumable Upload API group (needs the app id). */
  public ResumableUploadApi uploads() {
    ResumableUploadApi group = uploads;
    if (group == null) {
      group = new RealResumableUploadApi(graph, settings.appId(), settings.retry());
      uploads = group;
    }
    return group;
  }

  @Override
  public void close() {
    graph.close();
  }
}
