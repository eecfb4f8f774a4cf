package dev.wabasdk.campaign;

/**
 * Hears how a campaign run goes. {@link #onProgress} and {@link #onStateChange} are called from the run's
 * coordinator thread, {@link #onSendResult} from its sender threads, so keep them quick; an exception is logged and
 * does not stop the campaign. Implementations must be thread-safe.
 */
public interface CampaignListener {
  /** About once a second while the campaign runs, and once at the end. */
  default void onProgress(CampaignProgress progress) {}

  /** The run state changed: paused, resumed, stopped by a trouble signal (with the reason), cancelled, finished. */
  default void onStateChange(String campaignId, CampaignControl control) {}

  /**
   * This instance decided the outcome of one send attempt (each attempt once, on the instance that made it):
   * {@link SendState#ACCEPTED} (Meta answered with a {@code wamid}), {@link SendState#FAILED} (Meta refused it; the
   * detail is the error code), {@link SendState#SKIPPED} (the policy engine refused it or the number is invalid;
   * the detail is the reason code, nothing was sent) or {@link SendState#UNKNOWN} (the request was written and no
   * answer came; a status webhook resolves it later, which the progress counters show).
   *
   * @param campaignId the campaign
   * @param state the outcome
   * @param detail the error code, the refusal reason, or empty
   */
  default void onSendResult(String campaignId, SendState state, String detail) {}
}
