package dev.wabasdk.group;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Changes to a group's settings ({@code POST /{group-id}}): subject, description and photo; only what is set is
 * sent. A photo goes as Meta's upload takes a file (multipart form data, part {@code file}). Meta's group profile
 * picture requirement is checked when built, from the image's header only: JPEG ({@code image/jpeg}), at most 5 MB,
 * square, at least 192 x 192 pixels. Immutable and thread-safe; the builder is not.
 *
 * @param subject {@code subject}, 1 to 128 characters, or null to keep it
 * @param description {@code description}, at most 2,048 characters, or null to keep it
 * @param photoJpeg {@code profile_picture_file}: the new photo as JPEG bytes, or null to keep it
 */
public record GroupUpdate(@Nullable String subject, @Nullable String description, byte @Nullable [] photoJpeg) {
  /** Meta's largest group photo: 5 MB. */
  public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
  /** Meta's smallest group photo: 192 x 192 pixels. */
  public static final int MIN_PHOTO_PIXELS = 192;

  public GroupUpdate {
    if (subject != null) {
      subject = NewGroup.checkSubject(subject);
    }
    NewGroup.checkDescription(description);
    if (photoJpeg != null) {
      photoJpeg = photoJpeg.clone();
      checkPhoto(photoJpeg);
    }
    if (subject == null && description == null && photoJpeg == null) {
      throw new IllegalArgumentException("group update: set at least one of subject, description, photo");
    }
  }

  /** Meta's group profile picture requirement, read from the JPEG header (no pixels are decoded). */
  private static void checkPhoto(byte[] jpeg) {
    if (jpeg.length == 0 || jpeg.length > MAX_PHOTO_BYTES) {
      throw new IllegalArgumentException("profile_picture_file: must have 1 to " + MAX_PHOTO_BYTES
          + " bytes (5 MB), had " + jpeg.length);
    }
    if (jpeg.length < 3 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
      throw new IllegalArgumentException("profile_picture_file: must be a JPEG image (image/jpeg), the bytes do not"
          + " start with a JPEG marker (FF D8)");
    }
    int width;
    int height;
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    if (!readers.hasNext()) {
      return; // a JDK without a JPEG reader: Meta checks the size
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      reader.setInput(in, true, true);
      width = reader.getWidth(0); // reads up to the frame header, not the scan
      height = reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("profile_picture_file: unreadable JPEG header (" + e.getMessage() + ")", e);
    } finally {
      reader.dispose();
    }
    if (width != height) {
      throw new IllegalArgumentException("profile_picture_file: must be square (height = width), was " + width + "x"
          + height + " pixels");
    }
    if (width < MIN_PHOTO_PIXELS) {
      throw new IllegalArgumentException("profile_picture_file: must be at least " + MIN_PHOTO_PIXELS + "x"
          + MIN_PHOTO_PIXELS + " pixels, was " + width + "x" + height);
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

    /** The new photo: JPEG, at most 5 MB, square, at least 192 x 192 pixels (checked by {@link #build()}). */
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
