package dev.wabasdk.cost;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A BSP's fees on top of Meta's charges, in one currency. BSPs publish lists like "a monthly account fee, a fee
 * per extra number, and a per-message markup"; every part is optional:
 *
 * <ul>
 *   <li>{@code perMessage}: per business message sent, free or paid (session messages too);
 *   <li>{@code perConversation}: per conversation opened, applied under conversation-based pricing only;
 *   <li>{@code markupPercent}: a percentage of Meta's charges of the month;
 *   <li>{@code monthlyPlatformFee}: per calendar month;
 *   <li>{@code monthlyPerPhoneNumber}: per business phone number per month, beyond the numbers the platform fee
 *       includes;
 *   <li>{@code setupFee}: once, in the first month of an estimate.
 * </ul>
 *
 * <pre>{@code
 * BspFees fees = BspFees.builder("USD")
 *     .monthlyPlatformFee("49.00")
 *     .monthlyPerPhoneNumber("10.00").phoneNumbers(3).includedPhoneNumbers(1)
 *     .perMessage("0.0010")
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 */
public final class BspFees {
  private final String currency;
  private final @Nullable Money perMessage;
  private final @Nullable Money perConversation;
  private final @Nullable BigDecimal markupPercent;
  private final @Nullable Money monthlyPlatformFee;
  private final @Nullable Money monthlyPerPhoneNumber;
  private final int phoneNumbers;
  private final int includedPhoneNumbers;
  private final @Nullable Money setupFee;

  private BspFees(Builder b) {
    this.currency = b.currency;
    this.perMessage = b.perMessage;
    this.perConversation = b.perConversation;
    this.markupPercent = b.markupPercent;
    this.monthlyPlatformFee = b.monthlyPlatformFee;
    this.monthlyPerPhoneNumber = b.monthlyPerPhoneNumber;
    this.phoneNumbers = b.phoneNumbers;
    this.includedPhoneNumbers = b.includedPhoneNumbers;
    this.setupFee = b.setupFee;
  }

  /** Starts a fee list in {@code currency} (ISO 4217, e.g. {@code "USD"}). */
  public static Builder builder(String currency) {
    return new Builder(currency);
  }

  public String currency() {
    return currency;
  }

  public @Nullable Money perMessage() {
    return perMessage;
  }

  public @Nullable Money perConversation() {
    return perConversation;
  }

  /** Percentage of Meta's charges, e.g. {@code 20} for +20 %. */
  public @Nullable BigDecimal markupPercent() {
    return markupPercent;
  }

  public @Nullable Money monthlyPlatformFee() {
    return monthlyPlatformFee;
  }

  public @Nullable Money monthlyPerPhoneNumber() {
    return monthlyPerPhoneNumber;
  }

  /** How many business phone numbers the account has (default 1). */
  public int phoneNumbers() {
    return phoneNumbers;
  }

  /** How many phone numbers the platform fee includes (default 0). */
  public int includedPhoneNumbers() {
    return includedPhoneNumbers;
  }

  /** Phone numbers charged the monthly per-number fee. */
  public int chargedPhoneNumbers() {
    return Math.max(0, phoneNumbers - includedPhoneNumbers);
  }

  public @Nullable Money setupFee() {
    return setupFee;
  }

  @Override
  public String toString() {
    return "BspFees{" + currency + ", perMessage=" + perMessage + ", perConversation=" + perConversation
        + ", markupPercent=" + markupPercent + ", monthlyPlatformFee=" + monthlyPlatformFee
        + ", monthlyPerPhoneNumber=" + monthlyPerPhoneNumber + " x " + chargedPhoneNumbers()
        + ", setupFee=" + setupFee + "}";
  }

  /** Builds {@link BspFees}; amounts are decimal strings in the fee list's currency. Not thread-safe. */
  public static final class Builder {
    private final String currency;
    private @Nullable Money perMessage;
    private @Nullable Money perConversation;
    private @Nullable BigDecimal markupPercent;
    private @Nullable Money monthlyPlatformFee;
    private @Nullable Money monthlyPerPhoneNumber;
    private int phoneNumbers = 1;
    private int includedPhoneNumbers;
    private @Nullable Money setupFee;

    private Builder(String currency) {
      this.currency = Money.zero(Objects.requireNonNull(currency, "currency")).currency();
    }

    public Builder perMessage(String amount) {
      this.perMessage = fee("perMessage", amount);
      return this;
    }

    public Builder perConversation(String amount) {
      this.perConversation = fee("perConversation", amount);
      return this;
    }

    /** A markup on Meta's charges in percent: {@code "20"} adds 20 %. */
    public Builder markupPercent(String percent) {
      this.markupPercent = fee("markupPercent", percent).amount();
      return this;
    }

    public Builder monthlyPlatformFee(String amount) {
      this.monthlyPlatformFee = fee("monthlyPlatformFee", amount);
      return this;
    }

    public Builder monthlyPerPhoneNumber(String amount) {
      this.monthlyPerPhoneNumber = fee("monthlyPerPhoneNumber", amount);
      return this;
    }

    /** How many business phone numbers the account has; default 1. */
    public Builder phoneNumbers(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("phoneNumbers: must not be negative, was " + count);
      }
      this.phoneNumbers = count;
      return this;
    }

    /** How many phone numbers the monthly platform fee already includes; default 0. */
    public Builder includedPhoneNumbers(int count) {
      if (count < 0) {
        throw new IllegalArgumentException("includedPhoneNumbers: must not be negative, was " + count);
      }
      this.includedPhoneNumbers = count;
      return this;
    }

    /** A one-off fee, charged in the first month of an estimate. Leave it out when already paid. */
    public Builder setupFee(String amount) {
      this.setupFee = fee("setupFee", amount);
      return this;
    }

    public BspFees build() {
      return new BspFees(this);
    }

    private Money fee(String field, String amount) {
      Money money;
      try {
        money = Money.of(amount, currency);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(field + ": not a decimal number: '" + amount + "'", e);
      }
      if (money.amount().signum() < 0) {
        throw new IllegalArgumentException(field + ": must not be negative, was " + amount);
      }
      return money;
    }
  }
}
