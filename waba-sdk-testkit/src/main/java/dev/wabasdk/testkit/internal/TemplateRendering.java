package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A sent template as the console's phone view shows it: header, body with its parameters filled in, footer and
 * buttons. Stateless; called under {@link FakeEngine}'s lock because it reads the {@link TemplateStore}.
 */
final class TemplateRendering {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  private TemplateRendering() {}

  /** The sent template as the phone shows it, or null when the fake has no such template. */
  static @Nullable Map<String, Object> render(TemplateStore templates, SentRecord r) {
    String name = Json.string(r.body, "template", "name");
    String language = Json.string(r.body, "template", "language", "code");
    TemplateRecord template = null;
    for (TemplateRecord t : templates.all()) {
      if (t.name.equals(name) && t.language.equals(language)) {
        template = t;
      }
    }
    if (template == null) {
      return null;
    }
    List<Object> sentComponents = Json.list(r.body, "template", "components");
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> buttons = new ArrayList<>();
    for (Object component : template.components) {
      String type = String.valueOf(Json.string(component, "type")).toUpperCase(Locale.ROOT);
      String text = Json.string(component, "text");
      switch (type) {
        case "HEADER" -> {
          String format = String.valueOf(Json.string(component, "format")).toUpperCase(Locale.ROOT);
          if (format.equals("TEXT") || format.equals("NULL")) {
            out.put("header", substitute(text, parameters(sentComponents, "header", null)));
          } else {
            out.put("header_format", format.toLowerCase(Locale.ROOT));
          }
        }
        case "BODY" -> out.put("body", substitute(text, parameters(sentComponents, "body", null)));
        case "FOOTER" -> out.put("footer", text);
        case "BUTTONS" -> {
          List<Object> defined = Json.list(component, "buttons");
          for (int i = 0; i < defined.size(); i++) {
            Object button = defined.get(i);
            List<Object> parameters = parameters(sentComponents, "button", i);
            Map<String, Object> b = obj("type", String.valueOf(Json.string(button, "type")).toLowerCase(Locale.ROOT),
                "text", Json.string(button, "text"));
            String url = Json.string(button, "url");
            if (url != null) {
              b.put("url", substitute(url, parameters));
            }
            if (!parameters.isEmpty() && Json.string(parameters.get(0), "payload") != null) {
              b.put("payload", Json.string(parameters.get(0), "payload"));
            }
            buttons.add(b);
          }
        }
        default -> {
          // Other components (carousels, limited-time offers) are shown through the raw message.
        }
      }
    }
    out.put("buttons", buttons);
    out.put("status", template.status.value());
    out.put("category", template.category.value());
    return out;
  }

  private static List<Object> parameters(List<Object> sentComponents, String type, @Nullable Integer index) {
    for (Object component : sentComponents) {
      if (type.equalsIgnoreCase(Json.string(component, "type"))
          && (index == null || String.valueOf(Json.at(component, "index")).equals(index.toString()))) {
        return Json.list(component, "parameters");
      }
    }
    return List.of();
  }

  private static @Nullable String substitute(@Nullable String text, List<Object> parameters) {
    if (text == null) {
      return null;
    }
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      Object parameter = null;
      for (Object p : parameters) {
        if (key.equals(Json.string(p, "parameter_name"))) {
          parameter = p;
        }
      }
      if (parameter == null && key.matches("\\d+") && Integer.parseInt(key) - 1 < parameters.size()
          && Integer.parseInt(key) >= 1) {
        parameter = parameters.get(Integer.parseInt(key) - 1);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(parameter == null ? m.group() : parameterText(parameter)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String parameterText(Object parameter) {
    String type = String.valueOf(Json.string(parameter, "type"));
    return switch (type) {
      case "text" -> String.valueOf(Json.string(parameter, "text"));
      case "payload" -> String.valueOf(Json.string(parameter, "payload"));
      case "currency" -> String.valueOf(Json.string(parameter, "currency", "fallback_value"));
      case "date_time" -> String.valueOf(Json.string(parameter, "date_time", "fallback_value"));
      default -> "[" + type + "]";
    };
  }
}
