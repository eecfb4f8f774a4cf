package dev.wabasdk.phone;

import java.util.concurrent.CompletableFuture;

/**
 * Reads and updates the WhatsApp business profile of the client's phone number
 * ({@code /{phone-number-id}/whatsapp_business_profile}). Obtain it from {@code WhatsApp.businessProfile()}.
 * Thread-safe.
 */
public interface BusinessProfileApi {
  /** The profile. */
  BusinessProfile get();

  /** The asynchronous twin of {@link #get()}. */
  CompletableFuture<BusinessProfile> getAsync();

  /** Changes the fields set in the update; the others keep their value. */
  void update(BusinessProfileUpdate update);

  /** The asynchronous twin of {@link #update}. */
  CompletableFuture<Void> updateAsync(BusinessProfileUpdate update);
}
