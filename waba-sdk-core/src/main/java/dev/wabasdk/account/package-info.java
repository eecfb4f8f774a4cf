/**
 * Onboarding and account operations: Embedded Signup's code-for-token exchange, access token inspection
 * ({@code debug_token}), subscribing the app to a WhatsApp Business Account's webhooks with optional callback
 * overrides per account and per phone number, and listing a business portfolio's accounts. Obtain the API from
 * {@code WhatsApp.accounts()}; the number operations (register, verification codes, two-step PIN, display name)
 * are on {@code WhatsApp.phoneNumbers()}.
 */
@NullMarked
package dev.wabasdk.account;

import org.jspecify.annotations.NullMarked;
