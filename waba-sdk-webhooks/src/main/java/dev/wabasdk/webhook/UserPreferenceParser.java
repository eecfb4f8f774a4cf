package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses the {@code user_preferences} field: a user stopped or resumed marketing messages. Stateless. */
final class UserPreferenceParser {
  private UserPreferenceParser() {}

  static List<WebhookEvent> parse(@Nullable String businessAccountId, JsonView value) {
    List<WebhookEvent> events = new ArrayList<>();
    WebhookMetadata metadata = Identities.metadata(value);
    List<JsonView> contacts = value.objects("contacts");
    List<JsonView> preferences = value.objects("user_preferences");
    if (preferences.isEmpty()) {
      events.add(WebhookParser.unknown(businessAccountId, "user_preferences", "no \"user_preferences\" array", value));
    }
    for (int i = 0; i < preferences.size(); i++) {
      JsonView preference = preferences.get(i);
      Identities.Party party = Identities.party(contacts, preference.string("wa_id"), preference.string("user_id"),
          preference.string("parent_user_id"), i, preferences.size());
      WhatsAppUser user = party.user();
      String id = WebhookParser.contentId("user_preferences", businessAccountId, null, preference.map());
      if (user == null) {
        events.add(
            new UnknownEvent(
                id,
                businessAccountId,
                "user_preferences",
                "user preference without \"wa_id\" or \"user_id\"",
                RawJson.wrap(preference)));
        continue;
      }
      events.add(
          new UserPreferenceUpdate(
              id,
              businessAccountId,
              metadata,
              user,
              party.profileName(),
              UserPreferenceCategory.of(WebhookParser.orEmpty(preference.string("category"))),
              UserPreferenceValue.of(WebhookParser.orEmpty(preference.string("value"))),
              preference.string("detail"),
              preference.epochSecondsOrNull("timestamp"),
              RawJson.wrap(preference)));
    }
    return events;
  }
}
