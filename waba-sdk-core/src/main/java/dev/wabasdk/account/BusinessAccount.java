package dev.wabasdk.account;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp Business Account of a business portfolio ({@code GET /{business-id}/owned_whatsapp_business_accounts}
 * or {@code client_whatsapp_business_accounts}). Immutable and thread-safe.
 *
 * @param id the WABA id
 * @param name its name
 * @param currency the currency it is billed in, e.g. {@code USD}
 * @param timezoneId Meta's time zone id
 * @param messageTemplateNamespace the template namespace
 */
public record BusinessAccount(String id, @Nullable String name, @Nullable String currency,
    @Nullable String timezoneId, @Nullable String messageTemplateNamespace) {

  public BusinessAccount {
    Objects.requireNonNull(id, "id");
  }
}
