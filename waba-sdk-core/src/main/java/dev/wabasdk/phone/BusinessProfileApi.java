package dev.wabasdk.phone;

import java.nio.file.Path;
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

  /**
   * Replaces the profile picture: uploads a {@code .jpg}/{@code .jpeg} or {@code .png} file with the Resumable Upload
   * API ({@code WhatsApp.uploads()}, which needs the app id) and updates {@code profile_picture_handle} with its
   * handle.
   *
   * @throws IllegalArgumentException when the file is unreadable, empty, or not a JPEG or PNG by its extension
   * @throws IllegalStateException when the client has no app id
   */
  void updatePhoto(Path file);

  /** The asynchronous twin of {@link #updatePhoto}. */
  CompletableFuture<Void> updatePhotoAsync(Path file);
}
