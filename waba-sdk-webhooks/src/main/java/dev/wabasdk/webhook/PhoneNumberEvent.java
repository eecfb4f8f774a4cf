package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to one of the business's phone numbers (quality and messaging limit, or display name). */
public sealed interface PhoneNumberEvent extends WebhookEvent
    permits PhoneNumberQualityUpdate, PhoneNumberNameUpdate {

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  @Nullable Instant time();

  /** The business phone number concerned, as displayed. */
  @Nullable String displayPhoneNumber();
}
