package dev.wabasdk.group;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a group's settings ({@code POST /{group-id}}): subject, description and photo; only what is set is
 * sent. Immutable and thread-safe; the builder is not.
 *
 * @param subject {@code subject}, 1 to 128 characters, or null to keep it
 * @param description {@code description}, at most 2,048 characters, or null to keep it
 * @param photoJpeg {@code profile_picture_file}: the new photo as JPEG bytes (at most 5 MB), or null to keep it
 */
public record GroupUpdate(@Nullable String subject, @Nullable String description, byte @Nullable [] photoJpeg) {
  /** The largest photo this SDK sends (Meta's media limit for images). */
  public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

  public GroupUpdate {
    if (subject != null) {
      subject = NewGroup.checkSubject(subject);
    }
    NewGroup.checkDescription(description);
    if (photoJpeg != null) {
      if (photoJpeg.length == 0 || photoJpeg.length > MAX_PHOTO_BYTES) {
        throw new IllegalArgumentException("profile_picture_file: must have 1 to " + MAX_PHOTO_BYTES
            + " bytes, had " + photoJpeg.length);
      }
      if (photoJpeg.length < 3 || (photoJpeg[0] & 0xFF) != 0xFF || (photoJpeg[1] & 0xFF) != 0xD8) {
        throw new IllegalArgumentException("profile_picture_file: must be a JPEG image (starting FF D8)");
      }
      photoJpeg = photoJpeg.clone();
    }
    if (subject == null && description == null && photoJpeg == null) {
      throw new IllegalArgumentException("group update: set at least one of subject, description, photo");
    }
  }

  /** A copy of the photo bytes, or null. */
  @Override
  public byte @Nullable [] photoJpeg() {
    return photoJpeg == null ? null : photoJpeg.clone();
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupUpdate u && Objects.equals(subject, u.subject)
        && Objects.equals(description, u.description) && Arrays.equals(photoJpeg, u.photoJpeg);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, description, Arrays.hashCode(photoJpeg));
  }

  @Override
  public String toString() {
    return "GroupUpdate{subject=" + subject + ", description=" + description + ", photo="
        + (photoJpeg == null ? "unchanged" : photoJpeg.length + " bytes") + "}";
  }

  /** Builds a {@link GroupUpdate}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String subject;
    private @Nullable String description;
    private byte @Nullable [] photoJpeg;

    private Builder() {}

    /** The new subject. */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /** The new description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** The new photo, JPEG. */
    public Builder photoJpeg(byte[] jpeg) {
      this.photoJpeg = Objects.requireNonNull(jpeg, "photoJpeg");
      return this;
    }

    /** The update. */
    public GroupUpdate build() {
      return new GroupUpdate(subject, description, photoJpeg);
    }
  }
}
