package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.flow.FlowJson;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The Flows API: flows created, their Flow JSON uploaded and validated as Meta would (with core's
 * {@link FlowJson#parse} and its validator, reported in Meta's {@code validation_errors} shape), published,
 * deprecated, deleted, listed and read with {@code ?fields=} (metrics by {@link FlowMetrics}, migration by
 * {@link FlowMigrations}); and the phone number's business public key
 * ({@code whatsapp_business_encryption}) that {@link FlowRunner} encrypts endpoint requests for. Meta's rules: unique
 * names, drafts change, a published flow that changes is a draft again, a deprecated one never changes, only drafts
 * are deleted, only valid drafts are published, only published flows are deprecated.
 * Thread-safe: its state is used under the {@link FakeEngine}'s lock.
 */
final class FlowRoutes {
  static final Set<String> FIELDS = Set.of("id", "name", "status", "categories", "validation_errors",
      "json_version", "data_api_version", "endpoint_uri", "preview", "whatsapp_business_account", "application",
      "health_status");
  private static final Set<String> DEFAULT_FIELDS = Set.of("id", "name", "status", "categories",
      "validation_errors");
  private static final Pattern HEALTH_FOR_NUMBER = Pattern.compile("health_status\\.phone_number\\(([^)]*)\\)");
  private static final Set<String> CATEGORIES = Set.of("SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING",
      "LEAD_GENERATION", "SHOPPING", "CONTACT_US", "CUSTOMER_SUPPORT", "SURVEY", "OTHER");

  /** One flow. */
  static final class FlowState {
    final String id;
    String name;
    List<Object> categories;
    String status = "DRAFT";
    @Nullable String flowJson;
    List<Object> validationErrors = List.of();
    @Nullable String endpointUri;
    /** The endpoint requests the fake's users made, for the metrics. */
    final List<FlowMetrics.Call> calls = new ArrayList<>();

    FlowState(String id, String name, List<Object> categories) {
      this.id = id;
      this.name = name;
      this.categories = categories;
    }
  }

  private final FakeEngine engine;
  private final Map<String, FlowState> flows = new LinkedHashMap<>();
  private @Nullable String publicKey;

  FlowRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void reset() {
    flows.clear();
    publicKey = null;
  }

  boolean knows(String id) {
    synchronized (engine.lock) {
      return flows.containsKey(id);
    }
  }

  /** The flow with this id or name, or null. Call under the lock. */
  @Nullable FlowState find(@Nullable String id, @Nullable String name) {
    for (FlowState f : flows.values()) {
      if (f.id.equals(id) || f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** Every flow, oldest first. Call under the lock. */
  Collection<FlowState> all() {
    return flows.values();
  }

  /** Adds a flow copied from another account under a new id of this one. Call under the lock. */
  FlowState adopt(FlowState copy) {
    // Each account numbers its objects alone; a copy must not reuse its source's id (Meta's ids are global).
    String id;
    do {
      id = engine.ids.numeric(2_000_000_000_000_000L);
    } while (id.equals(copy.id) || flows.containsKey(id));
    FlowState flow = new FlowState(id, copy.name, copy.categories);
    flow.flowJson = copy.flowJson;
    flow.validationErrors = copy.validationErrors;
    flow.endpointUri = copy.endpointUri;
    flow.status = copy.status;
    flows.put(flow.id, flow);
    return flow;
  }

  /** Records one endpoint request of a flow (ignored when the flow was deleted meanwhile). */
  void recordEndpointCall(String flowId, Duration latency, @Nullable String error) {
    synchronized (engine.lock) {
      FlowState flow = flows.get(flowId);
      if (flow != null) {
        flow.calls.add(new FlowMetrics.Call(engine.now(), latency, error));
      }
    }
  }

  /** The registered business public key (PEM), or null. Call under the lock. */
  @Nullable String publicKey() {
    return publicKey;
  }

  // ---------------------------------------------------------------- WABA routes

  /** {@code POST /{waba-id}/flows}. */
  Map<String, Object> create(Map<String, Object> body) {
    String name = Json.string(body, "name");
    if (name == null || name.isBlank()) {
      throw GraphException.of(100, "Param name is required.");
    }
    List<Object> categories = categories(body);
    synchronized (engine.lock) {
      if (find(null, name) != null) {
        throw GraphException.of(100, "Flow name is not unique: a flow named \"" + name + "\" exists.");
      }
      String cloneId = Json.string(body, "clone_flow_id");
      FlowState source = null;
      if (cloneId != null) {
        source = flows.get(cloneId);
        if (source == null) {
          throw GraphException.of(100, "Flow with specified ID does not exist: " + cloneId);
        }
      }
      FlowState flow = new FlowState(engine.ids.numeric(2_000_000_000_000_000L), name, categories);
      flow.endpointUri = Json.string(body, "endpoint_uri");
      String json = Json.string(body, "flow_json");
      if (json == null && source != null) {
        json = source.flowJson;
        flow.endpointUri = flow.endpointUri == null ? source.endpointUri : flow.endpointUri;
      }
      if (json != null) {
        store(flow, json);
      }
      if (Boolean.TRUE.equals(body.get("publish"))) {
        publishable(flow);
        flow.status = "PUBLISHED";
      }
      flows.put(flow.id, flow);
      Map<String, Object> out = obj("id", flow.id);
      if (json != null) {
        out.put("success", true);
        out.put("validation_errors", flow.validationErrors);
      }
      return out;
    }
  }

  /** {@code GET /{waba-id}/flows}: one page, oldest first. */
  Map<String, Object> list(HttpUrl url) {
    synchronized (engine.lock) {
      List<Object> data = new ArrayList<>();
      for (FlowState f : flows.values()) {
        data.add(FakeDispatcher.filterFields(node(f), url, DEFAULT_FIELDS, FIELDS, "WhatsAppFlow"));
      }
      return obj("data", data, "paging", obj("cursors", obj("before", "MA", "after", "MA")));
    }
  }

  // ---------------------------------------------------------------- flow routes

  /** {@code GET|POST|DELETE /{flow-id}}. */
  Map<String, Object> node(String method, String id, HttpUrl url, String text) {
    synchronized (engine.lock) {
      FlowState flow = flows.get(id);
      if (flow == null) {
        throw FakeDispatcher.unknownObject(method, id);
      }
      switch (method) {
        case "GET": {
          String fields = url.queryParameter("fields");
          if (fields != null && fields.startsWith("preview.")) {
            return obj("preview", preview(flow), "id", flow.id);
          }
          if (fields != null && fields.startsWith("metric.")) {
            return FlowMetrics.answer(flow.id, fields, flow.calls);
          }
          return FakeDispatcher.filterFields(node(flow), healthForNumber(url, fields), DEFAULT_FIELDS, FIELDS,
              "WhatsAppFlow");
        }
        case "POST": {
          Map<String, Object> body = Json.parseObject(text);
          editable(flow);
          String name = Json.string(body, "name");
          if (name != null) {
            FlowState other = find(null, name);
            if (other != null && other != flow) {
              throw GraphException.of(100, "Flow name is not unique: a flow named \"" + name + "\" exists.");
            }
            flow.name = name;
          }
          if (body.containsKey("categories")) {
            flow.categories = categories(body);
          }
          String endpoint = Json.string(body, "endpoint_uri");
          if (endpoint != null) {
            flow.endpointUri = endpoint;
          }
          if (!body.isEmpty()) {
            backToDraft(flow);
          }
          return obj("success", true);
        }
        case "DELETE":
          if (!flow.status.equals("DRAFT")) {
            throw GraphException.of(139004, "Flow can't be deleted: only a draft flow can be deleted, this one is "
                + flow.status + ".");
          }
          flows.remove(id);
          return obj("success", true);
        default:
          throw FakeDispatcher.unknownObject(method, id);
      }
    }
  }

  /** {@code /{flow-id}/assets|publish|deprecate}. */
  Map<String, Object> edge(String method, String id, String edge, @Nullable String contentType, ByteString bytes) {
    synchronized (engine.lock) {
      FlowState flow = flows.get(id);
      if (flow == null) {
        throw FakeDispatcher.unknownObject(method, id);
      }
      switch (method + " " + edge) {
        case "POST assets": {
          if (!flow.status.equals("DRAFT") && !flow.status.equals("PUBLISHED")) {
            throw GraphException.of(139001, "Flow can't be updated: it is " + flow.status + ".");
          }
          store(flow, flowJsonPart(contentType, bytes));
          backToDraft(flow);
          return obj("success", true, "validation_errors", flow.validationErrors);
        }
        case "GET assets": {
          List<Object> data = new ArrayList<>();
          if (flow.flowJson != null) {
            data.add(obj("name", "flow.json", "asset_type", "FLOW_JSON", "download_url",
                "https://mmg.whatsapp.net/fake/flows/" + flow.id + "/flow.json"));
          }
          return obj("data", data, "paging", obj("cursors", obj("before", "MA", "after", "MA")));
        }
        case "POST publish":
          if (!flow.status.equals("DRAFT")) {
            throw GraphException.of(139002, "Publishing Flow in invalid state: it is " + flow.status + ".");
          }
          publishable(flow);
          flow.status = "PUBLISHED";
          return obj("success", true);
        case "POST deprecate":
          if (!flow.status.equals("PUBLISHED")) {
            throw GraphException.of(139003, "Flow can't be deprecated: only a published flow can be, this one is "
                + flow.status + ".");
          }
          flow.status = "DEPRECATED";
          return obj("success", true);
        default:
          throw FakeDispatcher.unknownObject(method, id + "/" + edge);
      }
    }
  }

  // ---------------------------------------------------------------- encryption key

  /** {@code POST /{phone-number-id}/whatsapp_business_encryption} (form-encoded). */
  Map<String, Object> setPublicKey(String text) {
    String key = null;
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals("business_public_key")) {
        key = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    if (key == null || !key.strip().startsWith("-----BEGIN PUBLIC KEY-----")) {
      throw GraphException.of(100, "Param business_public_key must be a PEM encoded RSA public key.");
    }
    try {
      FlowRunner.publicKey(key);
    } catch (IllegalArgumentException e) {
      throw GraphException.of(100, "Param business_public_key is not a valid RSA public key.");
    }
    synchronized (engine.lock) {
      publicKey = key.strip();
      return obj("success", true);
    }
  }

  /** {@code GET /{phone-number-id}/whatsapp_business_encryption}. */
  Map<String, Object> getPublicKey() {
    synchronized (engine.lock) {
      List<Object> data = new ArrayList<>();
      if (publicKey != null) {
        data.add(obj("business_public_key", publicKey, "business_public_key_signature_status", "VALID"));
      }
      return obj("data", data);
    }
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Meta's {@code health_status.phone_number(<PHONE_NUMBER_ID>)} field: whether the flow can be sent from that
   * number. The number must be the business's; its answer is then the flow's {@code health_status}. Any other id is
   * Graph's unknown object error (Meta documents no error for it). Returns the url with the plain field.
   */
  private HttpUrl healthForNumber(HttpUrl url, @Nullable String fields) {
    if (fields == null || !fields.contains("health_status.")) {
      return url;
    }
    List<String> plain = new ArrayList<>();
    for (String field : fields.split(",")) {
      Matcher m = HEALTH_FOR_NUMBER.matcher(field.trim());
      if (m.matches()) {
        if (!m.group(1).equals(engine.config.phoneNumberId())) {
          throw FakeDispatcher.unknownObject("GET", m.group(1));
        }
        plain.add("health_status");
      } else {
        plain.add(field);
      }
    }
    return url.newBuilder().setQueryParameter("fields", String.join(",", plain)).build();
  }

  private static List<Object> categories(Map<String, Object> body) {
    List<Object> categories = Json.list(body, "categories");
    if (categories.isEmpty()) {
      throw GraphException.of(100, "Param categories must name at least one category.");
    }
    for (Object c : categories) {
      if (!CATEGORIES.contains(String.valueOf(c))) {
        throw GraphException.of(100, "Param categories has an invalid value: " + c + "; valid: " + CATEGORIES);
      }
    }
    return new ArrayList<>(categories);
  }

  /** Meta's lifecycle: a DEPRECATED flow is final, neither its metadata nor its Flow JSON change. */
  private static void editable(FlowState flow) {
    if (flow.status.equals("DEPRECATED")) {
      throw GraphException.of(139001, "Flow can't be updated: it is DEPRECATED.");
    }
  }

  /**
   * Meta's lifecycle page: editing a published flow's metadata or Flow JSON "puts the Flow back to Draft"; it is
   * sent to users again once republished (messages already sent keep working in the fake).
   */
  private static void backToDraft(FlowState flow) {
    if (flow.status.equals("PUBLISHED")) {
      flow.status = "DRAFT";
    }
  }

  private static void publishable(FlowState flow) {
    if (flow.flowJson == null) {
      throw GraphException.of(139002, "Flow can't be published: it has no Flow JSON.");
    }
    if (!flow.validationErrors.isEmpty()) {
      throw GraphException.of(139002, "Flow can't be published: its Flow JSON has validation errors.");
    }
    Object dataApi = tree(flow.flowJson).get("data_api_version");
    if (dataApi != null && flow.endpointUri == null) {
      throw GraphException.of(139002, "Flow can't be published: endpoint_uri: You need to set the endpoint URI "
          + "before you can send or publish a flow.");
    }
  }

  /** Stores the document and Meta's validation of it: the document is kept even when it has errors. */
  private static void store(FlowState flow, String json) {
    flow.flowJson = json;
    flow.validationErrors = validate(json);
  }

  /** The most common errors Meta reports, from core's parser and validator. */
  static List<Object> validate(String json) {
    try {
      Json.parseObject(json);
    } catch (Json.MalformedJsonException e) {
      return List.of(obj("error", "INVALID_JSON", "error_type", "JSON_SCHEMA_ERROR", "message",
          "The Flow JSON is not valid JSON: " + e.getMessage(), "pointers", List.of()));
    }
    try {
      FlowJson.parse(json);
      return List.of();
    } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
      return List.of(obj("error", "INVALID_PROPERTY_VALUE", "error_type", "FLOW_JSON_ERROR", "message",
          String.valueOf(e.getMessage()), "pointers", List.of()));
    }
  }

  private static String flowJsonPart(@Nullable String contentType, ByteString bytes) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || boundary == null || !type.type().equals("multipart")) {
      throw GraphException.of(100, "The Flow JSON must be uploaded as multipart/form-data with a file part.");
    }
    String assetType = null;
    String file = null;
    try (MultipartReader reader = new MultipartReader(new Buffer().write(bytes), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = String.valueOf(part.headers().get("Content-Disposition"));
        String body = part.body().readUtf8();
        if (disposition.contains("name=\"asset_type\"")) {
          assetType = body;
        } else if (disposition.contains("name=\"file\"")) {
          file = body;
        }
      }
    } catch (IOException e) {
      throw GraphException.of(100, "The multipart body could not be read: " + e.getMessage());
    }
    if (!"FLOW_JSON".equals(assetType)) {
      throw GraphException.of(100, "Param asset_type must be FLOW_JSON, was " + assetType + ".");
    }
    if (file == null) {
      throw GraphException.of(100, "Param file is required.");
    }
    return file;
  }

  private Map<String, Object> node(FlowState f) {
    Map<String, Object> node = obj("id", f.id, "name", f.name, "status", f.status, "categories", f.categories,
        "validation_errors", f.validationErrors);
    if (f.flowJson != null) {
      Map<String, Object> json = tree(f.flowJson);
      if (json.get("version") != null) {
        node.put("json_version", String.valueOf(json.get("version")));
      }
      if (json.get("data_api_version") != null) {
        node.put("data_api_version", String.valueOf(json.get("data_api_version")));
      }
    }
    if (f.endpointUri != null) {
      node.put("endpoint_uri", f.endpointUri);
    }
    node.put("preview", preview(f));
    node.put("whatsapp_business_account", obj("id", engine.config.businessAccountId()));
    boolean blocked = f.flowJson != null && tree(f.flowJson).get("data_api_version") != null
        && f.endpointUri == null;
    Map<String, Object> flowEntity = obj("entity_type", "FLOW", "id", f.id, "can_send_message",
        blocked ? "BLOCKED" : "AVAILABLE");
    if (blocked) {
      flowEntity.put("errors", List.of(obj("error_code", 131000, "error_description",
          "endpoint_uri: You need to set the endpoint URI before you can send or publish a flow.")));
    }
    // Meta's example lists the flow, its WABA, the business portfolio and the app; only the flow is modelled.
    node.put("health_status", obj("can_send_message", blocked ? "BLOCKED" : "AVAILABLE", "entities",
        List.of(flowEntity, obj("entity_type", "WABA", "id", engine.config.businessAccountId(),
            "can_send_message", "AVAILABLE"),
            obj("entity_type", "BUSINESS", "id", AccountOpsRoutes.BUSINESS_PORTFOLIO_ID, "can_send_message",
                "AVAILABLE"),
            obj("entity_type", "APP", "id", AccountOpsRoutes.APP_ID, "can_send_message", "AVAILABLE"))));
    return node;
  }

  /** The document as a tree, or empty when it is not JSON (its validation error says why). */
  static Map<String, Object> tree(String json) {
    try {
      return Json.parseObject(json);
    } catch (Json.MalformedJsonException e) {
      return Map.of();
    }
  }

  private Map<String, Object> preview(FlowState f) {
    return obj("preview_url", "https://business.facebook.com/wa/manage/flows/" + f.id + "/preview/?token=fake",
        "expires_at", "2099-12-31T00:00:00+0000");
  }
}
