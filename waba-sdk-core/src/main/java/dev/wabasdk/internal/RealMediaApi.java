package dev.wabasdk.internal;

import dev.wabasdk.media.DownloadedMedia;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.media.MediaInfo;
import dev.wabasdk.media.MediaKind;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaDownloadException;
import dev.wabasdk.error.WabaDownloadException.Problem;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import dev.wabasdk.error.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP implementation of {@link MediaApi}. Thread-safe. */
final class RealMediaApi implements MediaApi {
  private static final Logger LOG = LoggerFactory.getLogger(RealMediaApi.class);
  private static final int CHUNK = 8192;

  private final GraphClient graph;
  private final HttpUrl mediaUrl;

  RealMediaApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.mediaUrl = graph.url(phoneNumberId, "media");
  }

  // ---- upload

  @Override
  public String upload(Path file, String mimeType) {
    return graph.execute(uploadCall(file, mimeType), RealMediaApi::parseId);
  }

  @Override
  public String upload(byte[] content, String mimeType, String filename) {
    return graph.execute(uploadCall(content, mimeType, filename), RealMediaApi::parseId);
  }

  @Override
  public String upload(InputStream content, long size, String mimeType, String filename) {
    return graph.execute(uploadCall(content, size, mimeType, filename), RealMediaApi::parseId);
  }

  @Override
  public CompletableFuture<String> uploadAsync(Path file, String mimeType) {
    return graph.executeAsync(uploadCall(file, mimeType), RealMediaApi::parseId);
  }

  @Override
  public CompletableFuture<String> uploadAsync(byte[] content, String mimeType, String filename) {
    return graph.executeAsync(uploadCall(content, mimeType, filename), RealMediaApi::parseId);
  }

  @Override
  public CompletableFuture<String> uploadAsync(InputStream content, long size, String mimeType, String filename) {
    return graph.executeAsync(uploadCall(content, size, mimeType, filename), RealMediaApi::parseId);
  }

  private GraphCall uploadCall(Path file, String mimeType) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(mimeType, "mimeType");
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("file: cannot read '" + file + "': " + e.getMessage(), e);
    }
    MediaKind.check(mimeType, size);
    Path name = file.getFileName();
    return multipart(mimeType, name == null ? "file" : name.toString(),
        RequestBody.create(file.toFile(), MediaType.get(baseType(mimeType))));
  }

  private GraphCall uploadCall(byte[] content, String mimeType, String filename) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mimeType, "mimeType");
    MediaKind.check(mimeType, content.length);
    return multipart(mimeType, filename, RequestBody.create(content, MediaType.get(baseType(mimeType))));
  }

  private GraphCall uploadCall(InputStream content, long size, String mimeType, String filename) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(mimeType, "mimeType");
    MediaKind.check(mimeType, size);
    return multipart(mimeType, filename, new StreamBody(content, size, MediaType.get(baseType(mimeType))));
  }

  private GraphCall multipart(String mimeType, String filename, RequestBody file) {
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename: must not be blank");
    }
    // The three form fields of Meta's documented curl example; the file goes last.
    MultipartBody body = new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("messaging_product", "whatsapp")
        .addFormDataPart("type", baseType(mimeType))
        .addFormDataPart("file", filename, file)
        .build();
    // Uploading twice only leaves an unused media id behind, but keep to Meta-confirmed failures for retries.
    return GraphCall.post(mediaUrl, body, false);
  }

  /** The MIME type lower case and without parameters, as {@code MediaKind} compares it. */
  private static String baseType(String mimeType) {
    int semicolon = mimeType.indexOf(';');
    return (semicolon < 0 ? mimeType : mimeType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static String parseId(Response response) throws IOException {
    String id = Json.string(Json.readObject(response.body().string()), "id");
    if (id == null) {
      throw new WabaException("Meta answered the upload without an id: outcome unknown", Outcome.UNKNOWN, false, null);
    }
    return id;
  }

  /** Streams an InputStream once ({@code isOneShot}: not retried); a second read fails rather than send nothing. */
  private static final class StreamBody extends RequestBody {
    private final InputStream in;
    private final long size;
    private final MediaType type;
    private final AtomicBoolean read = new AtomicBoolean();

    StreamBody(InputStream in, long size, MediaType type) {
      this.in = in;
      this.size = size;
      this.type = type;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return size;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      if (!read.compareAndSet(false, true)) {
        throw new IOException("the InputStream was consumed by an earlier attempt; upload again with a fresh stream");
      }
      BufferedSource source = Okio.buffer(Okio.source(in));
      try {
        sink.write(source, size);
      } catch (java.io.EOFException e) {
        throw new IOException("the InputStream ended before the " + size + " bytes given as size", e);
      }
      if (!source.exhausted()) {
        throw new IOException("the InputStream holds more than the " + size + " bytes given as size");
      }
    }
  }

  // ---- retrieve URL

  @Override
  public MediaInfo retrieveUrl(String mediaId) {
    return graph.execute(GraphCall.get(graph.url(id(mediaId))), RealMediaApi::parseInfo);
  }

  @Override
  public CompletableFuture<MediaInfo> retrieveUrlAsync(String mediaId) {
    return graph.executeAsync(GraphCall.get(graph.url(id(mediaId))), RealMediaApi::parseInfo);
  }

  private static MediaInfo parseInfo(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    String id = Json.string(root, "id");
    String url = Json.string(root, "url");
    if (id == null || url == null) {
      throw new IOException("media answer without id or url");
    }
    return new MediaInfo(id, url, Json.string(root, "mime_type"), Json.string(root, "sha256"),
        Json.longValue(root, "file_size"));
  }

  // ---- download

  @Override
  public DownloadedMedia download(String mediaId, Path target) {
    return downloadFresh(mediaId, new FileTarget(Objects.requireNonNull(target, "target")));
  }

  @Override
  public DownloadedMedia download(String mediaId, OutputStream target) {
    return downloadFresh(mediaId, new StreamTarget(Objects.requireNonNull(target, "target")));
  }

  @Override
  public DownloadedMedia download(MediaInfo media, Path target) {
    return graph.execute(downloadCall(media), downloader(media, new FileTarget(Objects.requireNonNull(target, "target"))));
  }

  @Override
  public DownloadedMedia download(MediaInfo media, OutputStream target) {
    return graph.execute(downloadCall(media), downloader(media, new StreamTarget(Objects.requireNonNull(target, "target"))));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, Path target) {
    return downloadFreshAsync(mediaId, new FileTarget(Objects.requireNonNull(target, "target")));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, OutputStream target) {
    return downloadFreshAsync(mediaId, new StreamTarget(Objects.requireNonNull(target, "target")));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, Path target) {
    return graph.executeAsync(downloadCall(media), downloader(media, new FileTarget(Objects.requireNonNull(target, "target"))));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, OutputStream target) {
    return graph.executeAsync(downloadCall(media),
        downloader(media, new StreamTarget(Objects.requireNonNull(target, "target"))));
  }

  private DownloadedMedia downloadFresh(String mediaId, Target target) {
    MediaInfo media = retrieveUrl(mediaId);
    try {
      return graph.execute(downloadCall(media), downloader(media, target));
    } catch (WabaException e) {
      if (!expired(e)) {
        throw e;
      }
      LOG.debug("media {}: download URL refused ({}), fetching a fresh URL", mediaId, e.getMessage());
      MediaInfo fresh = retrieveUrl(mediaId);
      return graph.execute(downloadCall(fresh), downloader(fresh, target));
    }
  }

  private CompletableFuture<DownloadedMedia> downloadFreshAsync(String mediaId, Target target) {
    return retrieveUrlAsync(mediaId)
        .thenCompose(media -> graph.executeAsync(downloadCall(media), downloader(media, target)))
        .exceptionallyCompose(failure -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
          if (!(cause instanceof WabaException e) || !expired(e)) {
            return CompletableFuture.failedFuture(cause);
          }
          LOG.debug("media {}: download URL refused ({}), fetching a fresh URL", mediaId, e.getMessage());
          return retrieveUrlAsync(mediaId)
              .thenCompose(fresh -> graph.executeAsync(downloadCall(fresh), downloader(fresh, target)));
        });
  }

  /** Meta's CDN refuses an expired URL with 401, 403 or 404. */
  private static boolean expired(WabaException e) {
    int status = e instanceof WabaHttpException h ? h.httpStatus()
        : e instanceof WabaApiException a ? a.httpStatus()
        : 0;
    return status == 401 || status == 403 || status == 404;
  }

  private GraphCall downloadCall(MediaInfo media) {
    Objects.requireNonNull(media, "media");
    HttpUrl url = HttpUrl.parse(media.url());
    if (url == null) {
      throw new IllegalArgumentException("media.url: not an http(s) URL for media " + media.id());
    }
    // The access token goes with the download: never in clear text to a host other than the configured Graph host.
    if (!url.isHttps() && !url.host().equals(graph.url().host())) {
      throw new IllegalArgumentException("media.url: must be https to receive the access token, was http://"
          + url.host() + " for media " + media.id());
    }
    // Meta's CDN is another host but still needs the bearer token.
    return new GraphCall("GET", url, null, true, false, true);
  }

  private static ResponseHandler<DownloadedMedia> downloader(MediaInfo media, Target target) {
    return response -> {
      MessageDigest sha = sha256();
      long count = 0;
      byte[] chunk = new byte[CHUNK];
      try (InputStream in = response.body().byteStream()) {
        OutputStream out = target.open(media.id());
        try {
          while (true) {
            int n;
            try {
              n = in.read(chunk);
            } catch (IOException e) {
              target.failed();
              if (count > 0 && !target.replayable()) {
                throw new WabaDownloadException("download of media " + media.id() + " broke after " + count
                    + " bytes were written to the OutputStream: " + e.getMessage(), media.id(), Problem.INTERRUPTED, e);
              }
              throw e; // nothing delivered yet, or a file that the next attempt rewrites: retry as a GET
            }
            if (n < 0) {
              break;
            }
            sha.update(chunk, 0, n);
            count += n;
            try {
              out.write(chunk, 0, n);
            } catch (IOException e) {
              target.failed();
              throw new WabaDownloadException("cannot write media " + media.id() + " to the target: "
                  + e.getMessage(), media.id(), Problem.TARGET_FAILED, e);
            }
          }
          target.finish(media.id());
        } catch (RuntimeException | IOException | Error e) {
          target.closeQuietly();
          throw e;
        }
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      if (media.fileSize() != null && media.fileSize() != count) {
        target.failed();
        throw new WabaDownloadException("media " + media.id() + " is " + count + " bytes but Meta announced file_size "
            + media.fileSize() + ": download incomplete or corrupted", media.id(), Problem.SIZE_MISMATCH, null);
      }
      if (media.sha256() != null && !sameHash(media.sha256(), actual)) {
        target.failed();
        throw new WabaDownloadException("media " + media.id() + " has sha256 " + actual + " but Meta announced "
            + media.sha256() + ": download corrupted", media.id(), Problem.SHA256_MISMATCH, null);
      }
      return new DownloadedMedia(media.id(), media.mimeType(), count, actual);
    };
  }

  /** Meta documents a hex digest; base64 is accepted too. An unreadable value cannot be verified and is ignored. */
  static boolean sameHash(String expected, String actualHex) {
    String e = expected.strip();
    if (e.matches("[0-9a-fA-F]{64}")) {
      return e.equalsIgnoreCase(actualHex);
    }
    try {
      byte[] decoded = Base64.getDecoder().decode(e);
      if (decoded.length == 32) {
        return MessageDigest.isEqual(decoded, HexFormat.of().parseHex(actualHex));
      }
    } catch (IllegalArgumentException notBase64) {
      // fall through
    }
    LOG.debug("sha256 '{}' is neither hex nor base64 of 32 bytes; not verified", e);
    return true;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /** Where a download goes. */
  private interface Target {
    OutputStream open(String mediaId) throws IOException;

    /** Whether a retry may write from the start again. */
    boolean replayable();

    void finish(String mediaId) throws IOException;

    /** Drops what was written, where possible. */
    void failed();

    void closeQuietly();
  }

  /** A file, truncated at each attempt and deleted when the download fails. */
  private static final class FileTarget implements Target {
    private final Path path;
    private @Nullable OutputStream out;

    FileTarget(Path path) {
      this.path = path;
    }

    @Override
    public synchronized OutputStream open(String mediaId) {
      try {
        out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
        return out;
      } catch (IOException e) {
        throw new WabaDownloadException("cannot open '" + path + "' for media " + mediaId + ": " + e.getMessage(),
            mediaId, Problem.TARGET_FAILED, e);
      }
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public synchronized void finish(String mediaId) {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        failed();
        throw new WabaDownloadException("cannot write '" + path + "' for media " + mediaId + ": " + e.getMessage(),
            mediaId, Problem.TARGET_FAILED, e);
      } finally {
        out = null;
      }
    }

    @Override
    public synchronized void failed() {
      closeQuietly();
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        LOG.warn("could not delete the partial download '{}': {}", path, e.getMessage());
      }
    }

    @Override
    public synchronized void closeQuietly() {
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // the download already failed; that failure is the one reported
        }
        out = null;
      }
    }
  }

  /** A caller's stream: written through, flushed at the end, never closed. */
  private static final class StreamTarget implements Target {
    private final OutputStream out;

    StreamTarget(OutputStream out) {
      this.out = out;
    }

    @Override
    public OutputStream open(String mediaId) {
      return out;
    }

    @Override
    public boolean replayable() {
      return false;
    }

    @Override
    public void finish(String mediaId) {
      try {
        out.flush();
      } catch (IOException e) {
        throw new WabaDownloadException("cannot flush the target of media " + mediaId + ": " + e.getMessage(),
            mediaId, Problem.TARGET_FAILED, e);
      }
    }

    @Override
    public void failed() {}

    @Override
    public void closeQuietly() {}
  }

  // ---- delete

  @Override
  public void delete(String mediaId) {
    graph.execute(GraphCall.delete(graph.url(id(mediaId))), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String mediaId) {
    return graph.executeAsync(GraphCall.delete(graph.url(id(mediaId))), ResponseHandler.success())
        .thenApply(ignored -> null);
  }

  private static String id(String mediaId) {
    return GraphIds.check("media id", mediaId);
  }
}
