package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * An error object inside a webhook (cloud-api.md §6.8), e.g. on a {@code failed} status, an {@code unsupported}
 * message, or a top-level asynchronous API error. Immutable and thread-safe.
 *
 * @param code Meta's error code, e.g. {@code 131026}; 0 when absent
 * @param title the short title (Meta sends the same text in {@code message})
 * @param message the message
 * @param details {@code error_data.details}, the most specific explanation
 * @param href a link to Meta's error code reference
 */
public record WebhookError(
    int code, @Nullable String title, @Nullable String message, @Nullable String details, @Nullable String href) {}
