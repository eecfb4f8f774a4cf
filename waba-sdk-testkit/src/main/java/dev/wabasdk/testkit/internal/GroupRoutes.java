package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The Groups API: groups with invite links, participants who join (directly or by a join request), leave and
 * write, the business's management calls, sends with {@code "recipient_type": "group"}, and Meta's group webhooks
 * ({@code group_lifecycle_update}, {@code group_participants_update}, {@code group_settings_update}). Meta's
 * limits: 8 participants, subject 128 and description 2,048 characters. Thread-safe: its state is used under the
 * {@link FakeEngine}'s lock.
 */
final class GroupRoutes {
  static final int MAX_PARTICIPANTS = 8;
  private static final Pattern PART_NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Set<String> GROUP_TYPES = Set.of("text", "image", "audio", "video", "document", "sticker",
      "template", "pin");
  /** Meta's limit on messages pinned in a group at a time. */
  static final int MAX_PINNED = 3;

  /** One group. */
  static final class GroupState {
    final String id;
    final Instant createdAt;
    String subject;
    @Nullable String description;
    String joinApprovalMode;
    String inviteLink;
    @Nullable Instant lastInbound;
    final Set<String> participants = new LinkedHashSet<>();
    final Map<String, String> joinRequests = new LinkedHashMap<>(); // join_request_id -> wa_id
    final Map<String, Instant> joinRequestTimes = new LinkedHashMap<>();
    /** The users the business removed: Meta lets none of them join again through the invite link. */
    final Set<String> removed = new LinkedHashSet<>();
    final List<Map<String, Object>> conversation = new ArrayList<>();
    /** For group analytics: each business message's send time and the participants it was delivered to. */
    final List<Sent> sent = new ArrayList<>();
    /** For group analytics: when participants joined, and when they left or were removed. */
    final List<Instant> joins = new ArrayList<>();
    final List<Instant> leaves = new ArrayList<>();
    /** The pinned messages' wamids, oldest pin first, each with the end of its pin. */
    final Map<String, Instant> pins = new LinkedHashMap<>();

    GroupState(String id, Instant createdAt, String subject, @Nullable String description, String mode,
        String inviteLink) {
      this.id = id;
      this.createdAt = createdAt;
      this.subject = subject;
      this.description = description;
      this.joinApprovalMode = mode;
      this.inviteLink = inviteLink;
    }
  }

  /** A message the business sent to a group: when, and to how many participants it was delivered. */
  record Sent(Instant at, int delivered) {}

  private final FakeEngine engine;
  private final Map<String, GroupState> groups = new LinkedHashMap<>();

  GroupRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void reset() {
    groups.clear();
  }

  // ---------------------------------------------------------------- Graph routes

  /** {@code POST /{phone-number-id}/groups}: answers a request id; the lifecycle webhook carries the group. */
  Map<String, Object> create(Map<String, Object> body) {
    product(body);
    String subject = Json.string(body, "subject");
    if (subject == null || subject.strip().isEmpty() || subject.strip().length() > 128) {
      throw GraphException.of(100, "Param subject must have 1 to 128 characters.");
    }
    String description = Json.string(body, "description");
    if (description != null && description.length() > 2048) {
      throw GraphException.of(100, "Param description must have at most 2048 characters.");
    }
    String mode = Json.string(body, "join_approval_mode");
    if (mode != null && !mode.equals("auto_approve") && !mode.equals("approval_required")) {
      throw GraphException.of(100, "Param join_approval_mode must be auto_approve or approval_required.");
    }
    synchronized (engine.lock) {
      if (groups.size() >= 10_000) {
        throw GraphException.of(131215, "This phone number reached the limit of 10000 groups.");
      }
      Instant now = engine.now();
      String requestId = token("REQ");
      GroupState group = new GroupState(token("GRP"), now, subject.strip(), description,
          mode == null ? "auto_approve" : mode, inviteLink());
      groups.put(group.id, group);
      Map<String, Object> event = event(group, "group_create", now);
      event.put("request_id", requestId);
      event.put("subject", group.subject);
      if (group.description != null) {
        event.put("description", group.description);
      }
      event.put("invite_link", group.inviteLink);
      event.put("join_approval_mode", group.joinApprovalMode);
      engine.events.change("group_lifecycle_update", obj("groups", List.of(event)));
      return obj("messaging_product", "whatsapp", "request_id", requestId);
    }
  }

  /**
   * {@code GET /{phone-number-id}/groups}: the active groups, oldest first, {@code limit} (Meta's 1 to 1,024, default
   * 25) per page with Graph's cursors; Meta nests the list as {@code {"data": {"groups": [...]}, "paging": ...}}.
   */
  Map<String, Object> list(HttpUrl url) {
    String limit = url.queryParameter("limit");
    if (limit != null && (!limit.matches("\\d{1,4}") || Integer.parseInt(limit) < 1
        || Integer.parseInt(limit) > 1024)) {
      throw GraphException.of(100, "Param limit must be a number from 1 to 1024, was " + limit + ".");
    }
    synchronized (engine.lock) {
      List<Object> rows = new ArrayList<>();
      groups.values().forEach(g -> rows.add(obj("id", g.id, "subject", g.subject, "created_at",
          Long.toString(g.createdAt.getEpochSecond()))));
      Map<String, Object> page = Pages.page(rows, url);
      page.put("data", obj("groups", page.get("data")));
      return page;
    }
  }

  /** The group, or null; read under the engine's lock (group analytics). */
  @Nullable GroupState find(String id) {
    return groups.get(id);
  }

  boolean knows(String id) {
    synchronized (engine.lock) {
      return groups.containsKey(id);
    }
  }

  /** {@code GET|POST|DELETE /{group-id}}. */
  Map<String, Object> node(String method, String id, HttpUrl url, @Nullable String contentType, ByteString bytes,
      String text) {
    synchronized (engine.lock) {
      GroupState g = group(id);
      switch (method) {
        case "GET" -> {
          List<Object> participants = new ArrayList<>();
          g.participants.forEach(p -> participants.add(user(p)));
          Map<String, Object> node = obj("id", g.id, "subject", g.subject, "description", g.description,
              "creation_timestamp", g.createdAt.getEpochSecond(), "suspended", false,
              "join_approval_mode", g.joinApprovalMode, "total_participant_count", g.participants.size(),
              "participants", participants);
          Map<String, Object> out = FakeDispatcher.filterFields(node, url, Set.of(), node.keySet(), "Group");
          out.put("messaging_product", "whatsapp");
          return out;
        }
        case "POST" -> {
          return update(g, contentType, bytes, text);
        }
        case "DELETE" -> {
          groups.remove(g.id);
          engine.events.change("group_lifecycle_update", obj("groups",
              List.of(event(g, "group_delete", engine.now()))));
          return obj("success", true);
        }
        default -> throw FakeDispatcher.unknownObject(method, id);
      }
    }
  }

  /** {@code /{group-id}/invite_link}, {@code /participants}, {@code /join_requests}. */
  Map<String, Object> edge(String method, String id, String edge, String text) {
    synchronized (engine.lock) {
      GroupState g = group(id);
      Instant now = engine.now();
      switch (method + " " + edge) {
        case "GET invite_link":
          return obj("messaging_product", "whatsapp", "invite_link", g.inviteLink);
        case "POST invite_link":
          g.inviteLink = inviteLink();
          return obj("messaging_product", "whatsapp", "invite_link", g.inviteLink);
        case "DELETE participants":
          return removeParticipants(g, text, now);
        case "GET join_requests": {
          List<Object> data = new ArrayList<>();
          g.joinRequests.forEach((rid, wa) -> {
            Map<String, Object> request = obj("join_request_id", rid, "creation_timestamp",
                java.util.Objects.requireNonNull(g.joinRequestTimes.get(rid)).getEpochSecond());
            request.putAll(user(wa));
            data.add(request);
          });
          return obj("data", data, "paging", obj("cursors", obj("before", "MA", "after", "MA")));
        }
        case "POST join_requests":
        case "DELETE join_requests": {
          boolean approve = method.equals("POST");
          List<Object> done = new ArrayList<>();
          List<Object> failed = new ArrayList<>();
          for (Object o : Json.list(Json.parseObject(text), "join_requests")) {
            String rid = String.valueOf(o);
            String wa = g.joinRequests.get(rid);
            if (wa == null || (approve && g.participants.size() >= MAX_PARTICIPANTS)) {
              failed.add(obj("join_request_id", rid, "errors", List.of(obj("code", 131203,
                  "message", wa == null ? "Join request is no longer valid" : "The group is full",
                  "title", "Invalid join request"))));
              continue;
            }
            g.joinRequests.remove(rid);
            g.joinRequestTimes.remove(rid);
            done.add(rid);
            if (approve) {
              join(g, wa, "join_request", now);
            }
          }
          return obj("messaging_product", "whatsapp",
              approve ? "approved_join_requests" : "rejected_join_requests", done, "failed_join_requests", failed);
        }
        default:
          throw FakeDispatcher.unknownObject(method, id);
      }
    }
  }

  /** A send with {@code "recipient_type": "group"}: Meta's group rules, then statuses for the participants. */
  Map<String, Object> send(Map<String, Object> body, String type, String raw) {
    synchronized (engine.lock) {
      GroupState g = group(String.valueOf(body.get("to")));
      if (!GROUP_TYPES.contains(type)) {
        throw GraphException.of(131009, "Groups take text, media, templates and pins, not " + type + ".");
      }
      Instant now = engine.now();
      boolean windowOpen = g.lastInbound != null && now.isBefore(g.lastInbound.plus(Users.WINDOW));
      if (!type.equals("template") && !windowOpen) {
        throw GraphException.of(131047, "More than 24 hours have passed since a participant last wrote in the "
            + "group.");
      }
      TemplateRecord template = type.equals("template")
          ? TemplateSendCheck.check(engine.templates, Json.map(body, "template")) : null;
      if (template != null) {
        checkGroupIdParameters(Json.map(body, "template"));
      }
      if (template != null && template.category.equals(TemplateCategory.AUTHENTICATION)) {
        throw GraphException.of(131009, "Groups take marketing and utility templates, not authentication template "
            + template.name + ".");
      }
      if (type.equals("pin")) {
        pin(g, Json.map(body, "pin"), now);
      }
      String id = engine.ids.wamid("0");
      g.conversation.add(obj("from", "business", "type", type, "id", id, "timestamp", now.getEpochSecond(),
          "request", raw));
      String callback = Json.string(body, "biz_opaque_callback_data");
      // Meta's groups pricing: the group's customer service window (any participant wrote) makes every message
      // free, templates included; a template outside it is charged per participant it is delivered to.
      String category = template == null ? "service" : template.category.value().toLowerCase(Locale.ROOT);
      // Meta's pin section names the usual sent and delivered statuses, and no price.
      @Nullable Map<String, Object> pricing = type.equals("pin") ? null : obj("billable", !windowOpen,
          "pricing_model", "PMP", "type", windowOpen ? "free_group_customer_service" : "regular",
          "category", "group_" + category);
      groupStatus(g, id, "sent", null, callback, null, now);
      if (engine.config.autoDeliver()) {
        for (String p : g.participants) {
          groupStatus(g, id, "delivered", p, callback, pricing, now);
        }
      }
      g.sent.add(new Sent(now, engine.config.autoDeliver() ? g.participants.size() : 0));
      return obj("messaging_product", "whatsapp", "contacts", List.of(obj("input", g.id, "wa_id", g.id)),
          "messages", List.of(obj("id", id)));
    }
  }

  /**
   * Meta's "Pin and unpin group message": the message must be one of the group's; a pin lasts its
   * {@code expiration_days} on the fake's clock, pinning it again starts it anew, and with {@value #MAX_PINNED}
   * pinned the oldest pin is unpinned. Meta's page says "the oldest pinned message": the fake reads it as the message
   * pinned longest ago.
   */
  private void pin(GroupState g, @Nullable Map<String, Object> pin, Instant now) {
    String target = String.valueOf(Json.string(pin, "message_id"));
    if (g.conversation.stream().noneMatch(m -> target.equals(m.get("id")))) {
      throw GraphException.of(131009, "Param pin['message_id'] is not a message of group " + g.id + ": " + target
          + ".");
    }
    g.pins.values().removeIf(until -> !now.isBefore(until));
    g.pins.remove(target);
    if ("unpin".equals(Json.string(pin, "type"))) {
      return;
    }
    if (g.pins.size() >= MAX_PINNED) {
      g.pins.remove(g.pins.keySet().iterator().next());
    }
    Object days = pin == null ? null : pin.get("expiration_days");
    long n = days instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(days));
    g.pins.put(target, now.plus(java.time.Duration.ofDays(n)));
  }

  /** The group's pinned messages as WhatsApp shows them: by their message's time, newest first. */
  private static List<String> pinned(GroupState g, Instant now) {
    List<String> out = new ArrayList<>();
    for (int i = g.conversation.size() - 1; i >= 0; i--) {
      Object id = g.conversation.get(i).get("id");
      Instant until = g.pins.get(String.valueOf(id));
      if (until != null && now.isBefore(until)) {
        out.add(String.valueOf(id));
      }
    }
    return out;
  }

  /**
   * A template send's {@code {"type": "group_id", "group_id": ...}} body parameters (Meta's "Send group invite link
   * template message", which shows the group's invite link in their place) must name a group of this business.
   */
  void checkGroupIdParameters(@Nullable Map<String, Object> template) {
    synchronized (engine.lock) {
      for (Object component : Json.list(template, "components")) {
        if (!"body".equalsIgnoreCase(Json.string(component, "type"))) {
          continue;
        }
        List<Object> parameters = Json.list(component, "parameters");
        for (int i = 0; i < parameters.size(); i++) {
          if ("group_id".equals(Json.string(parameters.get(i), "type"))) {
            String groupId = Json.string(parameters.get(i), "group_id");
            if (groupId == null || !groups.containsKey(groupId)) {
              throw GraphException.of(131009, "Param template['components'][body]['parameters'][" + i
                  + "]['group_id'] must be a group of this business, was " + groupId + ".");
            }
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------- users

  /** A user opens the invite link: joins, or asks to join when approval is required. */
  @Nullable String userJoins(String waId, String groupId) {
    synchronized (engine.lock) {
      GroupState g = group(groupId);
      Instant now = engine.now();
      if (g.participants.contains(waId)) {
        throw new IllegalStateException(waId + " is already in group " + groupId);
      }
      if (g.removed.contains(waId)) {
        // Meta: "If a participant is removed from a group, they will no longer be able to join the group via an
        // invite link."
        throw new IllegalStateException(waId + " was removed from group " + groupId
            + " by the business and can no longer join through its invite link");
      }
      if (g.joinApprovalMode.equals("approval_required")) {
        String rid = token("JR");
        g.joinRequests.put(rid, waId);
        g.joinRequestTimes.put(rid, now);
        Map<String, Object> event = event(g, "group_join_request_created", now);
        event.put("join_request_id", rid);
        event.putAll(user(waId));
        engine.events.change("group_participants_update", obj("groups", List.of(event)));
        return rid;
      }
      if (g.participants.size() >= MAX_PARTICIPANTS) {
        throw new IllegalStateException("group " + groupId + " is full (" + MAX_PARTICIPANTS + " participants)");
      }
      join(g, waId, "invite_link", now);
      return null;
    }
  }

  /** A participant leaves. */
  void userLeaves(String waId, String groupId) {
    synchronized (engine.lock) {
      GroupState g = group(groupId);
      if (!g.participants.remove(waId)) {
        throw new IllegalStateException(waId + " is not in group " + groupId);
      }
      g.leaves.add(engine.now());
      Map<String, Object> event = event(g, "group_participants_remove", engine.now());
      event.put("initiated_by", "participant");
      event.put("removed_participants", List.of(user(waId)));
      engine.events.change("group_participants_update", obj("groups", List.of(event)));
    }
  }

  /**
   * A participant writes in the group: a {@code messages} webhook whose message carries {@code group_id}; the
   * group's customer service window opens.
   */
  Map<String, Object> userWrites(String waId, String groupId, String text) {
    synchronized (engine.lock) {
      GroupState g = group(groupId);
      if (!g.participants.contains(waId)) {
        throw new IllegalStateException(waId + " is not in group " + groupId);
      }
      Instant now = engine.now();
      g.lastInbound = now;
      UserState user = engine.users.user(waId);
      Map<String, Object> message = obj("from", waId, "group_id", g.id, "id", engine.ids.wamid(waId),
          "timestamp", Long.toString(now.getEpochSecond()), "type", "text", "text", obj("body", text));
      g.conversation.add(obj("from", waId, "type", "text", "id", message.get("id"), "timestamp",
          now.getEpochSecond(), "text", text));
      engine.events.change("messages", obj("contacts", List.of(WebhookEvents.contact(user)),
          "messages", List.of(message)));
      return message;
    }
  }

  List<Map<String, Object>> view() {
    synchronized (engine.lock) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (GroupState g : groups.values()) {
        out.add(obj("id", g.id, "subject", g.subject, "invite_link", g.inviteLink, "join_approval_mode",
            g.joinApprovalMode, "participants", new ArrayList<>(g.participants), "join_requests",
            new ArrayList<>(g.joinRequests.values()), "conversation", Json.copy(g.conversation),
            "pinned_messages", pinned(g, engine.now())));
      }
      return out;
    }
  }

  // ---------------------------------------------------------------- helpers

  private void join(GroupState g, String waId, String reason, Instant now) {
    g.participants.add(waId);
    g.joins.add(now);
    Map<String, Object> event = event(g, "group_participants_add", now);
    event.put("reason", reason);
    event.put("added_participants", List.of(user(waId)));
    engine.events.change("group_participants_update", obj("groups", List.of(event)));
  }

  /**
   * {@code POST /{group-id}}: JSON, or multipart form data with the photo in part {@code file} (as Meta's reference
   * uploads it: {@code -F 'file=@square_pic.png'}). Answers
   * success; the {@code group_settings_update} webhook (Meta's groups webhooks page) carries the request id and, per
   * setting changed, its outcome.
   */
  private Map<String, Object> update(GroupState g, @Nullable String contentType, ByteString bytes, String text) {
    Map<String, Object> body;
    byte[] photo = null;
    if (contentType != null && contentType.startsWith("multipart/")) {
      Map<String, byte[]> form = form(contentType, bytes);
      body = new LinkedHashMap<>();
      form.forEach((name, value) -> body.put(name, new String(value, StandardCharsets.UTF_8)));
      photo = form.get("file");
      body.remove("file");
    } else {
      body = Json.parseObject(text);
    }
    product(body);
    String subject = Json.string(body, "subject");
    if (subject != null && (subject.strip().isEmpty() || subject.strip().length() > 128)) {
      throw GraphException.of(100, "Param subject must have 1 to 128 characters.");
    }
    String description = Json.string(body, "description");
    if (description != null && description.length() > 2048) {
      throw GraphException.of(100, "Param description must have at most 2048 characters.");
    }
    Map<String, Object> event = event(g, "group_settings_update", engine.now());
    event.put("request_id", token("REQ"));
    if (photo != null) {
      // The fake keeps no photo, only says it took it.
      event.put("profile_picture", obj("mime_type", "image/jpeg", "sha256", Signatures.sha256Hex(photo),
          "update_successful", true));
    }
    if (subject != null) {
      g.subject = subject.strip();
      event.put("group_subject", obj("text", g.subject, "update_successful", true));
    }
    if (description != null) {
      g.description = description;
      event.put("group_description", obj("text", description, "update_successful", true));
    }
    engine.events.change("group_settings_update", obj("groups", List.of(event)));
    return obj("success", true);
  }

  /**
   * {@code DELETE /{group-id}/participants}: removes the participants named (phone number or BSUID); the
   * {@code group_participants_update} webhook carries the request id, each removed participant with the
   * {@code input} the business named, and those that are no participants as failed. None removed: error 131203.
   */
  private Map<String, Object> removeParticipants(GroupState g, String text, Instant now) {
    List<Object> removed = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (Object p : Json.list(Json.parseObject(text), "participants")) {
      String input = Json.string(p, "user");
      String waId = waIdOf(input);
      if (waId != null && g.participants.remove(waId)) {
        g.removed.add(waId);
        g.leaves.add(now);
        Map<String, Object> participant = obj("input", input);
        participant.putAll(user(waId));
        removed.add(participant);
      } else {
        failed.add(obj("input", input, "errors", List.of(obj("code", 131203, "message",
            "Recipient is not a group participant", "title", "Recipient is not a group participant"))));
      }
    }
    if (removed.isEmpty()) {
      throw GraphException.of(131203, "None of the named users is a participant of the group.");
    }
    Map<String, Object> event = event(g, "group_participants_remove", now);
    event.put("request_id", token("REQ"));
    event.put("initiated_by", "business");
    event.put("removed_participants", removed);
    if (!failed.isEmpty()) {
      event.put("failed_participants", failed);
    }
    engine.events.change("group_participants_update", obj("groups", List.of(event)));
    return obj("success", true);
  }

  /** The parts of a multipart form, by name. */
  private static Map<String, byte[]> form(String contentType, ByteString bytes) {
    MediaType type = MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (boundary == null) {
      throw GraphException.of(100, "The multipart body has no boundary.");
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(bytes), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        Matcher name = PART_NAME.matcher(String.valueOf(part.headers().get("Content-Disposition")));
        parts.put(name.find() ? name.group(1) : "", part.body().readByteArray());
        part.close();
      }
    } catch (IOException e) {
      throw GraphException.of(100, "The multipart body could not be read: " + e.getMessage());
    }
    return parts;
  }

  /**
   * A group message's status: the whole group's {@code sent}, or a participant's (named by phone number unless Meta
   * withholds it, and by BSUID, as Meta's business-scoped user id page shows) with its pricing.
   */
  private void groupStatus(GroupState g, String id, String status, @Nullable String participant,
      @Nullable String callback, @Nullable Map<String, Object> pricing, Instant now) {
    Map<String, Object> s = obj("id", id, "status", status, "timestamp", Long.toString(now.getEpochSecond()),
        "recipient_id", g.id, "recipient_type", "group");
    if (participant != null) {
      UserState user = engine.users.user(participant);
      if (!user.phoneHidden) {
        s.put("recipient_participant_id", participant);
      }
      s.put("recipient_participant_user_id", user.userId);
    }
    if (participant != null && pricing != null) {
      s.put("pricing", new LinkedHashMap<>(pricing));
    }
    if (callback != null) {
      s.put("biz_opaque_callback_data", callback);
    }
    engine.events.change("messages", obj("statuses", List.of(s)));
  }

  /** The {@code wa_id} of a user named by phone number or BSUID (Meta takes either), or null when nobody. */
  private @Nullable String waIdOf(@Nullable String user) {
    if (user == null || user.isEmpty()) {
      return null;
    }
    if (Character.isLetter(user.charAt(0))) { // a BSUID starts with its country, a phone number never does
      UserState named = engine.users.byUserId(user);
      return named == null ? null : named.waId;
    }
    try {
      return Users.waId(user);
    } catch (IllegalArgumentException notANumber) {
      return null;
    }
  }

  /**
   * How the Groups API names a user (Meta's business-scoped user id page): {@code wa_id} unless Meta withholds the
   * number of a username user, {@code user_id} (BSUID) always, {@code username} when they have one.
   */
  private Map<String, Object> user(String waId) {
    UserState user = engine.users.user(waId);
    Map<String, Object> out = new LinkedHashMap<>();
    if (!user.phoneHidden) {
      out.put("wa_id", user.waId);
    }
    out.put("user_id", user.userId);
    if (user.username != null) {
      out.put("username", user.username);
    }
    return out;
  }

  private static Map<String, Object> event(GroupState g, String type, Instant now) {
    return obj("timestamp", Long.toString(now.getEpochSecond()), "group_id", g.id, "type", type);
  }

  private GroupState group(String id) {
    GroupState g = groups.get(id);
    if (g == null) {
      throw GraphException.of(131206, "Group " + id + " does not exist.");
    }
    return g;
  }

  private String token(String kind) {
    String raw = String.format(Locale.ROOT, "capi_%s:%d", kind.toLowerCase(Locale.ROOT), engine.ids.next());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  private String inviteLink() {
    return "https://chat.whatsapp.com/FAKE" + String.format(Locale.ROOT, "%08X", engine.ids.next());
  }

  private static void product(Map<String, Object> body) {
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "Param messaging_product must be \"whatsapp\".");
    }
  }
}
