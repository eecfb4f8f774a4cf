/**
 * Conversation Routing: thread control ({@code POST /{phone-number-id}/thread_control}: pass, release, take) and the
 * responder roles ({@link dev.wabasdk.routing.ThreadRole}) that Meta's routing and its {@code messaging_handovers}
 * webhooks name. A thread is one WhatsApp user and one business phone number; under routing it has one owner (the
 * responder that may answer) or none. Meta has no endpoint reporting the owner: track it from webhooks.
 */
@NullMarked
package dev.wabasdk.routing;

import org.jspecify.annotations.NullMarked;
