package dev.wabasdk.upload;

import dev.wabasdk.error.WabaUploadException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Meta's Resumable Upload API: uploads a file and returns its file handle ({@code "h"}, e.g. {@code 4::aW...}), which
 * a template's media header example ({@code example.header_handle}) and the business profile picture
 * ({@code profile_picture_handle}) take. Obtain it from {@code WhatsApp.uploads()}; the client needs the Meta app id
 * ({@code WhatsApp.builder().appId(..)}). Thread-safe.
 *
 * <pre>{@code
 * String handle = whatsApp.uploads().upload(Path.of("header.png"));
 * whatsApp.templates().create(TemplateDefinition.builder("summer_sale", "en_US", TemplateCategory.MARKETING)
 *     .component(Component.headerMedia(HeaderFormat.IMAGE, handle))
 *     .component(Component.body("Our summer sale starts today!"))
 *     .build());
 * }</pre>
 *
 * <p>An upload is three calls: {@code POST /{app-id}/uploads?file_name=&file_length=&file_type=} opens a session,
 * {@code POST /{session-id}} with header {@code file_offset} sends the bytes from that offset and answers the handle,
 * {@code GET /{session-id}} reports the {@code file_offset} Meta has. The bytes are streamed from the file or stream,
 * never held whole in memory. When a transfer breaks, the call asks Meta for its offset and sends the rest from there,
 * up to {@code RetrySettings.maxAttempts()} transfers with the retry backoff between them; when it gives up it throws
 * a {@link WabaUploadException} carrying the session id and the offset, and {@link #resume(String, Path)} finishes
 * the upload later, even from another process.
 *
 * <p>Every argument is checked before any request: the file type is one of {@link #FILE_TYPES}, the length positive.
 */
public interface ResumableUploadApi {
  /** The {@code file_type}s Meta's Resumable Upload API documents. */
  Set<String> FILE_TYPES = Set.of("application/pdf", "image/jpeg", "image/jpg", "image/png", "video/mp4");

  /** How many of the last bytes sent a stream upload keeps to resume a broken transfer (4 MiB). */
  int STREAM_REPLAY_BYTES = 4 * 1024 * 1024;

  /**
   * Uploads a file whose type follows from its extension ({@code .pdf}, {@code .jpg}/{@code .jpeg}, {@code .png},
   * {@code .mp4}) and returns its handle.
   *
   * @throws IllegalArgumentException when the file is unreadable or empty, or its extension is none of those
   * @throws WabaUploadException when the transfer failed for good; its session id resumes it
   */
  String upload(Path file);

  /** Uploads a file of the given {@code file_type} (one of {@link #FILE_TYPES}) and returns its handle. */
  String upload(Path file, String fileType);

  /**
   * Uploads {@code fileLength} bytes read from a stream (not closed) and returns the handle. A broken transfer is
   * resumed from the bytes kept of the last {@value #STREAM_REPLAY_BYTES} sent; when Meta's offset lies before them,
   * the {@link WabaUploadException} says so and {@link #resume(String, InputStream, long)} takes a fresh stream.
   */
  String upload(InputStream content, long fileLength, String fileName, String fileType);

  /**
   * Opens an upload session ({@code POST /{app-id}/uploads}) without sending bytes: keep its id, then send the file
   * with {@link #resume(String, Path)}.
   */
  UploadSession createSession(String fileName, long fileLength, String fileType);

  /** The number of bytes Meta has of the session ({@code GET /{session-id}}, its {@code file_offset}). */
  long fileOffset(String sessionId);

  /**
   * Sends the bytes of {@code file} Meta does not have yet (from the session's {@code file_offset}) and returns the
   * handle; for a session opened by {@link #createSession} or one a failed upload left behind.
   */
  String resume(String sessionId, Path file);

  /**
   * Like {@link #resume(String, Path)} from a stream positioned at the start of the file (not closed): the bytes
   * Meta already has are skipped.
   */
  String resume(String sessionId, InputStream content, long fileLength);

  /** The asynchronous twin of {@link #upload(Path)}. */
  CompletableFuture<String> uploadAsync(Path file);

  /** The asynchronous twin of {@link #upload(Path, String)}. */
  CompletableFuture<String> uploadAsync(Path file, String fileType);

  /** The asynchronous twin of {@link #upload(InputStream, long, String, String)}. */
  CompletableFuture<String> uploadAsync(InputStream content, long fileLength, String fileName, String fileType);

  /** The asynchronous twin of {@link #createSession}. */
  CompletableFuture<UploadSession> createSessionAsync(String fileName, long fileLength, String fileType);

  /** The asynchronous twin of {@link #fileOffset}. */
  CompletableFuture<Long> fileOffsetAsync(String sessionId);

  /** The asynchronous twin of {@link #resume(String, Path)}. */
  CompletableFuture<String> resumeAsync(String sessionId, Path file);

  /** The asynchronous twin of {@link #resume(String, InputStream, long)}. */
  CompletableFuture<String> resumeAsync(String sessionId, InputStream content, long fileLength);
}
