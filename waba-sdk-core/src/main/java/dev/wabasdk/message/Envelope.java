package dev.wabasdk.message;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields every message type shares besides its recipient: the reply context, the callback data Meta echoes
 * in status webhooks, the identity check, and extra JSON fields for what the SDK does not model yet.
 *
 * <p>Extra fields are written after the modelled ones and replace a modelled field of the same name, so they can
 * also override a value (for example {@code "recipient_type": "group"}).
 * Immutable and thread-safe.
 *
 * @param contextMessageId the {@code wamid} of the message this one replies to ({@code context.message_id})
 * @param bizOpaqueCallbackData {@code biz_opaque_callback_data}, at most 512 characters
 * @param extraFields fields merged into the top level of the request body
 * @param extraTypeFields fields merged into the type object (for example into {@code "text": {...}})
 * @param directSend the Direct Send {@code category} and {@code ttl_seconds}, or null for an ordinary message
 * @param recipientIdentityKeyHash {@code recipient_identity_key_hash}: Meta delivers the message only while the
 *     recipient's identity hash is this one, else null
 */
public record Envelope(
    @Nullable String contextMessageId,
    @Nullable String bizOpaqueCallbackData,
    Map<String, Object> extraFields,
    Map<String, Object> extraTypeFields,
    @Nullable DirectSend directSend,
    @Nullable String recipientIdentityKeyHash) {

  /** Meta's limit on {@code biz_opaque_callback_data}. */
  public static final int MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH = 512;

  /** No reply context, no callback data, no extra fields. */
  public static final Envelope EMPTY = new Envelope(null, null, Map.of(), Map.of(), null, null);

  public Envelope {
    Checks.optionalText(contextMessageId, "context.message_id", Integer.MAX_VALUE);
    Checks.optionalText(bizOpaqueCallbackData, "biz_opaque_callback_data", MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH);
    Checks.optionalText(recipientIdentityKeyHash, "recipient_identity_key_hash", Integer.MAX_VALUE);
    extraFields = Checks.jsonObject(extraFields, "extraFields");
    extraTypeFields = Checks.jsonObject(extraTypeFields, "extraTypeFields");
  }

  /** An envelope without an identity check. */
  public Envelope(@Nullable String contextMessageId, @Nullable String bizOpaqueCallbackData,
      Map<String, Object> extraFields, Map<String, Object> extraTypeFields, @Nullable DirectSend directSend) {
    this(contextMessageId, bizOpaqueCallbackData, extraFields, extraTypeFields, directSend, null);
  }

  /** An envelope of an ordinary message (no Direct Send, no identity check). */
  public Envelope(@Nullable String contextMessageId, @Nullable String bizOpaqueCallbackData,
      Map<String, Object> extraFields, Map<String, Object> extraTypeFields) {
    this(contextMessageId, bizOpaqueCallbackData, extraFields, extraTypeFields, null, null);
  }
}
