package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.DeliveryStatus;
import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.internal.FakeEngine.MediaRecord;
import dev.wabasdk.testkit.internal.FakeEngine.TemplateRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** Routes HTTP requests: Meta's Graph paths, the media download URL and the {@code /testkit/} control API. */
public final class FakeDispatcher extends Dispatcher {
  static final List<String> GRAPH_ROUTES = List.of(
      "POST /{version}/{phone-number-id}/messages",
      "POST /{version}/{phone-number-id}/media",
      "GET|DELETE /{version}/{media-id}",
      "GET|POST /{version}/{phone-number-id}/whatsapp_business_profile",
      "GET /{version}/{phone-number-id}",
      "GET /{version}/{waba-id}/phone_numbers",
      "GET|POST|DELETE /{version}/{waba-id}/message_templates",
      "GET|POST /{version}/{template-id}");
  static final List<String> CONTROL_ROUTES = Stream.concat(Stream.of(
      "POST /testkit/users/{wa_id}/messages",
      "POST /testkit/clock/advance",
      "GET /testkit/messages[?to=wa_id]",
      "GET /testkit/templates",
      "GET /testkit/webhooks",
      "GET /testkit/health",
      "POST /testkit/templates/{template_id}/status",
      "POST /testkit/reset"), ConsoleApi.ROUTES.stream()).toList();
  private static final Map<String, Long> MEDIA_LIMITS = mediaLimits();
  private static final java.util.regex.Pattern PART_NAME =
      java.util.regex.Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Set<String> PHONE_DEFAULT_FIELDS = Set.of("verified_name", "code_verification_status",
      "display_phone_number", "quality_rating", "platform_type", "throughput", "id");
  // Fields Graph knows on each node type: requesting one the fake has no value for omits it (as Graph does for
  // empty fields); requesting anything else is error 100.
  private static final Set<String> PHONE_FIELDS = Set.of("id", "display_phone_number", "verified_name",
      "quality_rating", "whatsapp_business_manager_messaging_limit", "messaging_limit_tier", "throughput",
      "name_status", "new_name_status", "code_verification_status", "status", "platform_type", "account_mode",
      "is_official_business_account", "certificate", "country_code", "country_dial_code", "last_onboarded_time",
      "webhook_configuration", "is_pin_enabled", "health_status", "search_visibility");
  private static final Set<String> TEMPLATE_FIELDS = Set.of("id", "name", "language", "status", "category",
      "previous_category", "correct_category", "sub_category", "parameter_format", "components", "quality_score",
      "rejected_reason", "message_send_ttl_seconds", "library_template_name", "cta_url_link_tracking_opted_out");
  private static final Set<String> WABA_FIELDS = Set.of("id", "name", "currency", "timezone_id",
      "message_template_namespace", "account_review_status", "business_verification_status", "country",
      "ownership_type", "primary_business_location", "health_status");
  private static final Set<String> PROFILE_FIELDS = Set.of("about", "address", "description", "email",
      "profile_picture_url", "websites", "vertical", "messaging_product");
  private static final Set<String> VERTICALS = Set.of("UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU",
      "ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES",
      "RETAIL", "TRAVEL", "RESTAURANT", "NOT_A_BIZ");

  /** The testkit's version (from the jar manifest), sent as {@code X-Waba-Fake-Version} on every answer. */
  private static final String VERSION = java.util.Objects.requireNonNullElse(
      FakeDispatcher.class.getPackage().getImplementationVersion(), "dev");
  private final FakeEngine engine;
  private final Supplier<HttpUrl> baseUrl;
  private final Runnable reset;
  private final ConsoleApi console;

  public FakeDispatcher(FakeEngine engine, Supplier<HttpUrl> baseUrl, Runnable reset) {
    this.engine = engine;
    this.baseUrl = baseUrl;
    this.reset = reset;
    this.console = new ConsoleApi(engine);
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
    String text = multipart ? "[" + contentType.split(";")[0] + ", " + bytes.size() + " bytes]" : bytes.utf8();
    FakeRequest fake = new FakeRequest(request.getMethod(), path, url.encodedQuery(), contentType, text, 0);
    // The console polls the control API's reads every second; they change nothing, so they stay out of the journal.
    boolean read = path.startsWith("/testkit/") && request.getMethod().equals("GET");
    int index = read ? -1 : engine.record(fake);
    MockResponse response;
    try {
      if (path.startsWith("/testkit/")) {
        response = control(request.getMethod(), url, text);
      } else {
        FaultRule fault = engine.claimFault(fake);
        if (fault != null && fault.kind == FaultRule.Kind.DROP_CONNECTION) {
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
          response = graph(request.getMethod(), url, request.getHeaders().get("Authorization"), contentType, bytes,
              text);
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

  private static MockResponse json(int code, Object body) {
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

  private static GraphException unknownObject(String method, String id) {
    return new GraphException(new GraphErrorResponse(100, "Unsupported " + method.toLowerCase(Locale.ROOT)
        + " request. Object with ID '" + id + "' does not exist, cannot be loaded due to missing permissions, or "
        + "does not support this operation. Please read the Graph API documentation at "
        + "https://developers.facebook.com/docs/graph-api", "GraphMethodException", null, 400));
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
      return download(url);
    }
    String version = engine.config.defaultApiVersion();
    if (!segments.isEmpty() && segments.get(0).matches("v\\d+\\.\\d+")) {
      version = segments.remove(0);
    }
    if (segments.isEmpty()) {
      return json(404, obj("error", obj("message", "Nothing is served at " + url.encodedPath()
          + "; Graph routes: " + GRAPH_ROUTES + "; control routes: " + CONTROL_ROUTES)));
    }
    authorize(url, authorization);
    FakeConfig config = engine.config;
    String id = segments.get(0);
    if (segments.size() == 1) {
      return json(200, node(method, id, url, text));
    }
    if (segments.size() > 2) {
      throw unknownPath(url.encodedPath());
    }
    String edge = segments.get(1);
    if (id.equals(config.phoneNumberId())) {
      switch (method + " " + edge) {
        case "POST messages":
          return json(200, engine.send(version, Json.parseObject(text), text));
        case "POST media":
          return json(200, upload(contentType, bytes));
        case "GET whatsapp_business_profile":
          return json(200, obj("data", List.of(filterFields(withProduct(engine.profile()), url, Set.of(),
              PROFILE_FIELDS, "WhatsAppBusinessProfile"))));
        case "POST whatsapp_business_profile":
          return json(200, updateProfile(Json.parseObject(text)));
        default:
          throw unknownPath(url.encodedPath());
      }
    }
    if (id.equals(config.businessAccountId())) {
      switch (method + " " + edge) {
        case "GET message_templates":
          return json(200, listTemplates(url));
        case "POST message_templates":
          return json(200, engine.createTemplate(Json.parseObject(text)));
        case "DELETE message_templates":
          return json(200, deleteTemplates(url));
        case "GET phone_numbers":
          return json(200, obj("data", List.of(filterFields(phoneNumber(), url, PHONE_DEFAULT_FIELDS,
              PHONE_FIELDS, "WhatsAppBusinessPhoneNumber")), "paging", obj("cursors", obj("before", cursor(0), "after",
              cursor(0)))));
        default:
          throw unknownPath(url.encodedPath());
      }
    }
    throw unknownObject(method, id);
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
    synchronized (engine.lock) {
      if (method.equals("GET") && id.equals(config.phoneNumberId())) {
        return filterFields(phoneNumber(), url, PHONE_DEFAULT_FIELDS, PHONE_FIELDS, "WhatsAppBusinessPhoneNumber");
      }
      if (method.equals("GET") && id.equals(config.businessAccountId())) {
        return filterFields(obj("id", config.businessAccountId(), "name", config.verifiedName(), "currency", "USD",
            "timezone_id", "1", "message_template_namespace", "fake_namespace"), url, Set.of(),
            WABA_FIELDS, "WhatsAppBusinessAccount");
      }
      TemplateRecord template = engine.templateById(id);
      if (template != null && method.equals("GET")) {
        return filterFields(template.node(), url, Set.of(), TEMPLATE_FIELDS, "WhatsAppBusinessHSM");
      }
      if (template != null && method.equals("POST")) {
        return engine.editTemplate(template, Json.parseObject(text));
      }
      MediaRecord media = engine.media(id);
      if (media != null) {
        String owner = url.queryParameter("phone_number_id");
        if (owner != null && !owner.equals(config.phoneNumberId())) {
          throw unknownObject(method, id);
        }
        if (method.equals("GET")) {
          long ext = engine.now().getEpochSecond();
          HttpUrl download = baseUrl.get().newBuilder().addPathSegments("whatsapp_business/attachments/")
              .addQueryParameter("mid", media.id).addQueryParameter("ext", Long.toString(ext))
              .addQueryParameter("hash", Signatures.sha256Hex((media.id + ext).getBytes(StandardCharsets.UTF_8))
                  .substring(0, 16))
              .build();
          return obj("messaging_product", "whatsapp", "url", download.toString(), "mime_type", media.mimeType,
              "sha256", media.sha256, "file_size", Integer.toString(media.bytes.length), "id", media.id);
        }
        if (method.equals("DELETE")) {
          engine.deleteMedia(id);
          return obj("success", true);
        }
      }
    }
    throw unknownObject(method, id);
  }

  private Map<String, Object> phoneNumber() {
    FakeConfig config = engine.config;
    String tier = config.messagingLimit().value();
    return obj("verified_name", config.verifiedName(), "code_verification_status", "VERIFIED",
        "display_phone_number", config.displayPhoneNumber(), "quality_rating", "GREEN", "platform_type", "CLOUD_API",
        "throughput", obj("level", config.throughputMps() > 80 ? "HIGH" : "STANDARD"), "id", config.phoneNumberId(),
        "name_status", "APPROVED", "status", "CONNECTED", "account_mode", "LIVE",
        "is_official_business_account", false, "whatsapp_business_manager_messaging_limit", tier,
        "messaging_limit_tier", tier);
  }

  /** Applies {@code ?fields=}: Graph returns the requested fields plus {@code id}; unknown fields are errors. */
  private static Map<String, Object> filterFields(Map<String, Object> node, HttpUrl url, Set<String> defaults,
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

  private static Map<String, Object> withProduct(Map<String, Object> profile) {
    Map<String, Object> out = new LinkedHashMap<>(profile);
    out.put("messaging_product", "whatsapp");
    return out;
  }

  private Map<String, Object> updateProfile(Map<String, Object> body) {
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      switch (key) {
        case "messaging_product" -> { }
        case "about" -> changes.put(key, text(key, value, 1, 139));
        case "address" -> changes.put(key, text(key, value, 0, 256));
        case "description" -> changes.put(key, text(key, value, 0, 512));
        case "email" -> changes.put(key, text(key, value, 0, 128));
        case "profile_picture_handle" -> changes.put("profile_picture_url", "https://pps.whatsapp.net/fake/"
            + text(key, value, 1, 1024));
        case "vertical" -> {
          String vertical = text(key, value, 1, 64);
          if (!VERTICALS.contains(vertical)) {
            throw GraphException.of(100, "Param vertical must be one of " + VERTICALS + ", was " + vertical + ".");
          }
          changes.put(key, vertical);
        }
        case "websites" -> {
          if (!(value instanceof List<?> list) || list.size() > 2) {
            throw GraphException.of(100, "Param websites must be an array of at most 2 URLs.");
          }
          for (Object site : list) {
            String s = text("websites[]", site, 1, 256);
            if (!s.startsWith("http://") && !s.startsWith("https://")) {
              throw GraphException.of(100, "Param websites[] must start with http:// or https://, was " + s + ".");
            }
          }
          changes.put(key, Json.copy(value));
        }
        default -> throw GraphException.of(100, "Param " + key + " is not a valid business profile field.");
      }
    }
    engine.updateProfile(changes);
    return obj("success", true);
  }

  private static String text(String key, @Nullable Object value, int min, int max) {
    if (!(value instanceof String s) || s.length() < min || s.length() > max) {
      throw GraphException.of(100, "Param " + key + " must be a string of " + min + " to " + max
          + " characters, was " + (value == null ? "missing" : "\"" + value + "\"") + ".");
    }
    return s;
  }

  private Map<String, Object> upload(@Nullable String contentType, ByteString bytes) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || !type.type().equals("multipart") || boundary == null) {
      throw GraphException.of(100, "Media upload requires multipart/form-data with the parameters file, type "
          + "and messaging_product.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    byte[] file = null;
    try (MultipartReader reader = new MultipartReader(new Buffer().write(bytes), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = String.valueOf(part.headers().get("Content-Disposition"));
        java.util.regex.Matcher m = PART_NAME.matcher(disposition);
        String name = m.find() ? m.group(1) : "";
        if (name.equals("file")) {
          file = part.body().readByteArray();
        } else {
          fields.put(name, part.body().readUtf8());
        }
        part.close();
      }
    } catch (IOException e) {
      throw GraphException.of(100, "The multipart body could not be read: " + e.getMessage());
    }
    if (!"whatsapp".equals(fields.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    if (file == null) {
      throw GraphException.of(100, "The parameter file is required.");
    }
    String mime = fields.get("type");
    if (mime == null) {
      throw GraphException.of(100, "The parameter type is required.");
    }
    Long limit = MEDIA_LIMITS.get(mime);
    if (limit == null) {
      throw GraphException.of(100, "Param file must be a file with one of the following types: "
          + String.join(", ", MEDIA_LIMITS.keySet()) + ". Received file of type '" + mime + "'.");
    }
    if (file.length > limit) {
      throw GraphException.of(131053, "Media upload error: " + mime + " files must be at most " + limit
          + " bytes, was " + file.length + ".");
    }
    return obj("id", engine.upload(mime, file).id);
  }

  private MockResponse download(HttpUrl url) {
    String id = url.queryParameter("mid");
    String ext = url.queryParameter("ext");
    MediaRecord media = id == null ? null : engine.media(id);
    boolean expired = ext == null || !ext.matches("\\d+")
        || engine.now().isAfter(Instant.ofEpochSecond(Long.parseLong(ext)).plus(FakeEngine.MEDIA_URL_TTL));
    if (media == null || expired) {
      return json(404, obj("error", obj("message", "The media URL is unknown or expired (URLs are valid for 5 "
          + "minutes); retrieve a fresh one with GET /{media-id}.")));
    }
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", media.mimeType)
        .body(new Buffer().write(media.bytes))
        .build();
  }

  private Map<String, Object> listTemplates(HttpUrl url) {
    synchronized (engine.lock) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (TemplateRecord t : engine.templateList()) {
        if (matches(url, "name", t.name) && matches(url, "status", t.status.value())
            && matches(url, "category", t.category) && matches(url, "language", t.language)) {
          matching.add(filterFields(t.node(), url, Set.of(), TEMPLATE_FIELDS, "WhatsAppBusinessHSM"));
        }
      }
      int limit = parseInt(url.queryParameter("limit"), 25);
      if (limit < 1) {
        throw GraphException.of(100, "Param limit must be a positive number.");
      }
      int from = 0;
      if (url.queryParameter("after") != null) {
        from = decodeCursor(url.queryParameter("after")) + 1;
      } else if (url.queryParameter("before") != null) {
        from = Math.max(0, decodeCursor(url.queryParameter("before")) - limit);
      }
      int to = Math.min(matching.size(), from + limit);
      Map<String, Object> response = obj("data", from >= to ? List.of() : matching.subList(from, to));
      if (from < to) {
        Map<String, Object> paging = obj("cursors", obj("before", cursor(from), "after", cursor(to - 1)));
        if (from > 0) {
          paging.put("previous", url.newBuilder().removeAllQueryParameters("after")
              .setQueryParameter("before", cursor(from)).build().toString());
        }
        if (to < matching.size()) {
          paging.put("next", url.newBuilder().removeAllQueryParameters("before")
              .setQueryParameter("after", cursor(to - 1)).build().toString());
        }
        response.put("paging", paging);
      }
      return response;
    }
  }

  private static boolean matches(HttpUrl url, String name, String value) {
    String filter = url.queryParameter(name);
    return filter == null || Arrays.asList(filter.split(",")).contains(value);
  }

  private static int parseInt(@Nullable String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw GraphException.of(100, "Param limit must be a number, was " + value + ".");
    }
  }

  private static String cursor(int index) {
    return Base64.getEncoder().encodeToString(("fake:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(@Nullable String cursor) {
    try {
      String raw = new String(Base64.getDecoder().decode(String.valueOf(cursor)), StandardCharsets.UTF_8);
      if (raw.startsWith("fake:")) {
        return Integer.parseInt(raw.substring(5));
      }
    } catch (IllegalArgumentException e) {
      // Falls through to Meta's answer for a bad cursor.
    }
    throw GraphException.of(100, "Param after/before is not a valid cursor: " + cursor + ".");
  }

  private Map<String, Object> deleteTemplates(HttpUrl url) {
    String name = url.queryParameter("name");
    String hsmId = url.queryParameter("hsm_id");
    if (name == null) {
      throw GraphException.of(100, "The parameter name is required.");
    }
    synchronized (engine.lock) {
      if (engine.deleteTemplates(name, hsmId) == 0) {
        throw GraphException.of(100, "Message template \"" + name + "\"" + (hsmId == null ? "" : " with id " + hsmId)
            + " not found.");
      }
    }
    return obj("success", true);
  }

  // ---------------------------------------------------------------- control API

  private MockResponse control(String method, HttpUrl url, String body) {
    List<String> s = new ArrayList<>(url.pathSegments());
    s.removeIf(String::isEmpty);
    String route = method + " /" + String.join("/", s);
    try {
      MockResponse consoleRoute = console.route(method, s, body);
      if (consoleRoute != null) {
        return consoleRoute;
      }
      if (method.equals("POST") && s.size() == 4 && s.get(1).equals("users") && s.get(3).equals("messages")) {
        String waId = FakeEngine.waId(s.get(2));
        UserMessage message = engine.userSends(waId, Json.parseObject(body));
        return json(200, Json.parseObject(message.message()));
      }
      switch (route) {
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
          return json(200, obj("status", "UP", "version", VERSION, "now", engine.now().toString(),
              "webhook_url", engine.webhooks().url()));
        }
        case "GET /testkit/templates" -> {
          List<Object> data = new ArrayList<>();
          engine.templates().forEach(t -> data.add(t.json()));
          return json(200, obj("data", data));
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
            return json(200, engine.setTemplateStatus(s.get(2), TemplateStatus.of(status),
                Json.string(request, "reason")).json());
          }
          return json(404, obj("error", obj("message", "Unknown control route " + route + "; routes: "
              + CONTROL_ROUTES)));
        }
      }
    } catch (IllegalArgumentException | IllegalStateException | Json.MalformedJsonException e) {
      return json(400, obj("error", obj("message", String.valueOf(e.getMessage()))));
    }
  }

  private static Map<String, Object> sentJson(SentMessage m) {
    Map<String, Object> out = obj("id", m.id(), "to", m.to(), "type", m.type(), "status", m.status().wireName(),
        "timestamp", Long.toString(m.timestamp().getEpochSecond()),
        "pricing", obj("billable", m.billable(), "pricing_model", "PMP", "type", m.pricingType(),
            "category", m.pricingCategory()));
    if (m.status() == DeliveryStatus.FAILED && m.error() != null) {
      out.put("errors", List.of(obj("code", m.error().code(), "title", m.error().title(),
          "error_data", obj("details", m.error().details()))));
    }
    out.put("message", m.json());
    return out;
  }

  private static Map<String, Long> mediaLimits() {
    Map<String, Long> limits = new LinkedHashMap<>();
    long mb = 1024L * 1024L;
    for (String t : List.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg")) {
      limits.put(t, 16 * mb);
    }
    for (String t : List.of("text/plain", "application/pdf", "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation")) {
      limits.put(t, 100 * mb);
    }
    limits.put("image/jpeg", 5 * mb);
    limits.put("image/png", 5 * mb);
    limits.put("image/webp", 500 * 1024L);
    limits.put("video/mp4", 16 * mb);
    limits.put("video/3gpp", 16 * mb);
    return limits;
  }
}
