package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.UserMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * The console's flow routes: QA opens a flow message the app sent ({@code POST /testkit/flows} with its
 * {@code message_id}), sees the current screen as a form (its components from the Flow JSON the fake holds, with
 * {@code ${data.x}} references filled from the screen's data), submits it ({@code next}) or goes back
 * ({@code back}) through the same {@link FlowSession} as {@code FakeUser.completeFlow}, until the app gets the
 * {@code nfm_reply}. Plain JSON, so curl can drive a flow too. Thread-safe: sessions guard themselves.
 */
final class FlowConsoleRoutes {
  static final List<String> ROUTES = List.of(
      "POST /testkit/flows",
      "GET /testkit/flows/{session_id}",
      "POST /testkit/flows/{session_id}/next",
      "POST /testkit/flows/{session_id}/back");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{data\\.([A-Za-z0-9_]+)}");
  /** Components whose children the console shows in place. */
  private static final List<String> CONTAINERS = List.of("Form");

  private final FakeEngine engine;

  FlowConsoleRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Answers a flow route, or null when {@code s} is not one. */
  @Nullable MockResponse route(String method, List<String> s, String body) {
    if (s.size() < 2 || !s.get(1).equals("flows")) {
      return null;
    }
    if (s.size() == 2 && method.equals("POST")) {
      Object id = (body.isBlank() ? Map.of() : Json.parseObject(body)).get("message_id");
      if (!(id instanceof String wamid) || wamid.isBlank()) {
        throw new IllegalArgumentException("message_id is required: the wamid of the flow message, was "
            + Json.write(id));
      }
      return FakeDispatcher.json(201, view(engine.openFlowMessage(wamid)));
    }
    if (s.size() < 3 || s.size() > 4) {
      return null;
    }
    FlowSession session = engine.flowSession(s.get(2));
    if (session == null) {
      return FakeDispatcher.json(404, obj("error", obj("message", "no opened flow " + s.get(2)
          + "; open one with POST /testkit/flows {\"message_id\":...}")));
    }
    if (s.size() == 3 && method.equals("GET")) {
      return FakeDispatcher.json(200, view(session));
    }
    if (s.size() == 4 && method.equals("POST") && s.get(3).equals("next")) {
      Object form = (body.isBlank() ? Map.of() : Json.parseObject(body)).getOrDefault("form", Map.of());
      if (!(form instanceof Map<?, ?>)) {
        throw new IllegalArgumentException("form must be an object of field names to values, was "
            + Json.write(form));
      }
      session.submit(FlowSession.map(form));
      return FakeDispatcher.json(200, view(session));
    }
    if (s.size() == 4 && method.equals("POST") && s.get(3).equals("back")) {
      session.back();
      return FakeDispatcher.json(200, view(session));
    }
    return null;
  }

  private static Map<String, Object> view(FlowSession session) {
    Map<String, Object> screen = session.screenJson();
    Map<String, Object> data = session.data();
    UserMessage reply = session.reply();
    List<Object> components = new ArrayList<>();
    collect(Json.list(Json.map(screen, "layout"), "children"), data, components);
    return obj("session_id", session.id(), "message_id", session.messageId(), "wa_id", session.waId(),
        "flow_token", session.flowToken(), "flow_name", session.flowName(),
        "screen", obj("id", screen.get("id"), "title", resolve(screen.get("title"), data), "terminal",
            Boolean.TRUE.equals(screen.get("terminal"))),
        "components", components, "data", data, "form", session.filled(session.screen()),
        "can_go_back", session.canGoBack(), "completed", reply != null,
        "reply", reply == null ? null : Json.parseObject(reply.message()));
  }

  /** The components a user sees, containers opened, {@code ${data.x}} filled in. */
  private static void collect(List<Object> children, Map<String, Object> data, List<Object> out) {
    for (Object child : children) {
      Map<String, Object> c = FlowSession.map(child);
      String type = String.valueOf(c.get("type"));
      if (CONTAINERS.contains(type)) {
        collect(Json.list(c, "children"), data, out);
      } else if (type.equals("If")) {
        // The console cannot evaluate conditions: it shows both branches, marked.
        collect(Json.list(c, "then"), data, out);
        collect(Json.list(c, "else"), data, out);
      } else {
        Map<String, Object> shown = FlowSession.map(resolve(c, data));
        shown.remove("on-click-action");
        shown.remove("on-select-action");
        shown.remove("on-unselect-action");
        out.add(shown);
      }
    }
  }

  /** Fills {@code ${data.x}}: a whole-value reference takes the value, one inside text its string form. */
  private static @Nullable Object resolve(@Nullable Object value, Map<String, Object> data) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), resolve(v, data)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(resolve(v, data)));
      return out;
    }
    if (value instanceof String text) {
      Matcher whole = REFERENCE.matcher(text);
      if (whole.matches()) {
        return data.get(whole.group(1));
      }
      Matcher inside = REFERENCE.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (inside.find()) {
        inside.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf(data.get(inside.group(1)))));
      }
      inside.appendTail(sb);
      return sb.toString();
    }
    return value;
  }
}
