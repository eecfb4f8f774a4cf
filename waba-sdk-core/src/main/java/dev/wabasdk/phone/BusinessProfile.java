package dev.wabasdk.phone;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The WhatsApp business profile of a phone number, as users see it. Fields not set are null.
 * Immutable and thread-safe.
 *
 * @param about the "About" text
 * @param address the address
 * @param description the description
 * @param email the contact email
 * @param profilePictureUrl a URL of the profile picture
 * @param websites up to 2 websites
 * @param vertical the industry
 */
public record BusinessProfile(
    @Nullable String about,
    @Nullable String address,
    @Nullable String description,
    @Nullable String email,
    @Nullable String profilePictureUrl,
    List<String> websites,
    @Nullable BusinessVertical vertical) {

  public BusinessProfile {
    websites = List.copyOf(websites);
  }
}
