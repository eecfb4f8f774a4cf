package dev.wabasdk.phone;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the business phone numbers of the WhatsApp Business Account: quality rating, messaging limit, throughput,
 * name and verification status. Obtain it from {@code WhatsApp.phoneNumbers()}. Thread-safe.
 *
 * <pre>{@code
 * PhoneNumber me = whatsApp.phoneNumbers().get();
 * Integer reach = me.messagingLimitTier() == null ? null : me.messagingLimitTier().uniqueUsers();
 * }</pre>
 */
public interface PhoneNumbersApi {
  /**
   * Every phone number of the account ({@code GET /{waba-id}/phone_numbers}, all pages).
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  List<PhoneNumber> list();

  /** The asynchronous twin of {@link #list()}. */
  CompletableFuture<List<PhoneNumber>> listAsync();

  /** The client's own phone number. */
  PhoneNumber get();

  /** A phone number by its id ({@code GET /{phone-number-id}}). */
  PhoneNumber get(String phoneNumberId);

  /** The asynchronous twin of {@link #get()}. */
  CompletableFuture<PhoneNumber> getAsync();

  /** The asynchronous twin of {@link #get(String)}. */
  CompletableFuture<PhoneNumber> getAsync(String phoneNumberId);
}
