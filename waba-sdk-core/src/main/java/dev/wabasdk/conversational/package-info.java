/**
 * Conversational components of a business phone number ({@code /{phone-number-id}/conversational_automation}):
 * the welcome message webhook, ice breakers and commands.
 */
@NullMarked
package dev.wabasdk.conversational;

import org.jspecify.annotations.NullMarked;
