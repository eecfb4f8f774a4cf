package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /{waba-id}/upsert_message_templates} (an authentication template in several languages at once:
 * updated where the name and language exist, else created; Meta's bulk management guide) and
 * {@code POST /{waba-id}/migrate_message_templates} (approved templates of another account of the same fake
 * recreated in this one, 500 a page; Meta's template migration guide). Stateless; it takes each engine's lock in
 * turn, never both.
 */
final class TemplateBulkRoutes {
  /** Meta's page size and the most template ids one migration takes. */
  static final int MAX_MIGRATION = 500;

  private TemplateBulkRoutes() {}

  static Map<String, Object> upsert(FakeEngine engine, Map<String, Object> body) {
    if (body.containsKey("language")) {
      throw GraphException.of(100, "Param language is not supported by upsert_message_templates; use languages.");
    }
    List<String> languages = new ArrayList<>();
    for (Object language : Json.list(body, "languages")) {
      languages.add(String.valueOf(language));
    }
    if (languages.isEmpty()) {
      throw GraphException.of(100, "The parameter languages is required.");
    }
    if (!"AUTHENTICATION".equals(Json.string(body, "category"))) {
      throw GraphException.of(100, "Param category must be AUTHENTICATION for upsert_message_templates, was "
          + Json.string(body, "category") + ".");
    }
    for (Object component : Json.list(body, "components")) {
      for (Object button : Json.list(component, "buttons")) {
        for (String refused : List.of("text", "autofill_text")) {
          if (Json.string(button, refused) != null) {
            throw GraphException.of(100, "Param " + refused + " is not supported by upsert_message_templates.");
          }
        }
      }
    }
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (String language : languages) {
      Map<String, Object> definition = new LinkedHashMap<>(body);
      definition.remove("languages");
      definition.put("language", language);
      definition.put("status", TemplateStatus.APPROVED.value());
      TemplateStore.validateDefinition(definition, true); // every language before any change
      definitions.add(definition);
    }
    List<Object> data = new ArrayList<>();
    synchronized (engine.lock) {
      for (Map<String, Object> definition : definitions) {
        TemplateRecord t = engine.templates.find(Json.string(definition, "name"), Json.string(definition, "language"));
        if (t == null) {
          t = engine.templates.add(definition, engine.ids, engine.now());
        } else {
          t.components = Json.list(Json.copy(definition), "components");
          t.status = TemplateStatus.APPROVED;
          t.reason = null;
        }
        engine.events.templateStatus(t, engine.now());
        data.add(obj("id", t.id, "status", t.status.value(), "language", t.language));
      }
    }
    return obj("data", data);
  }

  static Map<String, Object> migrate(FakeEngine destination, Map<String, Object> body) {
    FakeEngine source = destination.migrationSource(Json.string(body, "source_waba_id"));
    int page = number(body, "page_number", 0, 0, Integer.MAX_VALUE);
    int count = number(body, "count", MAX_MIGRATION, 1, MAX_MIGRATION);
    List<String> ids = new ArrayList<>();
    for (Object id : Json.list(body, "template_ids")) {
      ids.add(String.valueOf(id));
    }
    if (ids.size() > MAX_MIGRATION) {
      throw GraphException.of(100, "Param template_ids must have at most " + MAX_MIGRATION + " ids, had "
          + ids.size() + ".");
    }
    Map<String, String> failed = new LinkedHashMap<>();
    List<TemplateRecord> copies = new ArrayList<>();
    synchronized (source.lock) {
      if (ids.isEmpty()) {
        List<TemplateRecord> eligible = source.templates.all().stream()
            .filter(t -> t.status.equals(TemplateStatus.APPROVED)).toList();
        int from = (int) Math.min((long) page * count, eligible.size());
        copies.addAll(eligible.subList(from, Math.min(from + count, eligible.size())));
      } else {
        for (String id : ids) {
          TemplateRecord t = source.templates.byId(id);
          if (t == null) {
            failed.put(id, "Template does not exist in the source WhatsApp Business Account");
          } else if (!t.status.equals(TemplateStatus.APPROVED)) {
            failed.put(id, "Only APPROVED templates can be migrated, was " + t.status.value());
          } else {
            copies.add(t);
          }
        }
      }
      copies.replaceAll(TemplateBulkRoutes::copy); // snapshots, read under the source's lock
    }
    List<Object> migrated = new ArrayList<>();
    synchronized (destination.lock) {
      for (TemplateRecord copy : copies) {
        if (destination.templates.find(copy.name, copy.language) != null) {
          // Not one of Meta's documented reasons: the fake's for a name and language the destination has.
          failed.put(copy.id, "Template " + copy.name + " already exists in " + copy.language);
          continue;
        }
        // Meta recreates the template; its guide does not say it is reviewed again, so the copy stays approved.
        TemplateRecord added = destination.templates.add(obj("name", copy.name, "language", copy.language,
            "category", copy.category.value(), "parameter_format", copy.parameterFormat.name(),
            "components", copy.components, "status", TemplateStatus.APPROVED.value()), destination.ids,
            destination.now());
        migrated.add(added.id);
      }
    }
    return obj("migrated_templates", migrated, "failed_templates", failed);
  }

  private static TemplateRecord copy(TemplateRecord t) {
    TemplateRecord copy = new TemplateRecord();
    copy.id = t.id;
    copy.name = t.name;
    copy.language = t.language;
    copy.category = t.category;
    copy.parameterFormat = t.parameterFormat;
    copy.components = Json.list(Json.copy(obj("components", t.components)), "components");
    return copy;
  }

  private static int number(Map<String, Object> body, String name, int fallback, int min, int max) {
    Object value = body.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue()) || n.doubleValue() < min
        || n.doubleValue() > max) {
      throw GraphException.of(100, "Param " + name + " must be an integer from " + min + " to " + max + ", was "
          + value + ".");
    }
    return n.intValue();
  }
}
