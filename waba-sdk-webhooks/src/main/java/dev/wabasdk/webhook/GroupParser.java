package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the Groups API fields ({@code group_lifecycle_update}, {@code group_participants_update},
 * {@code group_settings_update}, {@code group_status_update}): one {@link GroupEvent} per {@code groups[]} item, an
 * {@link UnknownEvent} for an item that cannot be read. Stateless.
 */
final class GroupParser {
  private GroupParser() {}

  /** The events of a group field's change, or null when the field is none of them. */
  static @Nullable List<WebhookEvent> parse(WebhookParser.Change c) {
    return switch (c.field()) {
      case "group_lifecycle_update", "group_participants_update", "group_settings_update", "group_status_update" ->
          items(c);
      default -> null;
    };
  }

  private static List<WebhookEvent> items(WebhookParser.Change c) {
    WebhookMetadata metadata = Identities.metadata(c.value());
    List<JsonView> groups = c.value().objects("groups");
    List<WebhookEvent> events = new ArrayList<>(groups.size());
    if (groups.isEmpty()) {
      events.add(WebhookParser.unknown(c.businessAccountId(), c.field(), c.field() + " change without groups",
          c.value()));
    }
    for (JsonView item : groups) {
      try {
        events.add(event(c, metadata, item));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(c.businessAccountId(), c.field(),
            "could not interpret group event: " + WebhookParser.describe(e, item), item));
      }
    }
    return events;
  }

  private static GroupEvent event(WebhookParser.Change c, WebhookMetadata metadata, JsonView item) {
    GroupHeader header = new GroupHeader(
        WebhookParser.contentId(c.field(), c.businessAccountId(), c.time(), item.map()),
        c.businessAccountId(),
        c.field(),
        metadata,
        WebhookParser.open(item.string("type"), GroupEventType::of),
        item.string("group_id"),
        item.string("request_id"),
        item.epochSeconds("timestamp"), // malformed: the item becomes an UnknownEvent naming the path
        Identities.errors(item),
        RawJson.wrap(item));
    return switch (c.field()) {
      case "group_lifecycle_update" -> new GroupLifecycleUpdate(header, item.string("subject"),
          item.string("description"), item.string("invite_link"), item.string("join_approval_mode"));
      case "group_participants_update" -> new GroupParticipantsUpdate(header, user(item),
          item.string("join_request_id"), item.string("reason"), item.string("initiated_by"),
          participants(item, "added_participants"), participants(item, "removed_participants"),
          participants(item, "failed_participants"));
      case "group_settings_update" -> new GroupSettingsUpdate(header, setting(item.object("group_subject")),
          setting(item.object("group_description")), photo(item.object("profile_picture")));
      default -> new GroupStatusUpdate(header);
    };
  }

  /** A user named by {@code wa_id}, {@code user_id}, {@code parent_user_id} and {@code username}, if any. */
  private static @Nullable WhatsAppUser user(JsonView owner) {
    String waId = owner.string("wa_id");
    String userId = owner.string("user_id");
    if (waId == null && userId == null) {
      return null;
    }
    return new WhatsAppUser(waId, userId, owner.string("parent_user_id"), owner.string("username"));
  }

  private static List<GroupParticipant> participants(JsonView item, String name) {
    List<JsonView> list = item.objects(name);
    List<GroupParticipant> result = new ArrayList<>(list.size());
    for (JsonView participant : list) {
      result.add(new GroupParticipant(participant.string("input"), user(participant),
          Identities.errors(participant)));
    }
    return result;
  }

  private static GroupSettingsUpdate.@Nullable Setting setting(@Nullable JsonView setting) {
    return setting == null ? null : new GroupSettingsUpdate.Setting(setting.string("text"),
        bool(setting, "update_successful"), Identities.errors(setting));
  }

  private static GroupSettingsUpdate.@Nullable Photo photo(@Nullable JsonView photo) {
    return photo == null ? null : new GroupSettingsUpdate.Photo(photo.string("mime_type"), photo.string("sha256"),
        bool(photo, "update_successful"), Identities.errors(photo));
  }

  private static @Nullable Boolean bool(JsonView owner, String name) {
    Object value = owner.get(name);
    return value instanceof Boolean b ? b : value instanceof String s ? Boolean.valueOf(s) : null;
  }
}
