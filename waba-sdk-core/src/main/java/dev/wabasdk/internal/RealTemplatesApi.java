package dev.wabasdk.internal;

import dev.wabasdk.template.ArchiveResult;
import dev.wabasdk.template.ComparisonLookback;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.CreativeFeatures;
import dev.wabasdk.template.LibraryFilter;
import dev.wabasdk.template.MaxPrice;
import dev.wabasdk.template.LibraryTemplate;
import dev.wabasdk.template.LibraryTemplateRequest;
import dev.wabasdk.template.TemplateComparison;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import dev.wabasdk.template.TemplateFilter;
import dev.wabasdk.template.TemplateGroupsApi;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.template.TemplatesApi;
import dev.wabasdk.template.MigrationResult;
import dev.wabasdk.template.TemplateMigration;
import dev.wabasdk.template.TemplateUpsert;
import dev.wabasdk.template.UpsertedTemplate;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link TemplatesApi}. Thread-safe. */
final class RealTemplatesApi implements TemplatesApi {
  /** The fields read for every template; Meta returns fewer by default. */
  static final String FIELDS = "id,name,language,status,category,previous_category,parameter_format,components,"
      + "quality_score,rejected_reason,message_send_ttl_seconds,correct_category,library_template_name";

  private final GraphClient graph;
  private final @Nullable String businessAccountId;
  private final Clock clock;
  private final TemplateLifecycle lifecycle;
  private final TemplateGroupsApi templateGroups;

  RealTemplatesApi(GraphClient graph, @Nullable String businessAccountId, Clock clock) {
    this.graph = graph;
    this.businessAccountId = businessAccountId;
    this.clock = clock;
    this.lifecycle = new TemplateLifecycle(graph);
    this.templateGroups = new RealTemplateGroupsApi(graph, businessAccountId);
  }

  @Override
  public TemplateGroupsApi templateGroups() {
    return templateGroups;
  }

  // ---- create

  @Override
  public CreatedTemplate create(TemplateDefinition definition) {
    return graph.execute(createCall(definition), RealTemplatesApi::parseCreated);
  }

  @Override
  public CompletableFuture<CreatedTemplate> createAsync(TemplateDefinition definition) {
    return graph.executeAsync(createCall(definition), RealTemplatesApi::parseCreated);
  }

  private GraphCall createCall(TemplateDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    HttpUrl url = graph.url(waba("create"), "message_templates");
    definition.validate();
    // Creating twice makes a duplicate-name error, not two templates, but keep to Meta-confirmed failures.
    return GraphCall.post(url, TemplateJson.create(definition), false);
  }

  private static CreatedTemplate parseCreated(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    String id = Json.string(root, "id");
    if (id == null) {
      throw new WabaException("Meta answered the template creation without an id: outcome unknown",
          Outcome.UNKNOWN, false, null);
    }
    String status = Json.string(root, "status");
    String category = Json.string(root, "category");
    return new CreatedTemplate(id, TemplateStatus.of(status == null ? "" : status),
        TemplateCategory.of(category == null ? "" : category));
  }

  // ---- list

  @Override
  public Paged<Template> list() {
    return list(TemplateFilter.all());
  }

  @Override
  public Paged<Template> list(TemplateFilter filter) {
    Objects.requireNonNull(filter, "filter");
    waba("list");
    return Paged.of(after -> listPage(filter, after));
  }

  @Override
  public Page<Template> listPage(TemplateFilter filter, @Nullable String after) {
    return graph.execute(GraphCall.get(listUrl(filter, after)), ResponseHandler.page(TemplateJson::template));
  }

  @Override
  public CompletableFuture<Page<Template>> listPageAsync(TemplateFilter filter, @Nullable String after) {
    return graph.executeAsync(GraphCall.get(listUrl(filter, after)), ResponseHandler.page(TemplateJson::template));
  }

  private HttpUrl listUrl(TemplateFilter filter, @Nullable String after) {
    Objects.requireNonNull(filter, "filter");
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(waba("list")).addPathSegment("message_templates")
        .addQueryParameter("fields", FIELDS);
    if (filter.name() != null) {
      b.addQueryParameter("name", filter.name());
    }
    if (filter.status() != null) {
      b.addQueryParameter("status", filter.status().value());
    }
    if (filter.category() != null) {
      b.addQueryParameter("category", filter.category().value());
    }
    if (filter.language() != null) {
      b.addQueryParameter("language", filter.language());
    }
    if (filter.pageSize() != null) {
      b.addQueryParameter("limit", filter.pageSize().toString());
    }
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  // ---- get

  @Override
  public Template get(String templateId) {
    return graph.execute(GraphCall.get(getUrl(templateId)), RealTemplatesApi::parseTemplate);
  }

  @Override
  public CompletableFuture<Template> getAsync(String templateId) {
    return graph.executeAsync(GraphCall.get(getUrl(templateId)), RealTemplatesApi::parseTemplate);
  }

  @Override
  public CreativeFeatures creativeFeatures(String templateId) {
    return graph.execute(GraphCall.get(fieldUrl(templateId, "degrees_of_freedom_spec")),
        RealTemplatesApi::parseCreativeFeatures);
  }

  @Override
  public CompletableFuture<CreativeFeatures> creativeFeaturesAsync(String templateId) {
    return graph.executeAsync(GraphCall.get(fieldUrl(templateId, "degrees_of_freedom_spec")),
        RealTemplatesApi::parseCreativeFeatures);
  }

  @Override
  public Optional<MaxPrice> maxPrice(String templateId) {
    return graph.execute(GraphCall.get(fieldUrl(templateId, "optimization_spec")), RealTemplatesApi::parseMaxPrice);
  }

  @Override
  public CompletableFuture<Optional<MaxPrice>> maxPriceAsync(String templateId) {
    return graph.executeAsync(GraphCall.get(fieldUrl(templateId, "optimization_spec")),
        RealTemplatesApi::parseMaxPrice);
  }

  private HttpUrl fieldUrl(String templateId, String field) {
    return graph.urlBuilder().addPathSegment(id("templateId", templateId)).addQueryParameter("fields", field).build();
  }

  private static Optional<MaxPrice> parseMaxPrice(Response response) throws IOException {
    return TemplateJson.maxPrice(Json.readObject(response.body().string()));
  }

  private static CreativeFeatures parseCreativeFeatures(Response response) throws IOException {
    return TemplateJson.creativeFeatures(Json.readObject(response.body().string()));
  }

  private HttpUrl getUrl(String templateId) {
    return graph.urlBuilder().addPathSegment(id("templateId", templateId)).addQueryParameter("fields", FIELDS).build();
  }

  private static Template parseTemplate(Response response) throws IOException {
    return TemplateJson.template(Json.readObject(response.body().string()));
  }

  // ---- edit

  @Override
  public void edit(String templateId, TemplateEdit edit) {
    graph.execute(editCall(templateId, edit), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> editAsync(String templateId, TemplateEdit edit) {
    return graph.executeAsync(editCall(templateId, edit), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall editCall(String templateId, TemplateEdit edit) {
    Objects.requireNonNull(edit, "edit");
    HttpUrl url = graph.url(id("templateId", templateId));
    List<String> problems = edit.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("template edit of " + templateId + " breaks Meta's rules: "
          + String.join("; ", problems));
    }
    // The same edit applied twice leaves the same template, so it may be retried.
    return GraphCall.post(url, TemplateJson.edit(edit), true);
  }

  // ---- delete

  @Override
  public void delete(String name) {
    graph.execute(GraphCall.delete(deleteUrl(name, null)), ResponseHandler.success());
  }

  @Override
  public void delete(String name, String templateId) {
    graph.execute(GraphCall.delete(deleteUrl(name, id("templateId", templateId))), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String name) {
    return graph.executeAsync(GraphCall.delete(deleteUrl(name, null)), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String name, String templateId) {
    return graph.executeAsync(GraphCall.delete(deleteUrl(name, id("templateId", templateId))),
        ResponseHandler.success()).thenApply(ok -> null);
  }

  private HttpUrl deleteUrl(String name, @Nullable String templateId) {
    Objects.requireNonNull(name, "name");
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(waba("delete")).addPathSegment("message_templates");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: the template name must not be blank");
    }
    b.addQueryParameter("name", name);
    if (templateId != null) {
      b.addQueryParameter("hsm_id", templateId);
    }
    return b.build();
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for templates()." + call
          + "(...): set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }

  private static String id(String name, String value) {
    return GraphIds.check(name, value);
  }

  // ---- unpause

  @Override
  public void unpause(String templateId) {
    graph.execute(lifecycle.unpause(templateId), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> unpauseAsync(String templateId) {
    return graph.executeAsync(lifecycle.unpause(templateId), ResponseHandler.success()).thenApply(ok -> null);
  }

  // ---- archive

  @Override
  public ArchiveResult archive(List<String> templateIds) {
    return graph.execute(lifecycle.archive(waba("archive"), templateIds, "archive"),
        TemplateLifecycle.archiveResult("archived_templates"));
  }

  @Override
  public CompletableFuture<ArchiveResult> archiveAsync(List<String> templateIds) {
    return graph.executeAsync(lifecycle.archive(waba("archive"), templateIds, "archive"),
        TemplateLifecycle.archiveResult("archived_templates"));
  }

  @Override
  public ArchiveResult unarchive(List<String> templateIds) {
    return graph.execute(lifecycle.archive(waba("unarchive"), templateIds, "unarchive"),
        TemplateLifecycle.archiveResult("unarchived_templates"));
  }

  @Override
  public CompletableFuture<ArchiveResult> unarchiveAsync(List<String> templateIds) {
    return graph.executeAsync(lifecycle.archive(waba("unarchive"), templateIds, "unarchive"),
        TemplateLifecycle.archiveResult("unarchived_templates"));
  }

  // ---- compare

  @Override
  public TemplateComparison compare(String templateId, String otherTemplateId, ComparisonLookback lookback) {
    return graph.execute(compareCall(templateId, otherTemplateId, lookback), TemplateLifecycle::comparison);
  }

  @Override
  public TemplateComparison compare(String templateId, String otherTemplateId, Instant start, Instant end) {
    return graph.execute(lifecycle.compare(templateId, otherTemplateId, start, end), TemplateLifecycle::comparison);
  }

  @Override
  public CompletableFuture<TemplateComparison> compareAsync(String templateId, String otherTemplateId,
      ComparisonLookback lookback) {
    return graph.executeAsync(compareCall(templateId, otherTemplateId, lookback), TemplateLifecycle::comparison);
  }

  @Override
  public CompletableFuture<TemplateComparison> compareAsync(String templateId, String otherTemplateId,
      Instant start, Instant end) {
    return graph.executeAsync(lifecycle.compare(templateId, otherTemplateId, start, end),
        TemplateLifecycle::comparison);
  }

  private GraphCall compareCall(String templateId, String otherTemplateId, ComparisonLookback lookback) {
    Objects.requireNonNull(lookback, "lookback");
    // Whole seconds: Meta takes UNIX seconds and checks the window's exact length.
    Instant end = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    return lifecycle.compare(templateId, otherTemplateId, end.minus(lookback.duration()), end);
  }

  // ---- Template Library

  @Override
  public Paged<LibraryTemplate> library(LibraryFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return Paged.of(after -> libraryPage(filter, after));
  }

  @Override
  public Page<LibraryTemplate> libraryPage(LibraryFilter filter, @Nullable String after) {
    return graph.execute(GraphCall.get(lifecycle.libraryUrl(filter, after)),
        ResponseHandler.page(TemplateLifecycle::libraryTemplate));
  }

  @Override
  public CompletableFuture<Page<LibraryTemplate>> libraryPageAsync(LibraryFilter filter, @Nullable String after) {
    return graph.executeAsync(GraphCall.get(lifecycle.libraryUrl(filter, after)),
        ResponseHandler.page(TemplateLifecycle::libraryTemplate));
  }

  @Override
  public CreatedTemplate createFromLibrary(LibraryTemplateRequest request) {
    return graph.execute(lifecycle.createFromLibrary(waba("createFromLibrary"), request),
        RealTemplatesApi::parseCreated);
  }

  @Override
  public CompletableFuture<CreatedTemplate> createFromLibraryAsync(LibraryTemplateRequest request) {
    return graph.executeAsync(lifecycle.createFromLibrary(waba("createFromLibrary"), request),
        RealTemplatesApi::parseCreated);
  }

  // ---- bulk management and migration

  @Override
  public List<UpsertedTemplate> upsert(TemplateUpsert upsert) {
    return graph.execute(lifecycle.upsert(waba("upsert"), upsert), TemplateLifecycle::upserted);
  }

  @Override
  public CompletableFuture<List<UpsertedTemplate>> upsertAsync(TemplateUpsert upsert) {
    return graph.executeAsync(lifecycle.upsert(waba("upsert"), upsert), TemplateLifecycle::upserted);
  }

  @Override
  public MigrationResult migrate(TemplateMigration migration) {
    return graph.execute(lifecycle.migrate(waba("migrate"), migration), TemplateLifecycle::migrated);
  }

  @Override
  public CompletableFuture<MigrationResult> migrateAsync(TemplateMigration migration) {
    return graph.executeAsync(lifecycle.migrate(waba("migrate"), migration), TemplateLifecycle::migrated);
  }
}
