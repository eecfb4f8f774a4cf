package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.FakeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Routes each request of a fake that holds several businesses to the business it concerns: by the phone number or
 * WABA id in the path, else by the access token (media and template ids go to the first); control routes
 * ({@code /testkit/...}) to the business named by {@code ?phone_number_id=}, else the first. A known
 * token used on another business's number or WABA gets Meta's answer for an object the token cannot see: code 100,
 * subcode 33. Thread-safe: the routes are fixed.
 */
public final class TenantRouter extends Dispatcher {

  /** One business of the fake. */
  public record Route(FakeEngine engine, FakeDispatcher dispatcher) {}

  private final List<Route> routes;

  public TenantRouter(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    HttpUrl url = request.getUrl();
    if (url.encodedPath().equals("/testkit/businesses") && request.getMethod().equals("GET")) {
      return FakeDispatcher.json(200, Json.obj("data", businesses()));
    }
    if (url.encodedPath().startsWith("/testkit/")) {
      // The console and control API act on one business: ?phone_number_id= names it, else the first.
      String chosen = url.queryParameter("phone_number_id");
      if (chosen == null) {
        return routes.get(0).dispatcher().dispatch(request);
      }
      Route route = byId(chosen);
      if (route == null) {
        return FakeDispatcher.json(404, Json.obj("error", Json.obj("message", "The fake holds no business with"
            + " phone number id " + chosen + "; GET /testkit/businesses lists them")));
      }
      return route.dispatcher().dispatch(request);
    }
    if (routes.size() == 1) {
      return routes.get(0).dispatcher().dispatch(request);
    }
    List<String> segments = new ArrayList<>(url.pathSegments());
    segments.removeIf(String::isEmpty);
    if (!segments.isEmpty() && FakeDispatcher.API_VERSION.matcher(segments.get(0)).matches()) {
      segments.remove(0);
    }
    String token = token(url, request.getHeaders().get("Authorization"));
    Route target = segments.isEmpty() ? null : byId(segments.get(0));
    if (target != null) {
      if (token != null && !token.equals(target.engine().config.accessToken()) && byToken(token) != null) {
        return notVisible(target, request, segments.get(0));
      }
      return target.dispatcher().dispatch(request);
    }
    if (segments.equals(List.of("oauth", "access_token"))) {
      // The code exchange carries no token: the business that issued the code answers it.
      String code = url.queryParameter("code");
      for (Route route : routes) {
        if (route.engine().accountOps().issued(code)) {
          return route.dispatcher().dispatch(request);
        }
      }
    }
    Route owner = token == null ? null : byToken(token);
    return (owner != null ? owner : routes.get(0)).dispatcher().dispatch(request);
  }

  /** Every business of the fake, first (the default of the control API) first. */
  private List<Map<String, Object>> businesses() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Route route : routes) {
      FakeConfig c = route.engine().config;
      out.add(Json.obj("phone_number_id", c.phoneNumberId(), "business_account_id", c.businessAccountId(),
          "display_phone_number", c.displayPhoneNumber(), "verified_name", c.verifiedName()));
    }
    return out;
  }

  private @Nullable Route byId(String id) {
    for (Route route : routes) {
      FakeConfig config = route.engine().config;
      if (id.equals(config.phoneNumberId()) || id.equals(config.businessAccountId())) {
        return route;
      }
    }
    return null;
  }

  private @Nullable Route byToken(String token) {
    for (Route route : routes) {
      if (token.equals(route.engine().config.accessToken())) {
        return route;
      }
    }
    return null;
  }

  private static @Nullable String token(HttpUrl url, @Nullable String header) {
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return header.substring(7).trim();
    }
    if (header != null && header.regionMatches(true, 0, "OAuth ", 0, 6)) { // upload sessions
      return header.substring(6).trim();
    }
    return url.queryParameter("access_token");
  }

  /** Graph's answer when a valid token has no access to the object: the request is kept in that business's log. */
  private static MockResponse notVisible(Route target, RecordedRequest request, String id) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    FakeEngine engine = target.engine();
    int index = engine.record(new FakeRequest(request.getMethod(), request.getUrl().encodedPath(),
        request.getUrl().encodedQuery(), request.getHeaders().get("Content-Type"), body, 0));
    String method = request.getMethod().toLowerCase(java.util.Locale.ROOT);
    Map<String, Object> error = Json.obj(
        "message", "Unsupported " + method + " request. Object with ID '" + id + "' does not exist, cannot be loaded"
            + " due to missing permissions, or does not support this operation. Please read the Graph API"
            + " documentation at https://developers.facebook.com/docs/graph-api",
        "type", "GraphMethodException", "code", 100, "error_subcode", 33, "fbtrace_id", engine.nextTraceId());
    engine.answered(index, 400);
    return FakeDispatcher.json(400, Json.obj("error", error)).newBuilder()
        .setHeader("X-Waba-Fake-Version", FakeDispatcher.VERSION).build();
  }
}
