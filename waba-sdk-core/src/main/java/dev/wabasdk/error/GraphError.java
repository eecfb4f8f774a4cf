package dev.wabasdk.error;

import org.jspecify.annotations.Nullable;

/**
 * The Graph API error object, kept whole ({@code {"error": {...}}}, cloud-api.md §7.1). Meta advises branching on
 * {@link #code()} and {@link #details()}; the {@link #message()} text may change.
 * Immutable and thread-safe.
 *
 * @param message Meta's message, e.g. {@code (#131030) Recipient phone number not in allowed list}
 * @param type e.g. {@code OAuthException}
 * @param code the error code, e.g. {@code 131047}
 * @param errorSubcode the deprecated subcode, when Meta still sends one
 * @param details {@code error_data.details}, when present
 * @param fbtraceId Meta's trace id, to quote to Meta support
 * @param rawJson the error object as Meta sent it
 */
public record GraphError(
    String message,
    @Nullable String type,
    int code,
    @Nullable Integer errorSubcode,
    @Nullable String details,
    @Nullable String fbtraceId,
    String rawJson) {}
