package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.GraphErrorResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Routes HTTP requests: records them, applies faults, then hands Meta's Graph paths to their route group (messages,
 * {@link MediaRoutes}, {@link TemplateRoutes}, {@link AccountRoutes}) and {@code /testkit/} to {@link ControlRoutes}.
 * Thread-safe: state lives in the {@link FakeEngine}.
 */
public final class FakeDispatcher extends Dispatcher {
  /** A Graph API version segment such as {@code v23.0}. */
  public static final Pattern API_VERSION = Pattern.compile("v\\d+\\.\\d+");
  static final List<String> GRAPH_ROUTES = List.of(
      "POST /{version}/{phone-number-id}/messages",
      "POST /{version}/{phone-number-id}/marketing_messages",
      "POST /{version}/{phone-number-id}/thread_control",
      "POST /{version}/{phone-number-id}/media",
      "GET|DELETE /{version}/{media-id}",
      "GET|POST /{version}/{phone-number-id}/whatsapp_business_profile",
      "GET|POST /{version}/{phone-number-id}/whatsapp_commerce_settings",
      "GET|POST /{version}/{phone-number-id}",
      "POST /{version}/{phone-number-id}/register|deregister|request_code|verify_code",
      "GET|POST|DELETE /{version}/{waba-id}/subscribed_apps",
      "GET /{version}/oauth/access_token",
      "GET /{version}/debug_token",
      "GET /{version}/{waba-id}/phone_numbers",
      "GET /{version}/{waba-id}?fields=analytics|conversation_analytics|pricing_analytics|call_analytics.start(..)...",
      "GET /{version}/{waba-id}/template_analytics|template_group_analytics|group_analytics",
      "GET /{version}/{waba-id}/reachestimate",
      "GET|POST|DELETE /{version}/{waba-id}/message_templates",
      "GET|POST /{version}/{template-id}",
      "POST /{version}/{template-id}/unpause",
      "GET /{version}/{template-id}/compare",
      "POST /{version}/{waba-id}/message_templates/archive|unarchive",
      "POST /{version}/{waba-id}/upsert_message_templates",
      "POST /{version}/{waba-id}/migrate_message_templates",
      "GET|POST /{version}/{waba-id}/template_groups",
      "GET|POST|DELETE /{version}/{template-group-id}",
      "GET /{version}/message_template_library",
      "POST /{version}/{phone-number-id}/calls",
      "GET|POST /{version}/{phone-number-id}/settings",
      "GET /{version}/{phone-number-id}/call_permissions",
      "GET|POST /{version}/{phone-number-id}/groups",
      "GET|POST|DELETE /{version}/{group-id}",
      "GET|POST /{version}/{group-id}/invite_link",
      "DELETE /{version}/{group-id}/participants",
      "GET|POST|DELETE /{version}/{group-id}/join_requests",
      "GET|POST /{version}/{phone-number-id}/whatsapp_business_encryption",
      "GET|POST /{version}/{waba-id}/flows",
      "POST /{version}/{waba-id}/migrate_flows",
      "GET|POST|DELETE /{version}/{flow-id}",
      "GET|POST /{version}/{flow-id}/assets",
      "POST /{version}/{flow-id}/publish",
      "POST /{version}/{flow-id}/deprecate",
      "GET|POST|DELETE /{version}/{phone-number-id}/block_users",
      "GET|POST /{version}/{phone-number-id}/message_qrdls",
      "GET|DELETE /{version}/{phone-number-id}/message_qrdls/{code}",
      "POST /{version}/{phone-number-id}/conversational_automation",
      "GET|POST /{version}/{phone-number-id}/business_compliance_info",
      "GET|POST|DELETE /{version}/{phone-number-id}/username",
      "GET /{version}/{phone-number-id}/username_suggestions",
      "POST /{version}/{app-id}/uploads",
      "GET|POST /{version}/upload:{session}",
      "GET /{version}/{phone-number-id}/payments/{configuration}/{reference-id}",
      "POST /{version}/{phone-number-id}/payments_refund",
      "GET /{version}/{waba-id}/payment_configurations",
      "POST|DELETE /{version}/{waba-id}/payment_configuration",
      "GET|POST /{version}/{waba-id}/payment_configuration/{configuration}",
      "POST /{version}/{waba-id}/generate_payment_configuration_oauth_link");

  /** The testkit's version (from the jar manifest), sent as {@code X-Waba-Fake-Version} on every answer. */
  static final String VERSION = Objects.requireNonNullElse(
      FakeDispatcher.class.getPackage().getImplementationVersion(), "dev");
  private final FakeEngine engine;
  private final ConsoleApi console;
  private final ControlRoutes control;
  private final MediaRoutes media;
  private final TemplateRoutes templates;
  private final AccountRoutes accounts;
  private final CommerceRoutes commerce;
  private final AnalyticsRoutes analytics;
  private final TemplateLifecycleRoutes lifecycle;
  private final UploadRoutes uploads;

  public FakeDispatcher(FakeEngine engine, Supplier<HttpUrl> baseUrl, Runnable reset) {
    this.engine = engine;
    this.console = new ConsoleApi(engine);
    this.control = new ControlRoutes(engine, reset, console, VERSION);
    this.media = new MediaRoutes(engine, baseUrl);
    engine.calls.artifacts.baseUrl(baseUrl);
    this.templates = new TemplateRoutes(engine);
    this.accounts = new AccountRoutes(engine);
    this.commerce = new CommerceRoutes(engine);
    this.analytics = new AnalyticsRoutes(engine);
    this.lifecycle = new TemplateLifecycleRoutes(engine);
    this.uploads = new UploadRoutes(engine);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    if (ConsoleApi.isAsset(request.getMethod(), path)) {
      return console.asset(path).newBuilder().setHeader("X-Waba-Fake-Version", VERSION).build();
    }
    String contentType = request.getHeaders().get("Content-Type");
    ByteString bytes = request.getBody() == null ? ByteString.EMPTY : request.getBody();
    boolean multipart = contentType != null && contentType.startsWith("multipart/");
    String text = multipart ? "[" + contentType.split(";")[0] + ", " + bytes.size() + " bytes]"
        : isUploadSession(url) && bytes.size() > 0 ? "[file bytes, " + bytes.size() + " bytes]" : bytes.utf8();
    FakeRequest fake = new FakeRequest(request.getMethod(), path, url.encodedQuery(), contentType, text, 0);
    // The console polls the control API's reads every second; they change nothing, so they stay out of the journal.
    boolean read = path.startsWith("/testkit/") && request.getMethod().equals("GET");
    int index = read ? -1 : engine.record(fake);
    MockResponse response;
    try {
      if (path.startsWith("/testkit/")) {
        response = control.route(request.getMethod(), url, text);
      } else {
        FaultRule fault = engine.claimFault(fake);
        if (fault != null && fault.kind == FaultRule.Kind.DROP_CONNECTION) {
          if (request.getMethod().equals("POST") && isUploadSession(url)) {
            uploads.broken(url, request.getHeaders().get("Authorization"), request.getHeaders().get("file_offset"),
                bytes);
          }
          return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
        } else if (fault != null && fault.kind == FaultRule.Kind.GRAPH_ERROR && fault.error != null) {
          response = error(fault.error);
        } else if (fault != null && fault.kind == FaultRule.Kind.HTTP_STATUS) {
          // The body carries a Graph code of the same family, so clients that read it branch sensibly.
          int code = switch (fault.status) {
            case 429 -> 4;
            case 503 -> 2;
            default -> fault.status >= 500 ? 1 : 131000;
          };
          response = error(GraphErrorResponse.of(code).withHttpStatus(fault.status));
        } else {
          response = isUploadSession(url)
              ? json(200, uploads.session(request.getMethod(), url, request.getHeaders().get("Authorization"),
                  request.getHeaders().get("file_offset"), bytes))
              : graph(request.getMethod(), url, request.getHeaders().get("Authorization"), contentType, bytes, text);
        }
        if (fault != null && fault.kind == FaultRule.Kind.DELAY) {
          response = response.newBuilder().headersDelay(fault.delay.toMillis(), TimeUnit.MILLISECONDS).build();
        }
      }
    } catch (GraphException e) {
      response = error(e.error());
    } catch (Json.MalformedJsonException e) {
      response = error(GraphErrorResponse.of(100, "The request body is not valid JSON: " + e.getMessage()));
    }
    if (!read) {
      engine.answered(index, response.getCode());
    }
    return response.newBuilder().setHeader("X-Waba-Fake-Version", VERSION).build();
  }


  // ---------------------------------------------------------------- responses

  static MockResponse json(int code, Object body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=UTF-8")
        .body(Json.write(body))
        .build();
  }

  private MockResponse error(GraphErrorResponse e) {
    Map<String, Object> error = obj("message", e.message(), "type", e.type(), "code", e.code());
    if (e.details() != null) {
      error.put("error_data", obj("messaging_product", "whatsapp", "details", e.details()));
    }
    error.put("fbtrace_id", engine.nextTraceId());
    MockResponse.Builder builder = new MockResponse.Builder()
        .code(e.httpStatus())
        .setHeader("Content-Type", "application/json; charset=UTF-8")
        .body(Json.write(obj("error", error)));
    if (e.httpStatus() == 401) {
      builder.setHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_token\" \"" + e.message() + "\"");
    }
    return builder.build();
  }

  static GraphException unknownObject(String method, String id) {
    return new GraphException(new GraphErrorResponse(100, "Unsupported " + method.toLowerCase(Locale.ROOT)
        + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, or "
        + "does not support this operation. Please read the Graph API documentation at "
        + "https://developers.facebook.com/docs/graph-api", "GraphMethodException", null, 400));
  }

  /**
   * A template migration's parameters: Meta's guide sends them as JSON, its example as a query string; both are
   * read, the body first.
   */
  private static Map<String, Object> migrationBody(HttpUrl url, String text) {
    Map<String, Object> body = text.isBlank() ? new LinkedHashMap<>() : new LinkedHashMap<>(Json.parseObject(text));
    for (String name : url.queryParameterNames()) {
      String value = Objects.requireNonNull(url.queryParameter(name));
      boolean json = name.equals("page_number") || name.equals("count") || name.equals("template_ids");
      Object parsed;
      try {
        parsed = json ? Json.parse(value) : value;
      } catch (Json.MalformedJsonException notJson) {
        parsed = value; // the route names the parameter and the value it refuses
      }
      body.putIfAbsent(name, parsed);
    }
    return body;
  }

  private static GraphException unknownPath(String path) {
    return new GraphException(new GraphErrorResponse(2500, "Unknown path components: " + path, "OAuthException",
        "The fake serves: " + String.join("; ", GRAPH_ROUTES), 400));
  }

  // ---------------------------------------------------------------- Graph API

  private MockResponse graph(String method, HttpUrl url, @Nullable String authorization,
      @Nullable String contentType, ByteString bytes, String text) {
    List<String> segments = new ArrayList<>(url.pathSegments());
    segments.removeIf(String::isEmpty);
    if (segments.size() == 2 && segments.get(0).equals("whatsapp_business") && segments.get(1).equals("attachments")) {
      authorize(url, authorization);
      return media.download(url);
    }
    String version = engine.config.defaultApiVersion();
    if (!segments.isEmpty() && API_VERSION.matcher(segments.get(0)).matches()) {
      version = segments.remove(0);
    }
    if (segments.isEmpty()) {
      return json(404, obj("error", obj("message", "Nothing is served at " + url.encodedPath()
          + "; Graph routes: " + GRAPH_ROUTES + "; control routes: " + ControlRoutes.ROUTES)));
    }
    if (segments.equals(List.of("oauth", "access_token")) && method.equals("GET")) {
      return json(200, engine.accountOps.exchange(url)); // authenticated by the app secret and the code
    }
    authorize(url, authorization);
    Object accountOp = engine.accountOps.route(method, segments, url, text);
    if (accountOp != null) {
      return json(200, accountOp);
    }
    FakeConfig config = engine.config;
    String id = segments.get(0);
    if (segments.size() == 1 && id.equals("message_template_library") && method.equals("GET")) {
      return json(200, lifecycle.library(url));
    }
    if (segments.size() == 3 && id.equals(config.businessAccountId()) && segments.get(1).equals("message_templates")
        && method.equals("POST") && (segments.get(2).equals("archive") || segments.get(2).equals("unarchive"))) {
      return json(200, lifecycle.archive(segments.get(2), text));
    }
    if (segments.size() == 1) {
      if (engine.groups.knows(id)) {
        return json(200, engine.groups.node(method, id, url, contentType, bytes, text));
      }
      if (engine.flows.knows(id)) {
        return json(200, engine.flows.node(method, id, url, text));
      }
      if (engine.templateGroups.knows(id)) {
        return json(200, engine.templateGroups.node(method, id, text));
      }
      return json(200, node(method, id, url, text));
    }
    if (segments.size() == 3 && id.equals(config.phoneNumberId()) && segments.get(1).equals("message_qrdls")) {
      return json(200, engine.admin.qr.code(method, segments.get(2), url));
    }
    if (segments.size() == 4 && id.equals(config.phoneNumberId()) && segments.get(1).equals("payments")
        && method.equals("GET")) {
      return json(200, engine.payments.lookup(segments.get(2), segments.get(3)));
    }
    if (segments.size() == 3 && id.equals(config.businessAccountId())
        && segments.get(1).equals("payment_configuration") && !method.equals("DELETE")) {
      return json(200, method.equals("GET") ? engine.paymentConfigurations.get(segments.get(2))
          : engine.paymentConfigurations.update(segments.get(2), text));
    }
    if (segments.size() > 2) {
      throw unknownPath(url.encodedPath());
    }
    String edge = segments.get(1);
    if (id.equals(config.phoneNumberId())) {
      switch (method + " " + edge) {
        case "POST messages":
          engine.accountOps.checkRegistered();
          return json(200, engine.send(version, Json.parseObject(text), text));
        case "POST marketing_messages":
          return json(200, engine.sendMarketing(version, Json.parseObject(text), text));
        case "POST thread_control":
          return json(200, engine.routing.threadControl(Json.parseObject(text)));
        case "POST media":
          return json(200, media.upload(contentType, bytes));
        case "GET whatsapp_business_profile":
          return json(200, accounts.profile(url));
        case "POST whatsapp_business_profile":
          return json(200, accounts.updateProfile(Json.parseObject(text)));
        case "GET whatsapp_commerce_settings":
          return json(200, commerce.settings());
        case "POST whatsapp_commerce_settings":
          return json(200, commerce.update(url));
        case "POST calls":
          return json(200, engine.calls.action(Json.parseObject(text)));
        case "GET settings":
          return json(200, engine.calls.settings());
        case "POST settings":
          return json(200, engine.updateSettings(Json.parseObject(text)));
        case "GET call_permissions":
          return json(200, engine.calls.permission(url));
        case "POST groups":
          return json(200, engine.groups.create(Json.parseObject(text)));
        case "GET groups":
          return json(200, engine.groups.list(url));
        case "POST whatsapp_business_encryption":
          return json(200, engine.flows.setPublicKey(text));
        case "GET whatsapp_business_encryption":
          return json(200, engine.flows.getPublicKey());
        case "POST block_users", "DELETE block_users":
          return engine.admin.changeBlocklist(text, method.equals("POST"));
        case "GET block_users":
          return json(200, engine.admin.listBlocked(url));
        case "POST message_qrdls":
          return json(200, engine.admin.qr.createOrUpdate(url, text));
        case "GET message_qrdls":
          return json(200, engine.admin.qr.list(url));
        case "POST conversational_automation":
          return json(200, engine.admin.updateComponents(text));
        case "GET username":
          return json(200, engine.admin.username());
        case "POST username":
          return json(200, engine.admin.setUsername(text));
        case "DELETE username":
          return json(200, engine.admin.deleteUsername());
        case "GET business_compliance_info":
          return json(200, engine.admin.compliance.get());
        case "POST business_compliance_info":
          return json(200, engine.admin.compliance.set(text));
        case "GET username_suggestions":
          return json(200, engine.admin.usernameSuggestions());
        case "POST payments_refund":
          return json(200, engine.payments.refund(text));
        default:
          throw unknownPath(url.encodedPath());
      }
    }
    if (id.equals(config.appId()) && method.equals("POST") && edge.equals("uploads")) {
      return json(200, uploads.open(url));
    }
    if (id.equals(config.businessAccountId())) {
      switch (method + " " + edge) {
        case "GET message_templates":
          return json(200, templates.list(url));
        case "POST message_templates":
          Map<String, Object> body = Json.parseObject(text);
          return json(200, body.containsKey("library_template_name") ? lifecycle.createFromLibrary(body)
              : templates.create(text));
        case "DELETE message_templates":
          return json(200, templates.delete(url));
        case "GET phone_numbers":
          return json(200, accounts.phoneNumbers(url));
        case "GET template_analytics":
          return json(200, analytics.templates(url));
        case "GET template_group_analytics":
          return json(200, analytics.templateGroups(url));
        case "GET group_analytics":
          return json(200, analytics.groups(url));
        case "GET reachestimate":
          synchronized (engine.lock) {
            return json(200, MaxPrice.reachEstimate(url, engine.pricing, engine.now()));
          }
        case "POST flows":
          return json(200, engine.flows.create(Json.parseObject(text)));
        case "GET flows":
          return json(200, engine.flows.list(url));
        case "POST migrate_flows":
          return json(200, FlowMigrations.migrate(engine, Json.parseObject(text)));
        case "GET template_groups":
          return json(200, engine.templateGroups.list(url));
        case "POST template_groups":
          return json(200, engine.templateGroups.create(text));
        case "POST upsert_message_templates":
          return json(200, TemplateBulkRoutes.upsert(engine, Json.parseObject(text)));
        case "POST migrate_message_templates":
          return json(200, TemplateBulkRoutes.migrate(engine, migrationBody(url, text)));
        case "GET payment_configurations":
          return json(200, engine.paymentConfigurations.list());
        case "POST payment_configuration":
          return json(200, engine.paymentConfigurations.create(text));
        case "DELETE payment_configuration":
          return json(200, engine.paymentConfigurations.delete(url, text));
        case "POST generate_payment_configuration_oauth_link":
          return json(200, engine.paymentConfigurations.oauthLink(text));
        default:
          throw unknownPath(url.encodedPath());
      }
    }
    if (engine.groups.knows(id)) {
      return json(200, engine.groups.edge(method, id, edge, text));
    }
    if (engine.flows.knows(id)) {
      return json(200, engine.flows.edge(method, id, edge, contentType, bytes));
    }
    if (lifecycle.knows(id)) {
      return json(200, lifecycle.edge(method, id, edge, url));
    }
    throw unknownObject(method, id);
  }


  /** Whether the path is {@code /{version}/upload:...}, a Resumable Upload API session. */
  private static boolean isUploadSession(HttpUrl url) {
    List<String> segments = url.pathSegments();
    return segments.size() == 2 && API_VERSION.matcher(segments.get(0)).matches()
        && UploadRoutes.isSession(segments.get(1));
  }

  private void authorize(HttpUrl url, @Nullable String header) {
    // The token travels in the Authorization header; Graph also accepts an access_token query parameter.
    String query = url.queryParameter("access_token");
    String token;
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = header.substring(7).trim();
    } else {
      token = query;
    }
    if (token == null || token.isEmpty()) {
      throw new GraphException(new GraphErrorResponse(2500, "An active access token must be used to query information "
          + "about the current user.", "OAuthException", null, 400));
    }
    if (!token.equals(engine.config.accessToken())) {
      throw new GraphException(new GraphErrorResponse(190, "Invalid OAuth access token - Cannot parse access token",
          "OAuthException", null, 401));
    }
  }


  private Object node(String method, String id, HttpUrl url, String text) {
    FakeConfig config = engine.config;
    if (method.equals("GET") && id.equals(config.phoneNumberId())) {
      if ("conversational_automation".equals(url.queryParameter("fields"))) {
        return engine.admin.components();
      }
      return accounts.phoneNumber(url);
    }
    if (method.equals("GET") && id.equals(config.businessAccountId())) {
      return AnalyticsRoutes.asksForAnalytics(url) ? analytics.field(url) : accounts.businessAccount(url);
    }
    Object template = templates.node(method, id, url, text);
    if (template != null) {
      return template;
    }
    Object file = media.node(method, id, url);
    if (file != null) {
      return file;
    }
    throw unknownObject(method, id);
  }

  /** Applies {@code ?fields=}: Graph returns the requested fields plus {@code id}; unknown fields are errors. */
  static Map<String, Object> filterFields(Map<String, Object> node, HttpUrl url, Set<String> defaults,
      Set<String> known, String nodeType) {
    String fields = url.queryParameter("fields");
    Map<String, Object> out = new LinkedHashMap<>();
    if (fields == null || fields.isBlank()) {
      node.forEach((k, v) -> {
        if (defaults.isEmpty() || defaults.contains(k)) {
          out.put(k, v);
        }
      });
      return out;
    }
    for (String field : fields.split(",")) {
      String name = field.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (!node.containsKey(name) && !known.contains(name)) {
        throw new GraphException(new GraphErrorResponse(100, "(#100) Tried accessing nonexisting field (" + name
            + ") on node type (" + nodeType + ")", "OAuthException", null, 400));
      }
      if (node.containsKey(name)) {
        out.put(name, node.get(name));
      }
    }
    if (node.containsKey("id")) {
      out.put("id", node.get("id"));
    }
    return out;
  }

}
