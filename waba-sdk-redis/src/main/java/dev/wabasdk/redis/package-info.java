/**
 * Redis (Lettuce) stores that let several app instances share one view: {@link RedisConversationStore} for the
 * policy engine and {@link RedisDeduplicationStore} for the webhook processor.
 */
@NullMarked
package dev.wabasdk.redis;

import org.jspecify.annotations.NullMarked;
