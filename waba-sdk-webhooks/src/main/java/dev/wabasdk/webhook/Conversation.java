package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The {@code conversation} of a status: under conversation-based pricing every conversation; since v24 only
 * free entry point conversations. Immutable and thread-safe.
 *
 * @param id the conversation id
 * @param expiration when the conversation expires ({@code expiration_timestamp}), when Meta sent it
 * @param originType the category that opened it ({@code origin.type}, open), null when absent
 */
public record Conversation(@Nullable String id, @Nullable Instant expiration, @Nullable PricingCategory originType) {}
