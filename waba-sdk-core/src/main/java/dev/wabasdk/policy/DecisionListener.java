package dev.wabasdk.policy;

import dev.wabasdk.message.Message;

/**
 * Observes every decision the {@link PolicyEngine} makes: called once per {@link PolicyEngine#evaluate} or
 * {@link PolicyEngine#admit}, with the final decision, on the calling thread. For metrics and audit logs; an exception
 * it throws is logged and never changes the decision or breaks the send. Keep it quick.
 * Implementations must be thread-safe: decisions arrive from every sending thread.
 */
@FunctionalInterface
public interface DecisionListener {

  /** Called with the message and the decision made about it. */
  void onDecision(Message message, Decision decision);
}
