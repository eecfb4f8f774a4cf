package dev.wabasdk.flow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Meta's documented Flow JSON rules (Flow JSON 7.x), checked when a {@link FlowJson} is made. */
final class FlowValidator {
  /** Meta: "The maximum number of components per screen is 50." */
  static final int MAX_COMPONENTS_PER_SCREEN = 50;

  private static final Pattern SCREEN_ID = Pattern.compile("[A-Za-z_]+");
  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{\\s*(?:screen\\.([A-Za-z_]+)\\.)?(form|data)\\.([A-Za-z0-9_]+)");
  private static final Map<String, Integer> MAX_PER_SCREEN = Map.of(
      "Footer", 1, "OptIn", 5, "EmbeddedLink", 2, "Image", 3, "ImageCarousel", 2, "NavigationList", 2,
      "PhotoPicker", 1, "DocumentPicker", 1);

  private FlowValidator() {}

  static void check(String version, @Nullable String dataApiVersion, @Nullable Map<String, List<String>> routing,
      List<Screen> screens) {
    if (version.isBlank()) {
      throw new IllegalArgumentException("Flow JSON version must not be blank");
    }
    if (screens.isEmpty()) {
      throw new IllegalArgumentException("Flow JSON needs at least one screen");
    }
    Map<String, Screen> byId = new HashMap<>();
    for (Screen s : screens) {
      if (!SCREEN_ID.matcher(s.id()).matches()) {
        throw new IllegalArgumentException("screen id must be letters and underscores only, got \"" + s.id() + "\"");
      }
      if (s.id().equals("SUCCESS")) {
        throw new IllegalArgumentException("screen id SUCCESS is reserved by Meta");
      }
      if (byId.put(s.id(), s) != null) {
        throw new IllegalArgumentException("screen id " + s.id() + " is used twice");
      }
    }
    if (screens.stream().noneMatch(Screen::isTerminal)) {
      throw new IllegalArgumentException("Flow JSON needs at least one terminal screen (terminal: true)");
    }
    if (routing != null) {
      routing.forEach((from, targets) -> {
        if (!byId.containsKey(from)) {
          throw new IllegalArgumentException("routing_model names screen " + from + ", which does not exist");
        }
        for (String to : targets) {
          if (!byId.containsKey(to)) {
            throw new IllegalArgumentException(
                "routing_model: screen " + from + " routes to " + to + ", which does not exist");
          }
        }
      });
    }
    for (Screen s : screens) {
      checkScreen(s, byId);
      if (dataApiVersion == null && usesDataExchange(s.toJsonTree())) {
        throw new IllegalArgumentException("screen " + s.id() + " uses a data_exchange action, which needs an "
            + "endpoint: set data_api_version (3.0) and connect the endpoint to the flow");
      }
    }
  }

  private static boolean usesDataExchange(@Nullable Object node) {
    if (node instanceof Map<?, ?> m) {
      return "data_exchange".equals(m.get("name")) && m.containsKey("payload")
          || m.values().stream().anyMatch(FlowValidator::usesDataExchange);
    }
    return node instanceof List<?> l && l.stream().anyMatch(FlowValidator::usesDataExchange);
  }

  private static void checkScreen(Screen s, Map<String, Screen> byId) {
    List<Component> all = s.allComponents();
    if (all.size() > MAX_COMPONENTS_PER_SCREEN) {
      throw new IllegalArgumentException("screen " + s.id() + " has " + all.size()
          + " components, more than Meta's limit of " + MAX_COMPONENTS_PER_SCREEN);
    }
    Map<String, Integer> counts = new HashMap<>();
    countOutsideConditionals(s.children(), counts);
    counts.forEach((type, n) -> {
      Integer max = MAX_PER_SCREEN.get(type);
      if (max != null && n > max) {
        throw new IllegalArgumentException("screen " + s.id() + " has " + n + " " + type
            + " components, more than Meta's limit of " + max + " per screen");
      }
    });
    if (s.isTerminal() && all.stream().noneMatch(c -> c instanceof Footer)) {
      throw new IllegalArgumentException("screen " + s.id() + " is terminal and needs a Footer");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Component c = all.get(i);
      String where = "screen " + s.id() + ", component " + i + " (" + c.type()
          + (c.name() != null ? " \"" + c.name() + "\"" : "") + ")";
      // The same field may appear in both branches of an If/Switch; a repeat elsewhere is an error.
      if (c.name() != null && !names.add(c.name()) && !insideConditional(s.children(), c)) {
        throw new IllegalArgumentException(where + ": name \"" + c.name() + "\" is used twice in the screen");
      }
      new Rules(where).check(c);
    }
    walk(s.toJsonTree(), s, byId, names);
  }

  private static void countOutsideConditionals(List<Component> components, Map<String, Integer> counts) {
    for (Component c : components) {
      counts.merge(c.type(), 1, Integer::sum);
      if (!(c instanceof If) && !(c instanceof Switch)) {
        countOutsideConditionals(c.nested(), counts);
      }
    }
  }

  private static boolean insideConditional(List<Component> components, Component target) {
    for (Component c : components) {
      if ((c instanceof If || c instanceof Switch) && contains(c.nested(), target)) {
        return true;
      }
      if (insideConditional(c.nested(), target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<Component> components, Component target) {
    for (Component c : components) {
      if (c == target || contains(c.nested(), target)) {
        return true;
      }
    }
    return false;
  }

  /** Checks navigate targets and references in every string of the screen's JSON. */
  private static void walk(@Nullable Object node, Screen s, Map<String, Screen> byId, Set<String> names) {
    if (node instanceof Map<?, ?> m) {
      if ("navigate".equals(m.get("name")) && m.get("next") instanceof Map<?, ?> next
          && next.get("name") instanceof String target && !byId.containsKey(target)) {
        throw new IllegalArgumentException("screen " + s.id() + ": navigate to screen " + target
            + ", which does not exist");
      }
      for (Object v : m.values()) {
        walk(v, s, byId, names);
      }
    } else if (node instanceof List<?> l) {
      for (Object v : l) {
        walk(v, s, byId, names);
      }
    } else if (node instanceof String text) {
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        checkReference(s, byId, names, m.group(1), m.group(2), m.group(3), m.group());
      }
    }
  }

  private static void checkReference(Screen s, Map<String, Screen> byId, Set<String> names,
      @Nullable String otherScreen, String kind, String field, String ref) {
    Screen target = s;
    Set<String> fields = names;
    if (otherScreen != null) {
      target = byId.get(otherScreen);
      if (target == null) {
        throw new IllegalArgumentException("screen " + s.id() + ": " + ref + "} refers to screen " + otherScreen
            + ", which does not exist");
      }
      fields = new HashSet<>();
      for (Component c : target.allComponents()) {
        if (c.name() != null) {
          fields.add(c.name());
        }
      }
    }
    if (kind.equals("form") && !fields.contains(field)) {
      throw new IllegalArgumentException("screen " + s.id() + ": " + ref + "} refers to form field \"" + field
          + "\", which screen " + target.id() + " does not have");
    }
    if (kind.equals("data") && (target.data() == null || !target.data().containsKey(field))) {
      throw new IllegalArgumentException("screen " + s.id() + ": " + ref + "} refers to data field \"" + field
          + "\", which the data model of screen " + target.id() + " does not declare");
    }
  }

  /** Per-component limits; {@code where} names the screen and component in every message. */
  private record Rules(String where) {
    void check(Component c) {
      if (c instanceof TextHeading x) {
        text("text", x.text(), 80);
      } else if (c instanceof TextSubheading x) {
        text("text", x.text(), 80);
      } else if (c instanceof TextBody x) {
        text("text", String.join("\n", x.text()), 4096);
      } else if (c instanceof TextCaption x) {
        text("text", String.join("\n", x.text()), 409);
      } else if (c instanceof TextInput x) {
        text("label", x.label(), 20);
        chars("helper-text", x.helperText(), 80);
      } else if (c instanceof TextArea x) {
        text("label", x.label(), 20);
        chars("helper-text", x.helperText(), 80);
        atMost("max-length", x.maxLength(), 600);
      } else if (c instanceof Dropdown x) {
        text("label", x.label(), 20);
        options(x.dataSource(), 1, 200);
      } else if (c instanceof CheckboxGroup x) {
        chars("label", x.label(), 30);
        chars("description", x.description(), 300);
        options(x.dataSource(), 1, 20);
      } else if (c instanceof RadioButtonsGroup x) {
        chars("label", x.label(), 30);
        chars("description", x.description(), 300);
        options(x.dataSource(), 1, 20);
      } else if (c instanceof ChipsSelector x) {
        text("label", x.label(), 80);
        chars("description", x.description(), 300);
        options(x.dataSource(), 2, 20);
      } else if (c instanceof DatePicker x) {
        text("label", x.label(), 40);
        chars("helper-text", x.helperText(), 80);
      } else if (c instanceof CalendarPicker x) {
        chars("title", x.title(), 80);
        chars("description", x.description(), 300);
      } else if (c instanceof OptIn x) {
        text("label", x.label(), 120);
      } else if (c instanceof EmbeddedLink x) {
        text("text", x.text(), 25);
      } else if (c instanceof Footer x) {
        text("label", x.label(), 35);
        chars("left-caption", x.leftCaption(), 15);
        chars("center-caption", x.centerCaption(), 15);
        chars("right-caption", x.rightCaption(), 15);
      } else if (c instanceof NavigationList x) {
        chars("label", x.label(), 80);
        chars("description", x.description(), 300);
        if (x.listItems() instanceof List<?> items) {
          count("list-items", items.size(), 1, 20);
        }
      } else if (c instanceof PhotoPicker x) {
        text("label", x.label(), 30);
        chars("description", x.description(), 300);
        atMost("max-uploaded-photos", x.maxUploadedPhotos(), 30);
      } else if (c instanceof DocumentPicker x) {
        text("label", x.label(), 30);
        chars("description", x.description(), 300);
        atMost("max-uploaded-documents", x.maxUploadedDocuments(), 30);
      } else if (c instanceof ImageCarousel x && x.images() instanceof List<?> images) {
        count("images", images.size(), 1, 3);
      }
    }

    private void text(String property, String value, int max) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(where + ": " + property + " must not be blank");
      }
      chars(property, value, max);
    }

    private void chars(String property, @Nullable String value, int max) {
      if (value != null && !Ref.isRef(value) && value.codePointCount(0, value.length()) > max) {
        throw new IllegalArgumentException(where + ": " + property + " is " + value.codePointCount(0, value.length())
            + " characters, more than Meta's limit of " + max + ": \"" + value + "\"");
      }
    }

    private void atMost(String property, @Nullable Integer value, int max) {
      if (value != null && value > max) {
        throw new IllegalArgumentException(where + ": " + property + " is " + value + ", more than Meta's limit of "
            + max);
      }
    }

    private void count(String property, int n, int min, int max) {
      if (n < min || n > max) {
        throw new IllegalArgumentException(where + ": " + property + " has " + n + " entries, Meta allows " + min
            + " to " + max);
      }
    }

    private void options(Dynamic<List<Option>> source, int min, int max) {
      List<Option> options = source.value();
      if (options == null) {
        return;
      }
      count("data-source", options.size(), min, max);
      for (int i = 0; i < options.size(); i++) {
        Option o = options.get(i);
        Rules entry = new Rules(where + ", data-source[" + i + "] \"" + o.id() + "\"");
        entry.text("title", o.title(), 30);
        entry.chars("description", o.description(), 300);
        entry.chars("metadata", o.metadata(), 20);
      }
    }
  }
}
