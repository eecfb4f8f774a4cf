package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET|POST /{phone-number-id}/message_qrdls} and {@code GET|DELETE /{phone-number-id}/message_qrdls/{code}}:
 * the QR codes of the fake's number, with Meta's 140-character prefilled message limit, PNG or SVG images, codes
 * listed newest first, and error 100 for an unknown code. Thread-safe: every method takes the {@link FakeEngine}'s
 * lock.
 */
final class QrCodeRoutes {
  static final int MAX_PREFILLED_MESSAGE = 140;

  private final FakeEngine engine;
  private final Map<String, String> messages = new LinkedHashMap<>();
  private int created;

  QrCodeRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void reset() {
    messages.clear();
    created = 0;
  }

  /** {@code POST}: creates a code, or with {@code code} changes its message. Body JSON or query parameters. */
  Map<String, Object> createOrUpdate(HttpUrl url, String text) {
    Map<String, Object> body = text.isBlank() ? new LinkedHashMap<>() : Json.parseObject(text);
    for (String name : List.of("prefilled_message", "generate_qr_image", "code")) {
      if (!body.containsKey(name) && url.queryParameter(name) != null) {
        body.put(name, url.queryParameter(name));
      }
    }
    String message = Json.string(body, "prefilled_message");
    if (message == null || message.isBlank()) {
      throw GraphException.of(100, "The parameter prefilled_message is required.");
    }
    if (message.codePointCount(0, message.length()) > MAX_PREFILLED_MESSAGE) {
      throw GraphException.of(100, "Param prefilled_message must be at most " + MAX_PREFILLED_MESSAGE
          + " characters long.");
    }
    String format = format(Json.string(body, "generate_qr_image"));
    String code = Json.string(body, "code");
    synchronized (engine.lock) {
      if (code == null) {
        code = nextCode();
      } else if (!messages.containsKey(code)) {
        throw unknown(code);
      }
      messages.put(code, message);
      return node(code, message, format);
    }
  }

  /** {@code GET message_qrdls}: every code, newest first. */
  Map<String, Object> list(HttpUrl url) {
    synchronized (engine.lock) {
      List<Object> rows = new ArrayList<>();
      messages.forEach((code, message) -> rows.add(0, node(code, message, null)));
      return Pages.page(rows, url);
    }
  }

  /** {@code GET|DELETE message_qrdls/{code}}. */
  Map<String, Object> code(String method, String code, HttpUrl url) {
    synchronized (engine.lock) {
      String message = messages.get(code);
      if (message == null) {
        throw unknown(code);
      }
      if (method.equals("DELETE")) {
        messages.remove(code);
        return obj("success", true);
      }
      if (!method.equals("GET")) {
        throw GraphException.of(100, "Unsupported " + method + " on a QR code.");
      }
      String fields = url.queryParameter("fields");
      String format = null;
      if (fields != null) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("qr_image_url\\.format\\((\\w+)\\)").matcher(fields);
        if (m.find()) {
          format = format(m.group(1));
        }
      }
      return obj("data", List.of(node(code, message, format)));
    }
  }

  private Map<String, Object> node(String code, String message, @Nullable String format) {
    Map<String, Object> node = obj("code", code, "prefilled_message", message, "deep_link_url",
        "https://wa.me/message/" + code);
    if (format != null) {
      node.put("qr_image_url", "https://scontent.whatsapp.net/fake-qr/" + code + "." + format.toLowerCase(Locale.ROOT));
    }
    return node;
  }

  private static @Nullable String format(@Nullable String value) {
    if (value == null) {
      return null;
    }
    if (!value.equals("PNG") && !value.equals("SVG")) {
      throw GraphException.of(100, "Param generate_qr_image must be one of {PNG, SVG}, was " + value + ".");
    }
    return value;
  }

  /** Meta's codes are 14 upper-case letters and digits ending in 1; the fake's count up. */
  private String nextCode() {
    String n = Long.toString(++created + 36L * 36 * 36 * 36, 36).toUpperCase(Locale.ROOT);
    return "Q".repeat(13 - n.length()) + n + "1";
  }

  private static GraphException unknown(String code) {
    return GraphException.of(100, "Invalid parameter: no QR code " + code + " on this phone number.");
  }
}
