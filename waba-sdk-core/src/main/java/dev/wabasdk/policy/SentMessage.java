package dev.wabasdk.policy;

import java.util.Objects;

/**
 * A send to record in a {@link ConversationStore}: {@code SentMessage.of(key, at)} and the facts that apply, e.g.
 * {@code SentMessage.of(waId, now).withPairRateInterval(6).withBusinessInitiated(true)}. Immutable.
 *
 * @param key the user's key: {@code wa_id} or business-scoped user id
 * @param at when it was sent, epoch seconds
 * @param pairRateIntervalSeconds the pair rate's interval: the send moves {@link UserState#pairRateUntil()} to
 *     {@code max(pairRateUntil, at) + pairRateIntervalSeconds}, as a {@link ConversationStore#claimSend claim}
 *     would; 0 leaves the pair rate unchanged (the send was claimed already, or no pair rate is kept)
 * @param businessInitiated a template outside the customer service window: the user counts toward the messaging
 *     limit for 24 h from {@code at} (once, however many such messages they get)
 * @param marketing a marketing template (kept for frequency caps)
 */
public record SentMessage(
    String key, long at, long pairRateIntervalSeconds, boolean businessInitiated, boolean marketing) {

  public SentMessage {
    Objects.requireNonNull(key, "key");
    if (pairRateIntervalSeconds < 0) {
      throw new IllegalArgumentException(
          "pairRateIntervalSeconds: must be 0 or more, was " + pairRateIntervalSeconds);
    }
  }

  /** A send to {@code key} at {@code at}: no pair-rate interval, not business-initiated, not marketing. */
  public static SentMessage of(String key, long at) {
    return new SentMessage(key, at, 0, false, false);
  }

  /** This send, moving the pair rate by {@code seconds}. */
  public SentMessage withPairRateInterval(long seconds) {
    return new SentMessage(key, at, seconds, businessInitiated, marketing);
  }

  /** This send, counting (or not) toward the messaging limit. */
  public SentMessage withBusinessInitiated(boolean businessInitiated) {
    return new SentMessage(key, at, pairRateIntervalSeconds, businessInitiated, marketing);
  }

  /** This send, kept (or not) as a marketing template for frequency caps. */
  public SentMessage withMarketing(boolean marketing) {
    return new SentMessage(key, at, pairRateIntervalSeconds, businessInitiated, marketing);
  }
}
