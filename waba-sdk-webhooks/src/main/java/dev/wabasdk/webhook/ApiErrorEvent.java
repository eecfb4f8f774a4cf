package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous API errors Meta reports in a {@code messages} change with a top-level {@code errors} array and no
 * messages or statuses (e.g. {@code 130429} rate limit hit). Immutable and thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param metadata the business phone number concerned
 * @param errors the errors
 * @param raw the change {@code value} as Meta sent it
 */
public record ApiErrorEvent(
    String eventId,
    @Nullable String businessAccountId,
    WebhookMetadata metadata,
    List<WebhookError> errors,
    RawJson raw)
    implements WebhookEvent {

  public ApiErrorEvent {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(errors, "errors == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(errors);
  }
}
