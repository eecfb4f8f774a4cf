package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The facts a {@link Decision} was made from, as the engine read them from its {@link ConversationStore}: when
 * the customer service window closes, the messaging limit usage, the user's pair rate, an opt-out, the
 * template's status and category, plus notes added by individual rules. Immutable.
 */
public final class Facts {
  /** No facts: the facts of a decision a rule returns before the engine fills them in. */
  public static final Facts NONE = new Facts(0, UserState.EMPTY, null, -1, false, null, null, false, Long.MIN_VALUE,
      Map.of());

  private final long evaluatedAt;
  private final long lastInboundAt;
  private final long freeEntryPointUntil;
  private final long pairRateUntil;
  private final long pairRateNextAllowedAt;
  private final OptOut optOut;
  private final long optOutAt;
  private final @Nullable MessagingLimitTier tier;
  private final int reachedUsers;
  private final boolean alreadyReached;
  private final @Nullable TemplateStatus templateStatus;
  private final @Nullable TemplateCategory templateCategory;
  private final boolean templateCategoryAssumed;
  private final Map<String, String> notes;

  Facts(long evaluatedAt, UserState user, @Nullable MessagingLimitTier tier, int reachedUsers,
      boolean alreadyReached, @Nullable TemplateStatus templateStatus, @Nullable TemplateCategory templateCategory,
      boolean templateCategoryAssumed, long pairRateNextAllowedAt, Map<String, String> notes) {
    this.evaluatedAt = evaluatedAt;
    this.lastInboundAt = user.lastInboundAt();
    this.freeEntryPointUntil = user.freeEntryPointUntil();
    this.pairRateUntil = user.pairRateUntil();
    this.pairRateNextAllowedAt = pairRateNextAllowedAt;
    this.optOut = user.optOut();
    this.optOutAt = user.optOutAt();
    this.tier = tier;
    this.reachedUsers = reachedUsers;
    this.alreadyReached = alreadyReached;
    this.templateStatus = templateStatus;
    this.templateCategory = templateCategory;
    this.templateCategoryAssumed = templateCategoryAssumed;
    this.notes = Map.copyOf(notes);
  }

  /** When the decision was made (the engine's clock). */
  public Instant evaluatedAt() {
    return Instant.ofEpochSecond(evaluatedAt);
  }

  /** The user's last inbound message, when known. */
  public @Nullable Instant lastInboundAt() {
    return instant(lastInboundAt);
  }

  /** When the customer service window closes (or closed): 24 h after the last inbound message. */
  public @Nullable Instant customerServiceWindowUntil() {
    return lastInboundAt == 0 ? null : Instant.ofEpochSecond(lastInboundAt + ConversationStore.DAY_SECONDS);
  }

  /** Whether the customer service window was open. */
  public boolean customerServiceWindowOpen() {
    return lastInboundAt != 0 && evaluatedAt < lastInboundAt + ConversationStore.DAY_SECONDS;
  }

  /** When the free entry point window closes (or closed), when one was opened. */
  public @Nullable Instant freeEntryPointUntil() {
    return instant(freeEntryPointUntil);
  }

  /** Whether a free entry point window was open: messages are free of charge. */
  public boolean freeEntryPointOpen() {
    return evaluatedAt < freeEntryPointUntil;
  }

  /**
   * Until when this user's pair-rate quota is borrowed (the pair rate's theoretical arrival time,
   * {@link UserState#pairRateUntil()}): from then on a whole burst may go again. Null when nothing is borrowed.
   */
  public @Nullable Instant pairRateUntil() {
    return pairRateUntil > evaluatedAt ? Instant.ofEpochSecond(pairRateUntil) : null;
  }

  /**
   * When the next message to this user may go under the pair rate, when that is after the evaluation (the burst is
   * used up); null when a message may go now or no {@link PairRateRule} ran.
   */
  public @Nullable Instant pairRateNextAllowedAt() {
    return pairRateNextAllowedAt > evaluatedAt ? Instant.ofEpochSecond(pairRateNextAllowedAt) : null;
  }

  /** What the user opted out of. */
  public OptOut optOut() {
    return optOut;
  }

  /** Since when the user is opted out, when they are. */
  public @Nullable Instant optedOutSince() {
    return optOut == OptOut.NONE ? null : instant(optOutAt);
  }

  /** The messaging limit tier, when recorded. */
  public @Nullable MessagingLimitTier messagingLimitTier() {
    return tier;
  }

  /** Unique users reached in the moving 24 h, when the engine needed it (business-initiated messages). */
  public OptionalInt reachedUsers() {
    return reachedUsers < 0 ? OptionalInt.empty() : OptionalInt.of(reachedUsers);
  }

  /** Whether this user was already reached in the moving 24 h, so another template does not count again. */
  public boolean alreadyReached() {
    return alreadyReached;
  }

  /** The template's recorded status, for a template whose status is known. */
  public @Nullable TemplateStatus templateStatus() {
    return templateStatus;
  }

  /** The template's category: recorded, or assumed (see {@link #templateCategoryAssumed()}). */
  public @Nullable TemplateCategory templateCategory() {
    return templateCategory;
  }

  /** True when the category was unknown and the engine assumed MARKETING, the strictest category. */
  public boolean templateCategoryAssumed() {
    return templateCategoryAssumed;
  }

  /** Facts added by individual rules, e.g. {@code local_time} or {@code marketing_sent_in_period}. */
  public Map<String, String> notes() {
    return notes;
  }

  private static @Nullable Instant instant(long epochSecond) {
    return epochSecond == 0 ? null : Instant.ofEpochSecond(epochSecond);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts f && evaluatedAt == f.evaluatedAt && lastInboundAt == f.lastInboundAt
        && freeEntryPointUntil == f.freeEntryPointUntil && pairRateUntil == f.pairRateUntil
        && pairRateNextAllowedAt == f.pairRateNextAllowedAt && optOut == f.optOut
        && optOutAt == f.optOutAt && Objects.equals(tier, f.tier) && reachedUsers == f.reachedUsers
        && alreadyReached == f.alreadyReached && Objects.equals(templateStatus, f.templateStatus)
        && Objects.equals(templateCategory, f.templateCategory)
        && templateCategoryAssumed == f.templateCategoryAssumed && notes.equals(f.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evaluatedAt, lastInboundAt, pairRateUntil, optOut, tier, reachedUsers, templateStatus, notes);
  }

  /** The facts as a support agent reads them, e.g. {@code window open until 2026-11-25T10:00:00Z, ...}. */
  @Override
  public String toString() {
    if (this == NONE) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    if (lastInboundAt == 0) {
      sb.append("no inbound message from this user");
    } else {
      sb.append(customerServiceWindowOpen() ? "window open until " : "window closed at ")
          .append(customerServiceWindowUntil());
    }
    if (freeEntryPointUntil != 0) {
      sb.append(freeEntryPointOpen() ? ", free entry point until " : ", free entry point ended ")
          .append(freeEntryPointUntil());
    }
    if (reachedUsers >= 0) {
      Integer limit = tier == null ? null : tier.uniqueUsers();
      sb.append(", tier usage ").append(reachedUsers).append('/')
          .append(limit != null ? String.valueOf(limit) : tier == null ? "unknown" : tier.value());
      if (alreadyReached) {
        sb.append(" (user already counted)");
      }
    }
    Instant next = pairRateNextAllowedAt();
    if (next != null) {
      sb.append(", pair rate: next message to this user allowed at ").append(next);
    } else if (pairRateUntil() != null) {
      sb.append(", pair rate: burst quota borrowed until ").append(pairRateUntil());
    }
    if (optOut != OptOut.NONE) {
      sb.append(", opted out of ").append(optOut.name().toLowerCase(java.util.Locale.ROOT)).append(" since ")
          .append(optedOutSince());
    }
    if (templateCategory != null) {
      sb.append(", template category ").append(templateCategory).append(templateCategoryAssumed ? " (assumed)" : "");
    }
    if (templateStatus != null) {
      sb.append(", template status ").append(templateStatus);
    }
    notes.forEach((k, v) -> sb.append(", ").append(k).append(' ').append(v));
    return sb.toString();
  }
}
