package dev.wabasdk.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Meta's rules for template definitions (cloud-api.md §4.3), checked locally before submitting. */
final class DefinitionChecks {
  static final int MAX_NAME_LENGTH = 512;
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Za-z0-9]{2,4})?");
  private static final int MAX_URL_BUTTONS = 2;
  private static final int MAX_PHONE_BUTTONS = 1;
  private static final int MAX_PACKAGE_NAME_LENGTH = 224;
  private static final int SIGNATURE_HASH_LENGTH = 11;
  /** {@code message_send_ttl_seconds} -1: a custom TTL of 30 days (AUTHENTICATION and UTILITY only). */
  private static final int THIRTY_DAY_TTL = -1;
  private static final int MIN_TTL = 30;
  private static final int MAX_AUTHENTICATION_TTL = 900;
  private static final int MAX_UTILITY_TTL = 43_200;
  private static final int MIN_MARKETING_TTL = 43_200;
  private static final int MAX_MARKETING_TTL = 2_592_000;

  private DefinitionChecks() {}

  /** Whether {@code language} is a language code such as {@code en} or {@code en_US}. */
  static boolean isLanguage(String language) {
    return LANGUAGE.matcher(language).matches();
  }

  static List<String> problems(TemplateDefinition d) {
    List<String> problems = new ArrayList<>();
    if (d.name().isEmpty() || d.name().length() > MAX_NAME_LENGTH || !NAME.matcher(d.name()).matches()) {
      problems.add("name: must be 1 to " + MAX_NAME_LENGTH + " lowercase letters, digits or underscores, was '"
          + d.name() + "'");
    }
    if (!LANGUAGE.matcher(d.language()).matches()) {
      problems.add("language: must be a language code such as 'en' or 'en_US', was '" + d.language() + "'");
    }
    ttl(d.category(), d.messageSendTtlSeconds(), problems);
    marketingOnly(d.category(), d.creativeFeatures(), d.maxPrice(), problems);
    components(d.components(), d.category(), d.parameterFormat(), "components", true, problems);
    return problems;
  }

  /**
   * Meta's {@code message_send_ttl_seconds} ranges ("Configure message time-to-live"): AUTHENTICATION 30 to 900,
   * UTILITY 30 to 43200, MARKETING 43200 to 2592000 seconds; AUTHENTICATION and UTILITY also take -1 (30 days).
   * Without a known category (an edit keeping it, a category Meta added later) any value of some category passes.
   * The page's own sample request sets 120 on a MARKETING template; the ranges stated on the page win over it.
   */
  static void ttl(@Nullable TemplateCategory category, @Nullable Integer seconds, List<String> problems) {
    if (seconds == null) {
      return;
    }
    int s = seconds;
    boolean auth = TemplateCategory.AUTHENTICATION.equals(category);
    if (auth || TemplateCategory.UTILITY.equals(category)) {
      int max = auth ? MAX_AUTHENTICATION_TTL : MAX_UTILITY_TTL;
      if (s != THIRTY_DAY_TTL && (s < MIN_TTL || s > max)) {
        problems.add("message_send_ttl_seconds: must be " + MIN_TTL + " to " + max + " seconds, or "
            + THIRTY_DAY_TTL + " for 30 days, for " + (auth ? "AUTHENTICATION" : "UTILITY") + " templates, was " + s);
      }
    } else if (TemplateCategory.MARKETING.equals(category)) {
      if (s < MIN_MARKETING_TTL || s > MAX_MARKETING_TTL) {
        problems.add("message_send_ttl_seconds: must be " + MIN_MARKETING_TTL + " to " + MAX_MARKETING_TTL
            + " seconds (12 hours to 30 days) for MARKETING templates, was " + s);
      }
    } else if (s != THIRTY_DAY_TTL && (s < MIN_TTL || s > MAX_MARKETING_TTL)) {
      problems.add("message_send_ttl_seconds: must be " + MIN_TTL + " to " + MAX_MARKETING_TTL + " seconds, or "
          + THIRTY_DAY_TTL + " for 30 days, was " + s);
    }
  }

  /**
   * The Marketing Messages API's settings (creative optimizations, max price) on a template of another category than
   * MARKETING: a definition's, or an edit's that changes the category.
   */
  static void marketingOnly(@Nullable TemplateCategory category, @Nullable CreativeFeatures creative,
      @Nullable MaxPrice maxPrice, List<String> problems) {
    if (category == null || TemplateCategory.MARKETING.equals(category)) {
      return;
    }
    if (creative != null && !creative.isEmpty()) {
      problems.add("degrees_of_freedom_spec: automatic creative optimizations are for MARKETING templates (sent"
          + " through the Marketing Messages API), category is " + category.value());
    }
    if (maxPrice != null) {
      problems.add("optimization_spec: a max price is for MARKETING templates (sent through the Marketing Messages"
          + " API), category is " + category.value());
    }
  }

  /** Checks a component list: the template's, or a carousel card's ({@code topLevel} false). */
  /** Meta: MARKETING or UTILITY only, and not combined with other interactive components (buttons). */
  private static void callPermissionRequest(List<Component> components, @Nullable TemplateCategory category,
      String where, List<String> problems) {
    if (category != null && !TemplateCategory.MARKETING.equals(category) && !TemplateCategory.UTILITY.equals(category)) {
      problems.add(where + ": only MARKETING and UTILITY templates may ask for a call permission, category is "
          + category.value());
    }
    if (components.stream().anyMatch(x -> x instanceof Component.Buttons)) {
      problems.add(where + ": a call permission request cannot be combined with buttons");
    }
  }

  static void components(List<Component> components, @Nullable TemplateCategory category, ParameterFormat format,
      String path, boolean topLevel, List<String> problems) {
    boolean auth = TemplateCategory.AUTHENTICATION.equals(category);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      String where = path + "[" + i + "] (" + c.type() + ")";
      Integer earlier = seen.putIfAbsent(c.type(), i);
      if (earlier != null && !(c instanceof Component.Unknown)) {
        problems.add(where + ": a template has at most one " + c.type() + " component (also at " + path + "["
            + earlier + "])");
      }
      if (c instanceof Component.Header h) {
        header(h, auth, format, where, problems);
      } else if (c instanceof Component.Body b) {
        body(b, auth, category != null, format, where, problems);
      } else if (c instanceof Component.Footer f) {
        footer(f, auth, where, problems);
      } else if (c instanceof Component.Buttons b) {
        buttons(b, auth, category != null, where, problems);
      } else if (c instanceof Component.Carousel carousel) {
        if (!topLevel) {
          problems.add(where + ": a carousel card cannot contain a carousel");
        }
        if (carousel.cards().size() < Component.Carousel.MIN_CARDS
            || carousel.cards().size() > Component.Carousel.MAX_CARDS) {
          problems.add(where + ": must have " + Component.Carousel.MIN_CARDS + " to " + Component.Carousel.MAX_CARDS
              + " cards, has " + carousel.cards().size());
        }
        carouselCards(carousel, where, problems);
        for (int j = 0; j < carousel.cards().size(); j++) {
          components(carousel.cards().get(j).components(), category, format, where + ".cards[" + j + "].components",
              false, problems);
        }
      } else if (c instanceof Component.LimitedTimeOffer lto) {
        text(lto.text(), Component.LimitedTimeOffer.MAX_TEXT_LENGTH, where + " text", problems);
      } else if (c instanceof Component.CallPermissionRequest) {
        callPermissionRequest(components, category, where, problems);
      }
    }
    // Edits may change only some components, and carousel cards may omit the body.
    if (topLevel && category != null && !seen.containsKey("BODY")) {
      problems.add(path + ": a BODY component is required");
    }
    if (topLevel) {
      commerce(components, category, path, problems);
    }
  }

  /**
   * Meta's rules for the marketing-only components: limited-time offers (no footer, a text without variables, a
   * body of at most 600 characters), carousels, and catalog / multi-product buttons (an MPM template has a TEXT
   * header).
   */
  private static void commerce(List<Component> components, @Nullable TemplateCategory category, String path,
      List<String> problems) {
    Component.@Nullable LimitedTimeOffer lto = null;
    @Nullable String bodyText = null;
    String bodyAt = path;
    Component.@Nullable Header header = null;
    String headerAt = path;
    boolean footer = false;
    boolean carousel = false;
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < components.size(); i++) {
      Component c = components.get(i);
      if (c instanceof Component.LimitedTimeOffer l) {
        lto = l;
      } else if (c instanceof Component.Header h && header == null) {
        header = h;
        headerAt = path + "[" + i + "] (HEADER)";
      } else if (c instanceof Component.Body b && bodyText == null) {
        bodyText = b.text();
        bodyAt = path + "[" + i + "] (BODY) text";
      } else if (c instanceof Component.Footer) {
        footer = true;
      } else if (c instanceof Component.Carousel) {
        carousel = true;
      } else if (c instanceof Component.Buttons b) {
        buttons.addAll(b.buttons());
      }
    }
    boolean marketing = category == null || TemplateCategory.MARKETING.equals(category);
    if (lto != null) {
      if (!marketing) {
        problems.add(path + ": LIMITED_TIME_OFFER is only for MARKETING templates, the category is " + category);
      }
      if (footer) {
        problems.add(path + ": a LIMITED_TIME_OFFER template cannot have a FOOTER");
      }
      if (lto.text().contains("{{")) {
        problems.add(path + ": the LIMITED_TIME_OFFER text cannot have variables: " + Placeholders.preview(lto.text()));
      }
      // Over 1024 the body's own check already reports it.
      int length = bodyText == null ? 0 : Placeholders.length(bodyText);
      if (bodyText != null && length > Component.LimitedTimeOffer.MAX_BODY_LENGTH
          && length <= Component.Body.MAX_TEXT_LENGTH) {
        problems.add(bodyAt + ": is " + length + " characters, over Meta's limit of "
            + Component.LimitedTimeOffer.MAX_BODY_LENGTH + " in a LIMITED_TIME_OFFER template: "
            + Placeholders.preview(bodyText));
      }
    }
    if (carousel && !marketing) {
      problems.add(path + ": CAROUSEL is only for MARKETING templates, the category is " + category);
    }
    for (Button b : buttons) {
      if (b instanceof Button.Other o && Set.of("CATALOG", "MPM").contains(o.type().toUpperCase(java.util.Locale.ROOT))
          && !marketing) {
        problems.add(path + ": a " + o.type() + " button is only for MARKETING templates, the category is " + category);
      }
    }
    // Meta's MPM template page: "a single header component" of format TEXT, a body, an optional footer, the button.
    boolean mpm = buttons.stream().anyMatch(b -> b instanceof Button.Other o && o.type().equalsIgnoreCase("MPM"));
    if (mpm && header == null) {
      problems.add(path + ": a multi-product (MPM) template needs a TEXT HEADER");
    } else if (mpm && header != null && !HeaderFormat.TEXT.equals(header.format())) {
      problems.add(headerAt + ": the header of a multi-product (MPM) template is TEXT, was " + header.format());
    }
  }

  /**
   * Meta's rules for carousel cards: each has an IMAGE, VIDEO or PRODUCT header and at most 2 buttons (a PRODUCT card
   * 1), and all cards have the same components (same header format, body or none, same button types in the same order).
   */
  private static void carouselCards(Component.Carousel carousel, String where, List<String> problems) {
    @Nullable List<String> first = null;
    for (int j = 0; j < carousel.cards().size(); j++) {
      String at = where + ".cards[" + j + "]";
      List<String> shape = new ArrayList<>();
      boolean header = false;
      List<Component> card = carousel.cards().get(j).components();
      // Meta's product card carousel page: a product card has "a single View button or URL button".
      boolean product = card.stream().anyMatch(c -> c instanceof Component.Header h
          && HeaderFormat.PRODUCT.equals(h.format()));
      for (Component c : card) {
        if (c instanceof Component.Header h) {
          header = true;
          shape.add("HEADER " + h.format());
          if (!(HeaderFormat.IMAGE.equals(h.format()) || HeaderFormat.VIDEO.equals(h.format())
              || HeaderFormat.PRODUCT.equals(h.format()))) {
            problems.add(at + ": a card header is IMAGE, VIDEO or PRODUCT, was " + h.format());
          }
        } else if (c instanceof Component.Buttons b) {
          if (product && b.buttons().size() > Component.Carousel.MAX_PRODUCT_CARD_BUTTONS) {
            problems.add(at + ": a product card has a single button (View or URL), has " + b.buttons().size());
          } else if (b.buttons().size() > Component.Carousel.MAX_CARD_BUTTONS) {
            problems.add(at + ": a card has at most " + Component.Carousel.MAX_CARD_BUTTONS + " buttons, has "
                + b.buttons().size());
          }
          b.buttons().forEach(x -> shape.add("BUTTON " + x.type()));
        } else {
          shape.add(c.type());
        }
      }
      if (!header) {
        problems.add(at + ": a card needs an IMAGE, VIDEO or PRODUCT header");
      }
      if (first == null) {
        first = shape;
      } else if (!first.equals(shape)) {
        problems.add(at + ": all cards must have the same components; card 0 has " + first + ", this one " + shape);
      }
    }
  }

  private static void header(Component.Header h, boolean auth, ParameterFormat format, String where,
      List<String> problems) {
    if (auth) {
      problems.add(where + ": AUTHENTICATION templates cannot have a header");
    }
    HeaderFormat f = h.format();
    if (HeaderFormat.TEXT.equals(f)) {
      if (h.text() == null || h.text().isBlank()) {
        problems.add(where + ": a TEXT header needs text");
        return;
      }
      text(h.text(), Component.Header.MAX_TEXT_LENGTH, where + " text", problems);
      problems.addAll(Placeholders.check(h.text(), format, where));
      Set<String> variables = Placeholders.of(h.text());
      if (variables.size() > 1) {
        problems.add(where + ": a TEXT header has at most 1 variable, has " + variables.size() + " " + variables);
      }
      examples(variables, h.examples(), where, problems);
    } else if (HeaderFormat.IMAGE.equals(f) || HeaderFormat.VIDEO.equals(f) || HeaderFormat.GIF.equals(f)
        || HeaderFormat.DOCUMENT.equals(f)) {
      if (h.exampleHandles().isEmpty() || h.exampleHandles().stream().anyMatch(String::isBlank)) {
        problems.add(where + ": a " + f + " header needs an example upload handle (example.header_handle)");
      }
      if (h.text() != null) {
        problems.add(where + ": a " + f + " header has no text");
      }
    } else if (h.text() != null) {
      problems.add(where + ": a " + f + " header has no text");
    }
  }

  private static void body(Component.Body b, boolean auth, boolean categoryKnown, ParameterFormat format,
      String where, List<String> problems) {
    if (auth) {
      if (b.text() != null) {
        problems.add(where + ": AUTHENTICATION templates take no body text (Meta writes it); use "
            + "Component.authenticationBody(...)");
      }
      return;
    }
    if (b.addSecurityRecommendation() != null && categoryKnown) {
      problems.add(where + ": add_security_recommendation is only for AUTHENTICATION templates");
    }
    String text = b.text();
    if (text == null || text.isBlank()) {
      problems.add(where + ": body text is required");
      return;
    }
    text(text, Component.Body.MAX_TEXT_LENGTH, where + " text", problems);
    problems.addAll(Placeholders.check(text, format, where));
    String trimmed = text.strip();
    if (trimmed.startsWith("{{")) {
      problems.add(where + ": the body cannot start with a variable (Meta error 2388299): " + Placeholders.preview(text));
    }
    if (trimmed.endsWith("}}")) {
      problems.add(where + ": the body cannot end with a variable (Meta error 2388299): " + Placeholders.preview(text));
    }
    examples(Placeholders.of(text), b.examples(), where, problems);
  }

  private static void footer(Component.Footer f, boolean auth, String where, List<String> problems) {
    if (f.codeExpirationMinutes() != null) {
      if (!auth) {
        problems.add(where + ": code_expiration_minutes is only for AUTHENTICATION templates");
      }
      int minutes = f.codeExpirationMinutes();
      if (minutes < 1 || minutes > 90) {
        problems.add(where + ": code_expiration_minutes must be 1 to 90, was " + minutes);
      }
    }
    if (f.text() != null) {
      if (auth) {
        problems.add(where + ": AUTHENTICATION templates take no footer text; use Component.codeExpiration(...)");
      }
      text(f.text(), Component.Footer.MAX_TEXT_LENGTH, where + " text", problems);
      if (!Placeholders.of(f.text()).isEmpty() || f.text().contains("{{")) {
        problems.add(where + ": a footer cannot have variables: " + Placeholders.preview(f.text()));
      }
    } else if (f.codeExpirationMinutes() == null) {
      problems.add(where + ": a footer needs text (or code_expiration_minutes for AUTHENTICATION)");
    }
  }

  private static void buttons(Component.Buttons b, boolean auth, boolean categoryKnown, String where,
      List<String> problems) {
    List<Button> buttons = b.buttons();
    if (buttons.isEmpty() || buttons.size() > Component.Buttons.MAX_BUTTONS) {
      problems.add(where + ": must have 1 to " + Component.Buttons.MAX_BUTTONS + " buttons, has " + buttons.size());
    }
    long urls = buttons.stream().filter(x -> x instanceof Button.Url).count();
    if (urls > MAX_URL_BUTTONS) {
      problems.add(where + ": at most " + MAX_URL_BUTTONS + " URL buttons, has " + urls);
    }
    long orders = buttons.stream().filter(x -> x instanceof Button.OrderDetails).count();
    if (orders > 1) {
      problems.add(where + ": at most 1 ORDER_DETAILS button, has " + orders);
    }
    long phones = buttons.stream().filter(x -> x instanceof Button.PhoneNumber).count();
    if (phones > MAX_PHONE_BUTTONS) {
      problems.add(where + ": at most " + MAX_PHONE_BUTTONS + " PHONE_NUMBER button, has " + phones);
    }
    for (int i = 0; i < buttons.size(); i++) {
      Button button = buttons.get(i);
      String at = where + ".buttons[" + i + "] (" + button.type() + ")";
      if (auth != (button instanceof Button.Otp) && categoryKnown) {
        problems.add(at + (auth ? ": AUTHENTICATION templates have only an OTP button"
            : ": OTP buttons are only for AUTHENTICATION templates"));
      }
      button(button, at, problems);
    }
  }

  private static void button(Button button, String at, List<String> problems) {
    if (button instanceof Button.QuickReply q) {
      label(q.text(), at, problems);
    } else if (button instanceof Button.PhoneNumber p) {
      label(p.text(), at, problems);
      if (p.phoneNumber().isBlank()) {
        problems.add(at + ": phone_number is required");
      }
    } else if (button instanceof Button.Url u) {
      url(u, at, problems);
    } else if (button instanceof Button.CopyCode c) {
      if (c.example().isBlank() || c.example().length() > Button.CopyCode.MAX_EXAMPLE_LENGTH) {
        problems.add(at + ": example must be 1 to " + Button.CopyCode.MAX_EXAMPLE_LENGTH + " characters, was '"
            + c.example() + "' (" + c.example().length() + ")");
      }
    } else if (button instanceof Button.Otp o) {
      otp(o, at, problems);
    } else if (button instanceof Button.Flow f) {
      label(f.text(), at, problems);
      flowReference(f, at, problems);
    } else if (button instanceof Button.OrderDetails o) {
      label(o.text(), at, problems);
    } else if (button instanceof Button.Other o && o.text() != null) {
      label(o.text(), at, problems);
    }
  }

  /** Meta: exactly one of {@code flow_id}, {@code flow_name} and {@code flow_json} names the Flow. */
  private static void flowReference(Button.Flow f, String at, List<String> problems) {
    List<String> given = new ArrayList<>();
    if (f.flowId() != null) {
      given.add("flow_id");
    }
    if (f.flowName() != null) {
      given.add("flow_name");
    }
    String flowJson = f.flowJson();
    if (flowJson != null) {
      given.add("flow_json");
      if (flowJson.isBlank()) {
        problems.add(at + ": flow_json must not be blank");
      }
    }
    if (given.isEmpty()) {
      problems.add(at + ": one of flow_id, flow_name or flow_json is required");
    } else if (given.size() > 1) {
      problems.add(at + ": only one of flow_id, flow_name and flow_json may be given, has " + given);
    }
  }

  private static void url(Button.Url u, String at, List<String> problems) {
    label(u.text(), at, problems);
    if (u.url().length() > Button.Url.MAX_URL_LENGTH) {
      problems.add(at + ": url is " + u.url().length() + " characters, over Meta's limit of "
          + Button.Url.MAX_URL_LENGTH);
    }
    if (!u.url().startsWith("https://") && !u.url().startsWith("http://")) {
      problems.add(at + ": url must start with https:// or http://, was " + Placeholders.preview(u.url()));
    }
    Set<String> variables = Placeholders.of(u.url());
    if (variables.size() > 1 || Placeholders.VARIABLE.matcher(u.url()).results().count() > 1) {
      problems.add(at + ": url has at most 1 variable, has " + variables);
    } else if (variables.size() == 1) {
      if (!u.url().endsWith("}}")) {
        problems.add(at + ": the url's variable must be at its end: " + Placeholders.preview(u.url()));
      }
      if (u.example() == null || u.example().isBlank()) {
        problems.add(at + ": a url with a variable needs an example (the full URL Meta reviews)");
      }
    } else if (u.url().contains("{{")) {
      problems.add(at + ": malformed variable in url " + Placeholders.preview(u.url()));
    }
  }

  private static void otp(Button.Otp o, String at, List<String> problems) {
    if (!Set.of(Button.Otp.COPY_CODE, Button.Otp.ONE_TAP, Button.Otp.ZERO_TAP).contains(o.otpType())) {
      problems.add(at + ": otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP, was '" + o.otpType() + "'");
    }
    if (o.text() != null) {
      label(o.text(), at, problems);
    }
    boolean apps = !Button.Otp.COPY_CODE.equals(o.otpType());
    if (apps && o.supportedApps().isEmpty()) {
      problems.add(at + ": " + o.otpType() + " needs supported_apps (the Android apps that receive the code)");
    }
    if (o.supportedApps().size() > Button.Otp.MAX_SUPPORTED_APPS) {
      problems.add(at + ": at most " + Button.Otp.MAX_SUPPORTED_APPS + " supported_apps, has "
          + o.supportedApps().size());
    }
    for (int i = 0; i < o.supportedApps().size(); i++) {
      Button.SupportedApp app = o.supportedApps().get(i);
      String a = at + ".supported_apps[" + i + "]";
      if (app.packageName().isBlank() || app.packageName().length() > MAX_PACKAGE_NAME_LENGTH) {
        problems.add(a + ": package_name must be 1 to " + MAX_PACKAGE_NAME_LENGTH + " characters, was "
            + app.packageName().length());
      }
      if (app.signatureHash().length() != SIGNATURE_HASH_LENGTH) {
        problems.add(a + ": signature_hash must be exactly " + SIGNATURE_HASH_LENGTH + " characters, was '"
            + app.signatureHash() + "' (" + app.signatureHash().length() + ")");
      }
    }
    if (Button.Otp.ZERO_TAP.equals(o.otpType()) && !Boolean.TRUE.equals(o.zeroTapTermsAccepted())) {
      problems.add(at + ": ZERO_TAP needs zero_tap_terms_accepted true");
    }
  }

  private static void label(String text, String at, List<String> problems) {
    if (text.isBlank()) {
      problems.add(at + ": text is required");
    } else if (Placeholders.length(text) > Button.MAX_TEXT_LENGTH) {
      problems.add(at + ": text is " + Placeholders.length(text) + " characters, over Meta's limit of "
          + Button.MAX_TEXT_LENGTH + ": " + Placeholders.preview(text));
    }
  }

  private static void text(String text, int max, String what, List<String> problems) {
    int length = Placeholders.length(text);
    if (text.isBlank()) {
      problems.add(what + ": must not be blank");
    } else if (length > max) {
      problems.add(what + ": is " + length + " characters, over Meta's limit of " + max + ": "
          + Placeholders.preview(text));
    }
  }

  private static void examples(Set<String> variables, Map<String, String> examples, String where,
      List<String> problems) {
    for (String v : variables) {
      String example = examples.get(v);
      if (example == null || example.isBlank()) {
        problems.add(where + ": variable {{" + v + "}} needs an example (Meta reviews templates with examples)");
      }
    }
    for (String key : examples.keySet()) {
      if (!variables.contains(key)) {
        problems.add(where + ": example given for {{" + key + "}}, which the text does not contain");
      }
    }
  }
}
