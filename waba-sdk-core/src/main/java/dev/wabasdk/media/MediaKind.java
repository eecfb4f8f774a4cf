package dev.wabasdk.media;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of media WhatsApp accepts, with Meta's MIME types and size limits (cloud-api.md §3.4). The SDK checks an
 * upload against this table before sending it, so an unsupported file fails fast instead of with 131053.
 * Immutable and thread-safe.
 */
public enum MediaKind {
  /** AAC, AMR, MP3, M4A and OGG (OPUS codec only), up to 16 MB. */
  AUDIO(16L * 1024 * 1024, "audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"),
  /** Plain text, PDF and Office documents, up to 100 MB. */
  DOCUMENT(100L * 1024 * 1024,
      "text/plain",
      "application/pdf",
      "application/msword",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.ms-excel",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.ms-powerpoint",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  /** JPEG and 8-bit RGB(A) PNG, up to 5 MB. */
  IMAGE(5L * 1024 * 1024, "image/jpeg", "image/png"),
  /**
   * WebP stickers: Meta allows 100 KB for static and 500 KB for animated stickers; the SDK cannot tell them apart
   * without decoding, so it checks the larger limit.
   */
  STICKER(500L * 1024, "image/webp"),
  /** MP4 and 3GP with H.264 video and AAC audio, up to 16 MB. */
  VIDEO(16L * 1024 * 1024, "video/mp4", "video/3gp");

  private final long maxBytes;
  private final Set<String> mimeTypes;

  MediaKind(long maxBytes, String... mimeTypes) {
    this.maxBytes = maxBytes;
    this.mimeTypes = Set.of(mimeTypes);
  }

  /** Meta's size limit for this kind, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The MIME types of this kind, lower case, without parameters. */
  public Set<String> mimeTypes() {
    return mimeTypes;
  }

  /**
   * The kind of a MIME type, ignoring case and parameters ({@code audio/ogg; codecs=opus} is {@link #AUDIO}), or
   * null when WhatsApp does not support it.
   */
  public static @Nullable MediaKind of(String mimeType) {
    String base = baseType(mimeType);
    for (MediaKind kind : values()) {
      if (kind.mimeTypes.contains(base)) {
        return kind;
      }
    }
    return null;
  }

  /** The MIME type lower case and without parameters. */
  static String baseType(String mimeType) {
    int semicolon = mimeType.indexOf(';');
    return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a file of {@code size} bytes and this MIME type against Meta's table.
   *
   * @return the kind
   * @throws IllegalArgumentException naming the type, the size and the limit when it does not fit
   */
  public static MediaKind check(String mimeType, long size) {
    MediaKind kind = of(mimeType);
    if (kind == null) {
      throw new IllegalArgumentException("type: WhatsApp does not support media of type '" + mimeType
          + "'; supported: " + supportedList());
    }
    if (size <= 0) {
      throw new IllegalArgumentException("file: media of type " + baseType(mimeType) + " is empty (0 bytes)");
    }
    if (size > kind.maxBytes) {
      throw new IllegalArgumentException("file: " + kind.name().toLowerCase(Locale.ROOT) + " media of type "
          + baseType(mimeType) + " is " + size + " bytes, over Meta's limit of " + kind.maxBytes + " bytes ("
          + human(kind.maxBytes) + ")");
    }
    return kind;
  }

  private static String supportedList() {
    StringBuilder sb = new StringBuilder();
    for (MediaKind kind : values()) {
      kind.mimeTypes.stream().sorted().forEach(t -> sb.append(sb.length() == 0 ? "" : ", ").append(t));
    }
    return sb.toString();
  }

  private static String human(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }
}
