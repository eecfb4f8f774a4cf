package dev.wabasdk.cost;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares the expected price of sent messages with how Meta billed them (the {@code pricing} object of status
 * webhooks), message by message, to find where the estimate and the bill disagree. Record the estimate when a
 * message is sent ({@code SendResult}/{@code Decision} carry it) and the billing when its status webhook arrives;
 * either may come first. Meta sends {@code pricing} twice for most messages (on {@code sent}, and on
 * {@code delivered} or {@code read}): a message is compared once, and later pricing for it is ignored. Record a
 * message's {@code failed} status too ({@link #recordFailed}): Meta prices no failed message, so its estimate stops
 * counting as awaiting a bill (it is still compared if pricing comes after all: a user with several devices can get a
 * message one of them failed to receive).
 *
 * <p>Memory stays bounded in an app that runs for months: at most {@code maxPending} messages wait for their other
 * side (an estimate whose failure was not recorded never gets a bill), as many failed messages, and as many
 * compared message ids are remembered to ignore repeats; beyond that the oldest is forgotten. The last
 * {@value #MAX_MISMATCHES} mismatches are kept. Thread-safe.
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
   * @param awaitingBilling estimated messages without a billing webhook yet, failed ones not counted
   * @param awaitingEstimate billed messages without an estimate
   */
  public record Summary(long matched, List<Mismatch> mismatches, long mismatchCount, int awaitingBilling,
      int awaitingEstimate) {
    public Summary {
      mismatches = List.copyOf(mismatches);
    }
  }

  /** {@code maxPending} of {@link #BillingReconciliation()}. */
  public static final int DEFAULT_MAX_PENDING = 100_000;

  private final Map<String, MessagePrice> estimates;
  private final Map<String, BilledPricing> bills;
  /** Estimates of failed messages (null when the failure came first), out of {@code awaitingBilling}. */
  private final Map<String, @Nullable MessagePrice> failed;
  /** Ids already compared, to ignore Meta's second pricing of a message. */
  private final Set<String> compared;
  private final Deque<Mismatch> mismatches = new ArrayDeque<>();
  private long matched;
  private long mismatchCount;

  /** A reconciliation keeping at most {@value #DEFAULT_MAX_PENDING} messages on each side. */
  public BillingReconciliation() {
    this(DEFAULT_MAX_PENDING);
  }

  /**
   * A reconciliation keeping at most {@code maxPending} estimates awaiting a bill, as many bills awaiting an
   * estimate, as many failed messages and as many compared message ids; the oldest of each is forgotten beyond
   * that.
   *
   * @throws IllegalArgumentException when {@code maxPending} is less than 1
   */
  public BillingReconciliation(int maxPending) {
    if (maxPending < 1) {
      throw new IllegalArgumentException("maxPending: must be at least 1, was " + maxPending);
    }
    this.estimates = bounded(maxPending);
    this.bills = bounded(maxPending);
    this.failed = bounded(maxPending);
    this.compared = Collections.newSetFromMap(bounded(maxPending));
  }

  /** A map in insertion order that drops its eldest entry beyond {@code max}. */
  private static <V> Map<String, V> bounded(int max) {
    return new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    };
  }

  /** Records the expected price of a sent message. */
  public synchronized void recordEstimate(String messageId, MessagePrice estimate) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(estimate, "estimate");
    if (compared.contains(messageId)) {
      return;
    }
    BilledPricing billed = bills.remove(messageId);
    if (billed != null) {
      failed.remove(messageId);
      compare(messageId, estimate, billed);
    } else if (failed.containsKey(messageId)) {
      failed.put(messageId, estimate);
    } else {
      estimates.put(messageId, estimate);
    }
  }

  /**
   * Records the {@code pricing} object of a message's status webhook; repeats for the same message (Meta's pricing
   * on {@code sent}, then on {@code delivered} or {@code read}) are ignored.
   */
  public synchronized void recordBilled(String messageId, BilledPricing billed) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(billed, "billed");
    if (compared.contains(messageId)) {
      return;
    }
    MessagePrice estimate = estimates.remove(messageId);
    if (estimate == null) {
      estimate = failed.remove(messageId);
    }
    if (estimate == null) {
      bills.putIfAbsent(messageId, billed);
    } else {
      compare(messageId, estimate, billed);
    }
  }

  /**
   * Records that a message failed (its {@code failed} status webhook), before or after its estimate. Meta prices no
   * failed message, so its estimate no longer counts in {@code awaitingBilling}; it is kept aside and compared
   * should pricing for the message come after all. A message compared already is left as it is.
   */
  public synchronized void recordFailed(String messageId) {
    Objects.requireNonNull(messageId, "messageId");
    if (!compared.contains(messageId) && !failed.containsKey(messageId)) {
      failed.put(messageId, estimates.remove(messageId));
    }
  }

  /** The comparison so far. */
  public synchronized Summary summary() {
    return new Summary(matched, new ArrayList<>(mismatches), mismatchCount, estimates.size(), bills.size());
  }

  private void compare(String messageId, MessagePrice estimate, BilledPricing billed) {
    compared.add(messageId);
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

  /** The category a message is charged at: a group message's ({@code group_marketing}) is the 1:1 one's. */
  private static PricingCategory base(PricingCategory c) {
    if (c.equals(PricingCategory.MARKETING_LITE) || c.equals(PricingCategory.GROUP_MARKETING)) {
      return PricingCategory.MARKETING;
    }
    if (c.equals(PricingCategory.GROUP_UTILITY)) {
      return PricingCategory.UTILITY;
    }
    return c.equals(PricingCategory.GROUP_SERVICE) ? PricingCategory.SERVICE : c;
  }
}
