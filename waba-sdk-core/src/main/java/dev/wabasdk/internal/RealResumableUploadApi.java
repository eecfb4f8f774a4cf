package dev.wabasdk.internal;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaNetworkException;
import dev.wabasdk.error.WabaUploadException;
import dev.wabasdk.upload.ResumableUploadApi;
import dev.wabasdk.upload.UploadSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP implementation of {@link ResumableUploadApi}: a session, then one streamed transfer, resumed at Meta's
 * {@code file_offset} after a failure, a bounded number of times. Thread-safe (each call has its own state).
 */
final class RealResumableUploadApi implements ResumableUploadApi {
  private static final Logger LOG = LoggerFactory.getLogger("dev.wabasdk.graph");
  /** {@code upload:} then Meta's opaque id, possibly with a {@code ?sig=} query: no space, '#' or control characters. */
  private static final Pattern SESSION_ID = Pattern.compile("upload:[A-Za-z0-9+/=_.:%-]+(\\?[A-Za-z0-9+/=_.:%&-]*)?");
  private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
      "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "mp4", "video/mp4");

  private final GraphClient graph;
  private final @Nullable String appId;
  private final RetrySettings retry;
  private final int replayBytes;

  RealResumableUploadApi(GraphClient graph, @Nullable String appId, RetrySettings retry) {
    this(graph, appId, retry, STREAM_REPLAY_BYTES);
  }

  /** @param replayBytes how much of a stream to keep for a resume (tests make it small) */
  RealResumableUploadApi(GraphClient graph, @Nullable String appId, RetrySettings retry, int replayBytes) {
    this.graph = graph;
    this.appId = appId;
    this.retry = retry;
    this.replayBytes = replayBytes;
  }

  // ---- upload

  @Override
  public String upload(Path file) {
    return upload(file, fileTypeOf(file));
  }

  @Override
  public String upload(Path file, String fileType) {
    long length = fileLength(file);
    UploadSession session = createSession(fileName(file), length, fileType);
    return transfer(session.id(), UploadSource.of(file, length), 0);
  }

  @Override
  public String upload(InputStream content, long fileLength, String fileName, String fileType) {
    Objects.requireNonNull(content, "content");
    UploadSession session = createSession(fileName, fileLength, fileType);
    return transfer(session.id(), UploadSource.of(content, fileLength, replayBytes), 0);
  }

  @Override
  public UploadSession createSession(String fileName, long fileLength, String fileType) {
    String type = checkFileType(fileType);
    checkName(fileName);
    checkLength(fileLength);
    String app = appId();
    HttpUrl url = graph.urlBuilder().addPathSegment(app).addPathSegment("uploads")
        .addQueryParameter("file_name", fileName)
        .addQueryParameter("file_length", Long.toString(fileLength))
        .addQueryParameter("file_type", type)
        .build();
    // A second session for the same file only leaves an unused one behind, so retrying is harmless.
    String id = graph.execute(GraphCall.post(url, RequestBody.create(new byte[0], null), true), response -> {
      String value = Json.string(Json.readObject(response.body().string()), "id");
      if (value == null || !SESSION_ID.matcher(value).matches()) {
        throw new WabaException("Meta answered POST /" + app + "/uploads without an upload session id (was "
            + value + ")", Outcome.UNKNOWN, false, null);
      }
      return value;
    });
    return new UploadSession(id, fileName, fileLength, type);
  }

  @Override
  public long fileOffset(String sessionId) {
    return graph.execute(GraphCall.get(sessionUrl(sessionId)).withOAuth(Headers.of()), response -> {
      Long offset = Json.longValue(Json.readObject(response.body().string()), "file_offset");
      if (offset == null || offset < 0) {
        throw new WabaException("Meta answered GET " + sessionId + " without a file_offset", Outcome.REJECTED, false,
            null);
      }
      return offset;
    });
  }

  @Override
  public String resume(String sessionId, Path file) {
    checkSessionId(sessionId);
    long length = fileLength(file);
    return transfer(sessionId, UploadSource.of(file, length), fileOffset(sessionId));
  }

  @Override
  public String resume(String sessionId, InputStream content, long fileLength) {
    checkSessionId(sessionId);
    Objects.requireNonNull(content, "content");
    checkLength(fileLength);
    return transfer(sessionId, UploadSource.of(content, fileLength, replayBytes), fileOffset(sessionId));
  }

  // ---- async: the transfer loop blocks (backoff sleeps, streamed bodies), so it runs on the HTTP client's threads

  @Override
  public CompletableFuture<String> uploadAsync(Path file) {
    return async(() -> upload(file));
  }

  @Override
  public CompletableFuture<String> uploadAsync(Path file, String fileType) {
    return async(() -> upload(file, fileType));
  }

  @Override
  public CompletableFuture<String> uploadAsync(InputStream content, long fileLength, String fileName,
      String fileType) {
    return async(() -> upload(content, fileLength, fileName, fileType));
  }

  @Override
  public CompletableFuture<UploadSession> createSessionAsync(String fileName, long fileLength, String fileType) {
    return async(() -> createSession(fileName, fileLength, fileType));
  }

  @Override
  public CompletableFuture<Long> fileOffsetAsync(String sessionId) {
    return async(() -> fileOffset(sessionId));
  }

  @Override
  public CompletableFuture<String> resumeAsync(String sessionId, Path file) {
    return async(() -> resume(sessionId, file));
  }

  @Override
  public CompletableFuture<String> resumeAsync(String sessionId, InputStream content, long fileLength) {
    return async(() -> resume(sessionId, content, fileLength));
  }

  private <T> CompletableFuture<T> async(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    try {
      graph.executor().execute(() -> {
        try {
          result.complete(work.get());
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      });
    } catch (RuntimeException rejected) { // the client was closed
      result.completeExceptionally(rejected);
    }
    return result;
  }

  // ---- the transfer

  /**
   * Sends the bytes from {@code offset}; after a failure asks Meta for its offset and sends the rest from there, up to
   * {@code retry.maxAttempts()} transfers in all.
   */
  private String transfer(String sessionId, UploadSource source, long offset) {
    long from = offset;
    for (int attempt = 1; ; attempt++) {
      if (!source.canStartAt(from)) {
        throw new WabaUploadException("Upload session " + sessionId + " is at offset " + from + " of "
            + source.length + " bytes, but the stream no longer holds the bytes from there: resume with a fresh "
            + "stream (uploads().resume(sessionId, stream, length))", sessionId, from, null);
      }
      WabaException failure;
      try {
        return send(sessionId, source, from);
      } catch (WabaException e) {
        failure = e;
      }
      if (attempt >= retry.maxAttempts()) {
        throw gaveUp(sessionId, from, source.length, attempt, failure);
      }
      sleep(backoff(attempt), sessionId, from, failure);
      long reported;
      try {
        reported = fileOffset(sessionId);
      } catch (WabaException e) {
        failure.addSuppressed(e);
        throw gaveUp(sessionId, from, source.length, attempt, failure);
      }
      // A transfer that broke, or one Meta refused because its offset was not Meta's, continues from Meta's offset;
      // so does one whose token was refused when the offset query got a new one from the AccessTokenProvider (a
      // one-shot upload body is never repeated with a renewed token by itself). Any other refusal (an expired
      // session) would only be refused again.
      boolean resumable = failure instanceof WabaNetworkException || failure.isRetryable()
          || TokenSource.rejectsToken(failure);
      if (!resumable && reported == from) {
        throw gaveUp(sessionId, from, source.length, attempt, failure);
      }
      LOG.debug("upload {}: transfer {} failed at offset {} ({}); Meta has {} of {} bytes, resuming", sessionId,
          attempt, from, failure.getMessage(), reported, source.length);
      from = reported;
    }
  }

  private String send(String sessionId, UploadSource source, long offset) {
    GraphCall call = GraphCall.post(sessionUrl(sessionId), source.bodyFrom(offset), false)
        .withOAuth(Headers.of("file_offset", Long.toString(offset)));
    return graph.execute(call, response -> {
      String handle = Json.string(Json.readObject(response.body().string()), "h");
      if (handle == null || handle.isBlank()) {
        // Not the whole file yet: the loop asks for the offset and goes on.
        throw new WabaException("Meta answered the upload to " + sessionId + " without a file handle",
            Outcome.REJECTED, true, null);
      }
      return handle;
    });
  }

  private static WabaUploadException gaveUp(String sessionId, long offset, long length, int attempts,
      WabaException last) {
    return new WabaUploadException("Upload session " + sessionId + " failed after " + attempts + " transfer"
        + (attempts == 1 ? "" : "s") + " (last at offset " + offset + " of " + length + " bytes): "
        + last.getMessage() + "; resume it with uploads().resume(sessionId, file)", sessionId, offset, last);
  }

  private Duration backoff(int attempt) {
    Duration delay = retry.initialDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
    return delay.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : delay;
  }

  private static void sleep(Duration delay, String sessionId, long offset, WabaException failure) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.addSuppressed(e);
      throw new WabaUploadException("Upload session " + sessionId + " interrupted at offset " + offset, sessionId,
          offset, failure);
    }
  }

  // ---- checks, before any request

  private String appId() {
    if (appId == null) {
      throw new IllegalStateException("The Resumable Upload API needs the Meta app id: call appId(...) on "
          + "WhatsApp.builder()");
    }
    return appId;
  }

  private HttpUrl sessionUrl(String sessionId) {
    checkSessionId(sessionId);
    int query = sessionId.indexOf('?');
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(query < 0 ? sessionId : sessionId.substring(0, query));
    if (query >= 0) {
      b.encodedQuery(sessionId.substring(query + 1)); // Meta's ?sig=..., sent as Meta wrote it
    }
    return b.build();
  }

  static String checkSessionId(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (!SESSION_ID.matcher(sessionId).matches()) {
      throw new IllegalArgumentException("sessionId: must be an upload session id 'upload:...', was '" + sessionId
          + "'");
    }
    return sessionId;
  }

  static String checkFileType(String fileType) {
    Objects.requireNonNull(fileType, "fileType");
    String type = fileType.strip().toLowerCase(Locale.ROOT);
    if (!FILE_TYPES.contains(type)) {
      throw new IllegalArgumentException("fileType: must be one of " + new java.util.TreeSet<>(FILE_TYPES)
          + " (Meta's Resumable Upload API), was '" + fileType + "'");
    }
    return type;
  }

  private static void checkName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.isBlank() || fileName.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("fileName: must be a non-blank name without control characters, was '"
          + fileName + "'");
    }
  }

  private static void checkLength(long fileLength) {
    if (fileLength < 1) {
      throw new IllegalArgumentException("fileLength: must be at least 1 byte, was " + fileLength);
    }
  }

  /** The {@code file_type} of a file from its extension. */
  static String fileTypeOf(Path file) {
    Objects.requireNonNull(file, "file");
    String name = fileName(file);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES_BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw new IllegalArgumentException("file: cannot tell the file_type of '" + name + "' from its extension; "
          + "Meta's Resumable Upload API takes .pdf, .jpg, .jpeg, .png and .mp4 (or pass the fileType)");
    }
    return type;
  }

  private static String fileName(Path file) {
    Path name = Objects.requireNonNull(file, "file").getFileName();
    return name == null ? "file" : name.toString();
  }

  private static long fileLength(Path file) {
    Objects.requireNonNull(file, "file");
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("file: cannot read '" + file + "': " + e.getMessage(), e);
    }
    if (size < 1) {
      throw new IllegalArgumentException("file: '" + file + "' is empty; Meta needs file_length of at least 1");
    }
    return size;
  }
}
