/**
 * Messaging and calling health ({@code health_status}): whether a phone number, a template, a Flow or a WhatsApp
 * Business Account can be used to send messages (and, for numbers, receive calls over SIP), and what blocks or limits
 * it. Read it from {@code PhoneNumber.healthStatus()} and {@code Flow.healthStatus()}.
 *
 * @see <a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/support/health-status">
 *     Messaging and Calling Health Status</a>
 */
@NullMarked
package dev.wabasdk.health;

import org.jspecify.annotations.NullMarked;
