package dev.wabasdk.campaign;

/** The state of a campaign run, shared by every instance through the outbox. Thread-safe. */
public enum CampaignState {
  /** Sending (or waiting for a schedule, quiet hours or the messaging limit). */
  RUNNING,
  /** Paused by the app; {@code resume()} continues. */
  PAUSED,
  /** Stopped by the campaign itself on a trouble signal ({@link StopReason}); {@code resume()} continues. */
  STOPPED,
  /** Cancelled: nothing more is sent. */
  CANCELLED,
  /** Every recipient is done. */
  FINISHED
}
