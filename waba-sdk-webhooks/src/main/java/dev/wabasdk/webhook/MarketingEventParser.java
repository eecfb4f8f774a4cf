package dev.wabasdk.webhook;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code automatic_events} (its own field) and {@code user_actions} (on the {@code messages} field): one
 * {@link MarketingEvent} per item, an {@link UnknownEvent} for an item that cannot be read. Stateless.
 */
final class MarketingEventParser {
  private MarketingEventParser() {}

  static List<WebhookEvent> automaticEvents(@Nullable String businessAccountId, JsonView value) {
    WebhookMetadata metadata = Identities.metadata(value);
    List<WebhookEvent> events = new ArrayList<>();
    for (JsonView item : value.objects("automatic_events")) {
      try {
        JsonView data = item.object("custom_data");
        events.add(new AutomaticEvent(
            WebhookParser.contentId("automatic_events", businessAccountId, null, item.map()),
            businessAccountId, metadata, item.string("id"),
            WebhookParser.open(item.string("event_name"), AutomaticEventName::of), item.epochSeconds("timestamp"),
            item.string("ctwa_clid"), data == null ? null : data.string("currency"),
            data == null ? null : data.number("value"), RawJson.wrap(item)));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(businessAccountId, "automatic_events",
            "could not interpret automatic event: " + WebhookParser.describe(e, item), item));
      }
    }
    if (events.isEmpty()) {
      events.add(WebhookParser.unknown(businessAccountId, "automatic_events",
          "automatic_events change without automatic_events", value));
    }
    return events;
  }

  static List<WebhookEvent> userActions(
      @Nullable String businessAccountId, WebhookMetadata metadata, List<JsonView> items) {
    List<WebhookEvent> events = new ArrayList<>(items.size());
    for (JsonView item : items) {
      try {
        JsonView click = item.object("marketing_messages_link_click_data");
        events.add(new UserAction(
            WebhookParser.contentId("user_actions", businessAccountId, null, item.map()), businessAccountId,
            metadata, WebhookParser.open(item.string("action_type"), UserActionType::of),
            item.epochSeconds("timestamp"),
            click == null ? null : new UserAction.LinkClick(click.string("click_component"),
                click.string("product_id"), click.string("click_id"), click.string("tracking_token")),
            RawJson.wrap(item)));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(businessAccountId, "messages",
            "could not interpret user action: " + WebhookParser.describe(e, item), item));
      }
    }
    return events;
  }
}
