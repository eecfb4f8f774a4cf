package dev.wabasdk.testkit;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Click-to-WhatsApp {@code referral} object a user's first message carries when they come from an ad or
 * a Page call-to-action; a business reply within 24 h opens the 72 h free entry point window.
 *
 * @param sourceUrl {@code source_url}
 * @param sourceId {@code source_id}
 * @param sourceType {@code source_type}: {@code ad} or {@code post}
 * @param headline {@code headline}
 * @param body {@code body}
 * @param ctwaClid {@code ctwa_clid}
 */
public record Referral(String sourceUrl, String sourceId, String sourceType, @Nullable String headline,
    @Nullable String body, @Nullable String ctwaClid) {

  public Referral {
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(sourceType, "sourceType");
  }

  /** A referral from the ad {@code sourceId} with a headline, as Meta sends it for Click-to-WhatsApp ads. */
  public static Referral ad(String sourceId, String headline) {
    return new Referral("https://fb.me/" + sourceId, sourceId, "ad", headline, null, "ctwa." + sourceId);
  }
}
