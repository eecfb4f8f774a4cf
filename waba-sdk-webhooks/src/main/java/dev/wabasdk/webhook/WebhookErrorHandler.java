package dev.wabasdk.webhook;

/**
 * Told when a {@link WebhookListener} throws, after the processor logged it. Use it to count failures or park the
 * event for a retry; Meta is not told (it already got 200) and will not redeliver.
 */
@FunctionalInterface
public interface WebhookErrorHandler {

  /** {@code listener} threw {@code error} while handling {@code event}. Exceptions thrown here are logged. */
  void onListenerError(WebhookEvent event, WebhookListener listener, Exception error);
}
