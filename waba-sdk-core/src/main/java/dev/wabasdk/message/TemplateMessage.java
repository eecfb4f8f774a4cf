package dev.wabasdk.message;

import dev.wabasdk.message.TemplateParameter.BodyParameter;
import dev.wabasdk.message.TemplateParameter.HeaderParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A template message ({@code "type": "template"}): the only kind a business may send outside the customer service
 * window. The template must be approved; the components carry the values of its variables.
 *
 * <pre>{@code
 * TemplateMessage message = TemplateMessage.builder()
 *     .to("+4915112345678")
 *     .name("order_update")
 *     .language("en_US")
 *     .header(TemplateParameter.image(MediaSource.id("1234")))
 *     .body(TemplateParameter.text("Jane").named("first_name"))
 *     .button(TemplateButton.url(0, "order/123"))
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param name {@code template.name}: lowercase letters, digits and underscores
 * @param language {@code template.language.code}, e.g. {@code en_US}
 * @param deterministicLanguagePolicy whether to send {@code template.language.policy: "deterministic"}
 * @param components {@code template.components}: at most one header and one body, then buttons
 * @param envelope reply context, callback data and extra fields
 */
public record TemplateMessage(
    Recipient recipient,
    String name,
    String language,
    boolean deterministicLanguagePolicy,
    List<TemplateComponent> components,
    Envelope envelope)
    implements Message {

  /** Meta's limit on the template name. */
  public static final int MAX_NAME_LENGTH = 512;
  /** Meta's limit on a text parameter of the header. */
  public static final int MAX_HEADER_TEXT_LENGTH = 60;
  /** The limit on {@code parameter_name}. */
  public static final int MAX_PARAMETER_NAME_LENGTH = 20;
  /** Meta's limit on a one-time password of an authentication template. */
  public static final int MAX_OTP_LENGTH = 15;
  /** Templates have at most 10 buttons, so button indexes are 0 to 9. */
  public static final int MAX_BUTTON_INDEX = 9;
  /** Meta's minimum number of carousel cards. */
  public static final int MIN_CAROUSEL_CARDS = 2;
  /** Meta's maximum number of carousel cards. */
  public static final int MAX_CAROUSEL_CARDS = 10;
  /** A carousel card has at most 2 buttons, so its button indexes are 0 and 1. */
  public static final int MAX_CARD_BUTTON_INDEX = 1;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Za-z0-9]{2,4})?");
  private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z_]{1," + MAX_PARAMETER_NAME_LENGTH + "}");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  /** As {@link Recipient.Group} checks a group id. */
  private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_.=-]+");
  private static final Pattern COUPON_CODE = Pattern.compile("[A-Za-z0-9]{1," + TemplateButton.MAX_COUPON_CODE_LENGTH
      + "}");
  private static final Pattern MORE_THAN_FOUR_SPACES = Pattern.compile(" {5,}");

  public TemplateMessage {
    Checks.required(recipient, "to");
    Checks.text(name, "template.name", 1, MAX_NAME_LENGTH);
    Checks.matches(name, "template.name", NAME, "must be lowercase letters, digits and underscores");
    Checks.matches(language, "template.language.code", LANGUAGE, "must be a language code such as 'en' or 'en_US'");
    components = Checks.list(components, "template.components", 0, Integer.MAX_VALUE);
    boolean header = false;
    boolean body = false;
    boolean limitedTimeOffer = false;
    boolean carouselSeen = false;
    Set<Integer> buttonIndexes = new HashSet<>();
    for (int i = 0; i < components.size(); i++) {
      String path = "template.components[" + i + "]";
      TemplateComponent component = components.get(i);
      if (component instanceof TemplateComponent.Header h) {
        if (header) {
          throw new IllegalArgumentException(path + ": a template has at most one header component");
        }
        header = true;
        checkHeader(h.parameter(), path + ".parameters[0]");
      } else if (component instanceof TemplateComponent.Body b) {
        if (body) {
          throw new IllegalArgumentException(path + ": a template has at most one body component");
        }
        body = true;
        checkBody(b.parameters(), path + ".parameters");
      } else if (component instanceof TemplateButton button) {
        checkButtonIndex(button, MAX_BUTTON_INDEX, buttonIndexes, path);
        checkButton(button, path + ".parameters[0]");
      } else if (component instanceof TemplateComponent.LimitedTimeOffer offer) {
        if (limitedTimeOffer) {
          throw new IllegalArgumentException(path + ": a template has at most one limited_time_offer component");
        }
        limitedTimeOffer = true;
        if (offer.expirationTimeMs() <= 0) {
          throw new IllegalArgumentException(path + ".parameters[0].limited_time_offer.expiration_time_ms: must be "
              + "a UNIX time in milliseconds, was " + offer.expirationTimeMs());
        }
      } else if (component instanceof TemplateComponent.Carousel carousel) {
        if (carouselSeen) {
          throw new IllegalArgumentException(path + ": a template has at most one carousel component");
        }
        carouselSeen = true;
        checkCarousel(carousel, path + ".cards");
      }
    }
    Checks.required(envelope, "envelope");
  }

  private static void checkButtonIndex(TemplateButton button, int max, Set<Integer> seen, String path) {
    if (button.index() < 0 || button.index() > max) {
      throw new IllegalArgumentException(path + ".index: must be 0 to " + max
          + " (the button's position in the template), was " + button.index());
    }
    if (!seen.add(button.index())) {
      throw new IllegalArgumentException(path + ".index: button " + button.index() + " is given more than once");
    }
  }

  private static void checkCarousel(TemplateComponent.Carousel carousel, String path) {
    List<TemplateComponent.CarouselCard> cards = Checks.list(carousel.cards(), path, MIN_CAROUSEL_CARDS,
        MAX_CAROUSEL_CARDS);
    Class<?> headerType = cards.get(0).header().getClass();
    for (int i = 0; i < cards.size(); i++) {
      TemplateComponent.CarouselCard card = cards.get(i);
      String at = path + "[" + i + "].components";
      HeaderParameter h = card.header();
      if (!(h instanceof TemplateParameter.Image || h instanceof TemplateParameter.Video
          || h instanceof TemplateParameter.Product)) {
        throw new IllegalArgumentException(at + "[0].parameters[0].type: a carousel card header is an image, a "
            + "video or a product, was " + h.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
      }
      if (h.getClass() != headerType) {
        throw new IllegalArgumentException(at + "[0].parameters[0].type: all cards must have the same header "
            + "type; card 0 has " + headerType.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ", this one "
            + h.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
      }
      checkHeader(h, at + "[0].parameters[0]");
      if (!card.body().isEmpty()) {
        checkBody(card.body(), at + "[1].parameters");
      }
      Set<Integer> indexes = new HashSet<>();
      for (int b = 0; b < card.buttons().size(); b++) {
        TemplateButton button = card.buttons().get(b);
        String bp = path + "[" + i + "].buttons[" + b + "]";
        if (button instanceof TemplateButton.Catalog || button instanceof TemplateButton.MultiProduct
            || button instanceof TemplateButton.Flow) {
          throw new IllegalArgumentException(bp + ".sub_type: a carousel card takes quick-reply, URL or copy-code "
              + "buttons, was " + button.getClass().getSimpleName());
        }
        checkButtonIndex(button, MAX_CARD_BUTTON_INDEX, indexes, bp);
        checkButton(button, bp + ".parameters[0]");
      }
    }
  }

  private static void checkHeader(HeaderParameter parameter, String path) {
    if (parameter instanceof TemplateParameter.Text text) {
      Checks.text(text.text(), path + ".text", 1, MAX_HEADER_TEXT_LENGTH);
      checkParameterName(text.parameterName(), path);
    } else if (parameter instanceof TemplateParameter.Document document) {
      Checks.optionalText(document.filename(), path + ".document.filename", Integer.MAX_VALUE);
    } else if (parameter instanceof TemplateParameter.Location location) {
      Checks.range(location.latitude(), path + ".location.latitude", -90, 90);
      Checks.range(location.longitude(), path + ".location.longitude", -180, 180);
    } else if (parameter instanceof TemplateParameter.Product product) {
      Checks.catalogId(product.catalogId(), path + ".product.catalog_id");
      Checks.productRetailerId(product.productRetailerId(), path + ".product.product_retailer_id");
    }
  }

  private static void checkBody(List<BodyParameter> parameters, String path) {
    Checks.list(parameters, path, 1, Integer.MAX_VALUE);
    Set<String> names = new HashSet<>();
    boolean named = parameters.get(0).parameterName() != null;
    for (int i = 0; i < parameters.size(); i++) {
      BodyParameter parameter = parameters.get(i);
      String parameterPath = path + "[" + i + "]";
      if ((parameter.parameterName() != null) != named) {
        throw new IllegalArgumentException(parameterPath + ".parameter_name: named and positional parameters "
            + "cannot be mixed in one component; parameter 0 is " + (named ? "named" : "positional")
            + ", this one is not");
      }
      if (parameter.parameterName() != null) {
        checkParameterName(parameter.parameterName(), parameterPath);
        Checks.unique(names, parameter.parameterName(), parameterPath + ".parameter_name", "parameter names");
      }
      if (parameter instanceof TemplateParameter.Text text) {
        Checks.text(text.text(), parameterPath + ".text", 1, Integer.MAX_VALUE);
        // Meta rejects these with error 132018 only after the send; catch them here.
        if (text.text().indexOf('\n') >= 0 || text.text().indexOf('\t') >= 0
            || MORE_THAN_FOUR_SPACES.matcher(text.text()).find()) {
          throw new IllegalArgumentException(parameterPath + ".text: must not contain new lines, tabs or more than "
              + "4 consecutive spaces, was " + Checks.preview(text.text()));
        }
      } else if (parameter instanceof TemplateParameter.Currency currency) {
        Checks.nonBlank(currency.fallbackValue(), parameterPath + ".currency.fallback_value");
        Checks.matches(currency.code(), parameterPath + ".currency.code", CURRENCY_CODE,
            "must be an ISO 4217 code such as 'USD'");
      } else if (parameter instanceof TemplateParameter.DateTime dateTime) {
        Checks.nonBlank(dateTime.fallbackValue(), parameterPath + ".date_time.fallback_value");
      } else if (parameter instanceof TemplateParameter.GroupId group) {
        Checks.matches(group.groupId(), parameterPath + ".group_id", GROUP_ID,
            "must be a group id of the Groups API (letters, digits, '_', '.', '=', '-')");
      }
    }
  }

  private static void checkParameterName(@Nullable String parameterName, String path) {
    if (parameterName != null) {
      Checks.matches(parameterName, path + ".parameter_name", PARAMETER_NAME,
          "must be 1 to " + MAX_PARAMETER_NAME_LENGTH + " lowercase letters a-z or underscores");
    }
  }

  private static void checkButton(TemplateButton button, String path) {
    if (button instanceof TemplateButton.QuickReply quickReply) {
      Checks.nonBlank(quickReply.payload(), path + ".payload");
    } else if (button instanceof TemplateButton.Url url) {
      Checks.nonBlank(url.text(), path + ".text");
    } else if (button instanceof TemplateButton.CopyCode copyCode) {
      Checks.matches(copyCode.couponCode(), path + ".coupon_code", COUPON_CODE,
          "must be 1 to " + TemplateButton.MAX_COUPON_CODE_LENGTH + " letters and digits");
    } else if (button instanceof TemplateButton.Flow flow) {
      Checks.optionalText(flow.flowToken(), path + ".action.flow_token", Integer.MAX_VALUE);
    } else if (button instanceof TemplateButton.Catalog catalog) {
      if (catalog.thumbnailProductRetailerId() != null) {
        Checks.productRetailerId(catalog.thumbnailProductRetailerId(), path + ".action.thumbnail_product_retailer_id");
      }
    } else if (button instanceof TemplateButton.MultiProduct mpm) {
      Checks.productRetailerId(mpm.thumbnailProductRetailerId(), path + ".action.thumbnail_product_retailer_id");
      ProductListMessage.checkSections(mpm.sections(), path + ".action.sections");
    }
  }

  /** A builder for a template message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TemplateMessage}. */
  public static final class Builder extends MessageBuilder<Builder, TemplateMessage> {
    private @Nullable String name;
    private @Nullable String language;
    private boolean deterministicLanguagePolicy;
    private @Nullable HeaderParameter header;
    private final List<BodyParameter> body = new ArrayList<>();
    private final List<TemplateButton> buttons = new ArrayList<>();
    private TemplateComponent.@Nullable LimitedTimeOffer limitedTimeOffer;
    private TemplateComponent.@Nullable Carousel carousel;

    Builder() {}

    /** <strong>Required.</strong> The template's name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /** <strong>Required.</strong> The language code of the template translation, e.g. {@code en_US}. */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language == null");
      return this;
    }

    /** Sends {@code language.policy: "deterministic"} (Meta's only policy, applied by default). */
    public Builder deterministicLanguagePolicy(boolean deterministic) {
      this.deterministicLanguagePolicy = deterministic;
      return this;
    }

    /** The value of the header variable (text, image, video, GIF, document, location or product). */
    public Builder header(HeaderParameter parameter) {
      this.header = Objects.requireNonNull(parameter, "parameter == null");
      return this;
    }

    /** Appends values of body variables, in order. */
    public Builder body(BodyParameter... parameters) {
      Arrays.stream(parameters).forEach(p -> body.add(Objects.requireNonNull(p, "parameter == null")));
      return this;
    }

    /** When the offer of a limited-time offer template ends (templates created with {@code has_expiration}). */
    public Builder limitedTimeOffer(java.time.Instant expiration) {
      this.limitedTimeOffer = TemplateComponent.limitedTimeOffer(expiration);
      return this;
    }

    /** The values of a carousel template's cards, one per card the template defines, in order. */
    public Builder carousel(TemplateComponent.CarouselCard... cards) {
      this.carousel = TemplateComponent.carousel(cards);
      return this;
    }

    /** Adds a button parameter. */
    public Builder button(TemplateButton button) {
      buttons.add(Objects.requireNonNull(button, "button == null"));
      return this;
    }

    /**
     * Fills an authentication template: the one-time password goes into the body ({@code {{1}}}) and into the
     * OTP button at index 0, as Meta requires.
     *
     * @param code the one-time password, at most 15 characters
     */
    public Builder authenticationCode(String code) {
      Checks.text(code, "authenticationCode", 1, MAX_OTP_LENGTH);
      body(TemplateParameter.text(code));
      return button(TemplateButton.url(0, code));
    }

    @Override
    public TemplateMessage build() {
      List<TemplateComponent> components = new ArrayList<>();
      if (header != null) {
        components.add(TemplateComponent.header(header));
      }
      if (limitedTimeOffer != null) {
        components.add(limitedTimeOffer);
      }
      if (!body.isEmpty()) {
        components.add(new TemplateComponent.Body(body));
      }
      if (carousel != null) {
        components.add(carousel);
      }
      components.addAll(buttons);
      return new TemplateMessage(recipient(), Checks.required(name, "template.name"),
          Checks.required(language, "template.language.code"), deterministicLanguagePolicy, components,
          envelope());
    }
  }
}
