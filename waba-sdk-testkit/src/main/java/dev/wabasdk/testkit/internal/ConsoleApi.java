package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.Referral;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.Money;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.RoutingConfiguration;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.WebhookDelivery;
import dev.wabasdk.testkit.internal.MediaStore.MediaRecord;
import dev.wabasdk.testkit.internal.MessageLog.InboundRecord;
import dev.wabasdk.testkit.internal.MessageLog.ResponderRecord;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The browser console: serves its page from the jar ({@code /} and {@code /console/*}) and the control routes
 * it needs beyond the basic ones (users and their conversation, with its Conversation Routing thread, user actions,
 * faults, media). Every route is plain JSON, so curl can drive it just as well. Thread-safe: it reads the
 * {@link FakeEngine}'s parts under its lock.
 */
public final class ConsoleApi {
  static final List<String> ROUTES = List.of(
      "GET /testkit/users",
      "GET /testkit/users/{wa_id}",
      "POST /testkit/users/{wa_id}/button-taps",
      "POST /testkit/users/{wa_id}/list-selections",
      "POST /testkit/users/{wa_id}/media",
      "POST /testkit/users/{wa_id}/referral",
      "POST /testkit/users/{wa_id}/read",
      "POST /testkit/users/{wa_id}/marketing",
      "GET /testkit/calls",
      "GET /testkit/groups",
      "POST /testkit/users/{wa_id}/calls",
      "POST /testkit/users/{wa_id}/call-answers",
      "POST /testkit/users/{wa_id}/call-hangups",
      "POST /testkit/users/{wa_id}/call-permission",
      "POST /testkit/users/{wa_id}/group-joins",
      "POST /testkit/users/{wa_id}/group-leaves",
      "POST /testkit/users/{wa_id}/group-messages",
      "GET /testkit/media/{media_id}",
      "POST|DELETE /testkit/faults",
      CampaignRoutes.ROUTE,
      FlowConsoleRoutes.ROUTES.get(0),
      FlowConsoleRoutes.ROUTES.get(1),
      FlowConsoleRoutes.ROUTES.get(2),
      FlowConsoleRoutes.ROUTES.get(3));
  private static final Set<String> USER_ACTIONS = Set.of("button-taps", "list-selections",
      "media", "referral", "read", "marketing", "calls", "call-answers", "call-hangups", "call-permission",
      "group-joins", "group-leaves", "group-messages");
  private static final List<String> USER_FIELDS =
      List.of("wa_id", "name", "blocked", "marketing_opt_out", "username", "phone_hidden");
  private static final String ASSETS = "dev/wabasdk/testkit/console/";
  private static final Pattern ASSET = Pattern.compile("/console/([a-z0-9-]+\\.(html|css|js|svg))");
  private static final long IMAGE_LIMIT = 5L * 1024 * 1024;
  private static final long DOCUMENT_LIMIT = 100L * 1024 * 1024;

  private final FakeEngine engine;
  private final CampaignRoutes campaigns;
  private final FlowConsoleRoutes flows;

  ConsoleApi(FakeEngine engine) {
    this.engine = engine;
    this.campaigns = new CampaignRoutes(engine);
    this.flows = new FlowConsoleRoutes(engine);
  }

  // ---------------------------------------------------------------- static assets

  /** True for the page's own files, which are served without the journal or faults. */
  static boolean isAsset(String method, String path) {
    return method.equals("GET") && (path.equals("/") || ASSET.matcher(path).matches());
  }

  MockResponse asset(String path) {
    Matcher m = ASSET.matcher(path);
    String name = m.matches() ? m.group(1) : "index.html";
    String type = switch (name.substring(name.lastIndexOf('.') + 1)) {
      case "html" -> "text/html; charset=UTF-8";
      case "css" -> "text/css; charset=UTF-8";
      case "js" -> "text/javascript; charset=UTF-8";
      default -> "image/svg+xml";
    };
    try (InputStream in = ConsoleApi.class.getClassLoader().getResourceAsStream(ASSETS + name)) {
      if (in == null) {
        return new MockResponse.Builder().code(404).setHeader("Content-Type", "text/plain; charset=UTF-8")
            .body("No console file " + name).build();
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", type)
          .setHeader("Cache-Control", "no-cache").body(new Buffer().write(in.readAllBytes())).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the console file " + name, e);
    }
  }

  // ---------------------------------------------------------------- control routes

  /** Answers a console route, or null when {@code segments} name none of them. */
  @Nullable MockResponse route(String method, List<String> s, String body) {
    MockResponse campaign = campaigns.route(method, s);
    if (campaign != null) {
      return campaign;
    }
    MockResponse flow = flows.route(method, s, body);
    if (flow != null) {
      return flow;
    }
    if (s.size() == 2 && s.get(1).equals("users") && method.equals("GET")) {
      return json(200, users());
    }
    if (s.size() == 2 && s.get(1).equals("users") && method.equals("POST")) {
      return createUser(body.isBlank() ? Map.of() : Json.parseObject(body));
    }
    if (s.size() == 2 && s.get(1).equals("calls") && method.equals("GET")) {
      return json(200, obj("data", engine.calls()));
    }
    if (s.size() == 2 && s.get(1).equals("groups") && method.equals("GET")) {
      return json(200, obj("data", engine.groups()));
    }
    if (s.size() == 3 && s.get(1).equals("users") && method.equals("GET")) {
      return json(200, user(FakeEngine.waId(s.get(2))));
    }
    if (s.size() == 4 && s.get(1).equals("users") && method.equals("POST") && USER_ACTIONS.contains(s.get(3))) {
      String waId = FakeEngine.waId(s.get(2));
      Map<String, Object> request = body.isBlank() ? Map.of() : Json.parseObject(body);
      return switch (s.get(3)) {
        case "button-taps" -> sent(engine.buttonTap(waId, required(request, "id")), waId);
        case "list-selections" -> sent(engine.listSelection(waId, required(request, "row_id")), waId);
        case "media" -> sent(media(request), waId);
        case "referral" -> {
          engine.userComesFrom(waId, referral(request));
          yield json(200, obj("success", true));
        }
        case "read" -> {
          engine.userReadsAll(waId);
          yield json(200, obj("success", true));
        }
        case "marketing" -> {
          if (!(request.get("stop") instanceof Boolean stop)) {
            throw new IllegalArgumentException("stop must be true or false, was " + request.get("stop"));
          }
          engine.userStopsMarketing(waId, stop);
          yield json(200, obj("success", true));
        }
        case "calls" -> json(200, obj("call_id", engine.userCalls(waId)));
        case "call-answers" -> {
          engine.userAnswersCall(waId, required(request, "call_id"));
          yield json(200, obj("success", true));
        }
        case "call-hangups" -> {
          engine.userHangsUp(waId, required(request, "call_id"));
          yield json(200, obj("success", true));
        }
        case "call-permission" -> json(200, Json.parseObject(engine.userRepliesToCallPermission(waId,
            Boolean.TRUE.equals(request.get("accept")), Boolean.TRUE.equals(request.get("permanent"))).message()));
        case "group-joins" -> json(200, obj("join_request_id", engine.userJoinsGroup(waId,
            required(request, "group_id"))));
        case "group-leaves" -> {
          engine.userLeavesGroup(waId, required(request, "group_id"));
          yield json(200, obj("success", true));
        }
        case "group-messages" -> json(200, engine.userWritesInGroup(waId, required(request, "group_id"),
            required(request, "text")));
        default -> throw new IllegalStateException("unhandled user action " + s.get(3));
      };
    }
    if (s.size() == 3 && s.get(1).equals("media") && method.equals("GET")) {
      MediaRecord media = engine.media(s.get(2));
      if (media == null) {
        return json(404, obj("error", obj("message", "no media with id " + s.get(2))));
      }
      return new MockResponse.Builder().code(200).setHeader("Content-Type", media.mimeType)
          .body(new Buffer().write(media.bytes)).build();
    }
    if (s.size() == 2 && s.get(1).equals("faults")) {
      if (method.equals("DELETE")) {
        engine.clearFaults();
        return json(200, obj("success", true));
      }
      if (method.equals("POST")) {
        return json(200, fault(Json.parseObject(body)));
      }
    }
    return null;
  }

  /** Creates (201) or updates (200) a user with what the fake models of one; answers the user's facts. */
  private MockResponse createUser(Map<String, Object> request) {
    java.util.Set<String> unknown = new java.util.TreeSet<>(request.keySet());
    unknown.removeAll(USER_FIELDS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("A user has the fields " + USER_FIELDS + "; the fake does not model "
          + unknown);
    }
    String waId = FakeEngine.waId(required(request, "wa_id"));
    Object name = request.get("name");
    if (name != null && !(name instanceof String text && !text.isBlank())) {
      throw new IllegalArgumentException("name must be a non-empty string, was " + Json.write(name));
    }
    Object username = request.get("username");
    if (username != null && !(username instanceof String text && !text.isBlank())) {
      throw new IllegalArgumentException("username must be a non-empty string, was " + Json.write(username));
    }
    for (String flag : List.of("blocked", "marketing_opt_out", "phone_hidden")) {
      if (request.containsKey(flag) && !(request.get(flag) instanceof Boolean)) {
        throw new IllegalArgumentException(flag + " must be true or false, was " + Json.write(request.get(flag)));
      }
    }
    boolean existed;
    synchronized (engine.lock) {
      existed = engine.users.find(waId) != null;
      UserState user = engine.users.user(waId);
      if (name instanceof String text) {
        user.name = text;
      }
      if (request.get("blocked") instanceof Boolean blocked) {
        user.blocked = blocked;
      }
      if (request.get("marketing_opt_out") instanceof Boolean stopped) {
        user.marketingStopped = stopped;
      }
      if (username instanceof String text) {
        user.username = text;
      }
      if (request.get("phone_hidden") instanceof Boolean hidden) {
        if (hidden && user.username == null) {
          throw new IllegalArgumentException("phone_hidden: only a user with a username can hide their number");
        }
        user.phoneHidden = hidden;
      }
    }
    return json(existed ? 200 : 201, user(waId));
  }

  private MockResponse sent(Map<String, Object> content, String waId) {
    return json(200, Json.parseObject(engine.userSends(waId, content).message()));
  }

  private static String required(Map<String, Object> request, String field) {
    Object value = request.get(field);
    if (!(value instanceof String text) || text.isEmpty()) {
      throw new IllegalArgumentException(field + " is required (a non-empty string), was " + Json.write(value));
    }
    return text;
  }

  private static Referral referral(Map<String, Object> request) {
    String sourceId = required(request, "source_id");
    String headline = Json.string(request, "headline");
    Referral ad = Referral.ad(sourceId, headline == null ? "" : headline);
    String url = Json.string(request, "source_url");
    String type = Json.string(request, "source_type");
    return new Referral(url == null ? ad.sourceUrl() : url, type == null ? "ad" : type, sourceId, headline,
        Json.string(request, "body"), null, null, null, null, ad.ctwaClid());
  }

  private Map<String, Object> media(Map<String, Object> request) {
    String mimeType = required(request, "mime_type");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(required(request, "data"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("data must be the file's bytes in base64: " + e.getMessage(), e);
    }
    boolean image = mimeType.equals("image/jpeg") || mimeType.equals("image/png");
    long limit = image ? IMAGE_LIMIT : DOCUMENT_LIMIT;
    if (bytes.length > limit) {
      throw new IllegalArgumentException((image ? "an image" : "a document") + " may have at most " + limit
          + " bytes, was " + bytes.length);
    }
    String[] stored = engine.storeUserMedia(bytes, mimeType);
    String caption = Json.string(request, "caption");
    if (image) {
      return obj("type", "image", "image", obj("caption", caption == null || caption.isEmpty() ? null : caption,
          "mime_type", mimeType, "sha256", stored[1], "id", stored[0]));
    }
    String filename = Json.string(request, "filename");
    return obj("type", "document", "document", obj("caption", caption == null || caption.isEmpty() ? null : caption,
        "filename", filename == null ? "document" : filename, "mime_type", mimeType, "sha256", stored[1],
        "id", stored[0]));
  }

  private Map<String, Object> fault(Map<String, Object> request) {
    Object calls = request.getOrDefault("calls", 1L);
    if (!(calls instanceof Long n) || n < 1 || n > 1000) {
      throw new IllegalArgumentException("calls must be a whole number from 1 to 1000, was " + calls);
    }
    Object code = request.get("error_code");
    Object status = request.get("http_status");
    boolean drop = Boolean.TRUE.equals(request.get("drop_connection"));
    if ((code != null ? 1 : 0) + (status != null ? 1 : 0) + (drop ? 1 : 0) != 1) {
      throw new IllegalArgumentException("give exactly one of error_code, http_status or drop_connection: true, "
          + "was " + Json.write(request));
    }
    FaultRule rule;
    String description;
    if (code != null) {
      if (!(code instanceof Long c) || c < 1) {
        throw new IllegalArgumentException("error_code must be a Graph error code such as 131000, was " + code);
      }
      GraphErrorResponse error = GraphErrorResponse.of(c.intValue());
      rule = new FaultRule(r -> true, n.intValue(), FaultRule.Kind.GRAPH_ERROR, error, 0, Duration.ZERO);
      description = error.message();
    } else if (status != null) {
      if (!(status instanceof Long st) || st < 400 || st > 599) {
        throw new IllegalArgumentException("http_status must be 400..599, was " + status);
      }
      rule = new FaultRule(r -> true, n.intValue(), FaultRule.Kind.HTTP_STATUS, null, st.intValue(), Duration.ZERO);
      description = "HTTP " + st;
    } else {
      rule = new FaultRule(r -> true, n.intValue(), FaultRule.Kind.DROP_CONNECTION, null, 0, Duration.ZERO);
      description = "connection dropped";
    }
    engine.addFault(rule);
    return obj("success", true, "calls", n, "fault", description);
  }

  // ---------------------------------------------------------------- views

  private Map<String, Object> users() {
    // How the app's webhook endpoint is doing: QA's first question when the app does not answer.
    long delivered = 0;
    long undelivered = 0;
    int lastFailure = 0;
    for (WebhookDelivery w : engine.webhooks().deliveries()) {
      if (w.delivered()) {
        delivered++;
      } else if (w.attempts() > 0) {
        undelivered++;
        lastFailure = w.lastStatusCode();
      }
    }
    Map<String, Object> webhooks = obj("url", engine.webhooks().url(), "delivered", delivered,
        "not_delivered", undelivered, "last_failure_status", undelivered == 0 ? null : lastFailure,
        "last_failure", undelivered == 0 ? null : engine.webhooks().lastFailure());
    synchronized (engine.lock) {
      Instant now = engine.now();
      List<Object> data = new ArrayList<>();
      Money total = null;
      for (UserState user : engine.users.all()) {
        Map<String, Object> facts = facts(user, now);
        data.add(facts);
      }
      data.sort(Comparator.comparingLong(
          u -> -((Number) Objects.requireNonNull(((Map<?, ?>) u).get("last_activity_sequence"))).longValue()));
      for (SentRecord r : engine.messages.sent()) {
        Money price = price(r);
        if (price != null) {
          total = total == null ? price : total.plus(price);
        }
      }
      FakeConfig config = engine.config;
      long used = engine.rules.messagingLimitUsage(now);
      Integer limit = config.messagingLimit().uniqueUsers();
      return obj("now", now.toString(), "business", obj("display_phone_number", config.displayPhoneNumber(),
              "verified_name", config.verifiedName(), "phone_number_id", config.phoneNumberId()),
          "messaging_limit", obj("tier", config.messagingLimit().value(), "unique_users", used, "limit", limit),
          "cost", (total == null ? Money.zero("USD") : total).toString(),
          "webhooks", webhooks,
          "data", data);
    }
  }

  private Map<String, Object> user(String waId) {
    synchronized (engine.lock) {
      UserState user = engine.users.find(waId);
      Instant now = engine.now();
      Map<String, Object> out = user == null ? obj("wa_id", waId, "name", null, "window_open", false,
          "last_activity_sequence", 0L, "cost", Money.zero("USD").toString()) : facts(user, now);
      out.put("now", now.toString());
      List<Map<String, Object>> items = new ArrayList<>();
      for (InboundRecord r : engine.messages.inbound()) {
        if (r.from.equals(waId)) {
          items.add(obj("direction", "in", "sequence", r.sequence, "id", r.id, "timestamp",
              r.timestamp.getEpochSecond(), "type", r.type, "read_by_business",
              r.readState != UserMessage.ReadState.UNREAD, "message", r.message));
        }
      }
      for (SentRecord r : engine.messages.sent()) {
        if (r.to.equals(waId)) {
          items.add(outbound(r));
        }
      }
      for (ResponderRecord r : engine.messages.responderSent()) {
        if (r.to().equals(waId)) {
          // Not the app's: no pricing, and the standby statuses said delivered.
          ThreadRole role = r.role();
          items.add(obj("direction", "out", "sender", "other_responder", "sender_role",
              role == null ? null : role.value(), "sequence", r.sequence(), "id", r.id(),
              "timestamp", r.timestamp().getEpochSecond(), "type", "text", "status", "delivered",
              "message", obj("text", obj("body", r.text()))));
        }
      }
      items.sort(Comparator.comparingLong(i -> (Long) i.get("sequence")));
      out.put("conversation", items);
      RoutingConfiguration c = engine.routing.configuration();
      if (c != null) {
        ThreadRole owner = engine.routing.owner(waId);
        out.put("routing", obj("owner_role", owner == null ? null : owner.value(), "idle", owner == null,
            "owned_by_app", engine.routing.appOwns(waId), "standby", c.appHasStandby(),
            "escalation_partner", c.escalationPartner().name().toLowerCase(Locale.ROOT)));
      }
      return out;
    }
  }

  private Map<String, Object> facts(UserState user, Instant now) {
    long last = 0;
    Money cost = null;
    int in = 0;
    int outCount = 0;
    for (InboundRecord r : engine.messages.inbound()) {
      if (r.from.equals(user.waId)) {
        last = Math.max(last, r.sequence);
        in++;
      }
    }
    for (SentRecord r : engine.messages.sent()) {
      if (r.to.equals(user.waId)) {
        last = Math.max(last, r.sequence);
        outCount++;
        Money price = price(r);
        if (price != null) {
          cost = cost == null ? price : cost.plus(price);
        }
      }
    }
    Instant windowUntil = user.lastInbound == null ? null : user.lastInbound.plus(Users.WINDOW);
    Instant fepUntil = user.freeEntryPointUntil;
    Map<String, Object> facts = obj("wa_id", user.waId, "user_id", user.userId, "name", user.name,
        "username", user.username, "phone_hidden", user.phoneHidden,
        "window_open", user.windowOpen(now),
        "window_open_until", windowUntil == null ? null : windowUntil.toString(),
        "free_entry_point_open", fepUntil != null && now.isBefore(fepUntil),
        "free_entry_point_until", fepUntil == null ? null : fepUntil.toString(),
        "referral_at", user.referralAt == null ? null : user.referralAt.toString(),
        "referral_pending", user.pendingReferral != null,
        "marketing_opt_out", user.marketingStopped,
        "blocked", user.blocked,
        "messages_in", in, "messages_out", outCount,
        "last_activity_sequence", last,
        "cost", (cost == null ? Money.zero("USD") : cost).toString());
    if (user.pendingReferral != null) {
      facts.put("referral", obj("source_id", user.pendingReferral.sourceId(), "headline",
          user.pendingReferral.headline()));
    }
    return facts;
  }

  private Map<String, Object> outbound(SentRecord r) {
    Map<String, Object> item = obj("direction", "out", "sequence", r.sequence, "id", r.id,
        "timestamp", r.timestamp.getEpochSecond(), "type", r.type, "status", r.status.value(),
        "message", r.body,
        "pricing", obj("billable", r.billable, "pricing_model", "PMP", "type", r.pricingType,
            "category", r.pricingCategory.value()));
    Money price = price(r);
    item.put("price", price == null ? null : price.toString());
    if (r.status.equals(DeliveryStatus.FAILED) && r.error != null) {
      item.put("errors", List.of(obj("code", r.error.code(), "title", r.error.title(),
          "details", r.error.details())));
    }
    if (r.type.equals("template")) {
      item.put("template", TemplateRendering.render(engine.templates, r));
    }
    return item;
  }

  /**
   * What Meta charges for a delivered message: the price core's {@link CostEstimator} gave it at send time, the same
   * decision as its {@code pricing} webhooks. Null when nothing is charged (not billable, not delivered) or core
   * could not price it.
   */
  private @Nullable Money price(SentRecord r) {
    MessagePrice price = r.price;
    if (price == null || !r.billable
        || (!r.status.equals(DeliveryStatus.DELIVERED) && !r.status.equals(DeliveryStatus.READ))) {
      return null;
    }
    return price.price();
  }

  private static MockResponse json(int code, Object body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json; charset=UTF-8")
        .body(Json.write(body)).build();
  }
}
