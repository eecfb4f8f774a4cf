package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An alert about the account or one of its phone numbers ({@code account_alerts}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param entityType the kind of entity alerted on, e.g. {@code BUSINESS}
 * @param entityId the entity id
 * @param severity how serious ({@code alert_severity}, open); null when absent
 * @param alertStatus {@code alert_status}, e.g. {@code ACTIVE} (an open set, kept as text)
 * @param alertType {@code alert_type}, e.g. {@code OBA_APPROVED} (an open set, kept as text)
 * @param description {@code alert_description}
 */
public record AccountAlert(
    ChangeHeader header,
    @Nullable String entityType,
    @Nullable String entityId,
    @Nullable AlertSeverity severity,
    @Nullable String alertStatus,
    @Nullable String alertType,
    @Nullable String description)
    implements AccountEvent {

  public AccountAlert {
    Objects.requireNonNull(header, "header == null");
  }
}
