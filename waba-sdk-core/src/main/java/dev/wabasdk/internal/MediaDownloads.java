package dev.wabasdk.internal;

import dev.wabasdk.media.DownloadedMedia;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.media.MediaInfo;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaDownloadException;
import dev.wabasdk.error.WabaDownloadException.Problem;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media downloads: streamed to a file or a stream (never the whole file in memory), verified against Meta's
 * {@code file_size} and {@code sha256}, retried once with a fresh URL when the CDN refuses an expired one.
 * Thread-safe; each download has its own target.
 */
final class MediaDownloads {
  private static final Logger LOG = LoggerFactory.getLogger(MediaApi.class);
  private static final int CHUNK = 8192;

  private final GraphClient graph;
  private final MediaApi media;

  MediaDownloads(GraphClient graph, MediaApi media) {
    this.graph = graph;
    this.media = media;
  }

  /** Downloads with a URL retrieved now, and once more with a fresh URL when the CDN refuses it as expired. */
  DownloadedMedia fresh(String mediaId, Target target) {
    MediaInfo info = media.retrieveUrl(mediaId);
    try {
      return download(info, target);
    } catch (WabaException e) {
      if (!expired(e)) {
        throw e;
      }
      LOG.debug("media {}: download URL refused ({}), fetching a fresh URL", mediaId, e.getMessage());
      MediaInfo fresh = media.retrieveUrl(mediaId);
      return download(fresh, target);
    }
  }

  /** The asynchronous twin of {@link #fresh}. */
  CompletableFuture<DownloadedMedia> freshAsync(String mediaId, Target target) {
    return media.retrieveUrlAsync(mediaId)
        .thenCompose(info -> downloadAsync(info, target))
        .exceptionallyCompose(failure -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null
              ? failure.getCause()
              : failure;
          if (!(cause instanceof WabaException e) || !expired(e)) {
            return CompletableFuture.failedFuture(cause);
          }
          LOG.debug("media {}: download URL refused ({}), fetching a fresh URL", mediaId, e.getMessage());
          return media.retrieveUrlAsync(mediaId)
              .thenCompose(fresh -> downloadAsync(fresh, target));
        });
  }

  /** Meta's CDN refuses an expired URL with 401, 403 or 404. */
  private static boolean expired(WabaException e) {
    int status = e instanceof WabaHttpException h ? h.httpStatus()
        : e instanceof WabaApiException a ? a.httpStatus()
        : 0;
    return status == 401 || status == 403 || status == 404;
  }

  /** Streams the media at {@code info}'s URL into the target, verifying size and hash. */
  DownloadedMedia download(MediaInfo info, Target target) {
    return graph.execute(downloadCall(info), downloader(info, target));
  }

  /** The asynchronous twin of {@link #download}. */
  CompletableFuture<DownloadedMedia> downloadAsync(MediaInfo info, Target target) {
    return graph.executeAsync(downloadCall(info), downloader(info, target));
  }

  /** A file target, truncated at each attempt and deleted when the download fails. */
  static Target file(Path path) {
    return new FileTarget(Objects.requireNonNull(path, "target"));
  }

  /** A caller's stream, written through and never closed. */
  static Target stream(OutputStream out) {
    return new StreamTarget(Objects.requireNonNull(out, "target"));
  }

  private GraphCall downloadCall(MediaInfo media) {
    Objects.requireNonNull(media, "media");
    HttpUrl url = HttpUrl.parse(media.url());
    if (url == null) {
      throw new IllegalArgumentException("media.url: not an http(s) URL for media " + media.id());
    }
    // The access token goes with the download, so only to Meta (checked before a byte is sent).
    HttpUrl graphRoot = graph.url();
    if (!sameOrigin(url, graphRoot)) {
      if (!url.isHttps()) {
        throw new IllegalArgumentException("media.url: must be https to receive the access token, was http://"
            + url.host() + (url.port() == 80 ? "" : ":" + url.port()) + " for media " + media.id());
      }
      if (!isMetaMediaHost(url)) {
        throw new IllegalArgumentException("media.url: the access token goes only to Meta's media hosts (https on"
            + " port 443 under " + String.join(", ", META_MEDIA_DOMAINS) + ") or to the configured Graph API origin "
            + graphRoot.scheme() + "://" + graphRoot.host() + ":" + graphRoot.port() + "; refusing "
            + url.host() + ":" + url.port() + " for media " + media.id());
      }
    }
    // Meta's CDN (lookaside.fbsbx.com) is another host but still needs the bearer token.
    return new GraphCall("GET", url, null, true, false, true);
  }

  /** The domains of Meta's media URLs (e.g. {@code https://lookaside.fbsbx.com/whatsapp_business/attachments/}). */
  static final List<String> META_MEDIA_DOMAINS = List.of("fbsbx.com", "fbcdn.net", "facebook.com", "whatsapp.net");

  /** Whether {@code url} is https on the default port to one of {@link #META_MEDIA_DOMAINS} or a host under it. */
  static boolean isMetaMediaHost(HttpUrl url) {
    if (!url.isHttps() || url.port() != 443) {
      return false;
    }
    String host = url.host();
    for (String domain : META_MEDIA_DOMAINS) {
      if (host.equals(domain) || host.endsWith("." + domain)) {
        return true;
      }
    }
    return false;
  }

  /** Same scheme, host and port as the configured Graph API root: Meta itself, or the fake a test points at. */
  private static boolean sameOrigin(HttpUrl url, HttpUrl graphRoot) {
    return url.scheme().equals(graphRoot.scheme()) && url.host().equals(graphRoot.host())
        && url.port() == graphRoot.port();
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
  interface Target {
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
}
