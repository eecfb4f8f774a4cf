package dev.wabasdk.testkit;

import java.util.Locale;

/** Where a message the app sent stands, as the fake's status webhooks report it. */
public enum DeliveryStatus {
  /** Accepted by the API; no status webhook yet. */
  ACCEPTED,
  SENT,
  DELIVERED,
  READ,
  /** Failed asynchronously (for example 131047 outside the customer service window). */
  FAILED;

  /** The value of {@code statuses[].status} in Meta's webhooks. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
