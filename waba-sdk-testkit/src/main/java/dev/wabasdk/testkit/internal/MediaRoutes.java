package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.MediaStore.MediaRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The media routes: {@code POST /{phone-number-id}/media} (multipart upload with Meta's types and sizes),
 * {@code GET|DELETE /{media-id}} and the download URL. Thread-safe: state lives in the {@link FakeEngine}.
 */
final class MediaRoutes {
  private static final Map<String, Long> MEDIA_LIMITS = mediaLimits();
  private static final Pattern PART_NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");

  private final FakeEngine engine;
  private final Supplier<HttpUrl> baseUrl;

  MediaRoutes(FakeEngine engine, Supplier<HttpUrl> baseUrl) {
    this.engine = engine;
    this.baseUrl = baseUrl;
  }

  /** {@code GET|DELETE /{media-id}}, or null when {@code id} is no media (or the method is neither). */
  @Nullable Object node(String method, String id, HttpUrl url) {
    FakeConfig config = engine.config;
    MediaRecord media = engine.media(id);
    if (media == null) {
      return null;
    }
    String owner = url.queryParameter("phone_number_id");
    if (owner != null && !owner.equals(config.phoneNumberId())) {
      throw FakeDispatcher.unknownObject(method, id);
    }
    if (method.equals("GET")) {
      HttpUrl download = downloadUrl(baseUrl.get(), media.id, engine.now());
      return obj("messaging_product", "whatsapp", "url", download.toString(), "mime_type", media.mimeType,
          "sha256", media.sha256, "file_size", Integer.toString(media.bytes.length), "id", media.id);
    }
    if (method.equals("DELETE")) {
      engine.deleteMedia(id);
      return obj("success", true);
    }
    return null;
  }

  /** The fake's download URL of media {@code id}, valid for 5 minutes from {@code now}, as Meta's media URLs. */
  static HttpUrl downloadUrl(HttpUrl base, String id, Instant now) {
    long ext = now.getEpochSecond();
    return base.newBuilder().addPathSegments("whatsapp_business/attachments/")
        .addQueryParameter("mid", id).addQueryParameter("ext", Long.toString(ext))
        .addQueryParameter("hash", Signatures.sha256Hex((id + ext).getBytes(StandardCharsets.UTF_8)).substring(0, 16))
        .build();
  }

  Map<String, Object> upload(@Nullable String contentType, ByteString bytes) {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (type == null || !type.type().equals("multipart") || boundary == null) {
      throw GraphException.of(100, "Media upload requires multipart/form-data with the parameters file, type "
          + "and messaging_product.");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    byte[] file = null;
    try (MultipartReader reader = new MultipartReader(new Buffer().write(bytes), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = String.valueOf(part.headers().get("Content-Disposition"));
        Matcher m = PART_NAME.matcher(disposition);
        String name = m.find() ? m.group(1) : "";
        if (name.equals("file")) {
          file = part.body().readByteArray();
        } else {
          fields.put(name, part.body().readUtf8());
        }
        part.close();
      }
    } catch (IOException e) {
      throw GraphException.of(100, "The multipart body could not be read: " + e.getMessage());
    }
    if (!"whatsapp".equals(fields.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    if (file == null) {
      throw GraphException.of(100, "The parameter file is required.");
    }
    String mime = fields.get("type");
    if (mime == null) {
      throw GraphException.of(100, "The parameter type is required.");
    }
    Long limit = MEDIA_LIMITS.get(mime);
    if (limit == null) {
      throw GraphException.of(100, "Param file must be a file with one of the following types: "
          + String.join(", ", MEDIA_LIMITS.keySet()) + ". Received file of type '" + mime + "'.");
    }
    if (file.length > limit) {
      throw GraphException.of(131053, "Media upload error: " + mime + " files must be at most " + limit
          + " bytes, was " + file.length + ".");
    }
    return obj("id", engine.upload(mime, file).id);
  }

  MockResponse download(HttpUrl url) {
    String id = url.queryParameter("mid");
    String ext = url.queryParameter("ext");
    MediaRecord media = id == null ? null : engine.media(id);
    boolean expired = ext == null || !ext.matches("\\d+")
        || engine.now().isAfter(Instant.ofEpochSecond(Long.parseLong(ext)).plus(MediaStore.MEDIA_URL_TTL));
    if (media == null || expired) {
      return FakeDispatcher.json(404, obj("error", obj("message", "The media URL is unknown or expired (URLs are "
          + "valid for 5 "
          + "minutes); retrieve a fresh one with GET /{media-id}.")));
    }
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", media.mimeType)
        .body(new Buffer().write(media.bytes))
        .build();
  }


  private static Map<String, Long> mediaLimits() {
    Map<String, Long> limits = new LinkedHashMap<>();
    long mb = 1024L * 1024L;
    for (String t : List.of("audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg")) {
      limits.put(t, 16 * mb);
    }
    for (String t : List.of("text/plain", "application/pdf", "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation")) {
      limits.put(t, 100 * mb);
    }
    limits.put("image/jpeg", 5 * mb);
    limits.put("image/png", 5 * mb);
    limits.put("image/webp", 500 * 1024L);
    limits.put("video/mp4", 16 * mb);
    limits.put("video/3gpp", 16 * mb);
    return limits;
  }
}
