package dev.wabasdk.analytics;

import java.util.concurrent.CompletableFuture;

/**
 * Meta's analytics of the client's WhatsApp Business Account ({@code GET /{waba-id}}, needs
 * {@code businessAccountId}). Obtain it from {@code WhatsApp.analytics()}. Every query is checked before any
 * request: its granularity, time range and Meta's lookback (one year; 90 days for template, template group and
 * group analytics, against the client's clock; none is documented for call analytics). Meta's numbers are approximate
 * and only cover the phone numbers and templates in the WABA when asked. Thread-safe.
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
  /** Meta's lookback for template and template group analytics, in days. */
  int TEMPLATE_LOOKBACK_DAYS = 90;
  /** Meta's lookback for group analytics, in days. */
  int GROUP_LOOKBACK_DAYS = 90;

  /** Messages sent and delivered ({@code fields=analytics.start(..).end(..).granularity(..)...}). */
  MessagingAnalytics messaging(MessagingAnalyticsQuery query);

  /** The asynchronous twin of {@link #messaging}. */
  CompletableFuture<MessagingAnalytics> messagingAsync(MessagingAnalyticsQuery query);

  /** Conversations and their cost ({@code fields=conversation_analytics...}). */
  ConversationAnalytics conversations(ConversationAnalyticsQuery query);

  /** The asynchronous twin of {@link #conversations}. */
  CompletableFuture<ConversationAnalytics> conversationsAsync(ConversationAnalyticsQuery query);

  /**
   * Messages delivered and their cost by pricing category, type, country and tier
   * ({@code fields=pricing_analytics...}).
   */
  PricingAnalytics pricing(PricingAnalyticsQuery query);

  /** The asynchronous twin of {@link #pricing}. */
  CompletableFuture<PricingAnalytics> pricingAsync(PricingAnalyticsQuery query);

  /**
   * Confirms template analytics for the account ({@code POST /{waba-id}?is_enabled_for_insights=true}): Meta
   * gathers template and template group metrics only once this is done, and it cannot be undone. Safe to repeat.
   */
  void enableTemplateInsights();

  /** The asynchronous twin of {@link #enableTemplateInsights}. */
  CompletableFuture<Void> enableTemplateInsightsAsync();

  /** Whether template analytics are confirmed ({@code GET /{waba-id}?fields=is_enabled_for_insights}). */
  boolean templateInsightsEnabled();

  /** The asynchronous twin of {@link #templateInsightsEnabled}. */
  CompletableFuture<Boolean> templateInsightsEnabledAsync();

  /**
   * Sends, deliveries, reads, clicks and cost per template and day ({@code GET /{waba-id}/template_analytics}, all
   * pages).
   */
  TemplateAnalytics templates(TemplateAnalyticsQuery query);

  /** The asynchronous twin of {@link #templates}. */
  CompletableFuture<TemplateAnalytics> templatesAsync(TemplateAnalyticsQuery query);

  /**
   * Sends, deliveries, reads, clicks and cost per template group and day
   * ({@code GET /{waba-id}/template_group_analytics}, all pages).
   */
  TemplateGroupAnalytics templateGroups(TemplateGroupAnalyticsQuery query);

  /** The asynchronous twin of {@link #templateGroups}. */
  CompletableFuture<TemplateGroupAnalytics> templateGroupsAsync(TemplateGroupAnalyticsQuery query);

  /** Completed calls, their cost and average duration ({@code fields=call_analytics...}). */
  CallAnalytics calls(CallAnalyticsQuery query);

  /** The asynchronous twin of {@link #calls}. */
  CompletableFuture<CallAnalytics> callsAsync(CallAnalyticsQuery query);

  /**
   * Messages sent to a group, deliveries, reads, and participants joined and left per day
   * ({@code GET /{waba-id}/group_analytics}, all pages).
   */
  GroupAnalytics groups(GroupAnalyticsQuery query);

  /** The asynchronous twin of {@link #groups}. */
  CompletableFuture<GroupAnalytics> groupsAsync(GroupAnalyticsQuery query);
}
