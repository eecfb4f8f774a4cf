package dev.wabasdk.webhook;

/**
 * Told when a {@link WebhookListener} throws, after the processor logged it. Use it to count failures or park the
 * event for a retry; Meta is not told (it already got 200) and will not redeliver.
 * Called on the thread that ran the listener; must be thread-safe when the processor handles requests concurrently.
 */
@FunctionalInterface
public interface WebhookErrorHandler {

  /** {@code listener} threw {@code error} while handling {@code event}. Exceptions thrown here are logged. */
  void onListenerError(WebhookEvent event, WebhookListener listener, Exception error);
}
