package dev.wabasdk.policy;

import org.jspecify.annotations.Nullable;

/**
 * The {@code referral} of an inbound message: the user came from a click-to-WhatsApp ad or a Facebook Page
 * call-to-action. Answering within 24 hours opens a 72-hour free entry point window (cloud-api.md §8.2).
 *
 * @param sourceType Meta's {@code source_type}, e.g. {@code ad} or {@code post}, when sent
 * @param sourceId Meta's {@code source_id} (the ad or post id), when sent
 */
public record Referral(@Nullable String sourceType, @Nullable String sourceId) {}
