package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The template lifecycle routes: {@code POST /{template-id}/unpause}, {@code GET /{template-id}/compare},
 * {@code POST /{waba-id}/message_templates/archive|unarchive}, {@code GET /message_template_library} and creating
 * from a library template. Thread-safe: reads and changes happen under the {@link FakeEngine}'s lock.
 */
final class TemplateLifecycleRoutes {
  /** Meta compares only templates sent at least this often in the window. */
  static final int MIN_COMPARE_SENDS = 1000;
  private static final Set<Long> LOOKBACKS = Set.of(604_800L, 2_592_000L, 5_184_000L, 7_776_000L);
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
  private static final Pattern ID_LIST = Pattern.compile("\\[\\s*\"?([0-9]+)\"?\\s*]");

  private final FakeEngine engine;

  TemplateLifecycleRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Whether {@code id} is a template, so its edges are served here. */
  boolean knows(String id) {
    synchronized (engine.lock) {
      return engine.templates.byId(id) != null;
    }
  }

  /** {@code POST /{template-id}/unpause} and {@code GET /{template-id}/compare}. */
  Map<String, Object> edge(String method, String id, String edge, HttpUrl url) {
    switch (method + " " + edge) {
      case "POST unpause":
        return unpause(id);
      case "GET compare":
        return compare(id, url);
      default:
        throw FakeDispatcher.unknownObject(method, id + "/" + edge);
    }
  }

  private Map<String, Object> unpause(String id) {
    synchronized (engine.lock) {
      TemplateRecord t = template(id);
      if (!t.status.equals(TemplateStatus.PAUSED)) {
        throw GraphException.of(100, "Only a PAUSED template can be unpaused; " + t.name + " (" + t.language
            + ") is " + t.status.value() + ".");
      }
      t.status = TemplateStatus.APPROVED;
      engine.events.templateStatus(t, TemplateStatus.APPROVED, obj("title", "UNPAUSE", "description",
          "Your message template has been unpaused and can be sent again."), engine.now());
      return obj("success", true);
    }
  }

  private TemplateRecord template(String id) {
    TemplateRecord t = engine.templates.byId(id);
    if (t == null) {
      throw FakeDispatcher.unknownObject("POST", id);
    }
    return t;
  }

  // ---------------------------------------------------------------- compare

  private Map<String, Object> compare(String id, HttpUrl url) {
    String ids = url.queryParameter("template_ids");
    java.util.regex.Matcher m = ID_LIST.matcher(ids == null ? "" : ids.strip());
    if (!m.matches()) {
      throw GraphException.of(100, "Param template_ids must be a list of exactly one other template id (only two "
          + "templates can be compared at a time), was " + ids + ".");
    }
    long start = epoch(url, "start");
    long end = epoch(url, "end");
    if (!LOOKBACKS.contains(end - start)) {
      throw GraphException.of(100, "The timeframe end - start must be 604800, 2592000, 5184000 or 7776000 seconds "
          + "(7, 30, 60 or 90 days), was " + (end - start) + ".");
    }
    synchronized (engine.lock) {
      TemplateRecord target = template(id);
      TemplateRecord other = engine.templates.byId(m.group(1));
      if (other == null || other == target) {
        throw GraphException.of(100, "Template " + m.group(1) + " is not another template of this WhatsApp "
            + "Business Account.");
      }
      Instant from = Instant.ofEpochSecond(start);
      Instant to = Instant.ofEpochSecond(end);
      List<Object> sends = new ArrayList<>();
      List<Object> reasons = new ArrayList<>();
      Map<String, Double> rates = new LinkedHashMap<>();
      for (TemplateRecord t : List.of(target, other)) {
        long[] counts = counts(t, from, to);
        if (counts[0] < MIN_COMPARE_SENDS) {
          throw GraphException.of(100, "Templates must have been sent at least " + MIN_COMPARE_SENDS + " times in "
              + "the timeframe to be compared; " + t.name + " (" + t.id + ") was sent " + counts[0] + " times.");
        }
        rates.put(t.id, (double) counts[1] / counts[0]);
        sends.add(obj("key", t.id, "value", counts[0]));
        reasons.add(obj("key", t.id, "value", "UNKNOWN_BLOCK_REASON"));
      }
      List<String> order = new ArrayList<>(rates.keySet());
      order.sort((a, b) -> Double.compare(rates.getOrDefault(a, 0.0), rates.getOrDefault(b, 0.0)));
      return obj("data", List.of(
          obj("metric", "BLOCK_RATE", "type", "RELATIVE", "order_by_relative_metric", order),
          obj("metric", "MESSAGE_SENDS", "type", "NUMBER_VALUES", "number_values", sends),
          obj("metric", "TOP_BLOCK_REASON", "type", "STRING_VALUES", "string_values", reasons)));
    }
  }

  /** The delivered sends of {@code t} in {@code [from, to)} and how many went to users who have blocked since. */
  private long[] counts(TemplateRecord t, Instant from, Instant to) {
    long sends = 0;
    long blocked = 0;
    for (SentRecord r : engine.messages.sent()) {
      if (r.type.equals("template") && r.error == null && !r.timestamp.isBefore(from) && !r.timestamp.isAfter(to)
          && t.name.equals(Json.string(r.body, "template", "name"))
          && t.language.equals(Json.string(r.body, "template", "language", "code"))) {
        sends++;
        UserState user = engine.users.find(r.to);
        if (user != null && user.blocked) {
          blocked++;
        }
      }
    }
    return new long[] {sends, blocked};
  }

  private static long epoch(HttpUrl url, String name) {
    String value = url.queryParameter(name);
    try {
      return Long.parseLong(String.valueOf(value));
    } catch (NumberFormatException e) {
      throw GraphException.of(100, "Param " + name + " must be a UNIX timestamp in seconds, was " + value + ".");
    }
  }

  // ---------------------------------------------------------------- archive

  /** {@code POST /{waba-id}/message_templates/archive} or {@code .../unarchive}. */
  Map<String, Object> archive(String action, String text) {
    List<Object> ids = Json.list(Json.parseObject(text), "hsm_ids");
    if (ids.isEmpty() || ids.size() > 100) {
      throw GraphException.of(100, "Param hsm_ids must hold 1 to 100 template ids, had " + ids.size() + ".");
    }
    boolean archive = action.equals("archive");
    List<String> done = new ArrayList<>();
    Map<String, Object> failed = new LinkedHashMap<>();
    synchronized (engine.lock) {
      Instant now = engine.now();
      for (Object raw : ids) {
        String id = String.valueOf(raw);
        TemplateRecord t = engine.templates.byId(id);
        if (t == null) {
          failed.put(id, "Template not found");
        } else if (archive && !t.status.equals(TemplateStatus.APPROVED) && !t.status.equals(TemplateStatus.REJECTED)) {
          failed.put(id, "Only approved or rejected templates can be archived");
        } else if (!archive && !t.status.equals(TemplateStatus.ARCHIVED)) {
          failed.put(id, "Only archived templates can be unarchived");
        } else if (archive) {
          t.statusBeforeArchive = t.status;
          t.status = TemplateStatus.ARCHIVED;
          engine.events.templateStatus(t, TemplateStatus.ARCHIVED, null, now);
          done.add(id);
        } else {
          TemplateStatus before = t.statusBeforeArchive;
          t.status = before == null ? TemplateStatus.APPROVED : before;
          t.statusBeforeArchive = null;
          engine.events.templateStatus(t, TemplateStatus.UNARCHIVED, null, now);
          done.add(id);
        }
      }
    }
    return obj(archive ? "archived_templates" : "unarchived_templates", done, "failed_templates", failed);
  }

  // ---------------------------------------------------------------- Template Library

  /** {@code GET /message_template_library}: filters, then {@code limit}/{@code after} paging. */
  Map<String, Object> library(HttpUrl url) {
    String search = url.queryParameter("search");
    List<Map<String, Object>> matching = new ArrayList<>();
    for (Map<String, Object> t : TemplateLibrary.TEMPLATES) {
      if (equal(url, "topic", t.get("topic")) && equal(url, "usecase", t.get("usecase"))
          && equal(url, "language", t.get("language")) && equal(url, "name", t.get("name"))
          && (url.queryParameter("industry") == null
              || Json.list(t, "industry").contains(url.queryParameter("industry")))
          && (search == null || contains(t, search))) {
        matching.add(t);
      }
    }
    int limit = 25;
    if (url.queryParameter("limit") != null) {
      try {
        limit = Integer.parseInt(String.valueOf(url.queryParameter("limit")));
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1) {
        throw GraphException.of(100, "Param limit must be a positive number.");
      }
    }
    int from = url.queryParameter("after") == null ? 0 : decode(url.queryParameter("after")) + 1;
    int to = Math.min(matching.size(), from + limit);
    Map<String, Object> answer = obj("data", from >= to ? List.of() : matching.subList(from, to));
    if (from < to) {
      Map<String, Object> paging = obj("cursors", obj("before", cursor(from), "after", cursor(to - 1)));
      if (to < matching.size()) {
        paging.put("next", url.newBuilder().setQueryParameter("after", cursor(to - 1)).build().toString());
      }
      answer.put("paging", paging);
    }
    return answer;
  }

  private static boolean equal(HttpUrl url, String name, @Nullable Object value) {
    String filter = url.queryParameter(name);
    return filter == null || filter.equals(value);
  }

  private static boolean contains(Map<String, Object> t, String search) {
    String needle = search.replace("\"", "").toLowerCase(Locale.ROOT);
    for (String field : List.of("name", "header", "body")) {
      Object value = t.get(field);
      if (value != null && value.toString().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return String.valueOf(t.get("topic")).toLowerCase(Locale.ROOT).contains(needle)
        || String.valueOf(t.get("usecase")).toLowerCase(Locale.ROOT).replace('_', ' ').contains(needle);
  }

  private static String cursor(int index) {
    return Base64.getEncoder().encodeToString(("library:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(@Nullable String cursor) {
    try {
      String raw = new String(Base64.getDecoder().decode(String.valueOf(cursor)), StandardCharsets.UTF_8);
      if (raw.startsWith("library:")) {
        return Integer.parseInt(raw.substring(8));
      }
    } catch (IllegalArgumentException e) {
      // Falls through to Meta's answer for a bad cursor.
    }
    throw GraphException.of(100, "Param after is not a valid cursor: " + cursor + ".");
  }

  /**
   * {@code POST /{waba-id}/message_templates} with {@code library_template_name}: the template gets the library
   * content and category and is APPROVED at once.
   */
  Map<String, Object> createFromLibrary(Map<String, Object> body) {
    String name = Json.string(body, "name");
    String language = Json.string(body, "language");
    String libraryName = Json.string(body, "library_template_name");
    if (name == null || !NAME.matcher(name).matches()) {
      throw GraphException.of(100, "Param name must be at most 512 lowercase letters, digits or underscores, was "
          + (name == null ? "missing" : "\"" + name + "\"") + ".");
    }
    Map<String, Object> library = TemplateLibrary.find(libraryName, language);
    if (library == null) {
      throw GraphException.of(100, "Library template \"" + libraryName + "\" does not exist in " + language + ".");
    }
    String category = String.valueOf(Json.string(body, "category"));
    if (!String.valueOf(library.get("category")).equals(category)) {
      throw GraphException.of(100, "Param category must be " + library.get("category") + " for library template "
          + libraryName + ", was " + category + ".");
    }
    List<Object> inputs = buttonInputs(body.get("library_template_button_inputs"));
    List<Object> buttons = new ArrayList<>();
    Set<Object> used = new HashSet<>();
    for (Object b : Json.list(library, "buttons")) {
      String type = String.valueOf(Json.string(b, "type"));
      Map<String, Object> button = obj("type", type, "text", Json.string(b, "text"));
      if (type.equals("URL") || type.equals("PHONE_NUMBER")) {
        Object input = inputs.stream().filter(i -> !used.contains(i) && type.equals(Json.string(i, "type")))
            .findFirst().orElseThrow(() -> GraphException.of(100, "library_template_button_inputs needs a " + type
                + " input for the \"" + Json.string(b, "text") + "\" button of " + libraryName + "."));
        used.add(input);
        if (type.equals("URL")) {
          String base = Json.string(input, "url", "base_url");
          if (base == null || !base.startsWith("http")) {
            throw GraphException.of(100, "url.base_url of a library URL button must be a URL, was " + base + ".");
          }
          button.put("url", base);
          String example = Json.string(input, "url", "url_suffix_example");
          if (base.contains("{{1}}")) {
            if (example == null) {
              throw GraphException.of(100, "url.url_suffix_example is required when base_url has {{1}}.");
            }
            button.put("example", List.of(example));
          }
        } else {
          button.put("phone_number", Json.string(input, "phone_number"));
        }
      }
      buttons.add(button);
    }
    List<Object> components = new ArrayList<>();
    if (library.get("header") != null) {
      components.add(obj("type", "HEADER", "format", "TEXT", "text", library.get("header")));
    }
    components.add(obj("type", "BODY", "text", library.get("body"), "example",
        obj("body_text", List.of(library.get("body_params")))));
    if (!buttons.isEmpty()) {
      components.add(obj("type", "BUTTONS", "buttons", buttons));
    }
    synchronized (engine.lock) {
      if (engine.templates.find(name, language) != null) {
        throw GraphException.of(100, "Message template \"" + name + "\" already exists in " + language + ".");
      }
      TemplateRecord t = engine.templates.add(obj("name", name, "language", language, "category", category,
          "components", components, "status", "APPROVED"), engine.ids, engine.now());
      t.libraryTemplateName = libraryName;
      engine.events.templateStatus(t, engine.now());
      return obj("id", t.id, "status", t.status.value(), "category", TemplateCategory.of(category).value());
    }
  }

  /** Meta's page writes the inputs as a JSON string; a JSON array is taken as well. */
  private static List<Object> buttonInputs(@Nullable Object raw) {
    if (raw instanceof String s) {
      Object parsed = Json.parse(s);
      return parsed instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }
    return raw instanceof List<?> list ? new ArrayList<>(list) : List.of();
  }
}
