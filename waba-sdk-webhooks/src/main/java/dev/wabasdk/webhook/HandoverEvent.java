package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.routing.ThreadRole;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Conversation Routing moved a thread (one WhatsApp user and one business number) between responders: the
 * {@code messaging_handovers} field. {@link ControlPassed} goes to the new owner when the owner passed the thread
 * (after it, you own the thread and may answer); {@link ControlTaken} goes to the previous owner when the escalation
 * partner took it, explicitly or by sending a service message (after it, you no longer own it). A release sends no
 * handover, and a responder is never told of its own pass or take. Another {@code type} is an {@link UnknownEvent}.
 * Meta names roles only, never the other apps (its deprecated {@code previous_owner_app_id} and
 * {@code previous_owner_app_role} stay in {@link #raw()}). Implementations are immutable and thread-safe.
 */
public sealed interface HandoverEvent extends WebhookEvent permits ControlPassed, ControlTaken {

  /** Where the notification came from: event id (a content hash), account, field, time and the raw change. */
  ChangeHeader header();

  /** The WhatsApp user of the thread ({@code sender.phone_number}), when Meta named one. */
  @Nullable WhatsAppUser user();

  /** The business number of the thread ({@code recipient.phone_number_id}, {@code recipient.display_phone_number}). */
  WebhookMetadata metadata();

  /** When ownership changed ({@code timestamp}). */
  Instant timestamp();

  /** The role that held the thread before ({@code previous_owner_role}), when Meta sent it. */
  @Nullable ThreadRole previousOwnerRole();

  /** The role that holds the thread now ({@code new_owner_role}), when Meta sent it. */
  @Nullable ThreadRole newOwnerRole();

  /**
   * The free text the passing or taking responder gave ({@code metadata}; named so because {@link #metadata()} is the
   * business number everywhere else), e.g. {@code Control taken via service message} for an implicit take.
   */
  @Nullable String handoverMetadata();

  @Override
  default String eventId() {
    return header().eventId();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }
}
