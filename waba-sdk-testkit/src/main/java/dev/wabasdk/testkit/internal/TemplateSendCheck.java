package dev.wabasdk.testkit.internal;

import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Meta's checks of a template send against the template's definition: it exists and is approved, parameter counts
 * and kinds (positional or named), header formats and URL-button parameters. Stateless; called under
 * {@link FakeEngine}'s lock because it reads the {@link TemplateStore}.
 */
final class TemplateSendCheck {
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  private TemplateSendCheck() {}

  /** Checks a send's {@code template} object like Meta (132001 / 132000 / 132012 / 132015 / 132016). */
  static TemplateRecord check(TemplateStore templates, @Nullable Map<String, Object> send) {
    String name = Json.string(send, "name");
    String language = Json.string(send, "language", "code");
    TemplateRecord t = templates.find(name, language);
    if (t == null) {
      throw GraphException.of(132001, "template name (" + name + ") does not exist in " + language);
    }
    if (t.status.equals(TemplateStatus.PAUSED)) {
      throw GraphException.of(132015, "Template " + name + " is paused due to low quality.");
    }
    if (t.status.equals(TemplateStatus.DISABLED)) {
      throw GraphException.of(132016, "Template " + name + " is disabled.");
    }
    if (!t.status.equals(TemplateStatus.APPROVED)) {
      throw GraphException.of(132001, "template name (" + name + ") in " + language
          + " is not approved (status " + t.status.value() + ")");
    }
    for (String part : List.of("header", "body")) {
      List<String> expected = variables(t, part.toUpperCase(Locale.ROOT));
      List<Object> given = List.of();
      for (Object component : Json.list(send, "components")) {
        if (part.equalsIgnoreCase(Json.string(component, "type"))) {
          given = Json.list(component, "parameters");
        }
      }
      if (part.equals("header") && expected.isEmpty()) {
        continue;
      }
      if (given.size() != expected.size()) {
        throw GraphException.of(132000, part + ": number of localizable_params (" + given.size()
            + ") does not match the expected number of params (" + expected.size() + ")");
      }
      boolean named = t.parameterFormat == ParameterFormat.NAMED;
      for (Object parameter : given) {
        String parameterName = Json.string(parameter, "parameter_name");
        if (named != (parameterName != null)) {
          throw GraphException.of(132012, part + ": template " + name + " uses " + t.parameterFormat
              + " parameters" + (named ? "; every parameter needs parameter_name" : "; parameter_name is not "
              + "allowed"));
        }
        if (named && !expected.contains(parameterName)) {
          throw GraphException.of(132000, part + ": unknown parameter_name \"" + parameterName + "\"; expected "
              + expected);
        }
      }
    }
    checkHeaderFormat(t, send);
    checkUrlButtons(t, send);
    checkCarouselAndOffer(t, send);
    checkOrderDetailsButtons(t, send);
    return t;
  }

  /**
   * The {@code action.order_details} of a sent {@code button} component of sub-type {@code order_details} (a
   * checkout button template in India, an order details template in Brazil), or null for any other component.
   */
  static @Nullable Map<String, Object> orderDetailsObject(@Nullable Object component) {
    if (!"button".equalsIgnoreCase(Json.string(component, "type"))
        || !"order_details".equalsIgnoreCase(Json.string(component, "sub_type"))) {
      return null;
    }
    List<Object> parameters = Json.list(component, "parameters");
    return parameters.isEmpty() ? null : Json.map(parameters.get(0), "action", "order_details");
  }

  /** The path of the {@code order_details} object of sent component {@code i}, as Meta's errors write it. */
  static String orderDetailsPath(int i) {
    return "template['components'][" + i + "]['parameters'][0]['action']['order_details']";
  }

  /**
   * A template's {@code ORDER_DETAILS} button takes its order at send time: a {@code button} component of sub-type
   * {@code order_details} at its index (132000 without one, 132012 at another button), whose
   * {@code action.order_details} follows the rules of an {@code order_details} message's parameters.
   */
  private static void checkOrderDetailsButtons(TemplateRecord t, @Nullable Map<String, Object> send) {
    List<Integer> defined = new java.util.ArrayList<>();
    for (Object component : t.components) {
      if ("BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        List<Object> buttons = Json.list(component, "buttons");
        for (int i = 0; i < buttons.size(); i++) {
          if ("ORDER_DETAILS".equalsIgnoreCase(Json.string(buttons.get(i), "type"))) {
            defined.add(i);
          }
        }
      }
    }
    List<Object> sent = Json.list(send, "components");
    Set<Integer> given = new java.util.HashSet<>();
    for (int c = 0; c < sent.size(); c++) {
      Object component = sent.get(c);
      if (!"button".equalsIgnoreCase(Json.string(component, "type"))
          || !"order_details".equalsIgnoreCase(Json.string(component, "sub_type"))) {
        continue;
      }
      String index = String.valueOf(Json.at(component, "index"));
      if (defined.stream().noneMatch(i -> Integer.toString(i).equals(index))) {
        throw GraphException.of(132012, "button at index " + index + ": the template has no ORDER_DETAILS button "
            + "there (its ORDER_DETAILS buttons: " + defined + ")");
      }
      given.add(Integer.valueOf(index));
      List<Object> parameters = Json.list(component, "parameters");
      String at = "template['components'][" + c + "]['parameters'][0]";
      if (parameters.isEmpty() || !"action".equals(Json.string(parameters.get(0), "type"))) {
        throw GraphException.of(131008, "The parameter " + at + " is required: {\"type\": \"action\", \"action\": "
            + "{\"order_details\": {...}}}.");
      }
      Map<String, Object> orderDetails = orderDetailsObject(component);
      if (orderDetails == null) {
        throw GraphException.of(131008, "The parameter " + orderDetailsPath(c) + " is required.");
      }
      PaymentsValidator.templateOrderDetails(orderDetails, orderDetailsPath(c));
    }
    for (int i : defined) {
      if (!given.contains(i)) {
        throw GraphException.of(132000, "button at index " + i + ": number of localizable_params (0) does not "
            + "match the expected number of params (1); an ORDER_DETAILS button needs its order_details");
      }
    }
  }

  /**
   * A carousel template is sent with exactly its defined cards, and an offer with {@code has_expiration} with its
   * {@code expiration_time_ms} (Meta: 132000).
   */
  private static void checkCarouselAndOffer(TemplateRecord t, @Nullable Map<String, Object> send) {
    int defined = 0;
    boolean expires = false;
    for (Object component : t.components) {
      String type = Json.string(component, "type");
      if ("CAROUSEL".equalsIgnoreCase(type)) {
        defined = Json.list(component, "cards").size();
      } else if ("LIMITED_TIME_OFFER".equalsIgnoreCase(type)) {
        expires = Boolean.TRUE.equals(Json.at(component, "limited_time_offer", "has_expiration"));
      }
    }
    int sentCards = 0;
    boolean expiry = false;
    for (Object component : Json.list(send, "components")) {
      String type = Json.string(component, "type");
      if ("carousel".equalsIgnoreCase(type)) {
        sentCards = Json.list(component, "cards").size();
      } else if ("limited_time_offer".equalsIgnoreCase(type)) {
        for (Object parameter : Json.list(component, "parameters")) {
          expiry |= Json.at(parameter, "limited_time_offer", "expiration_time_ms") instanceof Number;
        }
      }
    }
    if (defined != sentCards) {
      throw GraphException.of(132000, "carousel: number of cards (" + sentCards + ") does not match the number of "
          + "cards in the template (" + defined + ")");
    }
    if (expires && !expiry) {
      throw GraphException.of(132000, "limited_time_offer: the template's offer has an expiration; "
          + "expiration_time_ms is required");
    }
  }

  /** A media or location header needs a header parameter of that kind (Meta: 132012, format mismatch). */
  private static void checkHeaderFormat(TemplateRecord t, @Nullable Map<String, Object> send) {
    for (Object component : t.components) {
      String format = Json.string(component, "format");
      if (!"HEADER".equalsIgnoreCase(Json.string(component, "type")) || format == null
          || !Set.of("IMAGE", "VIDEO", "DOCUMENT", "LOCATION").contains(format.toUpperCase(Locale.ROOT))) {
        continue;
      }
      String expected = format.toLowerCase(Locale.ROOT);
      String received = "nothing";
      for (Object sent : Json.list(send, "components")) {
        if ("header".equalsIgnoreCase(Json.string(sent, "type"))) {
          List<Object> parameters = Json.list(sent, "parameters");
          received = parameters.isEmpty() ? "nothing" : String.valueOf(Json.string(parameters.get(0), "type"));
        }
      }
      if (!received.equals(expected)) {
        throw GraphException.of(132012, "header: Format mismatch, expected " + format.toUpperCase(Locale.ROOT)
            + ", received " + received.toUpperCase(Locale.ROOT));
      }
    }
  }

  /** A URL button whose URL ends in a placeholder needs its {@code button} component with one parameter. */
  private static void checkUrlButtons(TemplateRecord t, @Nullable Map<String, Object> send) {
    for (Object component : t.components) {
      if (!"BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        continue;
      }
      List<Object> buttons = Json.list(component, "buttons");
      for (int i = 0; i < buttons.size(); i++) {
        String url = Json.string(buttons.get(i), "url");
        if (!"URL".equalsIgnoreCase(Json.string(buttons.get(i), "type")) || url == null
            || !VARIABLE.matcher(url).find()) {
          continue;
        }
        int given = 0;
        for (Object sent : Json.list(send, "components")) {
          Object index = Json.at(sent, "index");
          if ("button".equalsIgnoreCase(Json.string(sent, "type"))
              && "url".equalsIgnoreCase(Json.string(sent, "sub_type"))
              && index != null && String.valueOf(index).equals(Integer.toString(i))) {
            given = Json.list(sent, "parameters").size();
          }
        }
        if (given != 1) {
          throw GraphException.of(132000, "button at index " + i + ": number of localizable_params (" + given
              + ") does not match the expected number of params (1)");
        }
      }
    }
  }

  private static List<String> variables(TemplateRecord t, String componentType) {
    Set<String> names = new LinkedHashSet<>();
    for (Object component : t.components) {
      if (componentType.equalsIgnoreCase(Json.string(component, "type"))) {
        String text = Json.string(component, "text");
        if (text != null && (componentType.equals("BODY") || "TEXT".equalsIgnoreCase(
            Json.string(component, "format")))) {
          Matcher m = VARIABLE.matcher(text);
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    }
    return List.copyOf(names);
  }
}
