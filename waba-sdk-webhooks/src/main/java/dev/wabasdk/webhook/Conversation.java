package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The {@code conversation} of a status: under conversation-based pricing every conversation; since v24 only
 * free entry point conversations.
 *
 * @param id the conversation id
 * @param expiration when the conversation expires ({@code expiration_timestamp}), when Meta sent it
 * @param originType the category that opened it ({@code origin.type}), null when absent
 * @param rawOriginType {@code origin.type} as Meta sent it
 */
public record Conversation(
    @Nullable String id,
    @Nullable Instant expiration,
    @Nullable PricingCategory originType,
    @Nullable String rawOriginType) {}
