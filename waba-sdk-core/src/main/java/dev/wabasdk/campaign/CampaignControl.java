package dev.wabasdk.campaign;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shared run state of a campaign as the outbox stores it: what every instance obeys. Immutable and thread-safe.
 *
 * @param state running, paused, stopped, cancelled or finished
 * @param reason why it stopped, for {@link CampaignState#STOPPED}
 * @param detail one sentence for people
 */
public record CampaignControl(CampaignState state, @Nullable StopReason reason, String detail) {
  /** A running campaign. */
  public static final CampaignControl RUNNING = new CampaignControl(CampaignState.RUNNING, null, "");

  public CampaignControl {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(detail, "detail");
  }
}
