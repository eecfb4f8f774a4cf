package dev.wabasdk.internal;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import dev.wabasdk.template.NewTemplateGroup;
import dev.wabasdk.template.TemplateGroup;
import dev.wabasdk.template.TemplateGroupUpdate;
import dev.wabasdk.template.TemplateGroupsApi;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link TemplateGroupsApi}. Thread-safe. */
final class RealTemplateGroupsApi implements TemplateGroupsApi {
  static final String LIST_FIELDS = "id,name,description,creation_time,update_time";

  private final GraphClient graph;
  private final @Nullable String businessAccountId;

  RealTemplateGroupsApi(GraphClient graph, @Nullable String businessAccountId) {
    this.graph = graph;
    this.businessAccountId = businessAccountId;
  }

  @Override
  public String create(NewTemplateGroup group) {
    return graph.execute(createCall(group), RealTemplateGroupsApi::parseId);
  }

  @Override
  public CompletableFuture<String> createAsync(NewTemplateGroup group) {
    return graph.executeAsync(createCall(group), RealTemplateGroupsApi::parseId);
  }

  private GraphCall createCall(NewTemplateGroup group) {
    Objects.requireNonNull(group, "group");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", group.name());
    if (group.description() != null) {
      body.put("description", group.description());
    }
    body.put("whatsapp_business_templates", numbers(group.templateIds()));
    // A second create after an unknown outcome fails on the unique name at best: not repeated.
    return GraphCall.post(graph.url(waba("create"), "template_groups"), body, false);
  }

  @Override
  public TemplateGroup get(String templateGroupId) {
    return graph.execute(GraphCall.get(nodeUrl(templateGroupId)), RealTemplateGroupsApi::parseGroup);
  }

  @Override
  public CompletableFuture<TemplateGroup> getAsync(String templateGroupId) {
    return graph.executeAsync(GraphCall.get(nodeUrl(templateGroupId)), RealTemplateGroupsApi::parseGroup);
  }

  @Override
  public Paged<TemplateGroup> list() {
    waba("list");
    return Paged.of(this::listPage);
  }

  @Override
  public Page<TemplateGroup> listPage(@Nullable String after) {
    return graph.execute(GraphCall.get(listUrl(after)), ResponseHandler.page(RealTemplateGroupsApi::group));
  }

  @Override
  public CompletableFuture<Page<TemplateGroup>> listPageAsync(@Nullable String after) {
    return graph.executeAsync(GraphCall.get(listUrl(after)), ResponseHandler.page(RealTemplateGroupsApi::group));
  }

  private HttpUrl listUrl(@Nullable String after) {
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(waba("list")).addPathSegment("template_groups")
        .addQueryParameter("fields", LIST_FIELDS);
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  @Override
  public void update(String templateGroupId, TemplateGroupUpdate update) {
    graph.execute(updateCall(templateGroupId, update), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateAsync(String templateGroupId, TemplateGroupUpdate update) {
    return graph.executeAsync(updateCall(templateGroupId, update), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(String templateGroupId, TemplateGroupUpdate update) {
    Objects.requireNonNull(update, "update");
    HttpUrl url = nodeUrl(templateGroupId);
    Map<String, Object> body = new LinkedHashMap<>();
    if (update.name() != null) {
      body.put("name", update.name());
    }
    if (update.description() != null) {
      body.put("description", update.description());
    }
    if (update.templateIds() != null) {
      body.put("whatsapp_business_templates", numbers(update.templateIds()));
    }
    // Setting the same values again changes nothing: safe to retry.
    return GraphCall.post(url, body, true);
  }

  @Override
  public void delete(String templateGroupId) {
    graph.execute(GraphCall.delete(nodeUrl(templateGroupId)), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String templateGroupId) {
    return graph.executeAsync(GraphCall.delete(nodeUrl(templateGroupId)), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  private HttpUrl nodeUrl(String templateGroupId) {
    Objects.requireNonNull(templateGroupId, "templateGroupId");
    return graph.url(GraphIds.check("templateGroupId", templateGroupId));
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for templates().templateGroups()." + call
          + "(...): set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }

  /** Meta documents the template ids as an array of integers; the ids were checked to be digits. */
  private static List<Long> numbers(List<String> ids) {
    return ids.stream().map(Long::parseLong).toList();
  }

  private static String parseId(Response response) throws IOException {
    String id = Json.string(Json.readObject(response.body().string()), "id");
    if (id == null) {
      throw new WabaException("Meta answered the template group creation without an id: outcome unknown",
          Outcome.UNKNOWN, false, null);
    }
    return id;
  }

  private static TemplateGroup parseGroup(Response response) throws IOException {
    return group(Json.readObject(response.body().string()));
  }

  @SuppressWarnings("unchecked")
  static TemplateGroup group(Map<String, Object> json) throws IOException {
    String id = Json.string(json, "id");
    if (id == null) {
      throw new IOException("a template group without an id: " + Json.write(json));
    }
    List<TemplateGroup.Member> members = new ArrayList<>();
    Object templates = json.get("whatsapp_business_templates");
    // Documented as an edge ({data, paging}); a bare array is read too.
    List<Object> items = templates instanceof Map<?, ?> edge ? Json.list((Map<String, Object>) edge, "data")
        : templates instanceof List<?> list ? (List<Object>) list : List.of();
    for (Object item : items) {
      if (item instanceof Map<?, ?> m && Json.string((Map<String, Object>) m, "id") != null) {
        Map<String, Object> t = (Map<String, Object>) m;
        members.add(new TemplateGroup.Member(Objects.requireNonNull(Json.string(t, "id")), Json.string(t, "name")));
      } else if (item instanceof String || item instanceof Number) {
        members.add(new TemplateGroup.Member(item instanceof Number n ? Long.toString(n.longValue()) : (String) item,
            null));
      }
    }
    return new TemplateGroup(id, Json.string(json, "name"), Json.string(json, "description"),
        time(json, "creation_time"), time(json, "update_time"), members);
  }

  /** Graph answers times as epoch seconds or as {@code 2026-11-20T18:41:36+0000}; Meta's page shows neither. */
  private static @Nullable Instant time(Map<String, Object> json, String key) {
    Long seconds = Json.longValue(json, key);
    return seconds != null ? Instant.ofEpochSecond(seconds) : Json.graphTime(Json.string(json, key));
  }
}
