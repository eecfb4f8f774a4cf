package dev.wabasdk.cost;

import dev.wabasdk.message.Recipient;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of a recorded history for {@link CostEstimator#replay}: a user's message (which opens the customer
 * service window; with a referral from a click-to-WhatsApp ad or Page button it also allows a free entry point
 * window) or a delivered business message with its pricing category ({@link PricingCategory#SERVICE} for
 * non-template messages). All events belong to one business phone number. Implementations are immutable records,
 * thread-safe.
 */
public sealed interface HistoryEvent permits HistoryEvent.Inbound, HistoryEvent.Outbound {

  /** The user's phone number as E.164 digits ({@code wa_id}). */
  String user();

  Instant at();

  /** A message from the user, without a referral. */
  static Inbound inbound(String user, Instant at) {
    return new Inbound(user, at, false);
  }

  /** A message from the user that came from a click-to-WhatsApp ad or a Facebook Page call-to-action button. */
  static Inbound referral(String user, Instant at) {
    return new Inbound(user, at, true);
  }

  /** A delivered business message of {@code category}. */
  static Outbound outbound(String user, Instant at, PricingCategory category) {
    return new Outbound(user, at, category);
  }

  /**
   * A message from the user. Immutable and thread-safe.
   *
   * @param referral whether it came from a click-to-WhatsApp ad or Page call-to-action button
   */
  record Inbound(String user, Instant at, boolean referral) implements HistoryEvent {
    public Inbound {
      user = Recipient.phoneNumber(Objects.requireNonNull(user, "user")).waId();
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A delivered business message; {@code category} is {@link PricingCategory#SERVICE} for non-template messages.
   * Immutable and thread-safe.
   */
  record Outbound(String user, Instant at, PricingCategory category) implements HistoryEvent {
    public Outbound {
      user = Recipient.phoneNumber(Objects.requireNonNull(user, "user")).waId();
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(category, "category");
      if (!category.isTemplate() && !category.equals(PricingCategory.SERVICE)) {
        throw new IllegalArgumentException("category: a business message is marketing, utility, authentication, "
            + "authentication_international or service, was '" + category + "'");
      }
    }
  }
}
