package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The everyday admin routes of the fake's number, with Meta's limits and errors: the Block Users API
 * ({@code POST|GET|DELETE /{phone-number-id}/block_users}), conversational components
 * ({@code POST /{phone-number-id}/conversational_automation}, read back with
 * {@code GET /{phone-number-id}?fields=conversational_automation}) and the business username
 * ({@code GET|POST|DELETE /{phone-number-id}/username}, {@code GET .../username_suggestions}); QR codes are
 * {@link QrCodeRoutes}. The state is the engine's, so each number of a multi-tenant fake has its own. Thread-safe:
 * every method takes the {@link FakeEngine}'s lock.
 */
final class AdminRoutes {
  static final int BLOCKLIST_LIMIT = 64_000;
  static final int MAX_PROMPTS = 4;
  static final int MAX_PROMPT_LENGTH = 80;
  static final int MAX_COMMANDS = 30;
  static final int MAX_COMMAND_NAME = 32;
  static final int MAX_COMMAND_DESCRIPTION = 256;
  private static final Pattern USERNAME = Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");

  private final FakeEngine engine;
  // Insertion order is the order Meta lists the blocklist in.
  private final Set<String> blocked = new LinkedHashSet<>();
  private @Nullable Boolean welcomeMessage;
  private @Nullable List<Object> prompts;
  private @Nullable List<Object> commands;
  private final Set<String> welcomed = new LinkedHashSet<>();
  private @Nullable String username;
  private @Nullable String usernameStatus;
  final QrCodeRoutes qr;
  final ComplianceInfoRoutes compliance;

  AdminRoutes(FakeEngine engine) {
    this.engine = engine;
    this.qr = new QrCodeRoutes(engine);
    this.compliance = new ComplianceInfoRoutes(engine);
  }

  void reset() {
    synchronized (engine.lock) {
      blocked.clear();
      welcomeMessage = null;
      prompts = null;
      commands = null;
      welcomed.clear();
      username = null;
      usernameStatus = null;
      qr.reset();
      compliance.reset();
    }
  }

  // ---------------------------------------------------------------- block users

  /** Whether the business blocked the user: their messages no longer reach it, and sends to them fail. */
  boolean blocks(String waId) {
    synchronized (engine.lock) {
      return blocked.contains(waId);
    }
  }

  /** The blocked users, oldest block first. */
  List<String> blockedUsers() {
    synchronized (engine.lock) {
      return List.copyOf(blocked);
    }
  }

  /**
   * {@code POST} (block) or {@code DELETE} (unblock): each user is decided on its own; when any fails, Meta answers
   * HTTP 400 with error 139100 and the lists.
   */
  MockResponse changeBlocklist(String text, boolean block) {
    Map<String, Object> body = Json.parseObject(text);
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required and must be \"whatsapp\".");
    }
    List<Object> users = Json.list(body, "block_users");
    if (users.isEmpty()) {
      throw GraphException.of(100, "The parameter block_users is required.");
    }
    List<Object> done = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    synchronized (engine.lock) {
      if (block && blocked.size() >= BLOCKLIST_LIMIT) {
        throw GraphException.of(139101, "Blocklist limit reached: the blocklist has reached its "
            + BLOCKLIST_LIMIT + " user limit.");
      }
      Instant now = engine.now();
      for (int i = 0; i < users.size(); i++) {
        String input = Json.string(users.get(i), "user");
        if (input == null) {
          throw GraphException.of(100, "Param block_users[" + i + "]['user'] is required.");
        }
        String waId;
        try {
          waId = Users.waId(input);
        } catch (IllegalArgumentException e) {
          failed.add(failure(input, null, 131047, "Re-engagement required",
              "The number is not a valid WhatsApp user."));
          continue;
        }
        if (waId.equals(engine.config.displayDigits())) {
          failed.add(failure(input, waId, 131021, "Self Block", "Failed to block self phone number."));
        } else if (block) {
          UserState user = engine.users.find(waId);
          if (!blocked.contains(waId) && (user == null || !user.windowOpen(now))) {
            failed.add(failure(input, waId, 131047, "Re-engagement required",
                "User has not messaged in the last 24 hours"));
          } else if (!blocked.contains(waId) && blocked.size() >= BLOCKLIST_LIMIT) {
            failed.add(failure(input, waId, 139101, "Blocklist limit reached",
                "The blocklist has reached its " + BLOCKLIST_LIMIT + " user limit."));
          } else {
            blocked.add(waId);
            done.add(obj("input", input, "wa_id", waId));
          }
        } else {
          blocked.remove(waId);
          done.add(obj("input", input, "wa_id", waId));
        }
      }
    }
    Map<String, Object> lists = obj(block ? "added_users" : "removed_users", done);
    if (failed.isEmpty()) {
      return FakeDispatcher.json(200, obj("messaging_product", "whatsapp", "block_users", lists));
    }
    lists.put("failed_users", failed);
    return FakeDispatcher.json(400, obj("messaging_product", "whatsapp", "block_users", lists, "error",
        obj("message", "(#139100) Failed to block/unblock users", "type", "OAuthException", "code", 139100,
            "error_data", obj("details", "Failed to " + (block ? "block" : "unblock")
                + " some users, see the block_users response list for details"),
            "fbtrace_id", engine.nextTraceId())));
  }

  private static Map<String, Object> failure(String input, @Nullable String waId, int code, String message,
      String details) {
    Map<String, Object> f = obj("input", input);
    if (waId != null) {
      f.put("wa_id", waId);
    }
    f.put("errors", List.of(obj("message", message, "code", code, "error_data", obj("details", details))));
    return f;
  }

  /** {@code GET}: the blocklist, {@code limit} (default 25) per page with Meta's cursors. */
  Map<String, Object> listBlocked(HttpUrl url) {
    List<Object> rows = new ArrayList<>();
    for (String waId : blockedUsers()) {
      rows.add(obj("messaging_product", "whatsapp", "wa_id", waId));
    }
    return Pages.page(rows, url);
  }

  // ---------------------------------------------------------------- conversational components

  /** {@code POST conversational_automation}: changes the components the body names, with Meta's limits. */
  Map<String, Object> updateComponents(String text) {
    Map<String, Object> body = Json.parseObject(text);
    Object welcome = body.get("enable_welcome_message");
    if (welcome != null && !(welcome instanceof Boolean)) {
      throw GraphException.of(100, "Param enable_welcome_message must be a boolean.");
    }
    List<Object> newPrompts = body.containsKey("prompts") ? Json.list(body, "prompts") : null;
    if (newPrompts != null) {
      if (newPrompts.size() > MAX_PROMPTS) {
        throw tooMany("prompts", MAX_PROMPTS, newPrompts.size());
      }
      for (int i = 0; i < newPrompts.size(); i++) {
        checkText("prompts[" + i + "]", newPrompts.get(i), MAX_PROMPT_LENGTH);
      }
    }
    List<Object> newCommands = body.containsKey("commands") ? Json.list(body, "commands") : null;
    if (newCommands != null) {
      if (newCommands.size() > MAX_COMMANDS) {
        throw tooMany("commands", MAX_COMMANDS, newCommands.size());
      }
      for (int i = 0; i < newCommands.size(); i++) {
        Object c = newCommands.get(i);
        checkText("commands[" + i + "]['command_name']", Json.at(c, "command_name"), MAX_COMMAND_NAME);
        checkText("commands[" + i + "]['command_description']", Json.at(c, "command_description"),
            MAX_COMMAND_DESCRIPTION);
      }
    }
    if (welcome == null && newPrompts == null && newCommands == null) {
      throw GraphException.of(100, "Set at least one of enable_welcome_message, prompts or commands.");
    }
    synchronized (engine.lock) {
      if (welcome != null) {
        welcomeMessage = (Boolean) welcome;
      }
      if (newPrompts != null) {
        prompts = new ArrayList<>(newPrompts);
      }
      if (newCommands != null) {
        commands = new ArrayList<>(newCommands);
      }
    }
    return obj("success", true);
  }

  private static GraphException tooMany(String param, int max, int found) {
    return GraphException.of(105, "(#105) The parameter " + param + " must have at most " + max + " elements, "
        + found + " found.");
  }

  private static void checkText(String param, @Nullable Object value, int max) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw GraphException.of(100, "Param " + param + " must be a non-empty string.");
    }
    if (s.codePointCount(0, s.length()) > max) {
      throw GraphException.of(100, "(#100) Param " + param + " must be at most " + max + " characters long.");
    }
    if (s.codePoints().anyMatch(cp -> (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF))) {
      throw GraphException.of(100, "Param " + param + " must not contain emoji.");
    }
  }

  /** {@code GET /{phone-number-id}?fields=conversational_automation}: the components that were set. */
  Map<String, Object> components() {
    synchronized (engine.lock) {
      Map<String, Object> c = new LinkedHashMap<>();
      if (welcomeMessage != null) {
        c.put("enable_welcome_message", welcomeMessage);
      }
      if (prompts != null && !prompts.isEmpty()) {
        c.put("prompts", List.copyOf(prompts));
      }
      if (commands != null && !commands.isEmpty()) {
        c.put("commands", List.copyOf(commands));
      }
      Map<String, Object> node = new LinkedHashMap<>();
      if (!c.isEmpty()) {
        node.put("conversational_automation", c);
      }
      node.put("id", engine.config.phoneNumberId());
      return node;
    }
  }

  /**
   * A user opens the chat: the ice breakers they see, and, the first time with the welcome message on, Meta's
   * {@code request_welcome} message webhook.
   */
  List<String> userOpensChat(String waId) {
    synchronized (engine.lock) {
      if (Boolean.TRUE.equals(welcomeMessage) && !blocked.contains(waId) && welcomed.add(waId)) {
        engine.events.userMessage(engine.users.user(waId), obj("from", waId, "id", engine.ids.wamid(waId),
            "timestamp", Long.toString(engine.now().getEpochSecond()), "type", "request_welcome"));
      }
      List<String> shown = new ArrayList<>();
      for (Object p : prompts == null ? List.of() : prompts) {
        shown.add(String.valueOf(p));
      }
      return shown;
    }
  }

  // ---------------------------------------------------------------- username

  /** {@code GET username}: the username and status, or nothing when the number has none. */
  Map<String, Object> username() {
    synchronized (engine.lock) {
      return username == null ? obj() : obj("username", username, "status", usernameStatus);
    }
  }

  /** {@code POST username}: Meta's format rules; the name is reserved until usernames launch in the region. */
  Map<String, Object> setUsername(String text) {
    Map<String, Object> body = Json.parseObject(text);
    String name = Json.string(body, "username");
    if (name == null) {
      throw GraphException.of(100, "The parameter username is required.");
    }
    String action = Json.string(body, "transfer_action");
    if (action != null && !action.equals("none") && !action.equals("force_transfer")) {
      throw GraphException.of(100, "Param transfer_action must be one of {none, force_transfer}, was " + action + ".");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.length() < 3 || name.length() > 35 || !USERNAME.matcher(name).matches() || lower.startsWith("www")
        || lower.matches(".*\\.(com|org|net|int|edu|gov|mil|us|in|html)")) {
      throw GraphException.of(100, "Username format is invalid: " + name + ".");
    }
    synchronized (engine.lock) {
      username = name;
      usernameStatus = "reserved";
      engine.events.businessUsername(name, usernameStatus, engine.now());
      return obj("status", usernameStatus);
    }
  }

  /** {@code DELETE username}: {@code success} is false when the number had none (and no webhook is sent then). */
  Map<String, Object> deleteUsername() {
    synchronized (engine.lock) {
      boolean had = username != null;
      username = null;
      usernameStatus = null;
      if (had) {
        engine.events.businessUsername(null, "deleted", engine.now());
      }
      return obj("success", had);
    }
  }

  /** {@code GET username_suggestions}: names derived from the number's verified name. */
  Map<String, Object> usernameSuggestions() {
    String base = engine.config.verifiedName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    if (base.isEmpty() || !base.matches(".*[a-z].*")) {
      base = "business";
    }
    return obj("data", List.of(obj("username_suggestions", List.of(base, base + "_official"))));
  }
}
