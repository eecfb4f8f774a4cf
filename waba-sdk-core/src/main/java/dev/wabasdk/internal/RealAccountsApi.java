package dev.wabasdk.internal;

import dev.wabasdk.account.AccountsApi;
import dev.wabasdk.account.AppCredentials;
import dev.wabasdk.account.BusinessAccount;
import dev.wabasdk.account.BusinessToken;
import dev.wabasdk.account.CallbackOverride;
import dev.wabasdk.account.GranularScope;
import dev.wabasdk.account.Permission;
import dev.wabasdk.account.SubscribedApp;
import dev.wabasdk.account.TokenInfo;
import dev.wabasdk.account.TokenType;
import dev.wabasdk.account.WebhookConfiguration;
import dev.wabasdk.paging.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link AccountsApi}. Thread-safe. */
final class RealAccountsApi implements AccountsApi {
  private static final String ACCOUNT_FIELDS = "id,name,currency,timezone_id,message_template_namespace";

  private final GraphClient graph;
  private final String phoneNumberId;
  private final @Nullable String businessAccountId;

  RealAccountsApi(GraphClient graph, String phoneNumberId, @Nullable String businessAccountId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
    this.businessAccountId = businessAccountId;
  }

  // --- Embedded Signup code exchange

  @Override
  public BusinessToken exchangeCode(AppCredentials app, String code) {
    return graph.execute(exchangeCall(app, code), r -> parseToken(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<BusinessToken> exchangeCodeAsync(AppCredentials app, String code) {
    return graph.executeAsync(exchangeCall(app, code), r -> parseToken(Json.readObject(r.body().string())));
  }

  private GraphCall exchangeCall(AppCredentials app, String code) {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code: must be the code Embedded Signup returned, was blank");
    }
    // The secret and the code travel in the query, as Meta documents; the SDK logs and reports paths only.
    HttpUrl url = graph.urlBuilder().addPathSegment("oauth").addPathSegment("access_token")
        .addQueryParameter("client_id", app.appId())
        .addQueryParameter("client_secret", app.appSecret())
        .addQueryParameter("code", code)
        .build();
    // Not idempotent (a code works once) and not authenticated with the client's token.
    return new GraphCall("GET", url, null, false, false, false);
  }

  private static BusinessToken parseToken(Map<String, Object> m) throws IOException {
    String token = Json.string(m, "access_token");
    if (token == null || token.isEmpty()) {
      throw new IOException("the code exchange answered without access_token");
    }
    Long expiresIn = Json.longValue(m, "expires_in");
    return new BusinessToken(token, Json.string(m, "token_type"),
        expiresIn == null || expiresIn <= 0 ? null : Duration.ofSeconds(expiresIn));
  }

  // --- debug_token

  @Override
  public TokenInfo debugToken(String inputToken) {
    return graph.execute(GraphCall.get(debugUrl(inputToken)), r -> parseTokenInfo(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<TokenInfo> debugTokenAsync(String inputToken) {
    return graph.executeAsync(GraphCall.get(debugUrl(inputToken)),
        r -> parseTokenInfo(Json.readObject(r.body().string())));
  }

  private HttpUrl debugUrl(String inputToken) {
    Objects.requireNonNull(inputToken, "inputToken");
    if (inputToken.isBlank()) {
      throw new IllegalArgumentException("inputToken: must be the access token to inspect, was blank");
    }
    return graph.urlBuilder().addPathSegment("debug_token").addQueryParameter("input_token", inputToken).build();
  }

  static TokenInfo parseTokenInfo(Map<String, Object> root) throws IOException {
    Map<String, Object> d = Json.object(root, "data");
    if (d == null) {
      throw new IOException("debug_token answered without data");
    }
    List<Permission> scopes = new ArrayList<>();
    for (Object s : Json.list(d, "scopes")) {
      if (s instanceof String name) {
        scopes.add(Permission.of(name));
      }
    }
    List<GranularScope> granular = new ArrayList<>();
    for (Object o : Json.list(d, "granular_scopes")) {
      String scope = o instanceof Map<?, ?> g ? Json.string(cast(g), "scope") : null;
      if (scope != null) {
        Map<String, Object> g = cast((Map<?, ?>) o);
        List<String> targets = new ArrayList<>();
        for (Object t : Json.list(g, "target_ids")) {
          String id = t instanceof String text ? text : Json.string(Map.of("id", t == null ? "" : t), "id");
          if (id != null && !id.isEmpty()) {
            targets.add(id);
          }
        }
        granular.add(new GranularScope(Permission.of(scope), targets));
      }
    }
    Map<String, Object> error = Json.object(d, "error");
    TokenInfo.TokenError tokenError = null;
    if (error != null) {
      Long code = Json.longValue(error, "code");
      Long subcode = Json.longValue(error, "subcode");
      String message = Json.string(error, "message");
      tokenError = new TokenInfo.TokenError(code == null ? 0 : code.intValue(), message == null ? "" : message,
          subcode == null ? null : subcode.intValue());
    }
    String type = Json.string(d, "type");
    return new TokenInfo(
        Boolean.TRUE.equals(Json.bool(d, "is_valid")),
        Json.string(d, "app_id"),
        Json.string(d, "application"),
        type == null ? null : TokenType.of(type),
        Json.string(d, "user_id"),
        instant(Json.longValue(d, "expires_at")),
        instant(Json.longValue(d, "data_access_expires_at")),
        instant(Json.longValue(d, "issued_at")),
        scopes,
        granular,
        tokenError);
  }

  /** Meta's Unix time; 0 means "never". */
  private static @Nullable Instant instant(@Nullable Long seconds) {
    return seconds == null || seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }

  // --- subscribed_apps

  @Override
  public void subscribeApp() {
    graph.execute(subscribeCall(null), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> subscribeAppAsync() {
    return graph.executeAsync(subscribeCall(null), ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public void subscribeApp(CallbackOverride callback) {
    graph.execute(subscribeCall(Objects.requireNonNull(callback, "callback")), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> subscribeAppAsync(CallbackOverride callback) {
    return graph.executeAsync(subscribeCall(Objects.requireNonNull(callback, "callback")), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  private GraphCall subscribeCall(@Nullable CallbackOverride callback) {
    HttpUrl url = graph.url(waba("subscribeApp"), "subscribed_apps");
    if (callback == null) {
      return GraphCall.post(url, RequestBody.create(new byte[0], null), true); // Meta's example posts no body
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("override_callback_uri", callback.callbackUri());
    body.put("verify_token", callback.verifyToken());
    return GraphCall.post(url, body, true);
  }

  @Override
  public List<SubscribedApp> subscribedApps() {
    return graph.execute(GraphCall.get(graph.url(waba("subscribedApps"), "subscribed_apps")),
        r -> parseApps(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<List<SubscribedApp>> subscribedAppsAsync() {
    return graph.executeAsync(GraphCall.get(graph.url(waba("subscribedApps"), "subscribed_apps")),
        r -> parseApps(Json.readObject(r.body().string())));
  }

  static List<SubscribedApp> parseApps(Map<String, Object> root) {
    List<SubscribedApp> apps = new ArrayList<>();
    for (Object o : Json.list(root, "data")) {
      if (o instanceof Map<?, ?> item) {
        Map<String, Object> data = Json.object(cast(item), "whatsapp_business_api_data");
        String id = Json.string(data, "id");
        if (id != null) {
          apps.add(new SubscribedApp(id, Json.string(data, "name"), Json.string(data, "link"),
              Json.string(cast(item), "override_callback_uri")));
        }
      }
    }
    return List.copyOf(apps);
  }

  @Override
  public void unsubscribeApp() {
    graph.execute(GraphCall.delete(graph.url(waba("unsubscribeApp"), "subscribed_apps")), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> unsubscribeAppAsync() {
    return graph.executeAsync(GraphCall.delete(graph.url(waba("unsubscribeApp"), "subscribed_apps")),
        ResponseHandler.success()).thenApply(ok -> null);
  }

  // --- per-number callback override

  @Override
  public void overrideNumberCallback(CallbackOverride callback) {
    graph.execute(numberCallbackCall(Objects.requireNonNull(callback, "callback")), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> overrideNumberCallbackAsync(CallbackOverride callback) {
    return graph.executeAsync(numberCallbackCall(Objects.requireNonNull(callback, "callback")),
        ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public void removeNumberCallbackOverride() {
    graph.execute(numberCallbackCall(null), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> removeNumberCallbackOverrideAsync() {
    return graph.executeAsync(numberCallbackCall(null), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall numberCallbackCall(@Nullable CallbackOverride callback) {
    Map<String, Object> config = new LinkedHashMap<>();
    if (callback == null) {
      config.put("override_callback_uri", ""); // Meta's way to remove the number's override
    } else {
      config.put("override_callback_uri", callback.callbackUri());
      config.put("verify_token", callback.verifyToken());
    }
    return GraphCall.post(graph.url(phoneNumberId), Map.of("webhook_configuration", config), true);
  }

  @Override
  public WebhookConfiguration numberWebhookConfiguration() {
    return graph.execute(GraphCall.get(webhookConfigurationUrl()),
        r -> parseWebhookConfiguration(Json.readObject(r.body().string())));
  }

  @Override
  public CompletableFuture<WebhookConfiguration> numberWebhookConfigurationAsync() {
    return graph.executeAsync(GraphCall.get(webhookConfigurationUrl()),
        r -> parseWebhookConfiguration(Json.readObject(r.body().string())));
  }

  private HttpUrl webhookConfigurationUrl() {
    return graph.urlBuilder().addPathSegment(phoneNumberId).addQueryParameter("fields", "webhook_configuration")
        .build();
  }

  static WebhookConfiguration parseWebhookConfiguration(Map<String, Object> root) {
    Map<String, Object> c = Json.object(root, "webhook_configuration");
    return new WebhookConfiguration(blankToNull(Json.string(c, "phone_number")),
        blankToNull(Json.string(c, "whatsapp_business_account")), blankToNull(Json.string(c, "application")));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s;
  }

  // --- a portfolio's accounts

  @Override
  public List<BusinessAccount> ownedBusinessAccounts(String businessId) {
    return allAccounts(businessId, "owned_whatsapp_business_accounts");
  }

  @Override
  public CompletableFuture<List<BusinessAccount>> ownedBusinessAccountsAsync(String businessId) {
    return allAccountsAsync(businessId, "owned_whatsapp_business_accounts");
  }

  @Override
  public List<BusinessAccount> clientBusinessAccounts(String businessId) {
    return allAccounts(businessId, "client_whatsapp_business_accounts");
  }

  @Override
  public CompletableFuture<List<BusinessAccount>> clientBusinessAccountsAsync(String businessId) {
    return allAccountsAsync(businessId, "client_whatsapp_business_accounts");
  }

  private List<BusinessAccount> allAccounts(String businessId, String edge) {
    GraphIds.check("businessId", businessId);
    List<BusinessAccount> all = new ArrayList<>();
    String after = null;
    do {
      Page<BusinessAccount> page = graph.execute(GraphCall.get(accountsUrl(businessId, edge, after)),
          ResponseHandler.page(RealAccountsApi::parseAccount));
      all.addAll(page.items());
      after = page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
    } while (after != null);
    return List.copyOf(all);
  }

  private CompletableFuture<List<BusinessAccount>> allAccountsAsync(String businessId, String edge) {
    GraphIds.check("businessId", businessId);
    return accountsFrom(businessId, edge, null, new ArrayList<>());
  }

  private CompletableFuture<List<BusinessAccount>> accountsFrom(String businessId, String edge,
      @Nullable String after, List<BusinessAccount> acc) {
    return graph.executeAsync(GraphCall.get(accountsUrl(businessId, edge, after)),
            ResponseHandler.page(RealAccountsApi::parseAccount))
        .thenCompose(page -> {
          acc.addAll(page.items());
          String next = page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
          return next == null ? CompletableFuture.completedFuture(List.copyOf(acc))
              : accountsFrom(businessId, edge, next, acc);
        });
  }

  private HttpUrl accountsUrl(String businessId, String edge, @Nullable String after) {
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(businessId).addPathSegment(edge)
        .addQueryParameter("fields", ACCOUNT_FIELDS);
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  static BusinessAccount parseAccount(Map<String, Object> m) throws IOException {
    String id = Json.string(m, "id");
    if (id == null) {
      throw new IOException("WhatsApp Business Account without id");
    }
    return new BusinessAccount(id, Json.string(m, "name"), Json.string(m, "currency"), Json.string(m, "timezone_id"),
        Json.string(m, "message_template_namespace"));
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for accounts()." + call + "(): set "
          + "WhatsApp.builder().businessAccountId(\"<WABA id>\") or use forNumber(Tenant)");
    }
    return businessAccountId;
  }
}
