package dev.wabasdk.analytics;

import java.util.concurrent.CompletableFuture;

/**
 * Meta's analytics of the client's WhatsApp Business Account ({@code GET /{waba-id}}, needs
 * {@code businessAccountId}). Obtain it from {@code WhatsApp.analytics()}. Every query is checked before any
 * request: its granularity, time range and Meta's lookback (one year; 90 days for template analytics, against the
 * client's clock). Meta's numbers are approximate and only cover the phone numbers and templates in the WABA when
 * asked. Thread-safe.
 *
 * <pre>{@code
 * PricingAnalytics june = whatsApp.analytics().pricing(PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
 *     .dimensions(Dimension.COUNTRY, Dimension.PRICING_CATEGORY)
 *     .build());
 * }</pre>
 */
public interface AnalyticsApi {
  /** Meta's lookback for messaging, conversation and pricing analytics, in years. */
  int LOOKBACK_YEARS = 1;
  /** Meta's lookback for template analytics, in days. */
  int TEMPLATE_LOOKBACK_DAYS = 90;

  /** Messages sent and delivered ({@code fields=analytics.start(..).end(..).granularity(..)...}). */
  MessagingAnalytics messaging(MessagingAnalyticsQuery query);

  /** The asynchronous twin of {@link #messaging}. */
  CompletableFuture<MessagingAnalytics> messagingAsync(MessagingAnalyticsQuery query);

  /** Conversations and their cost ({@code fields=conversation_analytics...}). */
  ConversationAnalytics conversations(ConversationAnalyticsQuery query);

  /** The asynchronous twin of {@link #conversations}. */
  CompletableFuture<ConversationAnalytics> conversationsAsync(ConversationAnalyticsQuery query);

  /** Messages delivered and their cost by pricing category, type, country and tier ({@code fields=pricing_analytics...}). */
  PricingAnalytics pricing(PricingAnalyticsQuery query);

  /** The asynchronous twin of {@link #pricing}. */
  CompletableFuture<PricingAnalytics> pricingAsync(PricingAnalyticsQuery query);

  /** Sends, deliveries, reads, clicks and cost per template and day ({@code GET /{waba-id}/template_analytics}, all pages). */
  TemplateAnalytics templates(TemplateAnalyticsQuery query);

  /** The asynchronous twin of {@link #templates}. */
  CompletableFuture<TemplateAnalytics> templatesAsync(TemplateAnalyticsQuery query);
}
