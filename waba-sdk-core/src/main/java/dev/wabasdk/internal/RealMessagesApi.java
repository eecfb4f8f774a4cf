package dev.wabasdk.internal;

import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
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
 * the last link writing the request. Marketing Messages API sends ({@link RealMarketingMessagesApi}) run through the
 * same chain, so interceptors (the policy engine) treat both alike. Thread-safe.
 */
final class RealMessagesApi implements MessagesApi {
  private final GraphClient graph;
  private final HttpUrl messagesUrl;
  /** Made on the first marketing send: most numbers never make one (racy but idempotent). */
  private @Nullable HttpUrl marketingMessagesUrl;
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
    return send(message, null);
  }

  @Override
  public CompletableFuture<SendResult> sendAsync(Message message) {
    return sendAsync(message, null);
  }

  /** A send to {@code /messages}, or to {@code /marketing_messages} when {@code marketing} is not null. */
  SendResult send(Message message, @Nullable MarketingMessageOptions marketing) {
    GraphCall call = sendCall(message, marketing);
    if (interceptors.isEmpty()) {
      return graph.execute(call, SendResultReader::read);
    }
    return new Link(0, message, message, call, marketing).proceed(message);
  }

  /** The asynchronous twin of {@link #send(Message, MarketingMessageOptions)}. */
  CompletableFuture<SendResult> sendAsync(Message message, @Nullable MarketingMessageOptions marketing) {
    // Encoding checks Meta's limits: bad input throws here, before any interceptor runs or claims anything.
    GraphCall call = sendCall(message, marketing);
    if (interceptors.isEmpty()) {
      return graph.executeAsync(call, SendResultReader::read);
    }
    // Interceptors are blocking code: run the chain on the HTTP dispatcher's threads, never the caller's.
    CompletableFuture<SendResult> future = new CompletableFuture<>();
    try {
      graph.executor().execute(() -> {
        try {
          future.complete(new Link(0, message, message, call, marketing).proceed(message));
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
    private final @Nullable MarketingMessageOptions marketing;
    private boolean proceeded;

    Link(int index, Message message, Message original, GraphCall originalCall,
        @Nullable MarketingMessageOptions marketing) {
      this.index = index;
      this.message = message;
      this.original = original;
      this.originalCall = originalCall;
      this.marketing = marketing;
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
    public @Nullable MarketingMessageOptions marketingMessageOptions() {
      return marketing;
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
        GraphCall call = next == original ? originalCall : sendCall(next, marketing);
        return graph.execute(call, SendResultReader::read);
      }
      SendInterceptor interceptor = interceptors.get(index);
      return Objects.requireNonNull(interceptor.intercept(new Link(index + 1, next, original, originalCall, marketing)),
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

  private GraphCall sendCall(Message message, @Nullable MarketingMessageOptions marketing) {
    Objects.requireNonNull(message, "message");
    if (marketing == null) {
      return GraphCall.send(messagesUrl, SendBody.of(message));
    }
    // Also guards an interceptor that swaps in another message: Meta takes only marketing templates here.
    if (!(message instanceof TemplateMessage)) {
      throw new IllegalArgumentException("type: the Marketing Messages API sends only template messages, was "
          + message.getClass().getSimpleName());
    }
    HttpUrl url = marketingMessagesUrl;
    if (url == null) {
      url = graph.url(tenant.phoneNumberId(), "marketing_messages");
      marketingMessagesUrl = url;
    }
    return GraphCall.send(url, SendBody.marketing(message, marketing));
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
