/**
 * Meta's analytics of a WhatsApp Business Account: messages sent and delivered ({@code analytics}), conversations
 * and their cost ({@code conversation_analytics}), messages delivered and their cost by pricing category, type,
 * country and volume tier ({@code pricing_analytics}), and sends, deliveries, reads, clicks and cost per template
 * ({@code template_analytics}). Obtain the API from {@code WhatsApp.analytics()}; queries are checked against Meta's
 * limits (granularity per kind, time range, lookback, template ids) before any request.
 */
@NullMarked
package dev.wabasdk.analytics;

import org.jspecify.annotations.NullMarked;
