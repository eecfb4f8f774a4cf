package dev.wabasdk.message;

import org.jspecify.annotations.Nullable;

/**
 * What Meta answered to a send. A result means <em>accepted</em>, not delivered: delivery (or a failure such as
 * 131047) arrives later as a status webhook keyed by {@link #messageId()}.
 *
 * @param messageId the {@code wamid.…} id that keys every later status webhook
 * @param input the recipient as sent ({@code contacts[].input})
 * @param waId the recipient's {@code wa_id}, when Meta returned it (absent for BSUID sends)
 * @param userId the recipient's business-scoped user id, when Meta returned it
 * @param messageStatus the pacing status of a template send, when Meta returned one
 */
public record SendResult(
    String messageId,
    @Nullable String input,
    @Nullable String waId,
    @Nullable String userId,
    @Nullable MessageStatus messageStatus) {}
