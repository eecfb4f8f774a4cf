package dev.wabasdk.campaign;

/**
 * Hears how a campaign run goes. Called from the run's coordinator thread, so keep it quick; an exception is logged
 * and does not stop the campaign. Implementations must be thread-safe when shared by several runs.
 */
public interface CampaignListener {
  /** About once a second while the campaign runs, and once at the end. */
  default void onProgress(CampaignProgress progress) {}

  /** The run state changed: paused, resumed, stopped by a trouble signal (with the reason), cancelled, finished. */
  default void onStateChange(String campaignId, CampaignControl control) {}
}
