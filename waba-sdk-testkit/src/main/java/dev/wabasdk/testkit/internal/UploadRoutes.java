package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.GraphErrorResponse;
import java.util.Map;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The Resumable Upload API routes: {@code POST /{app-id}/uploads} opens a session, {@code POST /upload:...} with
 * header {@code file_offset} appends bytes (the whole file answers {@code {"h": handle}}), {@code GET /upload:...}
 * answers the session's {@code file_offset}. The session calls take the token only in the Authorization header
 * ({@code OAuth <token>}, as Meta documents; {@code Bearer} works too), never as a query parameter. A dropped
 * connection during a transfer keeps the first half of its bytes, as a transfer broken mid-way does. Thread-safe:
 * state lives in {@link Uploads}.
 */
final class UploadRoutes {
  private final FakeEngine engine;

  UploadRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Whether the path's first segment (after the version) is an upload session. */
  static boolean isSession(String segment) {
    return segment.startsWith("upload:");
  }

  /** {@code POST /{app-id}/uploads?file_name=&file_length=&file_type=}. */
  Map<String, Object> open(HttpUrl url) {
    String type = url.queryParameter("file_type");
    String length = url.queryParameter("file_length");
    if (type == null || length == null) {
      throw GraphException.of(100, "The parameters file_length and file_type are required.");
    }
    if (!Uploads.FILE_TYPES.contains(type)) {
      throw GraphException.of(100, "Param file_type must be one of " + new java.util.TreeSet<>(Uploads.FILE_TYPES)
          + ", was " + type + ".");
    }
    long fileLength;
    try {
      fileLength = Long.parseLong(length);
    } catch (NumberFormatException e) {
      fileLength = -1;
    }
    if (fileLength < 1) {
      throw GraphException.of(100, "Param file_length must be a positive integer, was " + length + ".");
    }
    String name = url.queryParameter("file_name");
    return obj("id", engine.uploads.open(name == null ? "file" : name, fileLength, type).id);
  }

  /** {@code GET|POST /upload:...}. */
  Map<String, Object> session(String method, HttpUrl url, @Nullable String authorization, @Nullable String offset,
      ByteString body) {
    Uploads.Session session = find(url, authorization);
    if (method.equals("GET")) {
      return obj("id", session.id, "file_offset", session.bytes.size());
    }
    if (!method.equals("POST")) {
      throw FakeDispatcher.unknownObject(method, session.id);
    }
    engine.uploads.append(session, parseOffset(offset), body);
    if (session.handle != null) {
      return obj("h", session.handle);
    }
    return obj("id", session.id, "file_offset", session.bytes.size());
  }

  /** A transfer whose connection drops: Meta keeps what arrived, here the first half of the bytes. */
  void broken(HttpUrl url, @Nullable String authorization, @Nullable String offset, ByteString body) {
    try {
      Uploads.Session session = find(url, authorization);
      engine.uploads.append(session, parseOffset(offset), body.substring(0, body.size() / 2));
    } catch (GraphException refused) {
      // The connection drops either way.
    }
  }

  private Uploads.Session find(HttpUrl url, @Nullable String authorization) {
    String token = authorization == null ? null
        : authorization.regionMatches(true, 0, "OAuth ", 0, 6) ? authorization.substring(6).trim()
        : authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim()
        : null;
    if (token == null || token.isEmpty()) {
      throw new GraphException(new GraphErrorResponse(190, "An access token must be sent in the Authorization "
          + "header (Authorization: OAuth <token>) for upload sessions", "OAuthException", null, 401));
    }
    if (!token.equals(engine.config.accessToken())) {
      throw new GraphException(new GraphErrorResponse(190, "Invalid OAuth access token - Cannot parse access token",
          "OAuthException", null, 401));
    }
    String id = url.pathSegments().get(url.pathSegments().size() - 1)
        + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    Uploads.Session session = engine.uploads.session(id);
    if (session == null) {
      throw FakeDispatcher.unknownObject("GET", id);
    }
    return session;
  }

  private static long parseOffset(@Nullable String offset) {
    if (offset == null) {
      throw GraphException.of(100, "The file_offset header is required.");
    }
    try {
      return Long.parseLong(offset.trim());
    } catch (NumberFormatException e) {
      throw GraphException.of(100, "The file_offset header must be a number, was " + offset + ".");
    }
  }
}
