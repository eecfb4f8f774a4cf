package dev.wabasdk.internal;

import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import dev.wabasdk.template.TemplateFilter;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.template.TemplatesApi;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link TemplatesApi}. Thread-safe. */
final class RealTemplatesApi implements TemplatesApi {
  /** The fields read for every template; Meta returns fewer by default. */
  static final String FIELDS = "id,name,language,status,category,previous_category,parameter_format,components,"
      + "quality_score,rejected_reason,message_send_ttl_seconds";

  private final GraphClient graph;
  private final @Nullable String businessAccountId;

  RealTemplatesApi(GraphClient graph, @Nullable String businessAccountId) {
    this.graph = graph;
    this.businessAccountId = businessAccountId;
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
}
