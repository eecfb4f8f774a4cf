package dev.wabasdk.campaign;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of a campaign's counters, shared by every instance through the outbox. Immutable and thread-safe.
 *
 * @param campaignId the campaign
 * @param control the run state
 * @param queued recipients read from the source so far
 * @param loaded whether the source is fully read
 * @param counters the outbox counters ({@link CampaignOutbox#counters})
 */
public record CampaignProgress(String campaignId, CampaignControl control, long queued, boolean loaded,
    Map<String, Long> counters) {

  public CampaignProgress {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(control, "control");
    counters = Map.copyOf(counters);
  }

  /** Recipients whose send is in a state. */
  public long count(SendState state) {
    return counters.getOrDefault("state:" + state, 0L);
  }

  /** Recipients whose status webhooks reached {@code status} (e.g. {@code delivered}; each recipient once). */
  public long statusCount(String status) {
    return counters.getOrDefault("status:" + status, 0L);
  }

  /** Recipients done with (accepted, failed, skipped, unresolved). */
  public long done() {
    return count(SendState.ACCEPTED) + count(SendState.FAILED) + count(SendState.SKIPPED)
        + count(SendState.UNRESOLVED);
  }

  /** A one-line text progress bar, e.g. {@code [#########-----------] 45% 4500/10000 ...}. */
  public String bar(int width) {
    long total = Math.max(queued, 1);
    int filled = (int) Math.min(width, done() * width / total);
    return "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + (done() * 100 / total) + "% " + done() + "/"
        + queued + (loaded ? "" : "+") + " accepted " + count(SendState.ACCEPTED) + " delivered "
        + statusCount("delivered") + " read " + statusCount("read") + " failed " + count(SendState.FAILED)
        + " skipped " + count(SendState.SKIPPED) + " unknown " + count(SendState.UNKNOWN) + " " + control.state();
  }
}
