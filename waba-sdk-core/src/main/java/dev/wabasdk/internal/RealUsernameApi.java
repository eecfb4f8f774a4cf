package dev.wabasdk.internal;

import dev.wabasdk.username.BusinessUsername;
import dev.wabasdk.username.UsernameApi;
import dev.wabasdk.username.UsernameStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link UsernameApi}. Thread-safe. */
final class RealUsernameApi implements UsernameApi {
  private final GraphClient graph;
  private final HttpUrl url;
  private final HttpUrl suggestionsUrl;

  RealUsernameApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.url = graph.url(phoneNumberId, "username");
    this.suggestionsUrl = graph.url(phoneNumberId, "username_suggestions");
  }

  @Override
  public @Nullable BusinessUsername get() {
    return graph.execute(GraphCall.get(url), RealUsernameApi::parseUsername).orElse(null);
  }

  @Override
  public CompletableFuture<@Nullable BusinessUsername> getAsync() {
    return graph.executeAsync(GraphCall.get(url), RealUsernameApi::parseUsername).thenApply(u -> u.orElse(null));
  }

  @Override
  public UsernameStatus set(String username) {
    return set(username, TransferAction.NONE);
  }

  @Override
  public UsernameStatus set(String username, TransferAction transferAction) {
    return graph.execute(setCall(username, transferAction), RealUsernameApi::parseStatus);
  }

  @Override
  public CompletableFuture<UsernameStatus> setAsync(String username, TransferAction transferAction) {
    return graph.executeAsync(setCall(username, transferAction), RealUsernameApi::parseStatus);
  }

  private GraphCall setCall(String username, TransferAction transferAction) {
    Objects.requireNonNull(transferAction, "transfer_action");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", BusinessUsername.check(username));
    if (transferAction != TransferAction.NONE) {
      body.put("transfer_action", transferAction.name().toLowerCase(Locale.ROOT));
    }
    // Asking for the same username twice leaves it the number's.
    return GraphCall.post(url, body, true);
  }

  @Override
  public void delete() {
    graph.execute(GraphCall.delete(url), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync() {
    return graph.executeAsync(GraphCall.delete(url), ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public List<String> suggestions() {
    return graph.execute(GraphCall.get(suggestionsUrl), RealUsernameApi::parseSuggestions);
  }

  @Override
  public CompletableFuture<List<String>> suggestionsAsync() {
    return graph.executeAsync(GraphCall.get(suggestionsUrl), RealUsernameApi::parseSuggestions);
  }

  private static Optional<BusinessUsername> parseUsername(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    String username = Json.string(root, "username");
    // Meta omits the username when the number has none.
    if (username == null) {
      return Optional.empty();
    }
    String status = Json.string(root, "status");
    return Optional.of(new BusinessUsername(username, UsernameStatus.of(status == null ? "" : status)));
  }

  private static UsernameStatus parseStatus(Response response) throws IOException {
    String status = Json.string(Json.readObject(response.body().string()), "status");
    if (status == null) {
      throw new IOException("username answer without status");
    }
    return UsernameStatus.of(status);
  }

  private static List<String> parseSuggestions(Response response) throws IOException {
    List<String> names = new ArrayList<>();
    for (Object entry : Json.list(Json.readObject(response.body().string()), "data")) {
      if (entry instanceof Map<?, ?> m) {
        Object list = m.get("username_suggestions");
        if (list instanceof List<?> l) {
          for (Object name : l) {
            if (name != null) {
              names.add(name.toString());
            }
          }
        }
      }
    }
    return List.copyOf(names);
  }
}
