package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user acted on a marketing message ({@code user_actions} on the {@code messages} field): today a click on its body
 * or call-to-action, sent with the Marketing Messages API, within 7 days of the send. Meta names no user. Immutable
 * and thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param metadata the business phone number that sent the message
 * @param actionType what the user did ({@code action_type}); an unknown value keeps Meta's string
 * @param timestamp when ({@code timestamp})
 * @param linkClick the click's details ({@code marketing_messages_link_click_data}), for link clicks
 * @param raw the {@code user_actions[]} item as Meta sent it
 */
public record UserAction(
    String eventId,
    @Nullable String businessAccountId,
    WebhookMetadata metadata,
    @Nullable UserActionType actionType,
    @Nullable Instant timestamp,
    @Nullable LinkClick linkClick,
    RawJson raw)
    implements MarketingEvent {

  public UserAction {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /**
   * A click on a marketing message. Immutable and thread-safe.
   *
   * @param clickComponent {@code cta} or {@code body} ({@code click_component}), as Meta sent it
   * @param productId the product, when assigned in Ads Manager or the Marketing API ({@code product_id})
   * @param clickId the click's id, also appended to the URL the user visits ({@code click_id})
   * @param trackingToken Meta's token for processing and tracking ({@code tracking_token})
   */
  public record LinkClick(
      @Nullable String clickComponent, @Nullable String productId, @Nullable String clickId,
      @Nullable String trackingToken) {}
}
