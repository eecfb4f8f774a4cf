package dev.wabasdk.internal;

import dev.wabasdk.paging.Page;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Reads a successful (2xx) response into a value; may stream the body. */
@FunctionalInterface
interface ResponseHandler<T> {
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

  /**
   * A handler that may also read an error answer: Meta answers some calls with an error and a result at once (a
   * partly failed block answers {@code 139100} with the outcome per user).
   */
  interface WithErrors<T> extends ResponseHandler<T> {
    /** The value an error answer carries, or null to throw {@code error}. */
    @Nullable T onError(WabaApiException error, String body) throws IOException;
  }

  /** Reads one object of a Graph list into a value. */
  @FunctionalInterface
  interface ItemReader<T> {
    T read(Map<String, Object> item) throws IOException;
  }

  /**
   * Reads one page of a Graph list: each object in {@code data} through {@code item}, and the cursor of the next
   * page.
   */
  @SuppressWarnings("unchecked")
  static <T> ResponseHandler<Page<T>> page(ItemReader<T> item) {
    return response -> {
      Map<String, Object> root = Json.readObject(response.body().string());
      List<T> items = new ArrayList<>();
      for (Object o : Json.list(root, "data")) {
        if (o instanceof Map<?, ?> map) {
          items.add(item.read((Map<String, Object>) map));
        }
      }
      Map<String, Object> paging = Json.object(root, "paging");
      // Graph omits paging.next on the last page even when it still sends cursors.
      String after =
          Json.string(paging, "next") == null ? null : Json.string(Json.object(paging, "cursors"), "after");
      return new Page<>(items, after);
    };
  }

  /** Reads the body as a JSON object. */
  static ResponseHandler<Map<String, Object>> jsonObject() {
    return response -> {
      String body = response.body().string();
      return body.isBlank() ? Map.of() : Json.readObject(body);
    };
  }
}
