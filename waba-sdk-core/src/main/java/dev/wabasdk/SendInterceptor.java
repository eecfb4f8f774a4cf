package dev.wabasdk;

import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.internal.PerNumberInterceptor;
import java.time.Clock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Observes, changes or stops message sends, the way an OkHttp {@code Interceptor} does for calls. Interceptors are
 * added with {@link WhatsApp.Builder#addInterceptor} and run in the order added around every
 * {@code messages().send(..)}, {@code marketingMessages().send(..)} and their async twins; the last link of the chain writes the HTTP request.
 *
 * <pre>{@code
 * SendInterceptor timing = chain -> {
 *   long start = System.nanoTime();
 *   SendResult result = chain.proceed(chain.message());
 *   log.info("sent {} in {} µs", result.messageId(), (System.nanoTime() - start) / 1000);
 *   return result;
 * };
 * WhatsApp whatsApp = WhatsApp.builder().accessToken(token).phoneNumberId(id).addInterceptor(timing).build();
 * }</pre>
 *
 * <p>An interceptor may return without calling {@link Chain#proceed} (nothing is sent) or throw (the send fails
 * with that exception; an async send's future completes exceptionally with it). It may call {@code proceed} once:
 * a message send is not idempotent. For {@code sendAsync} the chain runs on a thread of the client's HTTP
 * dispatcher, so interceptor code is always one blocking method and never blocks the caller of
 * {@code sendAsync}. Implementations must be thread-safe: one instance serves every send of the client.
 */
@FunctionalInterface
public interface SendInterceptor {
  /** Handles one send: usually {@code chain.proceed(chain.message())}, with work before and after it. */
  SendResult intercept(Chain chain);

  /**
   * An interceptor that hands each send to the interceptor of its number, created by {@code factory} on the number's
   * first send and kept: e.g. one {@code PolicyEngine} per number (with its own store or key prefix), so tenants of a
   * multi-tenant client never see each other's windows, opt-outs or counters. The factory must not return null.
   */
  static SendInterceptor perNumber(Function<? super Tenant, ? extends SendInterceptor> factory) {
    return new PerNumberInterceptor(factory);
  }

  /** One send as it passes an interceptor. Used by one thread for one send; not thread-safe. */
  interface Chain {
    /** The message to send, as the previous interceptor passed it on. */
    Message message();

    /** The business phone number id the message is sent from. */
    String phoneNumberId();

    /** The WhatsApp Business Account id of that number, when the client (or its number view) knows it. */
    default @Nullable String businessAccountId() {
      return null;
    }

    /** The client's clock. */
    Clock clock();

    /**
     * The options of a Marketing Messages API send ({@code POST /{phone-number-id}/marketing_messages}, whose
     * message is always a marketing template), or null for a {@code /messages} send.
     *
     * @since 0.4
     */
    default @Nullable MarketingMessageOptions marketingMessageOptions() {
      return null;
    }

    /**
     * Hands {@code message} to the next interceptor (the last one sends it) and returns Meta's answer. Call it at
     * most once.
     *
     * @throws IllegalStateException when called a second time by the same interceptor
     */
    SendResult proceed(Message message);
  }
}
