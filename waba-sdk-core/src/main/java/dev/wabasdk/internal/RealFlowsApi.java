package dev.wabasdk.internal;

import dev.wabasdk.flow.BusinessPublicKey;
import dev.wabasdk.flow.CreatedFlow;
import dev.wabasdk.flow.Flow;
import dev.wabasdk.flow.FlowAsset;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.FlowJson;
import dev.wabasdk.flow.FlowMetadata;
import dev.wabasdk.flow.FlowMetric;
import dev.wabasdk.flow.FlowMigration;
import dev.wabasdk.flow.FlowPreview;
import dev.wabasdk.flow.FlowValidationError;
import dev.wabasdk.flow.FlowsApi;
import dev.wabasdk.flow.NewFlow;
import dev.wabasdk.health.HealthStatus;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link FlowsApi}. Thread-safe. */
final class RealFlowsApi implements FlowsApi {
  private static final MediaType JSON = MediaType.get("application/json");

  private final GraphClient graph;
  private final String phoneNumberId;
  private final @Nullable String businessAccountId;

  RealFlowsApi(GraphClient graph, String phoneNumberId, @Nullable String businessAccountId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
    this.businessAccountId = businessAccountId;
  }

  // ---- create and update

  @Override
  public CreatedFlow create(NewFlow flow) {
    return graph.execute(createCall(flow), FlowsJson::created);
  }

  @Override
  public CompletableFuture<CreatedFlow> createAsync(NewFlow flow) {
    return graph.executeAsync(createCall(flow), FlowsJson::created);
  }

  private GraphCall createCall(NewFlow flow) {
    Objects.requireNonNull(flow, "flow");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", flow.name());
    body.put("categories", categories(flow.categories()));
    if (flow.flowJson() != null) {
      body.put("flow_json", flow.flowJson());
    }
    if (flow.publish()) {
      body.put("publish", true);
    }
    if (flow.cloneFlowId() != null) {
      body.put("clone_flow_id", GraphIds.check("clone_flow_id", flow.cloneFlowId()));
    }
    if (flow.endpointUri() != null) {
      body.put("endpoint_uri", flow.endpointUri());
    }
    // Repeating a create after an unknown outcome could make a second flow.
    return GraphCall.post(graph.url(waba("create"), "flows"), body, false);
  }

  @Override
  public void update(String flowId, FlowMetadata metadata) {
    graph.execute(updateCall(flowId, metadata), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateAsync(String flowId, FlowMetadata metadata) {
    return graph.executeAsync(updateCall(flowId, metadata), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(String flowId, FlowMetadata metadata) {
    Objects.requireNonNull(metadata, "metadata");
    if (metadata.isEmpty()) {
      throw new IllegalArgumentException("metadata: must change at least one of name, categories, endpoint_uri, "
          + "application_id, changed none");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (metadata.name() != null) {
      body.put("name", metadata.name());
    }
    if (metadata.categories() != null) {
      body.put("categories", categories(metadata.categories()));
    }
    if (metadata.endpointUri() != null) {
      body.put("endpoint_uri", metadata.endpointUri());
    }
    if (metadata.applicationId() != null) {
      body.put("application_id", GraphIds.check("application_id", metadata.applicationId()));
    }
    return GraphCall.post(url(flowId), body, true);
  }

  // ---- Flow JSON

  @Override
  public List<FlowValidationError> uploadFlowJson(String flowId, FlowJson flowJson) {
    return uploadFlowJson(flowId, Objects.requireNonNull(flowJson, "flowJson").toJson());
  }

  @Override
  public List<FlowValidationError> uploadFlowJson(String flowId, String flowJson) {
    return graph.execute(uploadCall(flowId, flowJson), FlowsJson::uploaded);
  }

  @Override
  public CompletableFuture<List<FlowValidationError>> uploadFlowJsonAsync(String flowId, String flowJson) {
    return graph.executeAsync(uploadCall(flowId, flowJson), FlowsJson::uploaded);
  }

  private GraphCall uploadCall(String flowId, String flowJson) {
    Objects.requireNonNull(flowJson, "flowJson");
    NewFlow.of("check", FlowCategory.OTHER).withFlowJson(flowJson); // the size limit, before any request
    RequestBody form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("name", "flow.json")
        .addFormDataPart("asset_type", FlowAsset.FLOW_JSON)
        .addFormDataPart("file", "flow.json", RequestBody.create(flowJson, JSON))
        .build();
    // The upload replaces the flow's document: repeating it stores the same one.
    return GraphCall.post(url(flowId, "assets"), form, true);
  }

  @Override
  public List<FlowAsset> assets(String flowId) {
    List<FlowAsset> all = new ArrayList<>();
    String after = null;
    do {
      Page<FlowAsset> page = graph.execute(GraphCall.get(assetsUrl(flowId, after)),
          ResponseHandler.page(FlowsJson::asset));
      all.addAll(page.items());
      after = next(after, page);
    } while (after != null);
    return List.copyOf(all);
  }

  @Override
  public CompletableFuture<List<FlowAsset>> assetsAsync(String flowId) {
    HttpUrl first = assetsUrl(flowId, null);
    return assetPages(flowId, graph.executeAsync(GraphCall.get(first), ResponseHandler.page(FlowsJson::asset)),
        null, new ArrayList<>());
  }

  private CompletableFuture<List<FlowAsset>> assetPages(String flowId, CompletableFuture<Page<FlowAsset>> page,
      @Nullable String after, List<FlowAsset> acc) {
    return page.thenCompose(p -> {
      acc.addAll(p.items());
      String next = next(after, p);
      return next == null ? CompletableFuture.completedFuture(List.copyOf(acc))
          : assetPages(flowId, graph.executeAsync(GraphCall.get(assetsUrl(flowId, next)),
              ResponseHandler.page(FlowsJson::asset)), next, acc);
    });
  }

  private HttpUrl assetsUrl(String flowId, @Nullable String after) {
    HttpUrl.Builder b = url(flowId, "assets").newBuilder();
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  // ---- lifecycle

  @Override
  public void publish(String flowId) {
    graph.execute(GraphCall.post(url(flowId, "publish"), Map.of(), false), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> publishAsync(String flowId) {
    return graph.executeAsync(GraphCall.post(url(flowId, "publish"), Map.of(), false), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  @Override
  public void deprecate(String flowId) {
    graph.execute(GraphCall.post(url(flowId, "deprecate"), Map.of(), false), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deprecateAsync(String flowId) {
    return graph.executeAsync(GraphCall.post(url(flowId, "deprecate"), Map.of(), false), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  @Override
  public void delete(String flowId) {
    graph.execute(GraphCall.delete(url(flowId)), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String flowId) {
    return graph.executeAsync(GraphCall.delete(url(flowId)), ResponseHandler.success()).thenApply(ok -> null);
  }

  // ---- read

  @Override
  public Paged<Flow> list() {
    waba("list");
    return Paged.of(this::listPage);
  }

  @Override
  public Page<Flow> listPage(@Nullable String after) {
    return graph.execute(GraphCall.get(listUrl(after)), ResponseHandler.page(FlowsJson::flow));
  }

  @Override
  public CompletableFuture<Page<Flow>> listPageAsync(@Nullable String after) {
    return graph.executeAsync(GraphCall.get(listUrl(after)), ResponseHandler.page(FlowsJson::flow));
  }

  private HttpUrl listUrl(@Nullable String after) {
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(waba("list")).addPathSegment("flows");
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  @Override
  public Flow get(String flowId) {
    return graph.execute(GraphCall.get(fieldsUrl(flowId, FIELDS)), r -> FlowsJson.flow(ResponseHandler.jsonObject()
        .handle(r)));
  }

  @Override
  public CompletableFuture<Flow> getAsync(String flowId) {
    return graph.executeAsync(GraphCall.get(fieldsUrl(flowId, FIELDS)),
        r -> FlowsJson.flow(ResponseHandler.jsonObject().handle(r)));
  }

  @Override
  public HealthStatus healthStatus(String flowId, String phoneNumberId) {
    return graph.execute(GraphCall.get(healthUrl(flowId, phoneNumberId)), FlowsJson::healthStatus);
  }

  @Override
  public CompletableFuture<HealthStatus> healthStatusAsync(String flowId, String phoneNumberId) {
    return graph.executeAsync(GraphCall.get(healthUrl(flowId, phoneNumberId)), FlowsJson::healthStatus);
  }

  private HttpUrl healthUrl(String flowId, String phoneNumberId) {
    return fieldsUrl(flowId, "health_status.phone_number(" + GraphIds.check("phoneNumberId", phoneNumberId) + ")");
  }

  @Override
  public FlowPreview preview(String flowId, boolean invalidate) {
    return graph.execute(GraphCall.get(previewUrl(flowId, invalidate)), FlowsJson::preview);
  }

  @Override
  public CompletableFuture<FlowPreview> previewAsync(String flowId, boolean invalidate) {
    return graph.executeAsync(GraphCall.get(previewUrl(flowId, invalidate)), FlowsJson::preview);
  }

  private HttpUrl previewUrl(String flowId, boolean invalidate) {
    return fieldsUrl(flowId, "preview.invalidate(" + invalidate + ")");
  }

  @Override
  public FlowMetric metric(String flowId, FlowMetric.Name name, FlowMetric.Granularity granularity,
      @Nullable LocalDate since, @Nullable LocalDate until) {
    return graph.execute(GraphCall.get(metricUrl(flowId, name, granularity, since, until)), FlowsJson::metric);
  }

  @Override
  public CompletableFuture<FlowMetric> metricAsync(String flowId, FlowMetric.Name name,
      FlowMetric.Granularity granularity, @Nullable LocalDate since, @Nullable LocalDate until) {
    return graph.executeAsync(GraphCall.get(metricUrl(flowId, name, granularity, since, until)), FlowsJson::metric);
  }

  private HttpUrl metricUrl(String flowId, FlowMetric.Name name, FlowMetric.Granularity granularity,
      @Nullable LocalDate since, @Nullable LocalDate until) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(granularity, "granularity");
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("until: must not be before since (" + since + "), was " + until);
    }
    // Graph's field expansion syntax: the metric's parameters ride in the fields value.
    StringBuilder field = new StringBuilder("metric.name(").append(GraphIds.check("metric name", name.value()))
        .append(").granularity(").append(GraphIds.check("granularity", granularity.value())).append(')');
    if (since != null) {
      field.append(".since(").append(since).append(')');
    }
    if (until != null) {
      field.append(".until(").append(until).append(')');
    }
    return fieldsUrl(flowId, field.toString());
  }

  private HttpUrl fieldsUrl(String flowId, String fields) {
    // Written as Meta documents it (commas and parentheses unescaped); every part is a checked id, date or constant.
    return url(flowId).newBuilder().addEncodedQueryParameter("fields", fields).build();
  }

  // ---- migration and the encryption key

  @Override
  public FlowMigration migrate(String sourceWabaId, List<String> sourceFlowNames) {
    return graph.execute(migrateCall(sourceWabaId, sourceFlowNames), FlowsJson::migration);
  }

  @Override
  public CompletableFuture<FlowMigration> migrateAsync(String sourceWabaId, List<String> sourceFlowNames) {
    return graph.executeAsync(migrateCall(sourceWabaId, sourceFlowNames), FlowsJson::migration);
  }

  private GraphCall migrateCall(String sourceWabaId, List<String> sourceFlowNames) {
    Objects.requireNonNull(sourceFlowNames, "sourceFlowNames");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("source_waba_id", GraphIds.check("source_waba_id", sourceWabaId));
    if (sourceFlowNames.size() > FlowsApi.MAX_MIGRATED_FLOWS) {
      throw new IllegalArgumentException("source_flow_names: at most " + FlowsApi.MAX_MIGRATED_FLOWS
          + " flows can be migrated in a request, was " + sourceFlowNames.size());
    }
    if (!sourceFlowNames.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (String n : sourceFlowNames) {
        if (n == null || n.isBlank()) {
          throw new IllegalArgumentException("source_flow_names: must not hold a blank name, held \"" + n + "\"");
        }
        names.add(n);
      }
      body.put("source_flow_names", names);
    }
    // A repeat copies nothing twice: Meta skips names that already exist in the destination.
    return GraphCall.post(graph.url(waba("migrate"), "migrate_flows"), body, true);
  }

  @Override
  public void setBusinessPublicKey(String publicKeyPem) {
    graph.execute(keyCall(publicKeyPem), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> setBusinessPublicKeyAsync(String publicKeyPem) {
    return graph.executeAsync(keyCall(publicKeyPem), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall keyCall(String publicKeyPem) {
    Objects.requireNonNull(publicKeyPem, "publicKeyPem");
    String pem = publicKeyPem.strip();
    if (!pem.startsWith("-----BEGIN PUBLIC KEY-----") || !pem.endsWith("-----END PUBLIC KEY-----")) {
      throw new IllegalArgumentException("business_public_key: must be a PEM public key (-----BEGIN PUBLIC KEY-----"
          + "...-----END PUBLIC KEY-----), started \"" + pem.substring(0, Math.min(30, pem.length())) + "\"");
    }
    // Meta documents this call as a form post, not JSON.
    RequestBody form = new FormBody.Builder().add("business_public_key", pem).build();
    return GraphCall.post(graph.url(phoneNumberId, "whatsapp_business_encryption"), form, true);
  }

  @Override
  public BusinessPublicKey businessPublicKey() {
    return graph.execute(GraphCall.get(graph.url(phoneNumberId, "whatsapp_business_encryption")),
        FlowsJson::publicKey);
  }

  @Override
  public CompletableFuture<BusinessPublicKey> businessPublicKeyAsync() {
    return graph.executeAsync(GraphCall.get(graph.url(phoneNumberId, "whatsapp_business_encryption")),
        FlowsJson::publicKey);
  }

  // ---- helpers

  private static List<String> categories(List<FlowCategory> categories) {
    List<String> values = new ArrayList<>();
    for (FlowCategory c : categories) {
      values.add(c.value());
    }
    return values;
  }

  private static @Nullable String next(@Nullable String after, Page<?> page) {
    return page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
  }

  private HttpUrl url(String flowId, String... more) {
    String[] segments = new String[more.length + 1];
    segments[0] = GraphIds.check("flowId", flowId);
    System.arraycopy(more, 0, segments, 1, more.length);
    return graph.url(segments);
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for flows()." + call
          + "(...): set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }
}
