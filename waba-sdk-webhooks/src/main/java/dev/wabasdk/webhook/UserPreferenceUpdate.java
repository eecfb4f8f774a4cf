package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user stopped or resumed a category of messages from the business in the WhatsApp app
 * ({@code user_preferences}), e.g. opted out of marketing messages. Sends of that category then fail with
 * {@code 131050} until the user resumes. Immutable and thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param metadata the business phone number concerned
 * @param user the user
 * @param profileName the user's profile name, when Meta sent it
 * @param category the category, e.g. {@link UserPreferenceCategory#MARKETING_MESSAGES} (open)
 * @param value {@link UserPreferenceValue#STOP} or {@link UserPreferenceValue#RESUME} (open)
 * @param detail Meta's human-readable {@code detail}
 * @param timestamp when the user changed the preference, when Meta sent it
 * @param raw the preference object as Meta sent it
 */
public record UserPreferenceUpdate(
    String eventId,
    @Nullable String businessAccountId,
    WebhookMetadata metadata,
    WhatsAppUser user,
    @Nullable String profileName,
    UserPreferenceCategory category,
    UserPreferenceValue value,
    @Nullable String detail,
    @Nullable Instant timestamp,
    RawJson raw)
    implements WebhookEvent {

  public UserPreferenceUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(category, "category == null");
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
