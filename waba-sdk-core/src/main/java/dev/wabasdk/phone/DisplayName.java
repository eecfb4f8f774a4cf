package dev.wabasdk.phone;

import org.jspecify.annotations.Nullable;

/**
 * A business phone number's display name and the review of a requested change ({@code GET /{phone-number-id}
 * ?fields=verified_name,name_status,new_display_name,new_name_status}). After a change is approved, the number must
 * be registered again within 14 days. Fields Meta did not return are null. Immutable and thread-safe.
 *
 * @param verifiedName the current display name (whether or not it is approved: see {@code nameStatus})
 * @param nameStatus the review status of the current name
 * @param newDisplayName the requested new name, while a change is under review or was decided
 * @param newNameStatus the review status of the requested name, e.g. {@code PENDING_REVIEW}
 */
public record DisplayName(@Nullable String verifiedName, @Nullable NameStatus nameStatus,
    @Nullable String newDisplayName, @Nullable NameStatus newNameStatus) {}
