package dev.wabasdk.cost;

import dev.wabasdk.message.Recipient;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The question {@link CostEstimator#priceOf(PriceQuery)} answers: what one delivered message of a pricing category
 * to a recipient costs, inside or outside the customer service and free entry point windows, at a time.
 *
 * <pre>{@code
 * estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY).insideCustomerServiceWindow().at(sentAt));
 * }</pre>
 *
 * <p>By default both windows are closed and the time is the estimator's clock's now. Immutable and thread-safe: each
 * method returns a new query, so a base query can be shared and refined.
 */
public final class PriceQuery {
  private final String waId;
  private final PricingCategory category;
  private final boolean customerServiceWindowOpen;
  private final boolean freeEntryPointWindowOpen;
  private final @Nullable Instant at;
  private final boolean withinServiceFreeTier;

  private PriceQuery(String waId, PricingCategory category, boolean customerServiceWindowOpen,
      boolean freeEntryPointWindowOpen, @Nullable Instant at) {
    this(waId, category, customerServiceWindowOpen, freeEntryPointWindowOpen, at, false);
  }

  private PriceQuery(String waId, PricingCategory category, boolean customerServiceWindowOpen,
      boolean freeEntryPointWindowOpen, @Nullable Instant at, boolean withinServiceFreeTier) {
    this.waId = waId;
    this.category = category;
    this.customerServiceWindowOpen = customerServiceWindowOpen;
    this.freeEntryPointWindowOpen = freeEntryPointWindowOpen;
    this.at = at;
    this.withinServiceFreeTier = withinServiceFreeTier;
  }

  /**
   * Whether the business phone number still has some of its 1,000 free service messages this calendar month (from
   * 2026-10-01); default false, the month's free tier assumed used. For a caller that counts them, as the testkit's
   * fake does.
   */
  public PriceQuery withinServiceFreeTier(boolean left) {
    return new PriceQuery(waId, category, customerServiceWindowOpen, freeEntryPointWindowOpen, at, left);
  }

  public boolean withinServiceFreeTier() {
    return withinServiceFreeTier;
  }

  /**
   * The price of a message to {@code to}.
   *
   * @param category the template's pricing category, or {@link PricingCategory#SERVICE} for a non-template message
   */
  public static PriceQuery of(Recipient.PhoneNumber to, PricingCategory category) {
    Objects.requireNonNull(to, "to");
    return new PriceQuery(to.waId(), Objects.requireNonNull(category, "category"), false, false, null);
  }

  /**
   * The price of a message to an E.164 number ({@code +919812345678}; spaces, dashes and parentheses are ignored).
   *
   * @throws IllegalArgumentException when {@code e164} is not 4 to 15 digits with an optional leading {@code +}
   */
  public static PriceQuery of(String e164, PricingCategory category) {
    return new PriceQuery(MarketMapping.digits(e164), Objects.requireNonNull(category, "category"), false,
        false, null);
  }

  /** The user's customer service window is open when the message is delivered (they wrote within 24 h). */
  public PriceQuery insideCustomerServiceWindow() {
    return insideCustomerServiceWindow(true);
  }

  /** Whether the user's customer service window is open when the message is delivered; for a computed state. */
  public PriceQuery insideCustomerServiceWindow(boolean open) {
    return new PriceQuery(waId, category, open, freeEntryPointWindowOpen, at, withinServiceFreeTier);
  }

  /**
   * A free entry point window is open when the message is delivered, or this message opens one (a reply within
   * 24 h to a click-to-WhatsApp ad or Page call-to-action button).
   */
  public PriceQuery insideFreeEntryPointWindow() {
    return insideFreeEntryPointWindow(true);
  }

  /** Whether a free entry point window is open (or opened by this message); for a computed state. */
  public PriceQuery insideFreeEntryPointWindow(boolean open) {
    return new PriceQuery(waId, category, customerServiceWindowOpen, open, at, withinServiceFreeTier);
  }

  /** When the message is delivered; picks the rate card and the rules. Default: the estimator's clock's now. */
  public PriceQuery at(Instant at) {
    return new PriceQuery(waId, category, customerServiceWindowOpen, freeEntryPointWindowOpen,
        Objects.requireNonNull(at, "at"), withinServiceFreeTier);
  }

  /** The recipient as E.164 digits without the {@code +} ({@code wa_id}). */
  public String waId() {
    return waId;
  }

  public PricingCategory category() {
    return category;
  }

  public boolean customerServiceWindowOpen() {
    return customerServiceWindowOpen;
  }

  public boolean freeEntryPointWindowOpen() {
    return freeEntryPointWindowOpen;
  }

  /** The delivery time, or {@code null} for the estimator's clock's now. */
  public @Nullable Instant at() {
    return at;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PriceQuery q && waId.equals(q.waId) && category.equals(q.category)
        && customerServiceWindowOpen == q.customerServiceWindowOpen
        && freeEntryPointWindowOpen == q.freeEntryPointWindowOpen && Objects.equals(at, q.at)
        && withinServiceFreeTier == q.withinServiceFreeTier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(waId, category, customerServiceWindowOpen, freeEntryPointWindowOpen, at, withinServiceFreeTier);
  }

  @Override
  public String toString() {
    return "PriceQuery{+" + waId + " " + category
        + (customerServiceWindowOpen ? ", inside the customer service window" : "")
        + (freeEntryPointWindowOpen ? ", inside a free entry point window" : "")
        + (withinServiceFreeTier ? ", within the service free tier" : "")
        + (at != null ? ", at " + at : "") + "}";
  }
}
