package dev.wabasdk.cost;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the expected price of sent messages with how Meta billed them (the {@code pricing} object of status
 * webhooks), message by message, to find where the estimate and the bill disagree. Record the estimate when a
 * message is sent ({@code SendResult}/{@code Decision} carry it) and the billing when its status webhook arrives;
 * either may come first. Thread-safe; a message is forgotten once both sides are seen (the last
 * {@value #MAX_MISMATCHES} mismatches are kept).
 */
public final class BillingReconciliation {
  /** How many mismatches {@link #summary()} keeps, newest last. */
  public static final int MAX_MISMATCHES = 1000;

  /**
   * One message where estimate and bill disagree. Immutable and thread-safe.
   *
   * @param messageId the message id ({@code wamid...})
   * @param estimated the expected price
   * @param billed Meta's pricing object
   * @param problem what differs, one sentence
   */
  public record Mismatch(String messageId, MessagePrice estimated, BilledPricing billed, String problem) {}

  /**
   * The comparison so far, a snapshot. Immutable and thread-safe.
   *
   * @param matched messages where estimate and bill agree
   * @param mismatches the latest messages where they disagree
   * @param mismatchCount all disagreements, including those no longer kept
   * @param awaitingBilling estimated messages without a billing webhook yet
   * @param awaitingEstimate billed messages without an estimate
   */
  public record Summary(long matched, List<Mismatch> mismatches, long mismatchCount, int awaitingBilling,
      int awaitingEstimate) {
    public Summary {
      mismatches = List.copyOf(mismatches);
    }
  }

  private final Map<String, MessagePrice> estimates = new HashMap<>();
  private final Map<String, BilledPricing> bills = new HashMap<>();
  private final Deque<Mismatch> mismatches = new ArrayDeque<>();
  private long matched;
  private long mismatchCount;

  /** Records the expected price of a sent message. */
  public synchronized void recordEstimate(String messageId, MessagePrice estimate) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(estimate, "estimate");
    BilledPricing billed = bills.remove(messageId);
    if (billed == null) {
      estimates.put(messageId, estimate);
    } else {
      compare(messageId, estimate, billed);
    }
  }

  /** Records the {@code pricing} object of a message's status webhook; repeats for the same message are ignored. */
  public synchronized void recordBilled(String messageId, BilledPricing billed) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(billed, "billed");
    MessagePrice estimate = estimates.remove(messageId);
    if (estimate == null) {
      bills.putIfAbsent(messageId, billed);
    } else {
      compare(messageId, estimate, billed);
    }
  }

  public synchronized Summary summary() {
    return new Summary(matched, new ArrayList<>(mismatches), mismatchCount, estimates.size(), bills.size());
  }

  private void compare(String messageId, MessagePrice estimate, BilledPricing billed) {
    String problem = problem(estimate, billed);
    if (problem == null) {
      matched++;
      return;
    }
    mismatchCount++;
    mismatches.addLast(new Mismatch(messageId, estimate, billed, problem));
    if (mismatches.size() > MAX_MISMATCHES) {
      mismatches.removeFirst();
    }
  }

  private static @Nullable String problem(MessagePrice estimate, BilledPricing billed) {
    boolean charged = billed.charged();
    if (estimate.free() && charged) {
      return "estimated free (" + estimate.reason() + ") but Meta charged it as " + billed.category();
    }
    if (!estimate.free() && !charged) {
      return "estimated " + estimate.price() + " as " + estimate.category() + " but Meta did not charge it ("
          + (billed.type() != null ? billed.type() : "billable=false") + ", " + billed.category() + ")";
    }
    if (charged && !sameCategory(estimate.category(), billed.category())) {
      return "estimated as " + estimate.category() + " but Meta charged it as " + billed.category();
    }
    return null;
  }

  private static boolean sameCategory(PricingCategory a, PricingCategory b) {
    return base(a).equals(base(b));
  }

  private static PricingCategory base(PricingCategory c) {
    return c.equals(PricingCategory.MARKETING_LITE) ? PricingCategory.MARKETING : c;
  }
}
