package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.FakeDispatcher.json;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;

/**
 * The control API under {@code /testkit/} (user messages, clock, sent messages, templates, webhooks, health,
 * reset) and, through {@link ConsoleApi}, the console's routes. Bad input answers 400 naming the field and value.
 * Thread-safe: state lives in the {@link FakeEngine}.
 */
final class ControlRoutes {
  static final List<String> ROUTES = Stream.concat(Stream.of(
      "POST /testkit/users",
      "POST /testkit/users/{wa_id}/messages",
      "POST /testkit/clock/advance",
      "GET /testkit/messages[?to=wa_id]",
      "GET /testkit/templates",
      "GET /testkit/webhooks",
      "GET /testkit/health",
      "POST /testkit/templates/{template_id}/status",
      "POST /testkit/account/restrictions",
      "POST /testkit/reset",
      "GET /testkit/cost-chart.png[?width=640&height=400]"),
      Stream.of(ConsoleApi.ROUTES, PaymentRoutes.CONTROL_ROUTES, AddressReplies.CONTROL_ROUTES,
          RoutingRoutes.CONTROL_ROUTES)
          .flatMap(List::stream)).toList();

  private final FakeEngine engine;
  private final Runnable reset;
  private final ConsoleApi console;
  private final String version;

  ControlRoutes(FakeEngine engine, Runnable reset, ConsoleApi console, String version) {
    this.engine = engine;
    this.reset = reset;
    this.console = console;
    this.version = version;
  }

  MockResponse route(String method, HttpUrl url, String body) {
    List<String> s = new ArrayList<>(url.pathSegments());
    s.removeIf(String::isEmpty);
    String route = method + " /" + String.join("/", s);
    try {
      MockResponse consoleRoute = console.route(method, s, body);
      if (consoleRoute != null) {
        return consoleRoute;
      }
      MockResponse paymentRoute = engine.payments.control(method, s, body);
      if (paymentRoute != null) {
        return paymentRoute;
      }
      MockResponse routingRoute = RoutingRoutes.control(engine.routing, method, s, body);
      if (routingRoute != null) {
        return routingRoute;
      }
      MockResponse addressRoute = engine.addresses.control(method, s, body);
      if (addressRoute != null) {
        return addressRoute;
      }
      if (method.equals("POST") && s.size() == 4 && s.get(1).equals("users") && s.get(3).equals("messages")) {
        String waId = FakeEngine.waId(s.get(2));
        UserMessage message = engine.userSends(waId, Json.parseObject(body));
        return json(200, Json.parseObject(message.message()));
      }
      switch (route) {
        case "GET /testkit/cost-chart.png" -> {
          return CostChartRoute.png(engine, url);
        }
        case "POST /testkit/clock/advance" -> {
          Object seconds = Json.parseObject(body).get("seconds");
          if (!(seconds instanceof Number n) || n.doubleValue() < 0) {
            throw new IllegalArgumentException("seconds must be a non-negative number, was " + seconds);
          }
          engine.clock.advance(Duration.ofMillis(Math.round(n.doubleValue() * 1000)));
          Instant now = engine.now();
          return json(200, obj("now", now.toString(), "timestamp", now.getEpochSecond()));
        }
        case "GET /testkit/messages" -> {
          String to = url.queryParameter("to");
          String waId = to == null ? null : FakeEngine.waId(to);
          List<Object> data = new ArrayList<>();
          for (SentMessage m : engine.sentMessages()) {
            if (waId == null || m.to().equals(waId)) {
              data.add(sentJson(m));
            }
          }
          return json(200, obj("data", data));
        }
        case "GET /testkit/webhooks" -> {
          List<Object> data = new ArrayList<>();
          engine.webhooks().deliveries().forEach(w -> data.add(obj("sequence", w.sequence(), "field", w.field(),
              "attempts", w.attempts(), "last_status_code", w.lastStatusCode(), "delivered", w.delivered(),
              "duplicate", w.duplicate(), "payload", w.json())));
          return json(200, obj("data", data));
        }
        case "GET /testkit/health" -> {
          return json(200, obj("status", "UP", "version", version, "now", engine.now().toString(),
              "webhook_url", engine.webhooks().url()));
        }
        case "GET /testkit/templates" -> {
          List<Object> data = new ArrayList<>();
          engine.templates().forEach(t -> data.add(t.json()));
          return json(200, obj("data", data));
        }
        case "POST /testkit/account/restrictions" -> {
          Map<String, Object> request = Json.parseObject(body);
          String type = Json.string(request, "restriction_type");
          Object expiration = request.get("expiration");
          if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("restriction_type is required, e.g. RESTRICTED_BIZ_INITIATED_MESSAGING");
          }
          if (!(expiration instanceof Number n) || n.longValue() <= engine.now().getEpochSecond()) {
            throw new IllegalArgumentException("expiration must be an epoch second after the fake's now ("
                + engine.now().getEpochSecond() + "), was " + expiration);
          }
          engine.restrictAccount(type, Instant.ofEpochSecond(n.longValue()));
          return json(200, obj("success", true));
        }
        case "POST /testkit/reset" -> {
          reset.run();
          return json(200, obj("success", true));
        }
        default -> {
          if (method.equals("POST") && s.size() == 4 && s.get(1).equals("templates") && s.get(3).equals("status")) {
            Map<String, Object> request = Json.parseObject(body);
            String status = Json.string(request, "status");
            if (status == null || !Set.of("APPROVED", "REJECTED", "PAUSED", "DISABLED", "PENDING").contains(status)) {
              throw new IllegalArgumentException("status must be APPROVED, REJECTED, PAUSED, DISABLED or PENDING, was "
                  + status);
            }
            String reason = Json.string(request, "reason");
            return json(200, engine.setTemplateStatus(s.get(2), TemplateStatus.of(status),
                reason == null ? null : RejectionReason.of(reason)).json());
          }
          return json(404, obj("error", obj("message", "Unknown control route " + route + "; routes: "
              + ROUTES)));
        }
      }
    } catch (Json.MalformedJsonException e) {
      return json(400, obj("error", obj("message", malformed(route, body, String.valueOf(e.getMessage())),
          "request", route)));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return json(400, obj("error", obj("message", String.valueOf(e.getMessage()), "request", route)));
    }
  }

  /** A sentence about the body, saying where it is malformed rather than repeating the parser's internals. */
  private static String malformed(String route, String body, String parserMessage) {
    String problem = JsonSyntax.problem(body);
    if (problem != null) {
      return "The body of " + route + " is not valid JSON: " + problem + ".";
    }
    if (parserMessage.endsWith("expected a JSON object")) {
      return "The body of " + route + " must be a JSON object ({...}), was " + abbreviate(body.strip()) + ".";
    }
    return "The body of " + route + " was refused: " + parserMessage + ".";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  private static Map<String, Object> sentJson(SentMessage m) {
    Map<String, Object> out = obj("id", m.id(), "to", m.to(), "type", m.type(), "status", m.status().value(),
        "timestamp", Long.toString(m.timestamp().getEpochSecond()),
        "pricing", obj("billable", m.billable(), "pricing_model", "PMP", "type", m.pricingType(),
            "category", m.pricingCategory().value()));
    if (m.status().equals(DeliveryStatus.FAILED) && m.error() != null) {
      out.put("errors", List.of(obj("code", m.error().code(), "title", m.error().title(),
          "error_data", obj("details", m.error().details()))));
    }
    out.put("message", m.json());
    return out;
  }
}
