package dev.wabasdk.internal;

import dev.wabasdk.paging.Page;
import dev.wabasdk.qr.QrCode;
import dev.wabasdk.qr.QrCodesApi;
import dev.wabasdk.qr.QrImageFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link QrCodesApi}. Thread-safe. */
final class RealQrCodesApi implements QrCodesApi {
  private static final String FIELDS = "code,prefilled_message,deep_link_url";

  private final GraphClient graph;
  private final String phoneNumberId;
  private final HttpUrl url;

  RealQrCodesApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
    this.url = graph.url(phoneNumberId, "message_qrdls");
  }

  @Override
  public QrCode create(String prefilledMessage, QrImageFormat imageFormat) {
    return graph.execute(createCall(prefilledMessage, imageFormat), RealQrCodesApi::parseOne);
  }

  @Override
  public CompletableFuture<QrCode> createAsync(String prefilledMessage, QrImageFormat imageFormat) {
    return graph.executeAsync(createCall(prefilledMessage, imageFormat), RealQrCodesApi::parseOne);
  }

  private GraphCall createCall(String prefilledMessage, QrImageFormat imageFormat) {
    Objects.requireNonNull(imageFormat, "generate_qr_image");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prefilled_message", message(prefilledMessage));
    body.put("generate_qr_image", imageFormat.name());
    // A repeated create after an unknown outcome would make a second code.
    return GraphCall.post(url, body, false);
  }

  @Override
  public List<QrCode> list() {
    List<QrCode> all = new ArrayList<>();
    String after = null;
    do {
      Page<QrCode> page = graph.execute(GraphCall.get(listUrl(after)), ResponseHandler.page(RealQrCodesApi::qrCode));
      all.addAll(page.items());
      after = next(after, page);
    } while (after != null);
    return List.copyOf(all);
  }

  @Override
  public CompletableFuture<List<QrCode>> listAsync() {
    return pages(null, new ArrayList<>());
  }

  private CompletableFuture<List<QrCode>> pages(@Nullable String after, List<QrCode> acc) {
    return graph.executeAsync(GraphCall.get(listUrl(after)), ResponseHandler.page(RealQrCodesApi::qrCode))
        .thenCompose(page -> {
          acc.addAll(page.items());
          String next = next(after, page);
          return next == null ? CompletableFuture.completedFuture(List.copyOf(acc)) : pages(next, acc);
        });
  }

  private HttpUrl listUrl(@Nullable String after) {
    return after == null ? url : url.newBuilder().addQueryParameter("after", after).build();
  }

  private static @Nullable String next(@Nullable String after, Page<?> page) {
    return page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
  }

  @Override
  public QrCode get(String code) {
    return graph.execute(GraphCall.get(codeUrl(code, null)), RealQrCodesApi::parseOne);
  }

  @Override
  public CompletableFuture<QrCode> getAsync(String code) {
    return graph.executeAsync(GraphCall.get(codeUrl(code, null)), RealQrCodesApi::parseOne);
  }

  @Override
  public QrCode get(String code, QrImageFormat imageFormat) {
    return graph.execute(GraphCall.get(codeUrl(code, imageFormat)), RealQrCodesApi::parseOne);
  }

  @Override
  public CompletableFuture<QrCode> getAsync(String code, QrImageFormat imageFormat) {
    return graph.executeAsync(GraphCall.get(codeUrl(code, imageFormat)), RealQrCodesApi::parseOne);
  }

  private HttpUrl codeUrl(String code, @Nullable QrImageFormat imageFormat) {
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(phoneNumberId).addPathSegment("message_qrdls")
        .addPathSegment(code(code));
    if (imageFormat != null) {
      // Graph renders the image only when the field names its format.
      b.addQueryParameter("fields", FIELDS + ",qr_image_url.format(" + imageFormat.name() + ")");
    }
    return b.build();
  }

  @Override
  public QrCode update(String code, String prefilledMessage) {
    return graph.execute(updateCall(code, prefilledMessage), RealQrCodesApi::parseOne);
  }

  @Override
  public CompletableFuture<QrCode> updateAsync(String code, String prefilledMessage) {
    return graph.executeAsync(updateCall(code, prefilledMessage), RealQrCodesApi::parseOne);
  }

  private GraphCall updateCall(String code, String prefilledMessage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prefilled_message", message(prefilledMessage));
    body.put("code", code(code));
    // Setting the same message twice leaves the same code.
    return GraphCall.post(url, body, true);
  }

  @Override
  public void delete(String code) {
    graph.execute(GraphCall.delete(codeUrl(code, null)), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String code) {
    return graph.executeAsync(GraphCall.delete(codeUrl(code, null)), ResponseHandler.success()).thenApply(ok -> null);
  }

  private static String message(String prefilledMessage) {
    Objects.requireNonNull(prefilledMessage, "prefilled_message");
    if (prefilledMessage.isBlank()) {
      throw new IllegalArgumentException("prefilled_message: must not be blank, was '" + prefilledMessage + "'");
    }
    int length = prefilledMessage.codePointCount(0, prefilledMessage.length());
    if (length > MAX_PREFILLED_MESSAGE_LENGTH) {
      throw new IllegalArgumentException("prefilled_message: at most " + MAX_PREFILLED_MESSAGE_LENGTH
          + " characters, was " + length);
    }
    return prefilledMessage;
  }

  private static String code(String code) {
    Objects.requireNonNull(code, "code");
    if (!code.matches("[A-Za-z0-9]+")) {
      throw new IllegalArgumentException("code: a QR code id is letters and digits, was '" + code + "'");
    }
    return code;
  }

  /** One code: the create and update answers are the object; a get answers a {@code data} list of one. */
  private static QrCode parseOne(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    Map<String, Object> item = root.containsKey("data") ? Json.firstObject(root, "data") : root;
    if (item == null) {
      throw new IOException("QR code answer without a code");
    }
    return qrCode(item);
  }

  private static QrCode qrCode(Map<String, Object> m) throws IOException {
    String code = Json.string(m, "code");
    String link = Json.string(m, "deep_link_url");
    if (code == null || link == null) {
      throw new IOException("QR code without code or deep_link_url");
    }
    return new QrCode(code, Objects.requireNonNullElse(Json.string(m, "prefilled_message"), ""), link,
        Json.string(m, "qr_image_url"));
  }
}
