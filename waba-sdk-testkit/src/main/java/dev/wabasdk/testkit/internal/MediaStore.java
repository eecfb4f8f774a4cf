package dev.wabasdk.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The media the app uploaded and the users sent, kept 30 days as on Meta, and the recordings and transcripts of calls,
 * kept 7 days as on Meta. Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class MediaStore {
  static final Duration MEDIA_URL_TTL = Duration.ofMinutes(5);
  static final Duration MEDIA_TTL = Duration.ofDays(30);

  /** One stored file. */
  static final class MediaRecord {
    final String id;
    final String mimeType;
    final byte[] bytes;
    final String sha256;
    final Instant uploaded;
    final Duration ttl;

    MediaRecord(String id, String mimeType, byte[] bytes, Instant uploaded, Duration ttl) {
      this.id = id;
      this.mimeType = mimeType;
      this.bytes = bytes;
      this.sha256 = Signatures.sha256Hex(bytes);
      this.uploaded = uploaded;
      this.ttl = ttl;
    }
  }

  private final Map<String, MediaRecord> media = new HashMap<>();

  MediaRecord store(String id, String mimeType, byte[] bytes, Instant now) {
    return store(id, mimeType, bytes, now, MEDIA_TTL);
  }

  /** Stores a file Meta keeps {@code ttl} (a call's recording or transcript: 7 days). */
  MediaRecord store(String id, String mimeType, byte[] bytes, Instant now, Duration ttl) {
    MediaRecord record = new MediaRecord(id, mimeType, bytes, now, ttl);
    media.put(id, record);
    return record;
  }

  /** The media {@code id}, or null when unknown or older than it is kept (then it is forgotten). */
  @Nullable MediaRecord get(String id, Instant now) {
    MediaRecord record = media.get(id);
    if (record != null && !now.isBefore(record.uploaded.plus(record.ttl))) {
      media.remove(id);
      return null;
    }
    return record;
  }

  boolean contains(String id) {
    return media.containsKey(id);
  }

  boolean delete(String id) {
    return media.remove(id) != null;
  }

  void reset() {
    media.clear();
  }
}
