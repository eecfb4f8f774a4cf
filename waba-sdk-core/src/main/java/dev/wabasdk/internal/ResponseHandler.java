package dev.wabasdk.internal;

import java.io.IOException;
import okhttp3.Response;

/** Reads a successful (2xx) response into a value; may stream the body. */
@FunctionalInterface
public interface ResponseHandler<T> {
  T handle(Response response) throws IOException;

  /** Reads the body as a JSON object. */
  static ResponseHandler<java.util.Map<String, Object>> jsonObject() {
    return response -> {
      String body = response.body().string();
      return body.isBlank() ? java.util.Map.of() : Json.readObject(body);
    };
  }
}
