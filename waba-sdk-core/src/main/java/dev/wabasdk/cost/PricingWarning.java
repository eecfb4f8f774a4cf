package dev.wabasdk.cost;

import java.util.Objects;

/**
 * Something an estimate could not price as a fact: a partial or uncertain rate card, a period without a card, a
 * model applied outside its period, a message Meta does not deliver. Estimates never fall back silently; each
 * fallback is one warning. Immutable and thread-safe.
 *
 * @param kind what went wrong
 * @param message one sentence naming the card, market, date or rule concerned
 */
public record PricingWarning(Kind kind, String message) {

  /** The kinds of warning; an enum (the SDK's own set, not Meta's), thread-safe. */
  public enum Kind {
    /** A rate card used is partial or has figures its header marks uncertain or single-source. */
    UNCERTAIN_RATE_CARD,
    /** No card of the model covers the date (e.g. conversation pricing before 2023-06-01): amounts are not Meta's. */
    NO_RATE_CARD,
    /** The card has no rate for the market and category; a fallback rate (named in the message) was used. */
    MISSING_RATE,
    /** The market split off after the card's date; its old region's row was used. */
    MARKET_NOT_ON_CARD,
    /** A pricing model was applied to dates outside the period Meta used it. */
    MODEL_OUTSIDE_PERIOD,
    /** Meta does not deliver this message (e.g. marketing templates to US numbers since 2025-04-01): priced zero. */
    NOT_DELIVERED,
    /** Utility or authentication charged at the list rate: the card has no volume tiers to graduate them. */
    NO_VOLUME_TIERS
  }

  public PricingWarning {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return kind + ": " + message;
  }
}
