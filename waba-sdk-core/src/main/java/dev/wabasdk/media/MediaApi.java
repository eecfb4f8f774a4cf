package dev.wabasdk.media;

import dev.wabasdk.error.WabaDownloadException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Uploads, retrieves, downloads and deletes media of one business phone number. Obtain it from
 * {@code WhatsApp.media()}. Media ids received in webhooks work with the same calls. Thread-safe.
 *
 * <pre>{@code
 * String mediaId = whatsApp.media().upload(Path.of("invoice.pdf"), "application/pdf");
 * DownloadedMedia photo = whatsApp.media().download(inboundImageId, Path.of("photo.jpg"));
 * }</pre>
 *
 * <p>Uploads are checked against Meta's MIME types and size limits ({@link MediaKind}) before anything is sent.
 * Downloads stream to the target (never the whole file in memory) and verify Meta's {@code file_size} and
 * {@code sha256}.
 */
public interface MediaApi {
  /**
   * Uploads a file ({@code POST /{phone-number-id}/media}) and returns its media id, valid for 30 days.
   *
   * @param mimeType the file's MIME type, one of {@link MediaKind}'s
   * @throws IllegalArgumentException when the type is unsupported or the file is over the limit for its type
   */
  String upload(Path file, String mimeType);

  /** Uploads bytes; {@code filename} is what a document shows when no other name is given. */
  String upload(byte[] content, String mimeType, String filename);

  /**
   * Uploads {@code size} bytes read from a stream, which is not closed. The size is needed to check Meta's limit
   * before the upload starts. A stream can be read only once, so a failed stream upload is never retried.
   */
  String upload(InputStream content, long size, String mimeType, String filename);

  /** The asynchronous twin of {@link #upload(Path, String)}. */
  CompletableFuture<String> uploadAsync(Path file, String mimeType);

  /** The asynchronous twin of {@link #upload(byte[], String, String)}. */
  CompletableFuture<String> uploadAsync(byte[] content, String mimeType, String filename);

  /** The asynchronous twin of {@link #upload(InputStream, long, String, String)}. */
  CompletableFuture<String> uploadAsync(InputStream content, long size, String mimeType, String filename);

  /**
   * Retrieves the download URL and facts of a media id ({@code GET /{media-id}}); the URL expires after 5 minutes.
   */
  MediaInfo retrieveUrl(String mediaId);

  /** The asynchronous twin of {@link #retrieveUrl}. */
  CompletableFuture<MediaInfo> retrieveUrlAsync(String mediaId);

  /**
   * Fetches a fresh URL for the media id and downloads it to a file, replacing it. When the download answers
   * 401, 403 or 404 (the URL expired), a new URL is fetched once and the download repeated.
   *
   * @throws WabaDownloadException when the bytes do not match Meta's {@code file_size} or {@code sha256}; the
   *     file is deleted
   */
  DownloadedMedia download(String mediaId, Path target);

  /**
   * Fetches a fresh URL and downloads the media to a stream, which is not closed. An expired URL is refreshed once
   * as for {@link #download(String, Path)} (nothing has been written at that point).
   */
  DownloadedMedia download(String mediaId, OutputStream target);

  /** Downloads from a URL retrieved earlier to a file, replacing it. */
  DownloadedMedia download(MediaInfo media, Path target);

  /** Downloads from a URL retrieved earlier to a stream, which is not closed. */
  DownloadedMedia download(MediaInfo media, OutputStream target);

  /** The asynchronous twin of {@link #download(String, Path)}. */
  CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, Path target);

  /** The asynchronous twin of {@link #download(String, OutputStream)}. */
  CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, OutputStream target);

  /** The asynchronous twin of {@link #download(MediaInfo, Path)}. */
  CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, Path target);

  /** The asynchronous twin of {@link #download(MediaInfo, OutputStream)}. */
  CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, OutputStream target);

  /** Deletes media ({@code DELETE /{media-id}}); it can no longer be sent or downloaded. */
  void delete(String mediaId);

  /** The asynchronous twin of {@link #delete}. */
  CompletableFuture<Void> deleteAsync(String mediaId);
}
