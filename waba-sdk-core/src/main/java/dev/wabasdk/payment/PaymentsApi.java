package dev.wabasdk.payment;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Meta's Payments API calls that are not messages (India): look up the payment of an order, refund it, and manage
 * the WhatsApp Business Account's payment configurations. Obtain it from {@code WhatsApp.payments()}; the
 * configuration calls need the client's {@code businessAccountId}.
 *
 * <pre>{@code
 * List<Payment> payments = whatsApp.payments().lookup("razorpay-prod", "ORD-1001-1");
 * if (!payments.isEmpty() && payments.get(0).status() == PaymentStatus.CAPTURED) {
 *   RefundResult refund = whatsApp.payments()
 *       .refund(RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(1000)));
 * }
 * }</pre>
 *
 * <p>Reads, updates, deletion and a new OAuth link are repeated after temporary failures like other calls; a refund
 * and a new configuration never are (see {@link #refund}). Inputs are checked before any request
 * ({@link PaymentsApiChecks}). Thread-safe.
 */
public interface PaymentsApi {

  /**
   * The payment of an order ({@code GET /{phone-number-id}/payments/{configuration}/{reference-id}}): do not rely on
   * webhooks alone, Meta advises confirming with this call. {@link PaymentStatus#PENDING} with no transactions: no
   * attempt yet; with failed transactions: every attempt failed; {@link PaymentStatus#CAPTURED}: paid, refunds
   * listed on the transaction.
   *
   * @param configurationName the payment configuration the order message named
   * @param referenceId the order's {@code reference_id}
   * @return Meta's {@code payments}, usually one
   */
  List<Payment> lookup(String configurationName, String referenceId);

  /** The asynchronous twin of {@link #lookup}. */
  CompletableFuture<List<Payment>> lookupAsync(String configurationName, String referenceId);

  /**
   * Refunds all or part of a paid order ({@code POST /{phone-number-id}/payments_refund}). Never repeated
   * automatically, whatever the retry settings: a refund moves money. When it fails with an unknown
   * {@link dev.wabasdk.error.WabaException#outcome() outcome} (a timeout, a dropped connection, a server error) the
   * refund may have been made: {@link #lookup} the payment before asking again.
   */
  RefundResult refund(RefundRequest request);

  /** The asynchronous twin of {@link #refund}; never repeated automatically either. */
  CompletableFuture<RefundResult> refundAsync(RefundRequest request);

  /** Every payment configuration of the WABA ({@code GET /{waba-id}/payment_configurations}). */
  List<PaymentConfiguration> configurations();

  /** The asynchronous twin of {@link #configurations()}. */
  CompletableFuture<List<PaymentConfiguration>> configurationsAsync();

  /**
   * One payment configuration of the WABA ({@code GET /{waba-id}/payment_configuration/{name}}).
   *
   * @throws dev.wabasdk.error.WabaException when Meta answers with none (or with its error for an unknown name)
   */
  PaymentConfiguration configuration(String name);

  /** The asynchronous twin of {@link #configuration}. */
  CompletableFuture<PaymentConfiguration> configurationAsync(String name);

  /**
   * Creates a payment configuration ({@code POST /{waba-id}/payment_configuration}); for a payment gateway, the
   * answer carries the OAuth link where the merchant connects the gateway account. Never repeated automatically: a
   * second attempt would fail on the name already taken, or start a second OAuth session.
   */
  PaymentConfigurationLink createConfiguration(NewPaymentConfiguration configuration);

  /** The asynchronous twin of {@link #createConfiguration}. */
  CompletableFuture<PaymentConfigurationLink> createConfigurationAsync(NewPaymentConfiguration configuration);

  /**
   * A new OAuth link to connect a configuration to its payment gateway, e.g. after the last one expired or the
   * configuration {@link PaymentConfigurationStatus#NEEDS_CONNECTING needs connecting}
   * ({@code POST /{waba-id}/generate_payment_configuration_oauth_link}).
   *
   * @param redirectUrl where the merchant lands after linking, or null for none
   */
  PaymentConfigurationLink regenerateOAuthLink(String name, @Nullable String redirectUrl);

  /** The asynchronous twin of {@link #regenerateOAuthLink}. */
  CompletableFuture<PaymentConfigurationLink> regenerateOAuthLinkAsync(String name, @Nullable String redirectUrl);

  /**
   * Sets the data endpoint of a configuration ({@code POST /{waba-id}/payment_configuration/{name}} with
   * {@code data_endpoint_url}): where WhatsApp asks for coupons, shipping and inventory of checkout button templates.
   */
  void updateDataEndpoint(String name, String url);

  /** The asynchronous twin of {@link #updateDataEndpoint}. */
  CompletableFuture<Void> updateDataEndpointAsync(String name, String url);

  /** Removes a payment configuration from the WABA ({@code DELETE /{waba-id}/payment_configuration}). */
  void deleteConfiguration(String name);

  /** The asynchronous twin of {@link #deleteConfiguration}. */
  CompletableFuture<Void> deleteConfigurationAsync(String name);
}
