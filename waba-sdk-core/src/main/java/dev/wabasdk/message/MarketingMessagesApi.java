package dev.wabasdk.message;

import java.util.concurrent.CompletableFuture;

/**
 * Sends marketing template messages through Meta's Marketing Messages API for WhatsApp ("MM Lite"):
 * {@code POST /{phone-number-id}/marketing_messages}, the same payload as a {@code /messages} template send plus
 * {@link MarketingMessageOptions}, and the same answer. Obtain it from {@code WhatsApp.marketingMessages()};
 * implementations must be thread-safe, the SDK's is.
 *
 * <p>Only marketing templates may be sent this way (Meta refuses free-form, utility and authentication messages).
 * A send passes the client's {@code SendInterceptor}s exactly like {@link MessagesApi#send}: the policy engine applies
 * its marketing rules (window, opt-out, per-user marketing limit, markets, pair rate, messaging limit) and refuses a
 * template it knows is not a marketing one. An interceptor sees the send's options in
 * {@code Chain.marketingMessageOptions()}.
 *
 * <p>A business that has not completed onboarding (accepted the Marketing Messages API terms) gets its message sent
 * through Cloud API unless the product policy is {@link ProductPolicy#STRICT}; status webhooks then carry
 * {@code pricing.category} {@code marketing} instead of {@code marketing_lite}.
 *
 * @see <a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages">
 *     Send Marketing Messages</a>
 * @since 0.4
 */
public interface MarketingMessagesApi {
  /**
   * Meta's code when marketing templates are disabled on Cloud API ({@code disable_marketing_messages_on_cloud_api})
   * and the message would go through Cloud API: a {@code /messages} send of a marketing template, or a
   * {@code /marketing_messages} fallback of a business that has not signed the terms.
   */
  int MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API = 131063;

  /**
   * Meta's code when a marketing template with a max price ({@code optimization_spec}, formerly {@code bid_spec}) is
   * sent through Cloud API ({@code /messages}): "Marketing templates containing bid_spec are not supported by the
   * Cloud API". Final ({@code ErrorKind.INVALID_REQUEST}, not retryable): send it with {@link #send} instead.
   */
  int MAX_PRICE_TEMPLATE_ON_CLOUD_API = 131061;

  /**
   * Sends a marketing template with Meta's defaults and returns Meta's acceptance.
   *
   * @throws IllegalArgumentException when the message breaks one of Meta's limits (nothing was sent)
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it (nothing was sent)
   * @throws dev.wabasdk.error.WabaNetworkException when the transport failed; see its {@code outcome()}
   */
  default SendResult send(TemplateMessage message) {
    return send(message, MarketingMessageOptions.DEFAULTS);
  }

  /**
   * As {@link #send(TemplateMessage)}, with {@code product_policy}, {@code message_activity_sharing} and the max
   * price multiplier {@code bid_spec.per_message_bid_multiplier}.
   */
  SendResult send(TemplateMessage message, MarketingMessageOptions options);

  /** The asynchronous twin of {@link #send(TemplateMessage)}. */
  default CompletableFuture<SendResult> sendAsync(TemplateMessage message) {
    return sendAsync(message, MarketingMessageOptions.DEFAULTS);
  }

  /**
   * The asynchronous twin of {@link #send(TemplateMessage, MarketingMessageOptions)}: the interceptors run on the
   * client's threads; an interceptor's exception (e.g. a policy denial) completes the future exceptionally.
   */
  CompletableFuture<SendResult> sendAsync(TemplateMessage message, MarketingMessageOptions options);

  /**
   * Meta's estimate of the deliveries marketing messages get at several max prices in the request's countries
   * ({@code GET /{waba-id}/reachestimate}, max price BETA), for planning a template's {@code bid_amount}.
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it (e.g. an account not enrolled in max price)
   */
  ReachEstimate reachEstimate(ReachEstimateRequest request);

  /** The asynchronous twin of {@link #reachEstimate}. */
  CompletableFuture<ReachEstimate> reachEstimateAsync(ReachEstimateRequest request);

  /**
   * The client's WhatsApp Business Account's onboarding status
   * ({@code GET /{waba-id}?fields=marketing_messages_onboarding_status}): {@code ELIGIBLE} when the business can
   * accept the terms, {@code ONBOARDED} once it has. Meta also announces the signed terms with an
   * {@code account_update} webhook ({@code MM_LITE_TERMS_SIGNED}).
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it
   */
  MarketingMessagesOnboardingStatus onboardingStatus();

  /** The asynchronous twin of {@link #onboardingStatus}. */
  CompletableFuture<MarketingMessagesOnboardingStatus> onboardingStatusAsync();
}
