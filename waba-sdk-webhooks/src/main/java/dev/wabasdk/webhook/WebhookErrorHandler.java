package dev.wabasdk.webhook;

/**
 * Told when a {@link WebhookListener} throws, after the processor logged it. Use it to count failures or alert.
 * With {@link DeliveryGuarantee#AT_LEAST_ONCE} on the calling thread, Meta is answered 500 and redelivers the event;
 * on an executor or with {@link DeliveryGuarantee#AT_MOST_ONCE}, Meta already got 200, so park the event here if it
 * must be retried. Implementations must be thread-safe when listeners run concurrently.
 */
@FunctionalInterface
public interface WebhookErrorHandler {

  /** {@code listener} threw {@code error} while handling {@code event}. Exceptions thrown here are logged. */
  void onListenerError(WebhookEvent event, WebhookListener listener, Exception error);
}
