package dev.wabasdk.internal;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import java.io.IOException;
import okhttp3.Response;

/** Reads a successful (2xx) response into a value; may stream the body. */
@FunctionalInterface
public interface ResponseHandler<T> {
  T handle(Response response) throws IOException;

  /**
   * For calls that answer {@code {"success": true}}: an explicit {@code "success": false} is a rejection; an empty
   * body counts as success.
   */
  static ResponseHandler<Boolean> success() {
    return response -> {
      String body = response.body().string();
      Boolean success = body.isBlank() ? null : Json.bool(Json.readObject(body), "success");
      if (Boolean.FALSE.equals(success)) {
        throw new WabaException(response.request().method() + " " + response.request().url().encodedPath()
            + " answered success: false", Outcome.REJECTED, false, null);
      }
      return Boolean.TRUE;
    };
  }

  /** Reads the body as a JSON object. */
  static ResponseHandler<java.util.Map<String, Object>> jsonObject() {
    return response -> {
      String body = response.body().string();
      return body.isBlank() ? java.util.Map.of() : Json.readObject(body);
    };
  }
}
