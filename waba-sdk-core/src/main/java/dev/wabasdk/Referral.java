package dev.wabasdk;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code referral} object of an inbound message: the user came from a click-to-WhatsApp ad or a Facebook Page
 * call-to-action. A business reply within 24 hours opens a 72-hour free entry point window (cloud-api.md §8.2), so
 * the webhooks module parses it, the policy engine and the cost estimator learn from it, and the testkit sends it.
 * Immutable and thread-safe.
 *
 * @param sourceUrl the ad or post URL ({@code source_url})
 * @param sourceType {@code ad} or {@code post}, as Meta sent it ({@code source_type})
 * @param sourceId the ad or post id ({@code source_id})
 * @param headline the ad headline
 * @param body the ad body
 * @param mediaType {@code image} or {@code video}, as Meta sent it
 * @param imageUrl the ad image URL
 * @param videoUrl the ad video URL
 * @param thumbnailUrl the video thumbnail URL
 * @param ctwaClid the click id ({@code ctwa_clid}) for conversion tracking
 */
public record Referral(
    @Nullable String sourceUrl,
    @Nullable String sourceType,
    @Nullable String sourceId,
    @Nullable String headline,
    @Nullable String body,
    @Nullable String mediaType,
    @Nullable String imageUrl,
    @Nullable String videoUrl,
    @Nullable String thumbnailUrl,
    @Nullable String ctwaClid) {

  /**
   * A click-to-WhatsApp ad referral as Meta sends it: {@code source_type} {@code ad}, the ad's id, a headline, and a
   * source URL and click id derived from the id.
   */
  public static Referral ad(String sourceId, @Nullable String headline) {
    Objects.requireNonNull(sourceId, "sourceId");
    return new Referral("https://fb.me/" + sourceId, "ad", sourceId, headline, null, null, null, null, null,
        "ctwa." + sourceId);
  }
}
