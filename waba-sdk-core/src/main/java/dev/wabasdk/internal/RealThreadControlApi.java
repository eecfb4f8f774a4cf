package dev.wabasdk.internal;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.routing.ThreadControlApi;
import dev.wabasdk.routing.ThreadControlResult;
import dev.wabasdk.routing.ThreadRole;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link ThreadControlApi}. Thread-safe. */
final class RealThreadControlApi implements ThreadControlApi {
  private final GraphClient graph;
  private final HttpUrl url;

  RealThreadControlApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.url = graph.url(phoneNumberId, "thread_control");
  }

  @Override
  public ThreadControlResult pass(Recipient user, @Nullable ThreadRole targetRole, @Nullable String metadata) {
    return graph.execute(passCall(user, targetRole, metadata), RealThreadControlApi::parse);
  }

  @Override
  public ThreadControlResult pass(Recipient user, @Nullable ThreadRole targetRole) {
    return pass(user, targetRole, null);
  }

  @Override
  public CompletableFuture<ThreadControlResult> passAsync(Recipient user, @Nullable ThreadRole targetRole,
      @Nullable String metadata) {
    return graph.executeAsync(passCall(user, targetRole, metadata), RealThreadControlApi::parse);
  }

  @Override
  public ThreadControlResult release(Recipient user, @Nullable String metadata) {
    return graph.execute(releaseCall(user, metadata), RealThreadControlApi::parse);
  }

  @Override
  public ThreadControlResult release(Recipient user) {
    return release(user, null);
  }

  @Override
  public CompletableFuture<ThreadControlResult> releaseAsync(Recipient user, @Nullable String metadata) {
    return graph.executeAsync(releaseCall(user, metadata), RealThreadControlApi::parse);
  }

  @Override
  public ThreadControlResult take(Recipient user, @Nullable String metadata) {
    return graph.execute(takeCall(user, metadata), RealThreadControlApi::parse);
  }

  @Override
  public ThreadControlResult take(Recipient user) {
    return take(user, null);
  }

  @Override
  public CompletableFuture<ThreadControlResult> takeAsync(Recipient user, @Nullable String metadata) {
    return graph.executeAsync(takeCall(user, metadata), RealThreadControlApi::parse);
  }

  private GraphCall passCall(Recipient user, @Nullable ThreadRole targetRole, @Nullable String metadata) {
    Map<String, Object> body = body(user, "pass", metadata);
    if (targetRole != null) {
      if (targetRole.value().isBlank()) {
        throw new IllegalArgumentException("control_pass.target_role: must not be blank, was '"
            + targetRole.value() + "'");
      }
      body.put("control_pass", Map.of("target_role", targetRole.value()));
    }
    // Not repeated on an unknown outcome: after a pass that took effect the caller no longer owns the thread, so a
    // second pass would fail and hide the first one's success.
    return GraphCall.post(url, body, false);
  }

  private GraphCall releaseCall(Recipient user, @Nullable String metadata) {
    // Releasing an idle thread succeeds: repeating a release is harmless.
    return GraphCall.post(url, body(user, "release", metadata), true);
  }

  private GraphCall takeCall(Recipient user, @Nullable String metadata) {
    // Not repeated on an unknown outcome: a second take would send the previous owner a second control_taken.
    return GraphCall.post(url, body(user, "take", metadata), false);
  }

  private static Map<String, Object> body(Recipient user, String action, @Nullable String metadata) {
    Objects.requireNonNull(user, "user");
    if (user instanceof Recipient.Group) {
      throw new IllegalArgumentException("to: thread control (" + action + ") is for one user and one business "
          + "number, not a group; was group '" + user.value() + "'");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put(user instanceof Recipient.PhoneNumber ? "to" : "recipient", user.value());
    body.put("action", action);
    if (metadata != null) {
      if (metadata.isBlank()) {
        throw new IllegalArgumentException("metadata: must not be blank (leave it out instead), was '" + metadata
            + "'");
      }
      int length = metadata.codePointCount(0, metadata.length());
      if (length > MAX_METADATA_LENGTH) {
        throw new IllegalArgumentException("metadata: at most " + MAX_METADATA_LENGTH + " characters, was " + length);
      }
      body.put("metadata", metadata);
    }
    return body;
  }

  private static ThreadControlResult parse(Response response) throws IOException {
    return new ThreadControlResult(Json.string(Json.readObject(response.body().string()), "request_id"));
  }
}
