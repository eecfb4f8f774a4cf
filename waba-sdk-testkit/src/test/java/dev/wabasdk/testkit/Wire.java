package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** A raw HTTP client for wire tests: hand-written JSON in, status and body out (no SDK client involved). */
final class Wire {
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  static final MediaType JSON = MediaType.get("application/json");

  record Reply(int code, String body) {
    Map<String, Object> json() {
      return Json.parseObject(body);
    }

    @Nullable Object at(String... path) {
      return Json.at(json(), path);
    }
  }

  private final FakeWhatsApp fake;
  private final String token;

  Wire(FakeWhatsApp fake) {
    this(fake, fake.accessToken());
  }

  Wire(FakeWhatsApp fake, String token) {
    this.fake = fake;
    this.token = token;
  }

  Wire withToken(String token) {
    return new Wire(fake, token);
  }

  Reply post(String path, String json) {
    return call(new Request.Builder().url(fake.baseUrl() + path.substring(1))
        .post(RequestBody.create(json, JSON)));
  }

  Reply get(String path) {
    return call(new Request.Builder().url(fake.baseUrl() + path.substring(1)));
  }

  Reply delete(String path) {
    return call(new Request.Builder().url(fake.baseUrl() + path.substring(1)).delete());
  }

  Reply send(String json) {
    return post("/v26.0/" + fake.phoneNumberId() + "/messages", json);
  }

  Reply call(Request.Builder builder) {
    if (token != null && !token.isEmpty()) {
      builder.header("Authorization", "Bearer " + token);
    }
    try (Response response = CLIENT.newCall(builder.build()).execute()) {
      return new Reply(response.code(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Meta's send body for a text message. */
  static String text(String to, String body) {
    return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\""
        + body + "\"}}";
  }
}
