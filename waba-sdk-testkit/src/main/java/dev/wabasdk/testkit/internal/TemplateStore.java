package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.FakeTemplate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The business's message templates and their review (create, edit, status, delete; definitions checked like Meta).
 * Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class TemplateStore {
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,512}");
  private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");

  /** One template. */
  static final class TemplateRecord {
    String id = "";
    String name = "";
    String language = "";
    TemplateCategory category = TemplateCategory.UTILITY;
    TemplateStatus status = TemplateStatus.PENDING;
    @Nullable RejectionReason reason;
    ParameterFormat parameterFormat = ParameterFormat.POSITIONAL;
    List<Object> components = List.of();
    Instant submitted = Instant.EPOCH;
    /** The Template Library template it was created from, if it was. */
    @Nullable String libraryTemplateName;
    /** The status to restore on unarchive. */
    @Nullable TemplateStatus statusBeforeArchive;
    /** {@code degrees_of_freedom_spec}: each creative feature's {@code enroll_status}, by its lower-case key. */
    final Map<String, String> creativeFeatures = new LinkedHashMap<>();
    /** {@code optimization_spec.bid_amount}: the max price per 1,000 deliveries (smallest unit), or null. */
    @Nullable Long bidAmount;
    /** {@code message_send_ttl_seconds}, or null for the category's default. */
    @Nullable Long ttlSeconds;

    Map<String, Object> node() {
      Map<String, Object> node = obj("name", name, "parameter_format", parameterFormat.name(), "components",
          components, "language", language, "status", status.value(), "category", category.value(), "id", id);
      if (libraryTemplateName != null) {
        node.put("library_template_name", libraryTemplateName);
      }
      if (status.equals(TemplateStatus.REJECTED)) {
        node.put("rejected_reason", reasonValue());
      }
      if (!creativeFeatures.isEmpty()) {
        // Read back as Meta shows it: a list of upper-case keys, each with its enroll_status.
        List<Object> spec = new ArrayList<>();
        creativeFeatures.forEach((key, enroll) -> spec.add(obj("key", key.toUpperCase(Locale.ROOT), "value",
            obj("enroll_status", enroll))));
        node.put("degrees_of_freedom_spec", obj("creative_features_spec", spec));
      }
      if (bidAmount != null) {
        node.put("optimization_spec", MaxPrice.node(bidAmount));
      }
      if (ttlSeconds != null) {
        node.put("message_send_ttl_seconds", ttlSeconds);
      }
      return node;
    }

    /** Whether it has a call permission request component (each send asks the user for permission to call). */
    boolean requestsCallPermission() {
      for (Object c : components) {
        if (c instanceof Map<?, ?> m && m.get("type") instanceof String t
            && t.equalsIgnoreCase("call_permission_request")) {
          return true;
        }
      }
      return false;
    }

    String reasonValue() {
      return reason == null ? RejectionReason.NONE.value() : reason.value();
    }

    FakeTemplate snapshot() {
      return new FakeTemplate(id, name, language, category, status, reason, parameterFormat, Json.write(node()));
    }
  }

  /** A template group (Meta's template groups): its templates' sends count together in template group analytics. */
  record TemplateGroup(String id, String name, List<String> templateIds) {}

  private final Map<String, TemplateRecord> templates = new LinkedHashMap<>();
  private final Map<String, TemplateGroup> groups = new LinkedHashMap<>();

  @Nullable TemplateRecord find(@Nullable String name, @Nullable String language) {
    for (TemplateRecord t : templates.values()) {
      if (t.name.equals(name) && t.language.equals(language)) {
        return t;
      }
    }
    return null;
  }

  @Nullable TemplateRecord byId(String id) {
    return templates.get(id);
  }

  Collection<TemplateRecord> all() {
    return templates.values();
  }

  /** Adds a template as if Meta had reviewed it ({@code status} in the definition, APPROVED by default). */
  TemplateRecord add(Map<String, Object> definition, Ids ids, Instant now) {
    validateDefinition(definition, true);
    TemplateRecord t = new TemplateRecord();
    t.id = definition.get("id") != null ? String.valueOf(definition.get("id")) : ids.numeric(2_000_000_000_000_000L);
    t.name = String.valueOf(definition.get("name"));
    t.language = String.valueOf(definition.get("language"));
    t.category = TemplateCategory.of(String.valueOf(definition.get("category")));
    String status = Json.string(definition, "status");
    t.status = status == null ? TemplateStatus.APPROVED : TemplateStatus.of(status);
    t.parameterFormat = definition.get("parameter_format") == null ? ParameterFormat.POSITIONAL
        : ParameterFormat.valueOf(String.valueOf(definition.get("parameter_format")));
    t.components = Json.list(Json.copy(definition), "components");
    t.creativeFeatures.putAll(creativeFeatures(t.name, t.category, definition));
    t.bidAmount = MaxPrice.bidAmount(t.name, t.category, definition, now);
    t.ttlSeconds = ttl(definition, t.category);
    t.submitted = now;
    templates.put(t.id, t);
    return t;
  }

  /**
   * {@code degrees_of_freedom_spec.creative_features_spec} of a create or edit (Marketing Messages API): an object
   * of lower-case feature keys, each {@code {"enroll_status": "OPT_IN" | "OPT_OUT"}}, for a MARKETING template;
   * merged into what the template had.
   */
  private static Map<String, String> creativeFeatures(String name, TemplateCategory category,
      Map<String, Object> body) {
    Object dof = body.get("degrees_of_freedom_spec");
    if (dof == null) {
      return Map.of();
    }
    if (!TemplateCategory.MARKETING.equals(category)) {
      throw GraphException.of(100, "Param degrees_of_freedom_spec is for MARKETING templates (Marketing Messages "
          + "API creative optimizations); " + name + " is " + category.value() + ".");
    }
    Map<String, Object> spec = Json.map(dof, "creative_features_spec");
    if (spec == null) {
      throw GraphException.of(100, "Param degrees_of_freedom_spec['creative_features_spec'] must be a JSON object.");
    }
    Map<String, String> checked = new LinkedHashMap<>();
    spec.forEach((key, value) -> {
      String enroll = Json.string(value, "enroll_status");
      if (!key.matches("[a-z][a-z0-9_]*")) {
        throw GraphException.of(100, "Param degrees_of_freedom_spec['creative_features_spec'] has an invalid key \""
            + key + "\" (lower-case feature keys such as image_touchups).");
      }
      if (!"OPT_IN".equals(enroll) && !"OPT_OUT".equals(enroll)) {
        throw GraphException.of(100, "Param degrees_of_freedom_spec['creative_features_spec']['" + key
            + "']['enroll_status'] must be OPT_IN or OPT_OUT, was " + enroll + ".");
      }
      checked.put(key, enroll);
    });
    return checked;
  }

  /** {@code POST /{waba-id}/message_templates}: the template starts PENDING. */
  TemplateRecord create(Map<String, Object> body, Ids ids, Instant now) {
    validateDefinition(body, true);
    if (find(Json.string(body, "name"), Json.string(body, "language")) != null) {
      throw GraphException.of(100, "Message template \"" + body.get("name") + "\" already exists in "
          + body.get("language") + ".");
    }
    Map<String, Object> definition = new LinkedHashMap<>(body);
    definition.remove("id");
    definition.put("status", "PENDING");
    return add(definition, ids, now);
  }

  /** {@code POST /{template-id}}: an edit sends the template back to review. */
  Map<String, Object> edit(TemplateRecord t, Map<String, Object> body, Instant now) {
    validateDefinition(body, false);
    if (!t.status.equals(TemplateStatus.APPROVED) && !t.status.equals(TemplateStatus.REJECTED)
        && !t.status.equals(TemplateStatus.PAUSED)) {
      throw GraphException.of(100, "Only APPROVED, REJECTED or PAUSED templates can be edited; " + t.name
          + " is " + t.status + ".");
    }
    TemplateCategory category = body.get("category") != null
        ? TemplateCategory.of(String.valueOf(body.get("category"))) : t.category;
    Map<String, String> creative = creativeFeatures(t.name, category, body);
    Long bidAmount = MaxPrice.bidAmount(t.name, category, body, now);
    Long ttl = ttl(body, category);
    if (bidAmount != null && t.bidAmount == null) {
      // Meta's max price page (Jun 2026): the max price of a template created without one cannot be added.
      throw GraphException.of(100, "You cannot add optimization_spec to existing template " + t.name + ", which was "
          + "created without a max price; create a new template with optimization_spec included.");
    }
    if (body.containsKey("components")) {
      t.components = Json.list(Json.copy(body), "components");
    }
    if (body.get("category") != null) {
      t.category = TemplateCategory.of(String.valueOf(body.get("category")));
    }
    if (body.get("parameter_format") != null) {
      t.parameterFormat = ParameterFormat.valueOf(String.valueOf(body.get("parameter_format")));
    }
    t.creativeFeatures.putAll(creative);
    if (bidAmount != null) {
      t.bidAmount = bidAmount;
    }
    if (ttl != null) {
      t.ttlSeconds = ttl;
    }
    t.status = TemplateStatus.PENDING;
    t.reason = null;
    t.submitted = now;
    return obj("success", true);
  }

  /**
   * {@code message_send_ttl_seconds} of a create or edit, checked against the template's category as Meta's
   * "Configure message time-to-live" page gives the ranges: AUTHENTICATION 30 to 900, UTILITY 30 to 43200 (both
   * also -1, 30 days), MARKETING 43200 to 2592000 seconds. Null when not given.
   */
  private static @Nullable Long ttl(Map<String, Object> body, TemplateCategory category) {
    Object value = body.get("message_send_ttl_seconds");
    if (value == null) {
      return null;
    }
    if (!(value instanceof Number n) || n.doubleValue() != n.longValue()) {
      throw GraphException.of(100, "Param message_send_ttl_seconds must be an integer, was " + value + ".");
    }
    long seconds = n.longValue();
    boolean marketing = category.equals(TemplateCategory.MARKETING);
    long min = marketing ? 43_200 : 30;
    long max = marketing ? 2_592_000 : category.equals(TemplateCategory.AUTHENTICATION) ? 900 : 43_200;
    boolean thirtyDays = seconds == -1 && !marketing;
    if (!thirtyDays && (seconds < min || seconds > max)) {
      throw GraphException.of(100, "Param message_send_ttl_seconds must be between " + min + " and " + max
          + (marketing ? "" : " or -1") + " for " + category.value() + " templates, was " + seconds + ".");
    }
    return seconds;
  }

  /** The review outcome; {@link IllegalArgumentException} naming the id when there is no such template. */
  TemplateRecord setStatus(String templateId, TemplateStatus status, @Nullable RejectionReason reason) {
    TemplateRecord t = templates.get(templateId);
    if (t == null) {
      throw new IllegalArgumentException("no template with id " + templateId + "; known: " + templates.keySet());
    }
    t.status = status;
    t.reason = status.equals(TemplateStatus.APPROVED) ? null : reason;
    return t;
  }

  /** Approves the PENDING templates submitted at least {@code delay} ago; returns them. */
  List<TemplateRecord> review(Duration delay, Instant now) {
    List<TemplateRecord> approved = new ArrayList<>();
    for (TemplateRecord t : templates.values()) {
      if (t.status.equals(TemplateStatus.PENDING) && !now.isBefore(t.submitted.plus(delay))) {
        t.status = TemplateStatus.APPROVED;
        t.reason = null;
        approved.add(t);
      }
    }
    return approved;
  }

  int delete(@Nullable String name, @Nullable String hsmId) {
    int before = templates.size();
    templates.values().removeIf(t -> (name == null || t.name.equals(name)) && (hsmId == null || t.id.equals(hsmId)));
    return before - templates.size();
  }

  void reset() {
    templates.clear();
    groups.clear();
  }

  /**
   * Groups templates, with Meta's limitations: a unique name of at most 256 characters, templates of this business,
   * each in one group at a time. {@link IllegalArgumentException} otherwise (the fake's control API, not Graph).
   */
  TemplateGroup group(String name, List<String> templateIds, Ids ids) {
    if (name.isBlank() || name.length() > 256) {
      throw new IllegalArgumentException("name: a template group name has 1 to 256 characters, was '" + name + "'");
    }
    if (templateIds.isEmpty()) {
      throw new IllegalArgumentException("templateIds: a template group needs at least one template");
    }
    for (TemplateGroup g : groups.values()) {
      if (g.name().equals(name)) {
        throw new IllegalArgumentException("name: template group names must be unique, '" + name + "' is taken");
      }
    }
    for (String id : templateIds) {
      if (!templates.containsKey(id)) {
        throw new IllegalArgumentException("templateIds: no template " + id + " in this business");
      }
      for (TemplateGroup g : groups.values()) {
        if (g.templateIds().contains(id)) {
          throw new IllegalArgumentException("templateIds: template " + id + " is in group " + g.id()
              + " already (Meta: a template can only be a part of a single template group at a time)");
        }
      }
    }
    TemplateGroup group = new TemplateGroup(ids.numeric(3_000_000_000_000_000L), name, List.copyOf(templateIds));
    groups.put(group.id(), group);
    return group;
  }

  @Nullable TemplateGroup group(String id) {
    return groups.get(id);
  }

  /** Validates a create/edit payload's fields the way the template endpoints do. */
  static void validateDefinition(Map<String, Object> body, boolean create) {
    if (create) {
      String name = Json.string(body, "name");
      if (name == null) {
        throw GraphException.of(100, "The parameter name is required.");
      }
      if (!TEMPLATE_NAME.matcher(name).matches()) {
        throw GraphException.of(100, "Param name must be at most 512 lowercase letters, digits or underscores, was \""
            + name + "\".");
      }
      if (Json.string(body, "language") == null) {
        throw GraphException.of(100, "The parameter language is required.");
      }
    }
    String category = Json.string(body, "category");
    if ((create || category != null) && (category == null || !CATEGORIES.contains(category))) {
      throw GraphException.of(100, "Param category must be one of MARKETING, UTILITY, AUTHENTICATION, was "
          + category + ".");
    }
    String format = Json.string(body, "parameter_format");
    if (format != null && !format.equals("POSITIONAL") && !format.equals("NAMED")) {
      throw GraphException.of(100, "Param parameter_format must be POSITIONAL or NAMED, was " + format + ".");
    }
    if (create || body.containsKey("components")) {
      List<Object> components = Json.list(body, "components");
      long bodies = components.stream().filter(c -> "BODY".equalsIgnoreCase(Json.string(c, "type"))).count();
      if (bodies != 1) {
        throw GraphException.of(100, "A template needs exactly one BODY component, had " + bodies + ".");
      }
      // Meta's limited-time offer page: the body of such a template is at most 600 characters.
      boolean offer = components.stream().anyMatch(c -> "LIMITED_TIME_OFFER".equalsIgnoreCase(Json.string(c, "type")));
      for (Object c : components) {
        String type = String.valueOf(Json.string(c, "type")).toUpperCase(Locale.ROOT);
        String text = Json.string(c, "text");
        int limit = switch (type) {
          case "BODY" -> offer ? 600 : 1024;
          case "HEADER", "FOOTER" -> 60;
          default -> Integer.MAX_VALUE;
        };
        if (text != null && text.length() > limit) {
          throw GraphException.of(100, type + " text must be at most " + limit + " characters, was "
              + text.length() + ".");
        }
        if (type.equals("BUTTONS")) {
          orderDetailsButtons(Json.list(c, "buttons"), category);
        }
      }
      displayFormat(components, Json.string(body, "display_format"));
    }
  }

  /**
   * {@code display_format} (Brazil's order details templates declare {@code ORDER_DETAILS}; India's older page asks
   * it of marketing ones, its checkout example leaves it out): when given, ORDER_DETAILS with such a button.
   */
  private static void displayFormat(List<Object> components, @Nullable String displayFormat) {
    if (displayFormat == null) {
      return;
    }
    if (!displayFormat.equalsIgnoreCase("ORDER_DETAILS")) {
      throw GraphException.of(100, "Param display_format must be ORDER_DETAILS, was " + displayFormat + ".");
    }
    boolean orderButton = components.stream().filter(c -> "BUTTONS".equalsIgnoreCase(Json.string(c, "type")))
        .flatMap(c -> Json.list(c, "buttons").stream())
        .anyMatch(b -> "ORDER_DETAILS".equalsIgnoreCase(Json.string(b, "type")));
    if (!orderButton) {
      throw GraphException.of(100, "display_format ORDER_DETAILS needs an ORDER_DETAILS button.");
    }
  }

  /**
   * Checkout button templates (India) and order details templates (Brazil): one {@code order_details} button with
   * a label of at most 25 characters, in a MARKETING or UTILITY template.
   */
  private static void orderDetailsButtons(List<Object> buttons, @Nullable String category) {
    long count = buttons.stream().filter(b -> "ORDER_DETAILS".equalsIgnoreCase(Json.string(b, "type"))).count();
    if (count == 0) {
      return;
    }
    if (count > 1) {
      throw GraphException.of(100, "A template has at most one ORDER_DETAILS button, had " + count + ".");
    }
    if ("AUTHENTICATION".equals(category)) {
      throw GraphException.of(100, "An ORDER_DETAILS button is for MARKETING or UTILITY templates, not "
          + "AUTHENTICATION.");
    }
    for (Object b : buttons) {
      String text = Json.string(b, "text");
      if ("ORDER_DETAILS".equalsIgnoreCase(Json.string(b, "type")) && (text == null || text.isBlank()
          || text.length() > 25)) {
        throw GraphException.of(100, "Param buttons[...]['text'] of the ORDER_DETAILS button must be 1 to 25 "
            + "characters, was " + (text == null ? "missing" : text.length() + " characters") + ".");
      }
    }
  }

  /** The text of button {@code index} of the template a sent {@code template} object names, or null. */
  @Nullable String buttonText(@Nullable Map<String, Object> send, @Nullable Object index) {
    TemplateRecord template = find(Json.string(send, "name"), Json.string(send, "language", "code"));
    if (template == null || index == null) {
      return null;
    }
    int i;
    try {
      i = Integer.parseInt(String.valueOf(index));
    } catch (NumberFormatException e) {
      return null;
    }
    for (Object component : template.components) {
      if ("BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        List<Object> buttons = Json.list(component, "buttons");
        return i < buttons.size() ? Json.string(buttons.get(i), "text") : null;
      }
    }
    return null;
  }

}
