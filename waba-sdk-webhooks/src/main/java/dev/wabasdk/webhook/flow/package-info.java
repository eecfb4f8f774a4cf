/**
 * The WhatsApp Flows endpoint: {@link dev.wabasdk.webhook.flow.FlowEndpointProcessor} verifies, decrypts and
 * answers Meta's data-exchange requests, handing the app a typed {@link dev.wabasdk.webhook.flow.FlowRequest}.
 *
 * @see <a href="https://developers.facebook.com/docs/whatsapp/flows/guides/implementingyourflowendpoint">Implementing
 *     your Flow endpoint</a>
 */
@NullMarked
package dev.wabasdk.webhook.flow;

import org.jspecify.annotations.NullMarked;
