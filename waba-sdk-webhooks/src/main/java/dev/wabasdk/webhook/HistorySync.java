package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of the WhatsApp Business app's chat history, shared when a business app number is onboarded to
 * Cloud API ({@code history}). Its messages are past ones: they open no window and are not {@link InboundMessage}
 * events. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param metadata the business phone number
 * @param chunks the {@code history[]} items, in payload order
 */
public record HistorySync(ChangeHeader header, WebhookMetadata metadata, List<Chunk> chunks)
    implements CoexistenceEvent {

  public HistorySync {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(metadata, "metadata == null");
    chunks = List.copyOf(Objects.requireNonNull(chunks, "chunks == null"));
  }

  @Override
  public String eventId() {
    return header.eventId();
  }

  @Override
  public @Nullable String businessAccountId() {
    return header.businessAccountId();
  }

  @Override
  public RawJson raw() {
    return header.raw();
  }

  /**
   * One chunk of history, or the reason none is shared.
   *
   * @param phase {@code metadata.phase}: 0 (the last day), 1 (the last 90 days), 2 (older), when given
   * @param chunkOrder {@code metadata.chunk_order}, the chunk's place within its phase
   * @param progress {@code metadata.progress}, percent of the whole history delivered so far
   * @param threads the chats in this chunk
   * @param errors why no history is shared (e.g. the business turned sharing off), else empty
   */
  public record Chunk(
      @Nullable Integer phase, @Nullable Integer chunkOrder, @Nullable Integer progress, List<Thread> threads,
      List<WebhookError> errors) {
    public Chunk {
      threads = List.copyOf(threads);
      errors = List.copyOf(errors);
    }
  }

  /**
   * One chat.
   *
   * @param id the other party ({@code threads[].id}, the user's phone number)
   * @param messages its messages, typed like inbound messages of the same type; each one's
   *     {@link InboundMessage#from()} is the sender as Meta gives it ({@code from}: the user or the business number)
   */
  public record Thread(@Nullable String id, List<Message> messages) {
    public Thread {
      messages = List.copyOf(messages);
    }
  }

  /**
   * A past message.
   *
   * @param content the message, typed; null when its type is unknown (it stays in {@link HistorySync#raw()})
   * @param status its delivery status then ({@code history_context.status}, e.g. {@code READ}), when given
   */
  public record Message(@Nullable InboundMessage content, @Nullable String status) {}
}
