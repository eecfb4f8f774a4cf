package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.Payment;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.PaymentTransaction;
import dev.wabasdk.payment.Refund;
import dev.wabasdk.payment.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses a payment status, a {@code statuses[]} entry with {@code type: payment} (Payments API India, payment
 * gateway integration), into a {@link PaymentStatusUpdate}. What it needs: the status's {@code id}, {@code status}
 * and {@code timestamp}; {@code payment} with {@code reference_id}, {@code amount} and {@code currency}; and, when
 * there is one, the transaction's {@code id}, {@code type} and {@code status} and each refund's {@code id},
 * {@code amount} and {@code status}. A status without one of them becomes an {@link UnknownEvent} whose reason names
 * the missing member's path; a required value that is malformed throws a {@link Json.MalformedJsonException}
 * naming its path, which {@link WebhookParser} turns into an {@link UnknownEvent} the same way. Stateless.
 */
final class PaymentStatusParser {
  private PaymentStatusParser() {}

  /**
   * The payment status at {@code index} of {@code count} statuses, or an {@link UnknownEvent} when it misses what
   * it needs.
   *
   * @throws Json.MalformedJsonException naming the path, for a malformed required value
   */
  static WebhookEvent payment(
      JsonView status,
      int index,
      int count,
      List<Identities.Contact> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    try {
      return parse(status, index, count, contacts, metadata, businessAccountId);
    } catch (Missing missing) {
      return WebhookParser.unknown(
          businessAccountId, "messages", "payment status needs " + missing.getMessage(), status);
    }
  }

  private static PaymentStatusUpdate parse(
      JsonView status,
      int index,
      int count,
      List<Identities.Contact> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    String id = required(status, "id");
    String rawStatus = required(status, "status");
    Instant timestamp = status.epochSeconds("timestamp");
    if (timestamp == null) {
      throw new Missing(status, "timestamp");
    }
    JsonView payment = status.object("payment");
    if (payment == null) {
      throw new Missing(status, "payment");
    }
    String referenceId = required(payment, "reference_id");
    Amount amount = amount(payment, "amount");
    if (amount == null) {
      throw new Missing(payment, "amount");
    }
    String currency = required(payment, "currency");
    JsonView transaction = payment.object("transaction");
    Identities.Party recipient = Identities.recipient(contacts, status.string("recipient_id"),
        status.string("recipient_user_id"), Identities.parentRecipientUserId(status), index, count);
    return new PaymentStatusUpdate(
        id,
        PaymentStatus.of(rawStatus),
        timestamp,
        recipient.user(),
        recipient.profileName(),
        referenceId,
        amount,
        currency,
        transaction == null ? null : transaction(transaction),
        refunds(payment),
        gatewayFields(payment),
        metadata,
        businessAccountId,
        RawJson.wrap(status));
  }

  /**
   * A {@code transaction}. Meta's reference puts a webhook's refunds on the payment, but payloads relayed by
   * providers show them on the transaction too (as the look-up does): read wherever they come.
   */
  private static PaymentTransaction transaction(JsonView transaction) {
    JsonView method = transaction.object("method");
    JsonView error = transaction.object("error");
    return new PaymentTransaction(
        required(transaction, "id"),
        transaction.string("pg_transaction_id"),
        required(transaction, "type"),
        TransactionStatus.of(required(transaction, "status")),
        transaction.epochSecondsOrNull("created_timestamp"),
        transaction.epochSecondsOrNull("updated_timestamp"),
        method == null ? null : method.string("type"),
        error == null ? null : error.string("code"),
        error == null ? null : error.string("reason"),
        amountOrNull(transaction, "amount"),
        refunds(transaction));
  }

  /** The {@code refunds} of a payment or transaction (absent or null: none). */
  private static List<Refund> refunds(JsonView owner) {
    List<JsonView> refunds = owner.objects("refunds");
    List<Refund> result = new ArrayList<>(refunds.size());
    for (JsonView refund : refunds) {
      result.add(refund(refund));
    }
    return result;
  }

  private static Refund refund(JsonView refund) {
    String id = required(refund, "id");
    Amount amount = amount(refund, "amount");
    if (amount == null) {
      throw new Missing(refund, "amount");
    }
    return new Refund(
        id,
        amount,
        refund.string("speed_processed"),
        TransactionStatus.of(required(refund, "status")),
        refund.epochSecondsOrNull("created_timestamp"),
        refund.epochSecondsOrNull("updated_timestamp"));
  }

  /**
   * An {@code {"value": .., "offset": ..}} member, or null when it (or one of its two numbers) is absent.
   *
   * @throws Json.MalformedJsonException naming the path, when a number is not a whole number in range
   */
  private static @Nullable Amount amount(JsonView owner, String member) {
    JsonView amount = owner.object(member);
    if (amount == null) {
      return null;
    }
    BigDecimal value = amount.number("value");
    BigDecimal offset = amount.number("offset");
    if (value == null || offset == null) {
      throw new Missing(amount, value == null ? "value" : "offset");
    }
    long whole = whole(amount, "value", value, 0, Long.MAX_VALUE);
    long divisor = whole(amount, "offset", offset, 1, Integer.MAX_VALUE);
    return new Amount(whole, (int) divisor);
  }

  /** An optional amount: null when absent or malformed. */
  private static @Nullable Amount amountOrNull(JsonView owner, String member) {
    try {
      return amount(owner, member);
    } catch (Missing | Json.MalformedJsonException e) {
      return null;
    }
  }

  private static long whole(JsonView owner, String member, BigDecimal number, long min, long max) {
    // The scale test first: longValueExact of 1e999999999 must not be tried.
    if (Math.abs((long) number.scale()) <= Json.MAX_NUMBER_LENGTH && number.precision() - number.scale() <= 19) {
      try {
        long whole = number.longValueExact();
        if (whole >= min && whole <= max) {
          return whole;
        }
      } catch (ArithmeticException e) {
        // reported below
      }
    }
    throw new Json.MalformedJsonException(owner.pathOf(member),
        "expected a whole number from " + min + " to " + max + ", was " + number.toString());
  }

  /** The gateway fields Meta sent, in Meta's order, each as text (or a map or list of text). */
  private static Map<String, Object> gatewayFields(JsonView payment) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String name : Payment.GATEWAY_FIELDS) {
      Object value = text(payment.get(name));
      if (value != null) {
        fields.put(name, value);
      }
    }
    return fields;
  }

  /**
   * A value of the tree as the gateway meant it: text (numbers and booleans as their JSON text), or unmodifiable
   * maps and lists of text; JSON nulls left out.
   */
  private static @Nullable Object text(@Nullable Object value) {
    if (value == null || value instanceof String) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      // toPlainString of 1e999999999 would allocate a billion digits: only for sane scales.
      return Math.abs((long) d.scale()) <= Json.MAX_NUMBER_LENGTH ? d.toPlainString() : d.toString();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((name, member) -> {
        Object text = text(member);
        if (text != null) {
          copy.put(String.valueOf(name), text);
        }
      });
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        Object text = text(item);
        if (text != null) {
          copy.add(text);
        }
      }
      return Collections.unmodifiableList(copy);
    }
    return value.toString(); // a boolean
  }

  /** A string member that must be there and not blank. */
  private static String required(JsonView owner, String member) {
    String value = owner.string(member);
    if (value == null || value.isBlank()) {
      throw new Missing(owner, member);
    }
    return value;
  }

  /** A required member is absent: its path is the message. Without a stack trace (it is caught right away). */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing(JsonView owner, String member) {
      super(owner.pathOf(member), null, false, false);
    }
  }
}
