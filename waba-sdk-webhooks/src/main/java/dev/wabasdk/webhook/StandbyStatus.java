package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a message another responder sent ({@code standby.statuses[]}), e.g. Meta Business Agent's reply
 * delivered or read. Deliberately not a {@link MessageStatus}: billing and the policy engine never count another
 * responder's message as the app's. Immutable and thread-safe.
 *
 * @param status the status, read exactly as the same item of a {@code messages} webhook's {@code statuses}
 */
public record StandbyStatus(MessageStatus status) implements StandbyEvent {

  public StandbyStatus {
    Objects.requireNonNull(status, "status == null");
  }

  /** {@code standby:status:<wamid>:<status>}. */
  @Override
  public String eventId() {
    return "standby:" + status.eventId();
  }

  @Override
  public WebhookMetadata metadata() {
    return status.metadata();
  }

  @Override
  public @Nullable String businessAccountId() {
    return status.businessAccountId();
  }

  @Override
  public RawJson raw() {
    return status.raw();
  }
}
