package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message the owner of a thread sent the user ({@code standby.message_echoes[]}), e.g. Meta Business Agent's
 * reply: Meta echoes the owner's Send API request body as it was sent. A business message of another responder:
 * it opens no window and is not the app's. Immutable and thread-safe.
 *
 * @param id the message id ({@code wamid...})
 * @param timestamp when the owner sent it
 * @param to the user it went to (the send body's {@code to}, or {@code recipient} for a BSUID), when it names one
 * @param type the send body's {@code type}, e.g. {@code text}, {@code template}
 * @param message the echoed Send API request body ({@code message}), as Meta sent it
 * @param template the full template definition of a template echo ({@code template}), else null
 * @param flow the Flow of a Flow echo ({@code flow}: id, name, status, categories), else null
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the echo object as Meta sent it
 */
public record StandbyEcho(
    String id,
    Instant timestamp,
    @Nullable WhatsAppUser to,
    @Nullable String type,
    RawJson message,
    @Nullable RawJson template,
    @Nullable RawJson flow,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements StandbyEvent {

  public StandbyEcho {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** {@code standby:echo:<wamid>}. */
  @Override
  public String eventId() {
    return "standby:echo:" + id;
  }
}
