package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user answered the business's request for permission to call them ({@code interactive} of type
 * {@code call_permission_reply}). Immutable and thread-safe.
 *
 * @param header the sender, id and timestamp
 * @param response {@code accept} or {@code reject} ({@code response})
 * @param isPermanent whether the permission has no expiry ({@code is_permanent})
 * @param expiration until when the business may call ({@code expiration_timestamp}), when accepted for a time
 * @param responseSource how the answer was given, e.g. {@code user_action} or {@code automatic}
 */
public record InboundCallPermissionReply(
    MessageHeader header,
    @Nullable String response,
    boolean isPermanent,
    @Nullable Instant expiration,
    @Nullable String responseSource)
    implements InboundMessage {

  public InboundCallPermissionReply {
    Objects.requireNonNull(header, "header == null");
  }

  /** Whether the user allowed the business to call. */
  public boolean accepted() {
    return "accept".equalsIgnoreCase(response);
  }

  @Override
  public String type() {
    return "interactive";
  }
}
