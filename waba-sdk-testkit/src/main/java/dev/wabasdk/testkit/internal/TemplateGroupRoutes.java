package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Meta's template groups: {@code GET|POST /{waba-id}/template_groups} and {@code GET|POST|DELETE
 * /{template-group-id}}, with Meta's documented limits (unique name of at most 256 characters, description of at most
 * 512, at least one template, a template in one group at a time). Thread-safe: state changes under the
 * {@link FakeEngine}'s lock.
 */
final class TemplateGroupRoutes {
  private static final DateTimeFormatter GRAPH_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

  /** One template group. */
  private static final class Group {
    final String id;
    String name = "";
    @Nullable String description;
    final Instant created;
    Instant updated;
    Set<String> templateIds = new LinkedHashSet<>();

    Group(String id, Instant created) {
      this.id = id;
      this.created = created;
      this.updated = created;
    }
  }

  private final FakeEngine engine;
  private final Map<String, Group> groups = new LinkedHashMap<>();

  TemplateGroupRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  boolean knows(String id) {
    synchronized (engine.lock) {
      return groups.containsKey(id);
    }
  }

  /** The templates of a group still in the account, in the order they were added; empty for an unknown group. */
  List<String> templateIds(String groupId) {
    synchronized (engine.lock) {
      Group g = groups.get(groupId);
      return g == null ? List.of() : live(g);
    }
  }

  /** {@code POST /{waba-id}/template_groups}. */
  Map<String, Object> create(String text) {
    return create(Json.parseObject(text));
  }

  /**
   * A group made through the fake's API ({@code FakeAccount.templateGroup}) with the Graph call's checks;
   * {@link IllegalArgumentException} with Meta's message when one fails. Answers the group's id.
   */
  String add(String name, List<String> templateIds) {
    try {
      return String.valueOf(create(obj("name", name, "whatsapp_business_templates", List.copyOf(templateIds)))
          .get("id"));
    } catch (GraphException e) {
      throw new IllegalArgumentException(e.error().details() != null ? e.error().details() : e.error().message(), e);
    }
  }

  private Map<String, Object> create(Map<String, Object> body) {
    synchronized (engine.lock) {
      String name = name(body.get("name"), null);
      Group g = new Group(engine.ids.numeric(9_000_000_000_000_000L), engine.now());
      Set<String> ids = templates(body.get("whatsapp_business_templates"), g.id);
      g.name = name;
      g.description = description(body.get("description"));
      g.templateIds = ids;
      groups.put(g.id, g);
      return obj("id", g.id);
    }
  }

  /** {@code GET /{waba-id}/template_groups}: the groups without their templates, paged. */
  Map<String, Object> list(HttpUrl url) {
    synchronized (engine.lock) {
      List<Object> rows = new ArrayList<>();
      for (Group g : groups.values()) {
        rows.add(summary(g));
      }
      return Pages.page(rows, url);
    }
  }

  /** {@code GET|POST|DELETE /{template-group-id}}. */
  Map<String, Object> node(String method, String id, String text) {
    synchronized (engine.lock) {
      Group g = groups.get(id);
      if (g == null) {
        throw FakeDispatcher.unknownObject(method, id);
      }
      switch (method) {
        case "GET":
          Map<String, Object> node = summary(g);
          List<Object> templates = new ArrayList<>();
          for (String templateId : live(g)) {
            TemplateRecord t = engine.templates.byId(templateId);
            templates.add(obj("name", t == null ? null : t.name, "id", templateId));
          }
          node.put("whatsapp_business_account", obj("id", engine.config.businessAccountId()));
          node.put("whatsapp_business_templates", obj("data", templates));
          return node;
        case "POST":
          update(g, Json.parseObject(text));
          return obj("success", true);
        case "DELETE":
          groups.remove(id);
          return obj("success", true);
        default:
          throw FakeDispatcher.unknownObject(method, id);
      }
    }
  }

  void reset() {
    synchronized (engine.lock) {
      groups.clear();
    }
  }

  private void update(Group g, Map<String, Object> body) {
    if (!body.containsKey("name") && !body.containsKey("description")
        && !body.containsKey("whatsapp_business_templates")) {
      throw GraphException.of(100, "A template group update needs name, description or whatsapp_business_templates.");
    }
    String name = body.containsKey("name") ? name(body.get("name"), g.id) : g.name;
    Set<String> ids = body.containsKey("whatsapp_business_templates")
        ? templates(body.get("whatsapp_business_templates"), g.id) : g.templateIds;
    // Every check passed before anything changes.
    g.name = name;
    if (body.containsKey("description")) {
      g.description = description(body.get("description"));
    }
    g.templateIds = ids;
    g.updated = engine.now();
  }

  private Map<String, Object> summary(Group g) {
    Map<String, Object> row = obj("id", g.id, "name", g.name);
    if (g.description != null) {
      row.put("description", g.description);
    }
    row.put("creation_time", GRAPH_TIME.format(g.created));
    row.put("update_time", GRAPH_TIME.format(g.updated));
    return row;
  }

  private List<String> live(Group g) {
    return g.templateIds.stream().filter(id -> engine.templates.byId(id) != null).toList();
  }

  private String name(@Nullable Object value, @Nullable String self) {
    if (!(value instanceof String name) || name.isBlank()) {
      throw GraphException.of(100, "The parameter name is required.");
    }
    if (name.length() > 256) {
      throw GraphException.of(100, "Param name must be at most 256 characters long, has " + name.length() + ".");
    }
    for (Group other : groups.values()) {
      if (other.name.equals(name) && !other.id.equals(self)) {
        throw GraphException.of(100, "A template group named '" + name + "' already exists (" + other.id
            + "): template group names must be unique.");
      }
    }
    return name;
  }

  private static @Nullable String description(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text) || text.length() > 512) {
      throw GraphException.of(100, "Param description must be a string of at most 512 characters.");
    }
    return text;
  }

  /** The ids, each a template of the account that no other group holds; Graph takes integers or numeric strings. */
  private Set<String> templates(@Nullable Object value, String self) {
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw GraphException.of(100, "The parameter whatsapp_business_templates is required: an array of template ids.");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Object item : list) {
      String id = item instanceof Number n && n.doubleValue() == n.longValue() ? Long.toString(n.longValue())
          : item instanceof String s && s.matches("[0-9]+") ? s : null;
      if (id == null) {
        throw GraphException.of(100, "Param whatsapp_business_templates[" + ids.size() + "] must be a template id, was "
            + Json.write(item) + ".");
      }
      if (engine.templates.byId(id) == null) {
        throw GraphException.of(100, "Template " + id + " does not exist in this WhatsApp Business Account.");
      }
      for (Group other : groups.values()) {
        if (!other.id.equals(self) && other.templateIds.contains(id)) {
          throw GraphException.of(100, "Template " + id + " already belongs to template group " + other.id
              + ": a template can be part of one template group at a time.");
        }
      }
      ids.add(id);
    }
    return ids;
  }
}
