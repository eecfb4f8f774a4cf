package dev.wabasdk.account;

import org.jspecify.annotations.Nullable;

/**
 * Where Meta sends a business phone number's webhooks ({@code GET /{phone-number-id}?fields=webhook_configuration}):
 * the number's own alternate callback URL wins over the WhatsApp Business Account's, which wins over the app's.
 * Immutable and thread-safe.
 *
 * @param phoneNumber the number's alternate callback URL, or null
 * @param whatsappBusinessAccount the account's alternate callback URL, or null
 * @param application the app's callback URL, or null
 */
public record WebhookConfiguration(@Nullable String phoneNumber, @Nullable String whatsappBusinessAccount,
    @Nullable String application) {

  /** The URL Meta uses for this number's overridable webhooks (messages, calls, ...), or null when none is known. */
  public @Nullable String effectiveCallbackUri() {
    return phoneNumber != null ? phoneNumber : whatsappBusinessAccount != null ? whatsappBusinessAccount : application;
  }
}
