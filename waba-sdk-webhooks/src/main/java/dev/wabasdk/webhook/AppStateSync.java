package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contacts the business added, changed or removed in the WhatsApp Business app ({@code state_sync[]} of the
 * {@code smb_app_state_sync} field). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param metadata the business phone number
 * @param items the synchronised contacts, in payload order
 */
public record AppStateSync(ChangeHeader header, WebhookMetadata metadata, List<Item> items)
    implements CoexistenceEvent {

  public AppStateSync {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(metadata, "metadata == null");
    items = List.copyOf(Objects.requireNonNull(items, "items == null"));
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
   * One synchronised contact.
   *
   * @param type what was synchronised, e.g. {@code contact}
   * @param action {@code add} (also a change) or {@code remove}
   * @param fullName {@code contact.full_name}
   * @param firstName {@code contact.first_name}
   * @param phoneNumber {@code contact.phone_number}
   * @param timestamp {@code metadata.timestamp}, when valid
   */
  public record Item(
      @Nullable String type,
      @Nullable String action,
      @Nullable String fullName,
      @Nullable String firstName,
      @Nullable String phoneNumber,
      @Nullable Instant timestamp) {}
}
