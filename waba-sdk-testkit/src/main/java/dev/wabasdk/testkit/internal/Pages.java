package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Graph's cursor paging over a list the fake holds: {@code limit}, {@code after}, {@code before}. Stateless. */
final class Pages {
  private Pages() {}

  /** One page of {@code rows} as Graph answers it: {@code data}, and {@code paging} with cursors and next/previous. */
  static Map<String, Object> page(List<Object> rows, HttpUrl url) {
    int limit = number(url.queryParameter("limit"), 25);
    int from = 0;
    if (url.queryParameter("after") != null) {
      from = decode(url.queryParameter("after")) + 1;
    } else if (url.queryParameter("before") != null) {
      from = Math.max(0, decode(url.queryParameter("before")) - limit);
    }
    int to = Math.min(rows.size(), from + limit);
    Map<String, Object> response = obj("data", from >= to ? List.of() : List.copyOf(rows.subList(from, to)));
    if (from < to) {
      Map<String, Object> paging = obj("cursors", obj("before", TemplateRoutes.cursor(from), "after",
          TemplateRoutes.cursor(to - 1)));
      if (from > 0) {
        paging.put("previous", url.newBuilder().removeAllQueryParameters("after")
            .setQueryParameter("before", TemplateRoutes.cursor(from)).build().toString());
      }
      if (to < rows.size()) {
        paging.put("next", url.newBuilder().removeAllQueryParameters("before")
            .setQueryParameter("after", TemplateRoutes.cursor(to - 1)).build().toString());
      }
      response.put("paging", paging);
    }
    return response;
  }

  private static int number(@Nullable String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Meta's answer below.
    }
    throw GraphException.of(100, "Param limit must be a positive number, was " + value + ".");
  }

  private static int decode(@Nullable String cursor) {
    try {
      String raw = new String(Base64.getDecoder().decode(String.valueOf(cursor)), StandardCharsets.UTF_8);
      if (raw.startsWith("fake:")) {
        return Integer.parseInt(raw.substring(5));
      }
    } catch (IllegalArgumentException e) {
      // Meta's answer below.
    }
    throw GraphException.of(100, "Param after/before is not a valid cursor: " + cursor + ".");
  }
}
