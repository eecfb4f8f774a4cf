/**
 * Meta's analytics of a WhatsApp Business Account: messages sent and delivered ({@code analytics}), conversations
 * and their cost ({@code conversation_analytics}), messages delivered and their cost by pricing category, type,
 * country and volume tier ({@code pricing_analytics}), sends, deliveries, reads, clicks and cost per template
 * ({@code template_analytics}) and per template group ({@code template_group_analytics}), calls with their cost and
 * average duration ({@code call_analytics}), and messages and participants of a group ({@code group_analytics}).
 * Obtain the API from {@code WhatsApp.analytics()}; queries are checked against Meta's limits (granularity per kind,
 * time range, lookback, ids per request) before any request.
 */
@NullMarked
package dev.wabasdk.analytics;

import org.jspecify.annotations.NullMarked;
