package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The business phone number a {@code messages} notification concerns (Meta's {@code metadata} object).
 * Immutable and thread-safe.
 *
 * @param phoneNumberId the business {@code phone_number_id} (use it to reply from the same number)
 * @param displayPhoneNumber the business number as displayed, digits only
 */
public record WebhookMetadata(@Nullable String phoneNumberId, @Nullable String displayPhoneNumber) {}
