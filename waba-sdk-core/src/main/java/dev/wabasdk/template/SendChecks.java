package dev.wabasdk.template;

import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateComponent;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A template send checked against the template's definition: what Meta would refuse with 132000 (parameter count),
 * 132012 (parameter format) or 132001 (name/language), caught before the send.
 */
final class SendChecks {
  private SendChecks() {}

  static List<String> mismatches(TemplateDefinition d, TemplateMessage send) {
    List<String> out = new ArrayList<>();
    if (!d.name().equals(send.name())) {
      out.add("template.name: the send names '" + send.name() + "', the definition is '" + d.name() + "'");
    }
    if (!d.language().equals(send.language())) {
      out.add("template.language: the send asks for '" + send.language() + "', the definition is '" + d.language()
          + "' (Meta error 132001)");
    }
    Component.@Nullable Header header = null;
    Component.@Nullable Body body = null;
    List<Button> buttons = List.of();
    for (Component c : d.components()) {
      if (c instanceof Component.Header h) {
        header = h;
      } else if (c instanceof Component.Body b) {
        body = b;
      } else if (c instanceof Component.Buttons b) {
        buttons = b.buttons();
      }
    }
    TemplateComponent.@Nullable Header sentHeader = null;
    TemplateComponent.@Nullable Body sentBody = null;
    List<TemplateButton> sentButtons = new ArrayList<>();
    for (TemplateComponent c : send.components()) {
      if (c instanceof TemplateComponent.Header h) {
        sentHeader = h;
      } else if (c instanceof TemplateComponent.Body b) {
        sentBody = b;
      } else if (c instanceof TemplateButton b) {
        sentButtons.add(b);
      }
    }
    limitedTimeOffer(d, send, out);
    carousel(d, send, out);
    header(header, sentHeader, d.parameterFormat(), out);
    body(d, body, sentBody, out);
    buttons(buttons, sentButtons, out);
    return out;
  }

  /** An offer with {@code has_expiration} needs its expiry at send time; one without takes none. */
  private static void limitedTimeOffer(TemplateDefinition d, TemplateMessage send, List<String> out) {
    boolean expires = d.components().stream()
        .anyMatch(c -> c instanceof Component.LimitedTimeOffer lto && lto.hasExpiration());
    boolean given = send.components().stream().anyMatch(c -> c instanceof TemplateComponent.LimitedTimeOffer);
    if (expires && !given) {
      out.add("limited_time_offer: the template's offer has an expiration; the send gives no expiration_time_ms "
          + "(Meta error 132000)");
    } else if (!expires && given) {
      out.add("limited_time_offer: the template's offer has no expiration (has_expiration false or no offer); the "
          + "send must not give expiration_time_ms (Meta error 132000)");
    }
  }

  /** A carousel send gives exactly one card per card the template defines (Meta error 132000 otherwise). */
  private static void carousel(TemplateDefinition d, TemplateMessage send, List<String> out) {
    int defined = d.components().stream().filter(c -> c instanceof Component.Carousel)
        .mapToInt(c -> ((Component.Carousel) c).cards().size()).sum();
    int sent = send.components().stream().filter(c -> c instanceof TemplateComponent.Carousel)
        .mapToInt(c -> ((TemplateComponent.Carousel) c).cards().size()).sum();
    if (defined != sent) {
      out.add("carousel: the template defines " + defined + " card" + (defined == 1 ? "" : "s") + "; the send gives "
          + sent + " (Meta error 132000: a carousel is sent with exactly its defined cards)");
    }
  }

  private static void header(Component.@Nullable Header h, TemplateComponent.@Nullable Header sent,
      ParameterFormat format, List<String> out) {
    if (h == null || HeaderFormat.TEXT.equals(h.format())) {
      Set<String> variables = h == null || h.text() == null ? Set.of() : Placeholders.of(h.text());
      if (variables.isEmpty()) {
        if (sent != null) {
          out.add("header: the template's header has no variable; the send must not give a header parameter "
              + "(Meta error 132000)");
        }
        return;
      }
      String variable = variables.iterator().next();
      if (sent == null) {
        out.add("header: the template's header has variable {{" + variable + "}}; the send gives no header "
            + "parameter (Meta error 132000)");
      } else if (!(sent.parameter() instanceof TemplateParameter.Text text)) {
        out.add("header: the template's header is TEXT; the send gives " + kind(sent.parameter())
            + " (Meta error 132012)");
      } else {
        name(text.parameterName(), variable, format, "header", out);
      }
      return;
    }
    Class<?> expected = switch (h.format().value()) {
      case "IMAGE" -> TemplateParameter.Image.class;
      case "VIDEO" -> TemplateParameter.Video.class;
      case "DOCUMENT" -> TemplateParameter.Document.class;
      case "LOCATION" -> TemplateParameter.Location.class;
      case "GIF" -> TemplateParameter.Gif.class;
      case "PRODUCT" -> TemplateParameter.Product.class;
      default -> null; // newer formats: not checked
    };
    if (expected == null) {
      return;
    }
    if (sent == null) {
      out.add("header: the template's header is " + h.format() + "; the send gives no header parameter "
          + "(Meta error 132000)");
    } else if (!expected.isInstance(sent.parameter())) {
      out.add("header: the template's header is " + h.format() + "; the send gives " + kind(sent.parameter())
          + " (Meta error 132012)");
    }
  }

  private static void body(TemplateDefinition d, Component.@Nullable Body b, TemplateComponent.@Nullable Body sent,
      List<String> out) {
    List<TemplateParameter.BodyParameter> params = sent == null ? List.of() : sent.parameters();
    Set<String> variables;
    if (b != null && b.text() == null && TemplateCategory.AUTHENTICATION.equals(d.category())) {
      variables = Set.of("1"); // Meta's authentication text has one variable: the code
    } else {
      variables = b == null || b.text() == null ? Set.of() : Placeholders.of(b.text());
    }
    if (d.parameterFormat() == ParameterFormat.POSITIONAL) {
      if (params.size() != variables.size()) {
        out.add("body: the template's body has " + variables.size() + " variable" + (variables.size() == 1 ? "" : "s")
            + "; the send gives " + params.size() + " parameter" + (params.size() == 1 ? "" : "s")
            + " (Meta error 132000)");
      }
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).parameterName() != null) {
          out.add("body.parameters[" + i + "]: the template is POSITIONAL; the send names the parameter '"
              + params.get(i).parameterName() + "' (Meta error 132012)");
        }
      }
      return;
    }
    Set<String> given = new LinkedHashSet<>();
    for (int i = 0; i < params.size(); i++) {
      String name = params.get(i).parameterName();
      if (name == null) {
        out.add("body.parameters[" + i + "]: the template is NAMED; the parameter has no parameter_name "
            + "(Meta error 132012)");
      } else {
        given.add(name);
      }
    }
    Set<String> missing = new LinkedHashSet<>(variables);
    missing.removeAll(given);
    Set<String> unknown = new LinkedHashSet<>(given);
    unknown.removeAll(variables);
    if (!missing.isEmpty()) {
      out.add("body: the send gives no value for " + braces(missing) + " (Meta error 132000)");
    }
    if (!unknown.isEmpty()) {
      out.add("body: the template's body has no " + braces(unknown) + "; its variables are " + braces(variables)
          + " (Meta error 132000)");
    }
  }

  private static void buttons(List<Button> buttons, List<TemplateButton> sent, List<String> out) {
    Set<Integer> given = new LinkedHashSet<>();
    for (TemplateButton s : sent) {
      int index = s.index();
      given.add(index);
      String at = "button index " + index;
      if (index >= buttons.size()) {
        out.add(at + ": the template has " + (buttons.isEmpty() ? "no buttons"
            : buttons.size() + " button" + (buttons.size() == 1 ? "" : "s") + " (indexes 0 to " + (buttons.size() - 1)
                + ")"));
        continue;
      }
      Button b = buttons.get(index);
      boolean fits;
      if (s instanceof TemplateButton.QuickReply) {
        fits = b instanceof Button.QuickReply;
      } else if (s instanceof TemplateButton.Url) {
        // One-time-password buttons take the code as a url parameter.
        fits = (b instanceof Button.Url url && hasVariable(url)) || b instanceof Button.Otp;
      } else if (s instanceof TemplateButton.CopyCode) {
        fits = b instanceof Button.CopyCode || b instanceof Button.Otp;
      } else if (s instanceof TemplateButton.Catalog) {
        fits = b instanceof Button.Other o && "CATALOG".equalsIgnoreCase(o.type());
      } else if (s instanceof TemplateButton.MultiProduct) {
        fits = b instanceof Button.Other o && "MPM".equalsIgnoreCase(o.type());
      } else if (s instanceof TemplateButton.OrderDetailsButton) {
        fits = b instanceof Button.OrderDetails;
      } else {
        fits = b instanceof Button.Flow;
      }
      if (!fits) {
        out.add(at + ": the template's button " + index + " is " + describe(b) + "; the send gives a "
            + sendKind(s) + " parameter (Meta error 132012)");
      }
    }
    for (int i = 0; i < buttons.size(); i++) {
      Button b = buttons.get(i);
      boolean needsValue = (b instanceof Button.Url url && hasVariable(url)) || b instanceof Button.CopyCode
          || b instanceof Button.Otp || b instanceof Button.OrderDetails;
      if (needsValue && !given.contains(i)) {
        out.add("button index " + i + ": the template's button " + i + " is " + describe(b)
            + " and needs a value; the send gives none (Meta error 132000)");
      }
    }
  }

  private static void name(@Nullable String given, String variable, ParameterFormat format, String where,
      List<String> out) {
    if (format == ParameterFormat.NAMED && !variable.equals(given)) {
      out.add(where + ": the template's variable is {{" + variable + "}}; the send "
          + (given == null ? "gives no parameter_name" : "names '" + given + "'") + " (Meta error 132012)");
    } else if (format == ParameterFormat.POSITIONAL && given != null) {
      out.add(where + ": the template is POSITIONAL; the send names the parameter '" + given + "' (Meta error 132012)");
    }
  }

  private static boolean hasVariable(Button.Url url) {
    return url.url().contains("{{");
  }

  private static String describe(Button b) {
    if (b instanceof Button.Url url) {
      return hasVariable(url) ? "a URL button with a variable" : "a URL button without a variable";
    }
    return "a " + b.type() + " button";
  }

  private static String sendKind(TemplateButton s) {
    if (s instanceof TemplateButton.QuickReply) {
      return "quick_reply";
    }
    if (s instanceof TemplateButton.Url) {
      return "url";
    }
    if (s instanceof TemplateButton.Catalog) {
      return "CATALOG";
    }
    if (s instanceof TemplateButton.MultiProduct) {
      return "mpm";
    }
    if (s instanceof TemplateButton.OrderDetailsButton) {
      return "order_details";
    }
    return s instanceof TemplateButton.CopyCode ? "copy_code" : "flow";
  }

  private static String kind(TemplateParameter p) {
    if (p instanceof TemplateParameter.Text) {
      return "a text parameter";
    }
    if (p instanceof TemplateParameter.Image) {
      return "an image";
    }
    if (p instanceof TemplateParameter.Video) {
      return "a video";
    }
    if (p instanceof TemplateParameter.Document) {
      return "a document";
    }
    if (p instanceof TemplateParameter.Location) {
      return "a location";
    }
    return "a " + p.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " parameter";
  }

  private static String braces(Set<String> names) {
    return names.stream().map(n -> "{{" + n + "}}").toList().toString();
  }
}
