package dev.wabasdk.routing;

import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a thread control call ({@code {"messaging_product":"whatsapp","request_id":"..."}}). Immutable
 * and thread-safe.
 *
 * @param requestId Meta's {@code request_id}, to quote to Meta's support about this call; present in answers since
 *     September 25, 2026, null in older ones
 */
public record ThreadControlResult(@Nullable String requestId) {}
