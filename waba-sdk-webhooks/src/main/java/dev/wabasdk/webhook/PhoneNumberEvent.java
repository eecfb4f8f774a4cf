package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change to one of the business's phone numbers (quality and messaging limit, display name, or username).
 * Immutable and thread-safe, like every event.
 */
public sealed interface PhoneNumberEvent extends WebhookEvent
    permits PhoneNumberQualityUpdate, PhoneNumberNameUpdate, BusinessUsernameUpdate {

  /** Where the notification came from: event id, account, field, time and the raw change. */
  ChangeHeader header();

  @Override
  default String eventId() {
    return header().eventId();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  default @Nullable Instant time() {
    return header().time();
  }

  /** The business phone number concerned, as displayed. */
  @Nullable String displayPhoneNumber();
}
