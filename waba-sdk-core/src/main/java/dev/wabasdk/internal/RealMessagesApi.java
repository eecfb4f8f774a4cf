package dev.wabasdk.internal;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.Tenant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP implementation of {@link MessagesApi}: runs each send through the client's {@link SendInterceptor}s,
 * the last link writing the request. Thread-safe.
 */
final class RealMessagesApi implements MessagesApi {
  private final GraphClient graph;
  private final HttpUrl messagesUrl;
  private final Tenant tenant;
  private final Clock clock;
  private final List<SendInterceptor> interceptors;

  RealMessagesApi(GraphClient graph, Tenant tenant, Clock clock, List<SendInterceptor> interceptors) {
    this.graph = graph;
    this.messagesUrl = graph.url(tenant.phoneNumberId(), "messages");
    this.tenant = tenant;
    this.clock = clock;
    this.interceptors = List.copyOf(interceptors);
  }

  @Override
  public SendResult send(Message message) {
    GraphCall call = sendCall(message);
    if (interceptors.isEmpty()) {
      return graph.execute(call, SendResultReader::read);
    }
    return new Link(0, message, message, call).proceed(message);
  }

  @Override
  public CompletableFuture<SendResult> sendAsync(Message message) {
    // Encoding checks Meta's limits: bad input throws here, before any interceptor runs or claims anything.
    GraphCall call = sendCall(message);
    if (interceptors.isEmpty()) {
      return graph.executeAsync(call, SendResultReader::read);
    }
    // Interceptors are blocking code: run the chain on the HTTP dispatcher's threads, never the caller's.
    CompletableFuture<SendResult> future = new CompletableFuture<>();
    try {
      graph.executor().execute(() -> {
        try {
          future.complete(new Link(0, message, message, call).proceed(message));
        } catch (Throwable e) {
          future.completeExceptionally(e);
        }
      });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(
          new WabaException("the client is closed: not sent", Outcome.NOT_SENT, false, e));
    }
    return future;
  }

  /** The chain as interceptor {@code index} sees it; the link past the last interceptor writes the request. */
  private final class Link implements SendInterceptor.Chain {
    private final int index;
    private final Message message;
    private final Message original;
    private final GraphCall originalCall;
    private boolean proceeded;

    Link(int index, Message message, Message original, GraphCall originalCall) {
      this.index = index;
      this.message = message;
      this.original = original;
      this.originalCall = originalCall;
    }

    @Override
    public Message message() {
      return message;
    }

    @Override
    public String phoneNumberId() {
      return tenant.phoneNumberId();
    }

    @Override
    public @Nullable String businessAccountId() {
      return tenant.businessAccountId();
    }

    @Override
    public Clock clock() {
      return clock;
    }

    @Override
    public SendResult proceed(Message next) {
      Objects.requireNonNull(next, "message");
      if (proceeded) {
        throw new IllegalStateException(
            "SendInterceptor " + interceptors.get(index - 1) + " called proceed() twice: a send is not idempotent");
      }
      proceeded = true;
      if (index == interceptors.size()) {
        GraphCall call = next == original ? originalCall : sendCall(next);
        return graph.execute(call, SendResultReader::read);
      }
      SendInterceptor interceptor = interceptors.get(index);
      return Objects.requireNonNull(interceptor.intercept(new Link(index + 1, next, original, originalCall)),
          () -> "SendInterceptor " + interceptor + " returned null");
    }
  }

  @Override
  public void markAsRead(String messageId) {
    graph.execute(readCall(messageId, false), ResponseHandler.jsonObject());
  }

  @Override
  public CompletableFuture<Void> markAsReadAsync(String messageId) {
    return graph.executeAsync(readCall(messageId, false), ResponseHandler.jsonObject()).thenApply(r -> null);
  }

  @Override
  public void showTypingIndicator(String messageId) {
    graph.execute(readCall(messageId, true), ResponseHandler.jsonObject());
  }

  @Override
  public CompletableFuture<Void> showTypingIndicatorAsync(String messageId) {
    return graph.executeAsync(readCall(messageId, true), ResponseHandler.jsonObject()).thenApply(r -> null);
  }

  private GraphCall sendCall(Message message) {
    Objects.requireNonNull(message, "message");
    return GraphCall.send(messagesUrl, SendBody.of(message));
  }

  private GraphCall readCall(String messageId, boolean typing) {
    Objects.requireNonNull(messageId, "messageId");
    if (messageId.isBlank()) {
      throw new IllegalArgumentException("message_id: must not be blank");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("status", "read");
    body.put("message_id", messageId);
    if (typing) {
      body.put("typing_indicator", Map.of("type", "text"));
    }
    // Marking as read twice is harmless, so it may be retried like a read.
    return GraphCall.post(messagesUrl, body, true);
  }
}
