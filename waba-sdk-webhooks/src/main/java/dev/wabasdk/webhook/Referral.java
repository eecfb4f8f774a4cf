package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * A click-to-WhatsApp ad or Page post {@code referral} on an inbound message. Its presence on a user's first
 * message opens a free entry point opportunity (cloud-api.md §8.2). The full object Meta sends; the policy engine
 * takes its {@link #toPolicyReferral() source}.
 *
 * @param sourceUrl the ad or post URL
 * @param sourceType {@code ad} or {@code post}, as Meta sent it
 * @param sourceId the ad or post id
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

  /** The part of this referral the policy engine needs (to open a free entry point on the reply). */
  public dev.wabasdk.policy.Referral toPolicyReferral() {
    return new dev.wabasdk.policy.Referral(sourceType, sourceId);
  }
}
