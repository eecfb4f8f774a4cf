package dev.wabasdk.policy;

import java.time.Instant;

/**
 * Reports the free entry point window: a user who came from a click-to-WhatsApp ad or a Facebook Page CTA and got
 * a reply within 24 hours can be messaged free of charge for 72 hours (free-form messages still need the customer
 * service window). This rule never blocks; it adds {@code free_entry_point_until}, or
 * {@code free_entry_point_reply_by} while a reply would still open the window.
 * Immutable and thread-safe.
 */
public final class FreeEntryPointRule implements PolicyRule {

  @Override
  public Decision evaluate(PolicyContext context) {
    UserState user = context.user();
    long now = context.nowEpochSecond();
    if (now < user.freeEntryPointUntil()) {
      context.note("free_entry_point_until", Instant.ofEpochSecond(user.freeEntryPointUntil()).toString());
    } else if (user.referralAt() != 0 && user.freeEntryPointUntil() < user.referralAt()
        && now < user.referralAt() + ConversationStore.FREE_ENTRY_POINT_REPLY_SECONDS) {
      context.note("free_entry_point_reply_by",
          Instant.ofEpochSecond(user.referralAt() + ConversationStore.FREE_ENTRY_POINT_REPLY_SECONDS).toString());
    }
    return Decision.allow();
  }

  @Override
  public String toString() {
    return "FreeEntryPointRule";
  }
}
