package dev.wabasdk.message;

import dev.wabasdk.policy.Decision;
import org.jspecify.annotations.Nullable;

/**
 * What Meta answered to a send. A result means <em>accepted</em>, not delivered: delivery (or a failure such as
 * 131047) arrives later as a status webhook keyed by {@link #messageId()}.
 *
 * @param messageId the {@code wamid.…} id that keys every later status webhook
 * @param input the recipient as sent ({@code contacts[].input})
 * @param waId the recipient's {@code wa_id}, when Meta returned it (absent for BSUID sends)
 * @param userId the recipient's business-scoped user id, when Meta returned it
 * @param messageStatus the pacing status of a template send, when Meta returned one
 * @param decision the policy engine's decision, when the client has an engine in {@code ENFORCE} or {@code WARN}
 *     mode (in {@code WARN} mode it may be a denial the client sent anyway)
 */
public record SendResult(
    String messageId,
    @Nullable String input,
    @Nullable String waId,
    @Nullable String userId,
    @Nullable PacingStatus messageStatus,
    @Nullable Decision decision) {

  /** A result without a policy decision. */
  public SendResult(
      String messageId,
      @Nullable String input,
      @Nullable String waId,
      @Nullable String userId,
      @Nullable PacingStatus messageStatus) {
    this(messageId, input, waId, userId, messageStatus, null);
  }

  /** This result with the policy engine's decision. */
  public SendResult withDecision(@Nullable Decision decision) {
    return new SendResult(messageId, input, waId, userId, messageStatus, decision);
  }
}
