package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The template routes: {@code GET|POST|DELETE /{waba-id}/message_templates} (list with cursors, create, delete) and
 * {@code GET|POST /{template-id}}. Thread-safe: reads and changes happen under the {@link FakeEngine}'s lock.
 */
final class TemplateRoutes {
  private static final Set<String> TEMPLATE_FIELDS = Set.of("id", "name", "language", "status", "category",
      "previous_category", "correct_category", "sub_category", "parameter_format", "components", "quality_score",
      "rejected_reason", "message_send_ttl_seconds", "library_template_name", "cta_url_link_tracking_opted_out",
      "degrees_of_freedom_spec", "optimization_spec");

  private final FakeEngine engine;

  TemplateRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** {@code GET|POST /{template-id}}, or null when {@code id} is no template (or the method is neither). */
  @Nullable Object node(String method, String id, HttpUrl url, String text) {
    synchronized (engine.lock) {
      TemplateRecord template = engine.templates.byId(id);
      if (template != null && method.equals("GET")) {
        return FakeDispatcher.filterFields(template.node(), url, Set.of(), TEMPLATE_FIELDS, "WhatsAppBusinessHSM");
      }
      if (template != null && method.equals("POST")) {
        Map<String, Object> edit = Json.parseObject(text);
        engine.uploads.checkHeaderHandles(edit);
        return engine.templates.edit(template, edit, engine.now());
      }
      return null;
    }
  }

  Map<String, Object> create(String text) {
    return engine.createTemplate(Json.parseObject(text));
  }

  Map<String, Object> list(HttpUrl url) {
    synchronized (engine.lock) {
      List<Map<String, Object>> matching = new ArrayList<>();
      for (TemplateRecord t : engine.templates.all()) {
        if (matches(url, "name", t.name) && matches(url, "status", t.status.value())
            && matches(url, "category", t.category.value()) && matches(url, "language", t.language)) {
          matching.add(FakeDispatcher.filterFields(t.node(), url, Set.of(), TEMPLATE_FIELDS, "WhatsAppBusinessHSM"));
        }
      }
      int limit = parseInt(url.queryParameter("limit"), 25);
      if (limit < 1) {
        throw GraphException.of(100, "Param limit must be a positive number.");
      }
      int from = 0;
      if (url.queryParameter("after") != null) {
        from = decodeCursor(url.queryParameter("after")) + 1;
      } else if (url.queryParameter("before") != null) {
        from = Math.max(0, decodeCursor(url.queryParameter("before")) - limit);
      }
      int to = Math.min(matching.size(), from + limit);
      Map<String, Object> response = obj("data", from >= to ? List.of() : matching.subList(from, to));
      if (from < to) {
        Map<String, Object> paging = obj("cursors", obj("before", cursor(from), "after", cursor(to - 1)));
        if (from > 0) {
          paging.put("previous", url.newBuilder().removeAllQueryParameters("after")
              .setQueryParameter("before", cursor(from)).build().toString());
        }
        if (to < matching.size()) {
          paging.put("next", url.newBuilder().removeAllQueryParameters("before")
              .setQueryParameter("after", cursor(to - 1)).build().toString());
        }
        response.put("paging", paging);
      }
      return response;
    }
  }

  private static boolean matches(HttpUrl url, String name, String value) {
    String filter = url.queryParameter(name);
    return filter == null || Arrays.asList(filter.split(",")).contains(value);
  }

  private static int parseInt(@Nullable String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw GraphException.of(100, "Param limit must be a number, was " + value + ".");
    }
  }

  static String cursor(int index) {
    return Base64.getEncoder().encodeToString(("fake:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decodeCursor(@Nullable String cursor) {
    try {
      String raw = new String(Base64.getDecoder().decode(String.valueOf(cursor)), StandardCharsets.UTF_8);
      if (raw.startsWith("fake:")) {
        return Integer.parseInt(raw.substring(5));
      }
    } catch (IllegalArgumentException e) {
      // Falls through to Meta's answer for a bad cursor.
    }
    throw GraphException.of(100, "Param after/before is not a valid cursor: " + cursor + ".");
  }


  Map<String, Object> delete(HttpUrl url) {
    String name = url.queryParameter("name");
    String hsmId = url.queryParameter("hsm_id");
    if (name == null) {
      throw GraphException.of(100, "The parameter name is required.");
    }
    synchronized (engine.lock) {
      if (engine.templates.delete(name, hsmId) == 0) {
        throw GraphException.of(100, "Message template \"" + name + "\"" + (hsmId == null ? "" : " with id " + hsmId)
            + " not found.");
      }
    }
    return obj("success", true);
  }
}
