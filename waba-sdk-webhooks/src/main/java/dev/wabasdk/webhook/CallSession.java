package dev.wabasdk.webhook;

import org.jspecify.annotations.Nullable;

/**
 * The WebRTC session of a call ({@code session}): the SDP offer of a user's call, or the user's SDP answer to a
 * business call. Immutable and thread-safe.
 *
 * @param sdpType {@code offer} or {@code answer}
 * @param sdp the session description (RFC 8866)
 */
public record CallSession(@Nullable String sdpType, @Nullable String sdp) {}
