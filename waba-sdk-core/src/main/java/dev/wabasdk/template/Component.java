package dev.wabasdk.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A component of a template definition: the header, body, footer, buttons, a carousel or a limited-time offer
 * (cloud-api.md §4.3). Variables are written {@code {{1}}} (positional) or {@code {{name}}} (named); each needs an
 * example, given as a map from the variable as written inside the braces to its example value.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface Component {

  /** Meta's {@code type}, e.g. {@code BODY}. */
  String type();

  /** A text header without variables. */
  static Header headerText(String text) {
    return new Header(HeaderFormat.TEXT, text, Map.of(), List.of());
  }

  /** A text header with one variable and its example, e.g. {@code headerText("Our {{1}} is on!", Map.of("1", "Summer Sale"))}. */
  static Header headerText(String text, Map<String, String> examples) {
    return new Header(HeaderFormat.TEXT, text, examples, List.of());
  }

  /** An image, video, GIF or document header with an example from Meta's Resumable Upload API (a {@code 4::…} handle). */
  static Header headerMedia(HeaderFormat format, String exampleHandle) {
    return new Header(format, null, Map.of(), List.of(exampleHandle));
  }

  /** A location header; the location is given at send time. */
  static Header headerLocation() {
    return new Header(HeaderFormat.LOCATION, null, Map.of(), List.of());
  }

  /** A body without variables. */
  static Body body(String text) {
    return new Body(text, Map.of(), null);
  }

  /**
   * A body with variables and their examples: {@code body("Hi {{1}}, order {{2}} shipped", Map.of("1", "Jane", "2",
   * "#123"))} or {@code body("Hi {{first_name}}", Map.of("first_name", "Jane"))}.
   */
  static Body body(String text, Map<String, String> examples) {
    return new Body(text, examples, null);
  }

  /** The body of an authentication template: Meta writes the text; optionally with a security recommendation. */
  static Body authenticationBody(boolean addSecurityRecommendation) {
    return new Body(null, Map.of(), addSecurityRecommendation);
  }

  /** A footer. */
  static Footer footer(String text) {
    return new Footer(text, null);
  }

  /** The footer of an authentication template: "This code expires in N minutes" (1–90). */
  static Footer codeExpiration(int minutes) {
    return new Footer(null, minutes);
  }

  /** The buttons, in the order they show. */
  static Buttons buttons(Button... buttons) {
    return new Buttons(List.of(buttons));
  }

  /** A carousel of cards. */
  static Carousel carousel(Card... cards) {
    return new Carousel(List.of(cards));
  }

  /** A limited-time offer with its text (up to 16 characters). */
  static LimitedTimeOffer limitedTimeOffer(String text, boolean hasExpiration) {
    return new LimitedTimeOffer(text, hasExpiration);
  }

  /**
   * {@code HEADER}.
   *
   * @param format text or a media, location or product placeholder
   * @param text the text of a {@code TEXT} header, up to 60 characters
   * @param examples the example of the text's variable, keyed by the variable as written
   * @param exampleHandles the upload handles of a media header's example ({@code example.header_handle})
   */
  record Header(HeaderFormat format, @Nullable String text, Map<String, String> examples, List<String> exampleHandles)
      implements Component {
    /** Meta's limit on a text header. */
    public static final int MAX_TEXT_LENGTH = 60;

    public Header {
      Objects.requireNonNull(format, "format");
      examples = ordered(examples);
      exampleHandles = List.copyOf(exampleHandles);
    }

    @Override
    public String type() {
      return "HEADER";
    }
  }

  /**
   * {@code BODY}, required.
   *
   * @param text the text, up to 1024 characters; null for an authentication template
   * @param examples an example per variable, keyed by the variable as written ({@code "1"} or {@code "first_name"})
   * @param addSecurityRecommendation for authentication templates: add "For your security, do not share this code."
   */
  record Body(@Nullable String text, Map<String, String> examples, @Nullable Boolean addSecurityRecommendation)
      implements Component {
    /** Meta's limit on the body text. */
    public static final int MAX_TEXT_LENGTH = 1024;

    public Body {
      examples = ordered(examples);
    }

    @Override
    public String type() {
      return "BODY";
    }
  }

  /**
   * {@code FOOTER}: text without variables, or an authentication template's code expiry.
   *
   * @param text up to 60 characters
   * @param codeExpirationMinutes for authentication templates, 1 to 90
   */
  record Footer(@Nullable String text, @Nullable Integer codeExpirationMinutes) implements Component {
    /** Meta's limit on the footer text. */
    public static final int MAX_TEXT_LENGTH = 60;

    @Override
    public String type() {
      return "FOOTER";
    }
  }

  /** {@code BUTTONS}: up to 10, at most 2 URL buttons and 1 phone-number button. */
  record Buttons(List<Button> buttons) implements Component {
    /** Meta's limit on the number of buttons. */
    public static final int MAX_BUTTONS = 10;

    public Buttons {
      buttons = List.copyOf(buttons);
    }

    @Override
    public String type() {
      return "BUTTONS";
    }
  }

  /** {@code CAROUSEL}: 2 to 10 cards with the same components. */
  record Carousel(List<Card> cards) implements Component {
    /** Meta's minimum number of cards. */
    public static final int MIN_CARDS = 2;
    /** Meta's limit on the number of cards. */
    public static final int MAX_CARDS = 10;
    /** Meta's limit on the buttons of one media (IMAGE or VIDEO header) card. */
    public static final int MAX_CARD_BUTTONS = 2;
    /** Meta's limit on the buttons of one product (PRODUCT header) card: a single View (SPM) or URL button. */
    public static final int MAX_PRODUCT_CARD_BUTTONS = 1;

    public Carousel {
      cards = List.copyOf(cards);
    }

    @Override
    public String type() {
      return "CAROUSEL";
    }
  }

  /** A carousel card: a media header, a body and buttons. */
  record Card(List<Component> components) {
    public Card {
      components = List.copyOf(components);
    }

    /** A card of the given components. */
    public static Card of(Component... components) {
      return new Card(List.of(components));
    }
  }

  /**
   * {@code LIMITED_TIME_OFFER}: text up to 16 characters and whether the offer shows an expiry. The template's body
   * is then at most {@value #MAX_BODY_LENGTH} characters.
   */
  record LimitedTimeOffer(String text, boolean hasExpiration) implements Component {
    /** Meta's limit on the offer text. */
    public static final int MAX_TEXT_LENGTH = 16;
    /** Meta's limit on the body text of a limited-time offer template ("Maximum 600 characters"). */
    public static final int MAX_BODY_LENGTH = 600;

    public LimitedTimeOffer {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "LIMITED_TIME_OFFER";
    }
  }

  /**
   * The call permission request component ({@code {"type": "call_permission_request"}}): the user can grant or deny
   * the business permission to call them. Only MARKETING and UTILITY templates, with a body and no buttons.
   */
  static CallPermissionRequest callPermissionRequest() {
    return CallPermissionRequest.INSTANCE;
  }

  /** {@code {"type": "call_permission_request"}}; see {@link #callPermissionRequest()}. */
  record CallPermissionRequest() implements Component {
    static final CallPermissionRequest INSTANCE = new CallPermissionRequest();

    @Override
    public String type() {
      return "call_permission_request";
    }
  }

  /** A component kind this SDK does not model, read from Meta and written back as is. */
  record Unknown(String type, Map<String, Object> json) implements Component {
    public Unknown {
      Objects.requireNonNull(type, "type");
      json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }
  }

  private static Map<String, String> ordered(Map<String, String> examples) {
    // Keep the caller's order (Map.of has none) sorted by placeholder, so the wire format is stable.
    Map<String, String> copy = new java.util.TreeMap<>(Component::comparePlaceholders);
    copy.putAll(Objects.requireNonNull(examples, "examples"));
    return Collections.unmodifiableMap(new LinkedHashMap<>(copy));
  }

  private static int comparePlaceholders(String a, String b) {
    boolean na = a.matches("\\d{1,9}");
    boolean nb = b.matches("\\d{1,9}");
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return na != nb ? (na ? -1 : 1) : a.compareTo(b);
  }
}
