package dev.wabasdk.webhook.flow;

/**
 * The app's side of a Flow endpoint: answers each decrypted request. Health checks never reach it. Implementations
 * are called concurrently and must be thread-safe.
 */
@FunctionalInterface
public interface FlowHandler {

  /** Answers an {@code INIT}, {@code BACK} or {@code data_exchange} request. */
  FlowResponse handle(FlowRequest request);

  /**
   * Called for an error notification (the flow reports that the previous answer was unusable, see
   * {@link FlowRequest#error()}); the processor acknowledges it as Meta documents whatever this does. Default:
   * nothing (the processor logs it).
   */
  default void onErrorNotification(FlowRequest request) {}
}
