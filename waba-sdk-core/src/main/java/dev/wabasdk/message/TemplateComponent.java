package dev.wabasdk.message;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One component of a template send: the header's parameter, the body's parameters, a button's parameter
 * ({@link TemplateButton}), a limited-time offer's expiry or a carousel's cards. Only components with variables
 * are sent.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface TemplateComponent
    permits TemplateComponent.Header, TemplateComponent.Body, TemplateComponent.LimitedTimeOffer,
        TemplateComponent.Carousel, TemplateButton {

  /** The header component with its one parameter. */
  static Header header(TemplateParameter.HeaderParameter parameter) {
    return new Header(parameter);
  }

  /** The body component with its parameters, in order. */
  static Body body(TemplateParameter.BodyParameter... parameters) {
    return new Body(Arrays.asList(parameters));
  }

  /** The expiry of a limited-time offer template's offer, shown as a countdown. */
  static LimitedTimeOffer limitedTimeOffer(Instant expiration) {
    return new LimitedTimeOffer(expiration.toEpochMilli());
  }

  /** The cards of a carousel template, in order: one per card the template defines. */
  static Carousel carousel(CarouselCard... cards) {
    return new Carousel(Arrays.asList(cards));
  }

  /**
   * {@code {"type": "header"}}.
   *
   * @param parameter the header variable's value
   */
  record Header(TemplateParameter.HeaderParameter parameter) implements TemplateComponent {
    public Header {
      Objects.requireNonNull(parameter, "parameter == null");
    }
  }

  /**
   * {@code {"type": "body"}}.
   *
   * @param parameters the body variables' values: all positional, in order, or all named
   */
  record Body(List<TemplateParameter.BodyParameter> parameters) implements TemplateComponent {
    public Body {
      parameters = List.copyOf(parameters);
    }
  }

  /**
   * {@code {"type": "limited_time_offer"}}: sent when the template's offer has {@code has_expiration: true}.
   *
   * @param expirationTimeMs {@code limited_time_offer.expiration_time_ms}: when the offer ends, UNIX epoch
   *     milliseconds
   */
  record LimitedTimeOffer(long expirationTimeMs) implements TemplateComponent {}

  /**
   * {@code {"type": "carousel"}}: the values for each card of a media card or product card carousel template.
   *
   * @param cards {@code cards}, 2 to 10, in the template's order ({@code card_index})
   */
  record Carousel(List<CarouselCard> cards) implements TemplateComponent {
    public Carousel {
      cards = List.copyOf(cards);
    }
  }

  /**
   * A card of a carousel template send.
   *
   * @param header the card header's value: an image, a video or a product ({@link TemplateParameter#product})
   * @param body the values of the card body's variables, in order (empty when it has none)
   * @param buttons the card buttons' values ({@code index} 0 or 1), for buttons with a variable
   */
  record CarouselCard(
      TemplateParameter.HeaderParameter header,
      List<TemplateParameter.BodyParameter> body,
      List<TemplateButton> buttons) {
    public CarouselCard {
      Objects.requireNonNull(header, "header == null");
      body = List.copyOf(body);
      buttons = List.copyOf(buttons);
    }

    /** A card with only its header's value. */
    public static CarouselCard of(TemplateParameter.HeaderParameter header) {
      return new CarouselCard(header, List.of(), List.of());
    }

    /** This card with the values of its body's variables. */
    public CarouselCard withBody(TemplateParameter.BodyParameter... parameters) {
      return new CarouselCard(header, Arrays.asList(parameters), buttons);
    }

    /** This card with its buttons' values. */
    public CarouselCard withButtons(TemplateButton... buttons) {
      return new CarouselCard(header, body, Arrays.asList(buttons));
    }
  }
}
