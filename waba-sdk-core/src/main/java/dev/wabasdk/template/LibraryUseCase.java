package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The use case of a Template Library template ({@code usecase}), also a library filter.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code DELIVERY_UPDATE}
 */
public record LibraryUseCase(String value) {
  /** Account creation confirmation. */
  public static final LibraryUseCase ACCOUNT_CREATION_CONFIRMATION = new LibraryUseCase("ACCOUNT_CREATION_CONFIRMATION");
  /** Auto pay reminder. */
  public static final LibraryUseCase AUTO_PAY_REMINDER = new LibraryUseCase("AUTO_PAY_REMINDER");
  /** Delivery confirmation. */
  public static final LibraryUseCase DELIVERY_CONFIRMATION = new LibraryUseCase("DELIVERY_CONFIRMATION");
  /** Delivery failed. */
  public static final LibraryUseCase DELIVERY_FAILED = new LibraryUseCase("DELIVERY_FAILED");
  /** Delivery update. */
  public static final LibraryUseCase DELIVERY_UPDATE = new LibraryUseCase("DELIVERY_UPDATE");
  /** Feedback survey. */
  public static final LibraryUseCase FEEDBACK_SURVEY = new LibraryUseCase("FEEDBACK_SURVEY");
  /** Fraud alert. */
  public static final LibraryUseCase FRAUD_ALERT = new LibraryUseCase("FRAUD_ALERT");
  /** Low balance warning. */
  public static final LibraryUseCase LOW_BALANCE_WARNING = new LibraryUseCase("LOW_BALANCE_WARNING");
  /** Order action needed. */
  public static final LibraryUseCase ORDER_ACTION_NEEDED = new LibraryUseCase("ORDER_ACTION_NEEDED");
  /** Order confirmation. */
  public static final LibraryUseCase ORDER_CONFIRMATION = new LibraryUseCase("ORDER_CONFIRMATION");
  /** Order delay. */
  public static final LibraryUseCase ORDER_DELAY = new LibraryUseCase("ORDER_DELAY");
  /** Order or transaction cancel. */
  public static final LibraryUseCase ORDER_OR_TRANSACTION_CANCEL = new LibraryUseCase("ORDER_OR_TRANSACTION_CANCEL");
  /** Order pick up. */
  public static final LibraryUseCase ORDER_PICK_UP = new LibraryUseCase("ORDER_PICK_UP");
  /** Payment action required. */
  public static final LibraryUseCase PAYMENT_ACTION_REQUIRED = new LibraryUseCase("PAYMENT_ACTION_REQUIRED");
  /** Payment confirmation. */
  public static final LibraryUseCase PAYMENT_CONFIRMATION = new LibraryUseCase("PAYMENT_CONFIRMATION");
  /** Payment due reminder. */
  public static final LibraryUseCase PAYMENT_DUE_REMINDER = new LibraryUseCase("PAYMENT_DUE_REMINDER");
  /** Payment overdue. */
  public static final LibraryUseCase PAYMENT_OVERDUE = new LibraryUseCase("PAYMENT_OVERDUE");
  /** Payment reject fail. */
  public static final LibraryUseCase PAYMENT_REJECT_FAIL = new LibraryUseCase("PAYMENT_REJECT_FAIL");
  /** Payment scheduled. */
  public static final LibraryUseCase PAYMENT_SCHEDULED = new LibraryUseCase("PAYMENT_SCHEDULED");
  /** Receipt attachment. */
  public static final LibraryUseCase RECEIPT_ATTACHMENT = new LibraryUseCase("RECEIPT_ATTACHMENT");
  /** Return confirmation. */
  public static final LibraryUseCase RETURN_CONFIRMATION = new LibraryUseCase("RETURN_CONFIRMATION");
  /** Shipment confirmation. */
  public static final LibraryUseCase SHIPMENT_CONFIRMATION = new LibraryUseCase("SHIPMENT_CONFIRMATION");
  /** Statement attachment. */
  public static final LibraryUseCase STATEMENT_ATTACHMENT = new LibraryUseCase("STATEMENT_ATTACHMENT");
  /** Statement available. */
  public static final LibraryUseCase STATEMENT_AVAILABLE = new LibraryUseCase("STATEMENT_AVAILABLE");
  /** Transaction alert. */
  public static final LibraryUseCase TRANSACTION_ALERT = new LibraryUseCase("TRANSACTION_ALERT");

  private static final Map<String, LibraryUseCase> KNOWN =
      Stream.of(ACCOUNT_CREATION_CONFIRMATION, AUTO_PAY_REMINDER, DELIVERY_CONFIRMATION, DELIVERY_FAILED, DELIVERY_UPDATE, FEEDBACK_SURVEY, FRAUD_ALERT, LOW_BALANCE_WARNING, ORDER_ACTION_NEEDED, ORDER_CONFIRMATION, ORDER_DELAY, ORDER_OR_TRANSACTION_CANCEL, ORDER_PICK_UP, PAYMENT_ACTION_REQUIRED, PAYMENT_CONFIRMATION, PAYMENT_DUE_REMINDER, PAYMENT_OVERDUE, PAYMENT_REJECT_FAIL, PAYMENT_SCHEDULED, RECEIPT_ATTACHMENT, RETURN_CONFIRMATION, SHIPMENT_CONFIRMATION, STATEMENT_ATTACHMENT, STATEMENT_AVAILABLE, TRANSACTION_ALERT).collect(Collectors.toUnmodifiableMap(LibraryUseCase::value, Function.identity()));

  public LibraryUseCase {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static LibraryUseCase of(String value) {
    Objects.requireNonNull(value, "value");
    LibraryUseCase known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new LibraryUseCase(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
