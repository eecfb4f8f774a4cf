package dev.wabasdk.template;

import dev.wabasdk.Page;
import dev.wabasdk.Paged;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.internal.GraphCall;
import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.GraphIds;
import dev.wabasdk.internal.Json;
import dev.wabasdk.internal.ResponseHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Manages the message templates of the WhatsApp Business Account ({@code /{waba-id}/message_templates}). Obtain it
 * from {@code WhatsApp.templates()}. Calls on the account (create, list, delete) need {@code businessAccountId} on
 * the client builder; calls by template id do not. Thread-safe.
 *
 * <pre>{@code
 * CreatedTemplate created = whatsApp.templates().create(definition);
 * for (Template t : whatsApp.templates().list(TemplateFilter.all().withStatus(TemplateStatus.APPROVED))) { ... }
 * }</pre>
 */
public final class TemplatesApi {
  /** The fields read for every template; Meta returns fewer by default. */
  static final String FIELDS = "id,name,language,status,category,previous_category,parameter_format,components,"
      + "quality_score,rejected_reason,message_send_ttl_seconds";

  private final GraphClient graph;
  private final @Nullable String businessAccountId;

  /** Used by {@code WhatsApp}; not meant to be called directly. */
  public TemplatesApi(GraphClient graph, @Nullable String businessAccountId) {
    this.graph = graph;
    this.businessAccountId = businessAccountId;
  }

  // ---- create

  /**
   * Submits a new template for review ({@code POST /{waba-id}/message_templates}).
   *
   * @throws IllegalArgumentException listing every problem {@link TemplateDefinition#problems()} finds; nothing is
   *     sent
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  public CreatedTemplate create(TemplateDefinition definition) {
    return graph.execute(createCall(definition), TemplatesApi::parseCreated);
  }

  /** The asynchronous twin of {@link #create}; bad input still throws at once. */
  public CompletableFuture<CreatedTemplate> createAsync(TemplateDefinition definition) {
    return graph.executeAsync(createCall(definition), TemplatesApi::parseCreated);
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

  /** Every template of the account, read lazily page by page. */
  public Paged<Template> list() {
    return list(TemplateFilter.all());
  }

  /**
   * The templates matching the filter, read lazily: a request is made when iteration reaches the next page.
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  public Paged<Template> list(TemplateFilter filter) {
    Objects.requireNonNull(filter, "filter");
    waba("list");
    return Paged.of(after -> listPage(filter, after));
  }

  /** One page of templates after the cursor ({@code null} for the first page). */
  public Page<Template> listPage(TemplateFilter filter, @Nullable String after) {
    return graph.execute(GraphCall.get(listUrl(filter, after)), ResponseHandler.page(TemplateJson::template));
  }

  /** The asynchronous twin of {@link #listPage}: follow {@link Page#after()} for the next page. */
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

  /** One template by id ({@code GET /{template-id}}). */
  public Template get(String templateId) {
    return graph.execute(GraphCall.get(getUrl(templateId)), TemplatesApi::parseTemplate);
  }

  /** The asynchronous twin of {@link #get}. */
  public CompletableFuture<Template> getAsync(String templateId) {
    return graph.executeAsync(GraphCall.get(getUrl(templateId)), TemplatesApi::parseTemplate);
  }

  private HttpUrl getUrl(String templateId) {
    return graph.urlBuilder().addPathSegment(id("templateId", templateId)).addQueryParameter("fields", FIELDS).build();
  }

  private static Template parseTemplate(Response response) throws IOException {
    return TemplateJson.template(Json.readObject(response.body().string()));
  }

  // ---- edit

  /**
   * Edits a template ({@code POST /{template-id}}); it goes back to review.
   *
   * @throws IllegalArgumentException listing the problems of new components; nothing is sent
   */
  public void edit(String templateId, TemplateEdit edit) {
    graph.execute(editCall(templateId, edit), ResponseHandler.success());
  }

  /** The asynchronous twin of {@link #edit}. */
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

  /** Deletes a template in all its languages ({@code DELETE /{waba-id}/message_templates?name=…}). */
  public void delete(String name) {
    graph.execute(GraphCall.delete(deleteUrl(name, null)), ResponseHandler.success());
  }

  /** Deletes one language of a template by its id ({@code …&hsm_id=…}). */
  public void delete(String name, String templateId) {
    graph.execute(GraphCall.delete(deleteUrl(name, id("templateId", templateId))), ResponseHandler.success());
  }

  /** The asynchronous twin of {@link #delete(String)}. */
  public CompletableFuture<Void> deleteAsync(String name) {
    return graph.executeAsync(GraphCall.delete(deleteUrl(name, null)), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  /** The asynchronous twin of {@link #delete(String, String)}. */
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
