package dev.wabasdk.internal;

import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreativeFeature;
import dev.wabasdk.template.CreativeFeatures;
import dev.wabasdk.template.BidStrategy;
import dev.wabasdk.template.HeaderFormat;
import dev.wabasdk.template.MaxPrice;
import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.QualityScore;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import dev.wabasdk.template.TemplateStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Template definitions to Meta's JSON and Meta's template JSON back to {@link Template}. */
final class TemplateJson {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]*)}}");

  private TemplateJson() {}

  static Map<String, Object> create(TemplateDefinition d) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", d.name());
    body.put("language", d.language());
    body.put("category", d.category().value());
    if (hasOrderDetailsButton(d.components())) {
      // Meta's order details templates (Brazil) and marketing checkout templates (India) declare the format.
      body.put("display_format", "ORDER_DETAILS");
    }
    body.put("parameter_format", d.parameterFormat().name());
    body.put("components", components(d.components(), d.parameterFormat()));
    if (d.messageSendTtlSeconds() != null) {
      body.put("message_send_ttl_seconds", d.messageSendTtlSeconds());
    }
    putCreativeFeatures(body, d.creativeFeatures());
    putMaxPrice(body, d.maxPrice(), true);
    return body;
  }

  static Map<String, Object> edit(TemplateEdit e) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (e.category() != null) {
      body.put("category", e.category().value());
    }
    if (e.parameterFormat() != null) {
      body.put("parameter_format", e.parameterFormat().name());
    }
    if (e.components() != null) {
      body.put("components", components(e.components(),
          e.parameterFormat() == null ? ParameterFormat.POSITIONAL : e.parameterFormat()));
    }
    if (e.messageSendTtlSeconds() != null) {
      body.put("message_send_ttl_seconds", e.messageSendTtlSeconds());
    }
    putCreativeFeatures(body, e.creativeFeatures());
    putMaxPrice(body, e.maxPrice(), false);
    return body;
  }

  /** {@code degrees_of_freedom_spec}, as Meta's "Configure automatic creative optimizations" writes it. */
  private static void putCreativeFeatures(Map<String, Object> body, @Nullable CreativeFeatures features) {
    if (features == null || features.isEmpty()) {
      return;
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    features.enrollments().forEach((feature, status) ->
        spec.put(feature.value(), Map.of("enroll_status", status.name())));
    body.put("degrees_of_freedom_spec", Map.of("creative_features_spec", spec));
  }

  /**
   * {@code optimization_spec}, never the template-level {@code bid_spec} Meta stopped taking after July 31, 2026. The
   * keys follow Meta's examples: {@code bid_amount} first on create, {@code bid_strategy} first on edit.
   */
  private static void putMaxPrice(Map<String, Object> body, @Nullable MaxPrice maxPrice, boolean create) {
    if (maxPrice == null) {
      return;
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    if (!create) {
      spec.put("bid_strategy", maxPrice.bidStrategy().value());
    }
    spec.put("bid_amount", maxPrice.bidAmount());
    spec.putIfAbsent("bid_strategy", maxPrice.bidStrategy().value());
    body.put("optimization_spec", spec);
  }

  /**
   * A template's {@code optimization_spec} as Meta reads it back; empty when absent (rate card pricing) or when its
   * {@code bid_amount} is missing or not a valid one. A missing {@code bid_strategy} is Meta's only one.
   */
  static Optional<MaxPrice> maxPrice(Map<String, Object> template) {
    Map<String, Object> spec = Json.object(template, "optimization_spec");
    Long bidAmount = Json.longValue(spec, "bid_amount");
    if (bidAmount == null || bidAmount < 1 || bidAmount > MaxPrice.MAX_BID_AMOUNT) {
      return Optional.empty();
    }
    String strategy = Json.string(spec, "bid_strategy");
    return Optional.of(new MaxPrice(bidAmount, strategy == null || strategy.isBlank()
        ? BidStrategy.LOWEST_COST_WITH_BID_CAP : BidStrategy.of(strategy)));
  }

  /**
   * A template's {@code degrees_of_freedom_spec} as Meta reads it back ({@code creative_features_spec}: a list of
   * {@code {"key": "IMAGE_TOUCHUPS", "value": {"enroll_status": "OPT_OUT"}}}; the object form of a create request
   * is read too); {@link CreativeFeatures#NONE} when it names no feature.
   */
  static CreativeFeatures creativeFeatures(Map<String, Object> template) {
    Map<String, Object> dof = Json.object(template, "degrees_of_freedom_spec");
    Object spec = dof == null ? null : dof.get("creative_features_spec");
    Map<CreativeFeature, CreativeFeatures.EnrollStatus> enrollments = new LinkedHashMap<>();
    if (spec instanceof List<?> list) {
      for (Object entry : list) {
        Map<String, Object> e = asObject(entry);
        putEnrollment(enrollments, Json.string(e, "key"), Json.string(Json.object(e, "value"), "enroll_status"));
      }
    } else if (spec instanceof Map<?, ?> map) {
      map.forEach((key, value) -> putEnrollment(enrollments, key instanceof String k ? k : null,
          Json.string(asObject(value), "enroll_status")));
    }
    return enrollments.isEmpty() ? CreativeFeatures.NONE : new CreativeFeatures(enrollments);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, Object> asObject(@Nullable Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
  }

  private static void putEnrollment(Map<CreativeFeature, CreativeFeatures.EnrollStatus> enrollments,
      @Nullable String key, @Nullable String status) {
    if (key == null || status == null) {
      return;
    }
    String normalized = status.strip().toUpperCase(java.util.Locale.ROOT);
    if (normalized.equals("OPT_IN") || normalized.equals("OPT_OUT")) {
      enrollments.put(CreativeFeature.of(key), CreativeFeatures.EnrollStatus.valueOf(normalized));
    }
  }

  private static boolean hasOrderDetailsButton(List<Component> components) {
    for (Component c : components) {
      if (c instanceof Component.Buttons buttons
          && buttons.buttons().stream().anyMatch(Button.OrderDetails.class::isInstance)) {
        return true;
      }
    }
    return false;
  }

  static List<Object> components(List<Component> components, ParameterFormat format) {
    List<Object> out = new ArrayList<>();
    for (Component c : components) {
      out.add(component(c, format));
    }
    return out;
  }

  private static Map<String, Object> component(Component c, ParameterFormat format) {
    if (c instanceof Component.Unknown u) {
      return u.json();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type());
    if (c instanceof Component.Header h) {
      m.put("format", h.format().value());
      if (h.text() != null) {
        m.put("text", h.text());
        if (!h.examples().isEmpty()) {
          m.put("example", examples(h.text(), h.examples(), format, "header_text", false));
        }
      }
      if (!h.exampleHandles().isEmpty()) {
        m.put("example", Map.of("header_handle", h.exampleHandles()));
      }
    } else if (c instanceof Component.Body b) {
      if (b.text() != null) {
        m.put("text", b.text());
        if (!b.examples().isEmpty()) {
          m.put("example", examples(b.text(), b.examples(), format, "body_text", true));
        }
      }
      if (b.addSecurityRecommendation() != null) {
        m.put("add_security_recommendation", b.addSecurityRecommendation());
      }
    } else if (c instanceof Component.Footer f) {
      if (f.text() != null) {
        m.put("text", f.text());
      }
      if (f.codeExpirationMinutes() != null) {
        m.put("code_expiration_minutes", f.codeExpirationMinutes());
      }
    } else if (c instanceof Component.Buttons b) {
      List<Object> buttons = new ArrayList<>();
      b.buttons().forEach(button -> buttons.add(button(button)));
      m.put("buttons", buttons);
    } else if (c instanceof Component.Carousel carousel) {
      List<Object> cards = new ArrayList<>();
      carousel.cards().forEach(card -> cards.add(Map.of("components", components(card.components(), format))));
      m.put("cards", cards);
    } else if (c instanceof Component.LimitedTimeOffer lto) {
      Map<String, Object> offer = new LinkedHashMap<>();
      offer.put("text", lto.text());
      offer.put("has_expiration", lto.hasExpiration());
      m.put("limited_time_offer", offer);
    }
    return m;
  }

  /**
   * Positional: {@code {"body_text": [["Jane", "#123"]]}} (the body's is a list of one list, the header's a flat
   * list); named: {@code {"body_text_named_params": [{"param_name": "first_name", "example": "Jane"}]}}. Values go in
   * the order the variables appear, then any example the text does not use.
   */
  /** The {@code {{…}}} variables of {@code text} in order of first appearance (template's Placeholders rule). */
  private static Set<String> variables(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Map<String, Object> examples(String text, Map<String, String> examples, ParameterFormat format,
      String key, boolean nested) {
    Set<String> order = variables(text);
    if (format == ParameterFormat.POSITIONAL) {
      order.clear();
    }
    order.addAll(examples.keySet());
    order.retainAll(examples.keySet());
    if (format == ParameterFormat.NAMED) {
      List<Object> named = new ArrayList<>();
      for (String name : order) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("param_name", name);
        p.put("example", examples.get(name));
        named.add(p);
      }
      return Map.of(key + "_named_params", named);
    }
    List<String> values = new ArrayList<>();
    order.forEach(v -> values.add(examples.get(v)));
    return Map.of(key, nested ? List.of(values) : values);
  }

  private static Map<String, Object> button(Button b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", b.type());
    if (b instanceof Button.QuickReply q) {
      m.put("text", q.text());
    } else if (b instanceof Button.Url u) {
      m.put("text", u.text());
      m.put("url", u.url());
      if (u.example() != null) {
        m.put("example", List.of(u.example()));
      }
    } else if (b instanceof Button.PhoneNumber p) {
      m.put("text", p.text());
      m.put("phone_number", p.phoneNumber());
    } else if (b instanceof Button.CopyCode c) {
      m.put("example", c.example());
    } else if (b instanceof Button.Otp o) {
      m.put("otp_type", o.otpType());
      putIfPresent(m, "text", o.text());
      putIfPresent(m, "autofill_text", o.autofillText());
      if (!o.supportedApps().isEmpty()) {
        List<Object> apps = new ArrayList<>();
        for (Button.SupportedApp app : o.supportedApps()) {
          Map<String, Object> a = new LinkedHashMap<>();
          a.put("package_name", app.packageName());
          a.put("signature_hash", app.signatureHash());
          apps.add(a);
        }
        m.put("supported_apps", apps);
      }
      putIfPresent(m, "zero_tap_terms_accepted", o.zeroTapTermsAccepted());
    } else if (b instanceof Button.Flow f) {
      m.put("text", f.text());
      putIfPresent(m, "flow_id", f.flowId());
      putIfPresent(m, "flow_name", f.flowName());
      putIfPresent(m, "flow_json", f.flowJson());
      putIfPresent(m, "flow_action", f.flowAction());
      putIfPresent(m, "navigate_screen", f.navigateScreen());
    } else if (b instanceof Button.OrderDetails o) {
      m.put("type", "order_details"); // as Meta's checkout button template example writes it
      m.put("text", o.text());
    } else if (b instanceof Button.Other o) {
      m.putAll(o.fields());
    }
    return m;
  }

  private static void putIfPresent(Map<String, Object> m, String key, @Nullable Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  // ---- reading

  static Template template(Map<String, Object> json) {
    ParameterFormat format = "NAMED".equalsIgnoreCase(Json.string(json, "parameter_format"))
        ? ParameterFormat.NAMED
        : ParameterFormat.POSITIONAL;
    String previous = Json.string(json, "previous_category");
    String quality = Json.string(Json.object(json, "quality_score"), "score");
    String rejected = Json.string(json, "rejected_reason");
    Long ttl = Json.longValue(json, "message_send_ttl_seconds");
    String correct = Json.string(json, "correct_category");
    return new Template(
        orEmpty(Json.string(json, "id")),
        orEmpty(Json.string(json, "name")),
        orEmpty(Json.string(json, "language")),
        TemplateStatus.of(orEmpty(Json.string(json, "status"))),
        TemplateCategory.of(orEmpty(Json.string(json, "category"))),
        previous == null ? null : TemplateCategory.of(previous),
        format,
        readComponents(Json.list(json, "components"), format),
        quality == null ? null : QualityScore.of(quality),
        rejected == null ? null : RejectionReason.of(rejected),
        ttl == null ? null : ttl.intValue(),
        correct == null ? null : TemplateCategory.of(correct),
        Json.string(json, "library_template_name"));
  }

  @SuppressWarnings("unchecked")
  private static List<Component> readComponents(List<Object> list, ParameterFormat format) {
    List<Component> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> map) {
        out.add(readComponent((Map<String, Object>) map, format));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Component readComponent(Map<String, Object> m, ParameterFormat format) {
    String type = orEmpty(Json.string(m, "type")).toUpperCase(java.util.Locale.ROOT);
    Map<String, Object> example = Json.object(m, "example");
    switch (type) {
      case "HEADER": {
        String text = Json.string(m, "text");
        List<String> handles = strings(Json.list(example, "header_handle"));
        return new Component.Header(HeaderFormat.of(orEmpty(Json.string(m, "format"))), text,
            readExamples(text, example, "header_text", format), handles);
      }
      case "BODY": {
        String text = Json.string(m, "text");
        return new Component.Body(text, readExamples(text, example, "body_text", format),
            Json.bool(m, "add_security_recommendation"));
      }
      case "FOOTER": {
        Long minutes = Json.longValue(m, "code_expiration_minutes");
        return new Component.Footer(Json.string(m, "text"), minutes == null ? null : minutes.intValue());
      }
      case "BUTTONS": {
        List<Button> buttons = new ArrayList<>();
        for (Object b : Json.list(m, "buttons")) {
          if (b instanceof Map<?, ?> map) {
            buttons.add(readButton((Map<String, Object>) map));
          }
        }
        return new Component.Buttons(buttons);
      }
      case "CAROUSEL": {
        List<Component.Card> cards = new ArrayList<>();
        for (Object card : Json.list(m, "cards")) {
          if (card instanceof Map<?, ?> map) {
            cards.add(new Component.Card(readComponents(Json.list((Map<String, Object>) map, "components"), format)));
          }
        }
        return new Component.Carousel(cards);
      }
      case "CALL_PERMISSION_REQUEST":
        return Component.callPermissionRequest();
      case "LIMITED_TIME_OFFER": {
        Map<String, Object> offer = Json.object(m, "limited_time_offer");
        return new Component.LimitedTimeOffer(orEmpty(Json.string(offer, "text")),
            Boolean.TRUE.equals(Json.bool(offer, "has_expiration")));
      }
      default:
        return new Component.Unknown(type, m);
    }
  }

  /** Examples back to a map keyed by the variable as written. */
  private static Map<String, String> readExamples(@Nullable String text, @Nullable Map<String, Object> example,
      String key, ParameterFormat format) {
    Map<String, String> out = new LinkedHashMap<>();
    if (example == null) {
      return out;
    }
    for (Object p : Json.list(example, key + "_named_params")) {
      if (p instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> param = (Map<String, Object>) map;
        String name = Json.string(param, "param_name");
        String value = Json.string(param, "example");
        if (name != null && value != null) {
          out.put(name, value);
        }
      }
    }
    List<Object> positional = Json.list(example, key);
    if (!positional.isEmpty() && positional.get(0) instanceof List<?> nested) {
      positional = new ArrayList<>(nested);
    }
    for (int i = 0; i < positional.size(); i++) {
      Object value = positional.get(i);
      if (value != null) {
        out.put(Integer.toString(i + 1), value.toString());
      }
    }
    return out;
  }

  private static Button readButton(Map<String, Object> m) {
    String type = orEmpty(Json.string(m, "type")).toUpperCase(java.util.Locale.ROOT);
    String text = Json.string(m, "text");
    switch (type) {
      case "QUICK_REPLY":
        return new Button.QuickReply(orEmpty(text));
      case "URL": {
        List<String> examples = strings(Json.list(m, "example"));
        return new Button.Url(orEmpty(text), orEmpty(Json.string(m, "url")), examples.isEmpty() ? null : examples.get(0));
      }
      case "PHONE_NUMBER":
        return new Button.PhoneNumber(orEmpty(text), orEmpty(Json.string(m, "phone_number")));
      case "COPY_CODE": {
        Object example = m.get("example");
        String value = example instanceof List<?> l && !l.isEmpty() ? String.valueOf(l.get(0))
            : Json.string(m, "example");
        return new Button.CopyCode(orEmpty(value));
      }
      case "OTP": {
        List<Button.SupportedApp> apps = new ArrayList<>();
        for (Object a : Json.list(m, "supported_apps")) {
          if (a instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> app = (Map<String, Object>) map;
            apps.add(new Button.SupportedApp(orEmpty(Json.string(app, "package_name")),
                orEmpty(Json.string(app, "signature_hash"))));
          }
        }
        return new Button.Otp(orEmpty(Json.string(m, "otp_type")), text, Json.string(m, "autofill_text"), apps,
            Json.bool(m, "zero_tap_terms_accepted"));
      }
      case "ORDER_DETAILS":
        return new Button.OrderDetails(orEmpty(text));
      case "FLOW":
        return new Button.Flow(orEmpty(text), Json.string(m, "flow_id"), Json.string(m, "flow_name"),
            Json.string(m, "flow_action"), Json.string(m, "navigate_screen"), Json.string(m, "flow_json"));
      default: {
        Map<String, Object> fields = new LinkedHashMap<>(m);
        fields.remove("type");
        return new Button.Other(type, fields);
      }
    }
  }

  private static List<String> strings(List<Object> list) {
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
