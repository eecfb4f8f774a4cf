package dev.wabasdk.internal;

import dev.wabasdk.RawApi;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/** The HTTP implementation of {@link RawApi}. Thread-safe. */
final class RealRawApi implements RawApi {
  private final GraphClient graph;

  RealRawApi(GraphClient graph) {
    this.graph = graph;
  }

  @Override
  public Map<String, Object> get(String path, Map<String, String> query) {
    return graph.execute(GraphCall.get(url(path, query)), ResponseHandler.jsonObject());
  }

  @Override
  public Map<String, Object> get(String path) {
    return get(path, Map.of());
  }

  @Override
  public Map<String, Object> post(String path, Map<String, ?> json) {
    return post(path, json, false);
  }

  @Override
  public Map<String, Object> post(String path, Map<String, ?> json, boolean idempotent) {
    return graph.execute(GraphCall.post(url(path, Map.of()), json, idempotent), ResponseHandler.jsonObject());
  }

  @Override
  public Map<String, Object> delete(String path, Map<String, String> query) {
    return graph.execute(GraphCall.delete(url(path, query)), ResponseHandler.jsonObject());
  }

  @Override
  public CompletableFuture<Map<String, Object>> getAsync(String path, Map<String, String> query) {
    return graph.executeAsync(GraphCall.get(url(path, query)), ResponseHandler.jsonObject());
  }

  @Override
  public CompletableFuture<Map<String, Object>> postAsync(String path, Map<String, ?> json, boolean idempotent) {
    return graph.executeAsync(GraphCall.post(url(path, Map.of()), json, idempotent), ResponseHandler.jsonObject());
  }

  private HttpUrl url(String path, Map<String, String> query) {
    Objects.requireNonNull(path, "path");
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty() || trimmed.contains("?") || trimmed.contains("..")) {
      throw new IllegalArgumentException(
          "path: a Graph path without version or query such as '123/messages', was '" + path + "'");
    }
    HttpUrl.Builder b = graph.urlBuilder().addPathSegments(trimmed);
    query.forEach(b::addQueryParameter);
    return b.build();
  }
}
