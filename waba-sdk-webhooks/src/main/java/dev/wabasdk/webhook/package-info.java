/**
 * WhatsApp Cloud API webhooks: {@link dev.wabasdk.webhook.WebhookProcessor} verifies, parses, de-duplicates and
 * dispatches Meta's notifications as typed, immutable {@link dev.wabasdk.webhook.WebhookEvent}s.
 */
@NullMarked
package dev.wabasdk.webhook;

import org.jspecify.annotations.NullMarked;
