package dev.wabasdk.account;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Onboarding and account operations: Embedded Signup's code exchange, token inspection, webhook subscriptions of the
 * client's WhatsApp Business Account (with alternate callback URLs per account and per number) and a business
 * portfolio's accounts. Obtain it from {@code WhatsApp.accounts()}; account calls use the client's
 * {@code businessAccountId} (use {@code forNumber(Tenant)} for another business) and fail with an
 * {@link IllegalStateException} before any request when it is missing. Thread-safe.
 *
 * <pre>{@code
 * BusinessToken token = whatsApp.accounts().exchangeCode(app, codeFromEmbeddedSignup);
 * TokenInfo info = whatsApp.accounts().debugToken(token.accessToken());
 * String wabaId = info.targetIds(Permission.WHATSAPP_BUSINESS_MANAGEMENT).get(0);
 * }</pre>
 */
public interface AccountsApi {
  /**
   * Exchanges the code Embedded Signup returned for a business token
   * ({@code GET /oauth/access_token?client_id&client_secret&code}; sent without the client's token). A code works
   * once, so the call is never repeated after it may have reached Meta.
   *
   * @throws IllegalArgumentException when {@code code} is blank
   */
  BusinessToken exchangeCode(AppCredentials app, String code);

  /** The asynchronous twin of {@link #exchangeCode}. */
  CompletableFuture<BusinessToken> exchangeCodeAsync(AppCredentials app, String code);

  /**
   * What Meta says about {@code inputToken} ({@code GET /debug_token?input_token=…}, authenticated with the client's
   * token, which must belong to the same app).
   */
  TokenInfo debugToken(String inputToken);

  /** The asynchronous twin of {@link #debugToken}. */
  CompletableFuture<TokenInfo> debugTokenAsync(String inputToken);

  /**
   * Subscribes the app to the account's webhooks ({@code POST /{waba-id}/subscribed_apps}); also removes the
   * account's alternate callback URL.
   */
  void subscribeApp();

  /** The asynchronous twin of {@link #subscribeApp()}. */
  CompletableFuture<Void> subscribeAppAsync();

  /**
   * Subscribes the app to the account's webhooks and sends them to an alternate callback URL
   * ({@code POST /{waba-id}/subscribed_apps} with {@code override_callback_uri} and {@code verify_token}).
   */
  void subscribeApp(CallbackOverride callback);

  /** The asynchronous twin of {@link #subscribeApp(CallbackOverride)}. */
  CompletableFuture<Void> subscribeAppAsync(CallbackOverride callback);

  /** The apps subscribed to the account's webhooks ({@code GET /{waba-id}/subscribed_apps}). */
  List<SubscribedApp> subscribedApps();

  /** The asynchronous twin of {@link #subscribedApps()}. */
  CompletableFuture<List<SubscribedApp>> subscribedAppsAsync();

  /** Unsubscribes the app from the account's webhooks ({@code DELETE /{waba-id}/subscribed_apps}). */
  void unsubscribeApp();

  /** The asynchronous twin of {@link #unsubscribeApp()}. */
  CompletableFuture<Void> unsubscribeAppAsync();

  /**
   * Sends the client's phone number's webhooks to an alternate callback URL
   * ({@code POST /{phone-number-id}} with {@code webhook_configuration}).
   */
  void overrideNumberCallback(CallbackOverride callback);

  /** The asynchronous twin of {@link #overrideNumberCallback}. */
  CompletableFuture<Void> overrideNumberCallbackAsync(CallbackOverride callback);

  /** Removes the phone number's alternate callback URL (an empty {@code override_callback_uri}). */
  void removeNumberCallbackOverride();

  /** The asynchronous twin of {@link #removeNumberCallbackOverride()}. */
  CompletableFuture<Void> removeNumberCallbackOverrideAsync();

  /** Where the client's phone number's webhooks go ({@code GET /{phone-number-id}?fields=webhook_configuration}). */
  WebhookConfiguration numberWebhookConfiguration();

  /** The asynchronous twin of {@link #numberWebhookConfiguration()}. */
  CompletableFuture<WebhookConfiguration> numberWebhookConfigurationAsync();

  /**
   * The WhatsApp Business Accounts a business portfolio owns ({@code GET /{business-id}/owned_whatsapp_business_accounts},
   * all pages); needs {@code business_management}.
   */
  List<BusinessAccount> ownedBusinessAccounts(String businessId);

  /** The asynchronous twin of {@link #ownedBusinessAccounts}. */
  CompletableFuture<List<BusinessAccount>> ownedBusinessAccountsAsync(String businessId);

  /**
   * The WhatsApp Business Accounts shared with a business portfolio, e.g. by Embedded Signup
   * ({@code GET /{business-id}/client_whatsapp_business_accounts}, all pages); needs {@code business_management}.
   */
  List<BusinessAccount> clientBusinessAccounts(String businessId);

  /** The asynchronous twin of {@link #clientBusinessAccounts}. */
  CompletableFuture<List<BusinessAccount>> clientBusinessAccountsAsync(String businessId);
}
