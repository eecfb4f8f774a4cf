package dev.wabasdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The fake's Resumable Upload API state: upload sessions with the bytes received so far (a transfer that broke keeps
 * what arrived), and the file handles of finished uploads, which template media header examples and the business
 * profile picture must name. Thread-safe (its own lock: the profile and template routes ask it outside the engine's).
 */
final class Uploads {
  static final Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/jpg", "image/png",
      "video/mp4");

  /** One session. */
  static final class Session {
    final String id;
    final String fileName;
    final long fileLength;
    final String fileType;
    final Buffer bytes = new Buffer();
    @Nullable String handle;

    Session(String id, String fileName, long fileLength, String fileType) {
      this.id = id;
      this.fileName = fileName;
      this.fileLength = fileLength;
      this.fileType = fileType;
    }
  }

  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<String, Session> handles = new HashMap<>();
  private int next;

  synchronized Session open(String fileName, long fileLength, String fileType) {
    next++;
    String opaque = Base64.getEncoder().encodeToString(("1:attachment:fake-upload-" + next)
        .getBytes(StandardCharsets.UTF_8));
    // Meta's session ids carry a signature as a query part: clients must keep it.
    String id = "upload:" + opaque + "?sig=ARf" + Integer.toHexString(0x5a17 * next);
    Session session = new Session(id, fileName, fileLength, fileType);
    sessions.put(id, session);
    return session;
  }

  synchronized @Nullable Session session(String id) {
    return sessions.get(id);
  }

  /**
   * Appends bytes sent at {@code offset}; finishes the upload (a handle) when the file is whole. Meta's offset must be
   * the client's: a different one is refused with the offset to resume from.
   */
  synchronized Session append(Session session, long offset, ByteString body) {
    if (session.handle != null) {
      throw GraphException.of(100, "The upload session " + session.id + " is complete; its handle is "
          + session.handle + ".");
    }
    if (offset != session.bytes.size()) {
      throw GraphException.of(100, "Param file_offset must be the session's file_offset " + session.bytes.size()
          + " (GET the session to resume), was " + offset + ".");
    }
    if (offset + body.size() > session.fileLength) {
      throw GraphException.of(100, "The upload has " + (offset + body.size()) + " bytes, more than its file_length "
          + session.fileLength + ".");
    }
    session.bytes.write(body);
    if (session.bytes.size() == session.fileLength) {
      session.handle = "4::" + Base64.getEncoder().encodeToString(session.fileType.getBytes(StandardCharsets.UTF_8))
          + ":ARZ" + session.bytes.sha256().hex().substring(0, 16) + ":e:" + next;
      handles.put(session.handle, session);
    }
    return session;
  }

  /** The finished upload with this handle, or null. */
  synchronized @Nullable Session byHandle(String handle) {
    return handles.get(handle);
  }

  /**
   * Checks the media headers of a template definition (and of its carousel cards): an IMAGE, VIDEO, GIF or DOCUMENT
   * header needs {@code example.header_handle} naming a finished upload of a matching type.
   */
  void checkHeaderHandles(@Nullable Object definition) {
    for (Object component : Json.list(definition, "components")) {
      String type = String.valueOf(Json.string(component, "type")).toUpperCase(Locale.ROOT);
      if (type.equals("HEADER")) {
        checkHeader(component);
      } else if (type.equals("CAROUSEL")) {
        for (Object card : Json.list(component, "cards")) {
          checkHeaderHandles(card);
        }
      }
    }
  }

  private void checkHeader(Object header) {
    String format = String.valueOf(Json.string(header, "format")).toUpperCase(Locale.ROOT);
    String wanted = switch (format) {
      case "IMAGE" -> "image/";
      case "VIDEO", "GIF" -> "video/mp4";
      case "DOCUMENT" -> "application/pdf";
      default -> null;
    };
    if (wanted == null) {
      return;
    }
    List<Object> handles = Json.list(header, "example", "header_handle");
    if (handles.isEmpty() || !(handles.get(0) instanceof String handle)) {
      throw GraphException.of(100, "A " + format + " header needs example.header_handle: the handle of a file "
          + "uploaded with the Resumable Upload API.");
    }
    Session upload = byHandle(handle);
    if (upload == null) {
      throw GraphException.of(100, "Param example.header_handle[0] is not a file handle from the Resumable Upload "
          + "API, was " + handle + ".");
    }
    if (!upload.fileType.startsWith(wanted)) {
      throw GraphException.of(100, "A " + format + " header's example must be " + wanted + ", the handle is a "
          + upload.fileType + ".");
    }
  }

  /** The profile picture URL for a handle; error 100 unless it is a finished JPEG or PNG upload. */
  String profilePictureUrl(String handle) {
    Session upload = byHandle(handle);
    if (upload == null || !upload.fileType.startsWith("image/")) {
      throw GraphException.of(100, "Param profile_picture_handle must be the handle of a JPEG or PNG image "
          + "uploaded with the Resumable Upload API, was " + handle + ".");
    }
    return "https://pps.whatsapp.net/fake/" + upload.bytes.sha256().hex().substring(0, 16) + ".jpg";
  }

  synchronized void reset() {
    sessions.clear();
    handles.clear();
    next = 0;
  }
}
