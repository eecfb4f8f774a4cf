package dev.wabasdk.internal;

import dev.wabasdk.media.DownloadedMedia;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.media.MediaInfo;
import dev.wabasdk.media.MediaKind;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/** The HTTP implementation of {@link MediaApi}: uploads, URLs and deletes; downloads are {@link MediaDownloads}. Thread-safe. */
final class RealMediaApi implements MediaApi {
  private final GraphClient graph;
  private final HttpUrl mediaUrl;
  private final MediaDownloads downloads;

  RealMediaApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.mediaUrl = graph.url(phoneNumberId, "media");
    this.downloads = new MediaDownloads(graph, this);
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

  // ---- download: the machinery (streaming, verification, a fresh URL on expiry) is MediaDownloads

  @Override
  public DownloadedMedia download(String mediaId, Path target) {
    return downloads.fresh(mediaId, MediaDownloads.file(target));
  }

  @Override
  public DownloadedMedia download(String mediaId, OutputStream target) {
    return downloads.fresh(mediaId, MediaDownloads.stream(target));
  }

  @Override
  public DownloadedMedia download(MediaInfo media, Path target) {
    return downloads.download(media, MediaDownloads.file(target));
  }

  @Override
  public DownloadedMedia download(MediaInfo media, OutputStream target) {
    return downloads.download(media, MediaDownloads.stream(target));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, Path target) {
    return downloads.freshAsync(mediaId, MediaDownloads.file(target));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(String mediaId, OutputStream target) {
    return downloads.freshAsync(mediaId, MediaDownloads.stream(target));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, Path target) {
    return downloads.downloadAsync(media, MediaDownloads.file(target));
  }

  @Override
  public CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo media, OutputStream target) {
    return downloads.downloadAsync(media, MediaDownloads.stream(target));
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
