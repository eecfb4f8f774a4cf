package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.payment.Amount;
import dev.wabasdk.payment.PaymentStatus;
import dev.wabasdk.payment.PaymentTransaction;
import dev.wabasdk.payment.Refund;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the payment of an order stands (Payments API India, payment gateway integration): a {@code statuses[]}
 * entry with {@code type: payment} in a {@code messages} change. Not a {@link MessageStatus}: it says nothing about
 * the delivery of a message, so it reaches neither {@code onMessageStatus} nor the billing and policy feeds.
 *
 * <p>Meta advises not to rely on webhooks alone: confirm a payment with the payment look-up
 * ({@code whatsApp.payments().lookup(configurationName, referenceId)}) before fulfilling the order. Meta delivers
 * these at least once and in no guaranteed order. Immutable and thread-safe.
 *
 * @param id the notification's {@code id}
 * @param status {@code captured} (paid) or {@code pending} (the user tried, no success yet); a value Meta adds
 *     later is kept ({@link PaymentStatus#isKnown()} false)
 * @param timestamp when the status changed
 * @param recipient the user paying ({@code recipient_id}: a phone number, or a BSUID; {@code recipient_user_id},
 *     {@code recipient_parent_user_id} and the username from {@code contacts} when Meta sends them), else null
 * @param recipientProfileName the user's profile name, when Meta sent {@code contacts}
 * @param referenceId the order's {@code reference_id}, as the {@code order_details} message set it
 * @param amount the amount paid ({@code payment.amount})
 * @param currency {@code INR}
 * @param transaction the attempt this notification is about ({@code payment.transaction}), when Meta sent one; its
 *     {@code refunds()} is usually empty: Meta's reference puts refunds on the payment ({@link #refunds()}), but
 *     they are read from {@code transaction.refunds} too when Meta sends them there
 * @param refunds the payment's refunds ({@code payment.refunds}), empty when none
 * @param gatewayFields what the order's payment setting passed to the gateway and Meta echoes back
 *     ({@code receipt} and {@code notes} for Razorpay, {@code udf1..4} for PayU, {@code extra1..2} for Zaakpay,
 *     {@code additional_info1..7} for BillDesk), in Meta's order: strings, or a map of strings for {@code notes}
 * @param metadata the business phone number that sent the order
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the status object as Meta sent it
 */
public record PaymentStatusUpdate(
    String id,
    PaymentStatus status,
    Instant timestamp,
    @Nullable WhatsAppUser recipient,
    @Nullable String recipientProfileName,
    String referenceId,
    Amount amount,
    String currency,
    @Nullable PaymentTransaction transaction,
    List<Refund> refunds,
    Map<String, Object> gatewayFields,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements WebhookEvent {

  public PaymentStatusUpdate {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(referenceId, "referenceId == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    refunds = List.copyOf(refunds);
    // Meta's order, unmodifiable; Map.copyOf would also reject null names and values, which this does too.
    Map<String, Object> fields = new LinkedHashMap<>();
    gatewayFields.forEach((name, value) -> fields.put(Objects.requireNonNull(name, "gatewayFields name == null"),
        Objects.requireNonNull(value, "gatewayFields value == null")));
    gatewayFields = Collections.unmodifiableMap(fields);
  }

  /**
   * {@code payment:<id>:<status>}, then {@code :<transaction id>[/<pg_transaction_id>]:<transaction status>} when
   * there is a transaction, then {@code :<refund id>=<refund status>} for each refund of the payment or the
   * transaction (sorted).
   *
   * <p>Why these parts and not a content hash of the status (as other fields use): a redelivery is the same
   * notification and gives the same key, even should Meta write its members in another order or add one; and every
   * change a business acts on gives a new key: the payment captured, a new attempt (a new transaction id, or a new
   * gateway payment id under the same gateway order), an attempt failing or succeeding, a refund added or its state
   * changing. Meta's notification {@code id} alone is not documented to change between the notifications of one
   * payment, so it is not enough.
   */
  @Override
  public String eventId() {
    StringBuilder key = new StringBuilder("payment:").append(id).append(':').append(lower(status.value()));
    PaymentTransaction t = transaction;
    if (t != null) {
      key.append(':').append(t.id());
      if (t.pgTransactionId() != null) {
        // A gateway order keeps its id across attempts (Razorpay's order_...); each attempt has its own payment id.
        key.append('/').append(t.pgTransactionId());
      }
      key.append(':').append(lower(t.status().value()));
    }
    List<String> refundStates = new ArrayList<>();
    for (Refund refund : refunds) {
      refundStates.add(refund.id() + "=" + lower(refund.status().value()));
    }
    if (t != null) {
      for (Refund refund : t.refunds()) {
        refundStates.add(refund.id() + "=" + lower(refund.status().value()));
      }
    }
    Collections.sort(refundStates); // Meta's order of the refunds is not documented: a redelivery may differ in it
    for (String state : refundStates) {
      key.append(':').append(state);
    }
    return key.toString();
  }

  private static String lower(String value) {
    return value.toLowerCase(Locale.ROOT);
  }
}
