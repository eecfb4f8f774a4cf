package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An alert about the account or one of its phone numbers ({@code account_alerts}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param entityType the kind of entity alerted on, e.g. {@code BUSINESS}
 * @param entityId the entity id
 * @param severity how serious; null when absent
 * @param rawSeverity {@code alert_severity} as Meta sent it
 * @param alertStatus {@code alert_status}, e.g. {@code ACTIVE} (an open set, kept as text)
 * @param alertType {@code alert_type}, e.g. {@code OBA_APPROVED} (an open set, kept as text)
 * @param description {@code alert_description}
 * @param raw the change {@code value} as Meta sent it
 */
public record AccountAlert(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String entityType,
    @Nullable String entityId,
    @Nullable AlertSeverity severity,
    @Nullable String rawSeverity,
    @Nullable String alertStatus,
    @Nullable String alertType,
    @Nullable String description,
    RawJson raw)
    implements AccountEvent {

  public AccountAlert {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
