package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The business changed a group's subject, description or photo, in full or in part ({@code group_settings_update}):
 * each setting the request named says whether it was applied. Immutable and thread-safe.
 *
 * @param header group, type, request id, time, errors of the whole request and the raw item
 * @param subject the subject change ({@code group_subject}), when the request changed it
 * @param description the description change ({@code group_description}), when the request changed it
 * @param profilePicture the photo change ({@code profile_picture}), when the request changed it
 */
public record GroupSettingsUpdate(
    GroupHeader header,
    @Nullable Setting subject,
    @Nullable Setting description,
    @Nullable Photo profilePicture)
    implements GroupEvent {

  public GroupSettingsUpdate {
    Objects.requireNonNull(header, "header == null");
  }

  /** Whether the request had no errors and every setting it named was applied. */
  @Override
  public boolean succeeded() {
    return header.errors().isEmpty() && applied(subject) && applied(description)
        && (profilePicture == null || Boolean.TRUE.equals(profilePicture.updateSuccessful()));
  }

  private static boolean applied(@Nullable Setting setting) {
    return setting == null || Boolean.TRUE.equals(setting.updateSuccessful());
  }

  /**
   * A text setting. Immutable and thread-safe.
   *
   * @param text the new text ({@code text})
   * @param updateSuccessful whether it was applied ({@code update_successful}), when Meta said
   * @param errors why it was not applied
   */
  public record Setting(@Nullable String text, @Nullable Boolean updateSuccessful, List<WebhookError> errors) {
    public Setting {
      errors = List.copyOf(errors);
    }
  }

  /**
   * The group photo. Immutable and thread-safe.
   *
   * @param mimeType the image's MIME type ({@code mime_type})
   * @param sha256 the image's hash ({@code sha256})
   * @param updateSuccessful whether it was applied ({@code update_successful}), when Meta said
   * @param errors why it was not applied
   */
  public record Photo(
      @Nullable String mimeType, @Nullable String sha256, @Nullable Boolean updateSuccessful,
      List<WebhookError> errors) {
    public Photo {
      errors = List.copyOf(errors);
    }
  }
}
