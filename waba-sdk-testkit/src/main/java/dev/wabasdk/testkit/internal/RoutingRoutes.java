package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.FakeDispatcher.json;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.RoutingConfiguration;
import dev.wabasdk.testkit.RoutingConfiguration.EscalationPartner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * The control API's Conversation Routing routes under {@code /testkit/routing}: set or clear the configuration, read a
 * thread's owner, and play the other responders (pass to the app, take from it, send). Bad input throws
 * {@link IllegalArgumentException} naming the field, which {@link ControlRoutes} answers with 400. Thread-safe:
 * state lives in the {@link RoutingState}.
 */
final class RoutingRoutes {
  static final List<String> CONTROL_ROUTES = List.of(
      "GET|POST|DELETE /testkit/routing {app_primary_for:[role], ai_agent_primary, escalation_partner:"
          + " app|other_responder|none, standby, summaries}",
      "GET /testkit/routing/threads/{wa_id}",
      "POST /testkit/routing/threads/{wa_id}/pass_to_app {target_role?, metadata?}",
      "POST /testkit/routing/threads/{wa_id}/take_from_app {metadata?}",
      "POST /testkit/routing/threads/{wa_id}/messages {text}");

  private RoutingRoutes() {}

  /** Answers a routing route, or null when {@code s} (the path's segments) is not one. */
  static @Nullable MockResponse control(RoutingState routing, String method, List<String> s, String body) {
    if (s.size() < 2 || !s.get(1).equals("routing")) {
      return null;
    }
    if (s.size() == 2) {
      switch (method) {
        case "POST" -> routing.enable(configuration(body.isBlank() ? Map.of() : Json.parseObject(body)));
        case "DELETE" -> routing.disable();
        case "GET" -> { }
        default -> {
          return null;
        }
      }
      return json(200, configurationJson(routing.configuration()));
    }
    if (s.size() < 4 || !s.get(2).equals("threads")) {
      return null;
    }
    String waId = FakeEngine.waId(s.get(3));
    Map<String, Object> request = body.isBlank() ? Map.of() : Json.parseObject(body);
    String route = method + " " + (s.size() == 5 ? s.get(4) : "");
    switch (route) {
      case "GET " -> { }
      case "POST pass_to_app" -> {
        String target = text(request, "target_role");
        routing.passToApp(waId, target == null ? null : ThreadRole.of(target), text(request, "metadata"));
      }
      case "POST take_from_app" -> routing.takeFromApp(waId, text(request, "metadata"));
      case "POST messages" -> {
        String text = text(request, "text");
        if (text == null || text.isBlank()) {
          throw new IllegalArgumentException("text is required: what the other responder sends");
        }
        return json(200, obj("id", routing.otherResponderSends(waId, text)));
      }
      default -> {
        return null;
      }
    }
    ThreadRole owner = routing.owner(waId);
    return json(200, obj("wa_id", waId, "owner_role", owner == null ? null : owner.value(), "idle", owner == null,
        "owned_by_app", routing.appOwns(waId)));
  }

  private static RoutingConfiguration configuration(Map<String, Object> request) {
    RoutingConfiguration.Builder c = RoutingConfiguration.builder();
    Object primaries = request.get("app_primary_for");
    if (primaries != null) {
      if (!(primaries instanceof List<?> list)) {
        throw new IllegalArgumentException("app_primary_for must be a list of roles, was " + Json.write(primaries));
      }
      List<ThreadRole> roles = new ArrayList<>();
      for (Object role : list) {
        roles.add(ThreadRole.of(String.valueOf(role)));
      }
      c.appPrimaryFor(roles.toArray(ThreadRole[]::new));
    }
    c.aiAgentPrimary(flag(request, "ai_agent_primary"));
    c.appHasStandby(flag(request, "standby"));
    c.summaries(flag(request, "summaries"));
    String partner = text(request, "escalation_partner");
    if (partner != null) {
      try {
        c.escalationPartner(EscalationPartner.valueOf(partner.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("escalation_partner must be app, other_responder or none, was \""
            + partner + "\"", e);
      }
    }
    return c.build();
  }

  private static Map<String, Object> configurationJson(@Nullable RoutingConfiguration c) {
    if (c == null) {
      return obj("enabled", false);
    }
    return obj("enabled", true, "app_primary_for", c.appPrimaryFor().stream().map(ThreadRole::value).toList(),
        "ai_agent_primary", c.aiAgentPrimary(), "escalation_partner",
        c.escalationPartner().name().toLowerCase(Locale.ROOT), "standby", c.appHasStandby(),
        "app_roles", c.appRoles().stream().map(ThreadRole::value).toList(), "summaries", c.summaries());
  }

  private static boolean flag(Map<String, Object> request, String name) {
    Object value = request.get(name);
    if (value != null && !(value instanceof Boolean)) {
      throw new IllegalArgumentException(name + " must be true or false, was " + Json.write(value));
    }
    return Boolean.TRUE.equals(value);
  }

  private static @Nullable String text(Map<String, Object> request, String name) {
    Object value = request.get(name);
    if (value != null && !(value instanceof String)) {
      throw new IllegalArgumentException(name + " must be a string, was " + Json.write(value));
    }
    return (String) value;
  }
}
