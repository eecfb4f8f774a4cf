package dev.wabasdk.policy;

import dev.wabasdk.cost.MessagePrice;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The policy engine's answer for one message: a {@link Verdict}, a stable reason code for programs, a one-sentence
 * explanation for people, and the {@link Facts} it was based on.
 *
 * <p>Rules return decisions built with {@link #allow()}, {@link #deny} or {@link #templateRequired}; the engine
 * fills in the facts.
 * Immutable and thread-safe.
 *
 * @param verdict allow, template required, or deny
 * @param reasonCode a stable code such as {@code customer_service_window_closed}; {@code allowed} when allowed
 * @param explanation one sentence a support agent understands
 * @param facts what the decision was based on
 * @param expectedPrice what Meta is expected to charge for the message, when the engine has a
 *     {@link dev.wabasdk.cost.CostEstimator} and the recipient is a phone number on its rate card
 */
public record Decision(
    Verdict verdict, String reasonCode, String explanation, Facts facts, @Nullable MessagePrice expectedPrice) {
  /** The reason code of an allowed message. */
  public static final String ALLOWED = "allowed";

  private static final Decision ALLOW = new Decision(Verdict.ALLOW, ALLOWED, "Allowed by every policy rule.",
      Facts.NONE, null);

  public Decision {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reasonCode, "reasonCode");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(facts, "facts");
    if (reasonCode.isBlank()) {
      throw new IllegalArgumentException("reasonCode: must not be blank");
    }
  }

  /** A rule has no objection. */
  public static Decision allow() {
    return ALLOW;
  }

  /**
   * A rule allows the message for a reason worth telling (e.g. a Direct Send message outside the window): the
   * engine's ALLOW decision carries the first such explanation.
   *
   * @since 0.3
   */
  public static Decision allow(String reasonCode, String explanation) {
    return new Decision(Verdict.ALLOW, reasonCode, explanation, Facts.NONE, null);
  }

  /** A rule forbids the message. */
  public static Decision deny(String reasonCode, String explanation) {
    return new Decision(Verdict.DENY, reasonCode, explanation, Facts.NONE, null);
  }

  /** A free-form message cannot be sent now, a template can. */
  public static Decision templateRequired(String reasonCode, String explanation) {
    return new Decision(Verdict.TEMPLATE_REQUIRED, reasonCode, explanation, Facts.NONE, null);
  }

  /** Whether the message may be sent. */
  public boolean isAllowed() {
    return verdict == Verdict.ALLOW;
  }

  /** This decision with other facts. */
  public Decision withFacts(Facts facts) {
    return new Decision(verdict, reasonCode, explanation, facts, expectedPrice);
  }

  /** This decision with an expected price. */
  public Decision withExpectedPrice(@Nullable MessagePrice expectedPrice) {
    return new Decision(verdict, reasonCode, explanation, facts, expectedPrice);
  }

  @Override
  public String toString() {
    return verdict + " (" + reasonCode + "): " + explanation + " [" + facts + "]"
        + (expectedPrice == null ? "" : " expected price " + expectedPrice.total());
  }
}
