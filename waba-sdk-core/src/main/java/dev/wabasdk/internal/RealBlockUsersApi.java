package dev.wabasdk.internal;

import dev.wabasdk.block.BlockResult;
import dev.wabasdk.block.BlockUsersApi;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link BlockUsersApi}. Thread-safe. */
final class RealBlockUsersApi implements BlockUsersApi {
  /** Meta's code for a block or unblock request where some users failed; the answer lists them. */
  static final int SOME_USERS_FAILED = 139100;

  private final GraphClient graph;
  private final HttpUrl url;

  RealBlockUsersApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.url = graph.url(phoneNumberId, "block_users");
  }

  @Override
  public BlockResult block(List<String> users) {
    return graph.execute(call(users, true), new Reader("added_users"));
  }

  @Override
  public CompletableFuture<BlockResult> blockAsync(List<String> users) {
    return graph.executeAsync(call(users, true), new Reader("added_users"));
  }

  @Override
  public BlockResult unblock(List<String> users) {
    return graph.execute(call(users, false), new Reader("removed_users"));
  }

  @Override
  public CompletableFuture<BlockResult> unblockAsync(List<String> users) {
    return graph.executeAsync(call(users, false), new Reader("removed_users"));
  }

  private GraphCall call(List<String> users, boolean block) {
    Objects.requireNonNull(users, "block_users");
    if (users.isEmpty()) {
      throw new IllegalArgumentException("block_users: must name at least one user, named none");
    }
    List<Object> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < users.size(); i++) {
      String user = Objects.requireNonNull(users.get(i), "block_users[" + i + "]");
      String waId;
      try {
        waId = Recipient.phoneNumber(user).waId();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("block_users[" + i + "]: not a phone number in E.164 or a wa_id: '" + user
            + "'", e);
      }
      if (!seen.add(waId)) {
        throw new IllegalArgumentException("block_users[" + i + "]: user " + user + " is named twice");
      }
      // Sent as given: Meta echoes it back as `input`, which is how a caller matches results to its list.
      entries.add(Map.of("user", user));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("block_users", entries);
    // Blocking or unblocking twice leaves the same blocklist: safe to repeat.
    return block ? GraphCall.post(url, body, true) : GraphCall.delete(url, body);
  }

  @Override
  public Paged<String> blockedUsers() {
    return Paged.of(after -> graph.execute(GraphCall.get(listUrl(after)), ResponseHandler.page(RealBlockUsersApi::waId)));
  }

  @Override
  public CompletableFuture<Page<String>> blockedUsersPageAsync(@Nullable String after) {
    return graph.executeAsync(GraphCall.get(listUrl(after)), ResponseHandler.page(RealBlockUsersApi::waId));
  }

  private HttpUrl listUrl(@Nullable String after) {
    return after == null ? url : url.newBuilder().addQueryParameter("after", after).build();
  }

  private static String waId(Map<String, Object> item) throws IOException {
    String waId = Json.string(item, "wa_id");
    if (waId == null) {
      throw new IOException("blocked user without wa_id");
    }
    return waId;
  }

  /** Reads {@code block_users} of a success, and of Meta's 139100 answer where some users failed. */
  private static final class Reader implements ResponseHandler.WithErrors<BlockResult> {
    private final String succeededKey;

    Reader(String succeededKey) {
      this.succeededKey = succeededKey;
    }

    @Override
    public BlockResult handle(Response response) throws IOException {
      return read(Json.readObject(response.body().string()));
    }

    @Override
    public @Nullable BlockResult onError(WabaApiException error, String body) throws IOException {
      if (error.code() != SOME_USERS_FAILED) {
        return null;
      }
      Map<String, Object> root = Json.readObject(body);
      return Json.object(root, "block_users") == null ? null : read(root);
    }

    @SuppressWarnings("unchecked")
    private BlockResult read(Map<String, Object> root) {
      Map<String, Object> lists = Json.object(root, "block_users");
      List<BlockResult.User> succeeded = new ArrayList<>();
      for (Object o : Json.list(lists, succeededKey)) {
        if (o instanceof Map<?, ?> m) {
          Map<String, Object> u = (Map<String, Object>) m;
          String input = Objects.requireNonNullElse(Json.string(u, "input"), "");
          String waId = Json.string(u, "wa_id");
          succeeded.add(new BlockResult.User(input, waId == null ? input : waId));
        }
      }
      List<BlockResult.Failure> failed = new ArrayList<>();
      for (Object o : Json.list(lists, "failed_users")) {
        if (o instanceof Map<?, ?> m) {
          Map<String, Object> u = (Map<String, Object>) m;
          Map<String, Object> e = Json.firstObject(u, "errors");
          Long code = Json.longValue(e, "code");
          String message = Json.string(e, "message");
          if (message == null) {
            message = Objects.requireNonNullElse(Json.string(e, "title"), "");
          }
          failed.add(new BlockResult.Failure(Objects.requireNonNullElse(Json.string(u, "input"), ""),
              Json.string(u, "wa_id"), code == null ? 0 : code.intValue(), message,
              Json.string(Json.object(e, "error_data"), "details")));
        }
      }
      return new BlockResult(succeeded, failed);
    }
  }
}
