package dev.wabasdk.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An interactive carousel ({@code "interactive": {"type": "carousel"}}): a body text above 2 to 10 horizontally
 * scrolling cards. A media carousel's cards ({@link MediaCard}) each have an image or video header, an optional body
 * and either one URL button or quick-reply buttons; a tapped quick reply comes back as an inbound
 * {@code button_reply} with the button's id. A product carousel's cards ({@link ProductCard}) each show a product of
 * the same catalog, with Meta's View button (product details, add to cart).
 *
 * <pre>{@code
 * CarouselMessage message = CarouselMessage.builder()
 *     .to("+4915112345678")
 *     .body("Our plants of the week")
 *     .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.link("https://shop.example/a.png")),
 *         "Blue Echeveria", "Buy now", "https://shop.example/p/echeveria"))
 *     .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.link("https://shop.example/b.png")),
 *         "Aloe Vera", "Buy now", "https://shop.example/p/aloe"))
 *     .build();
 * }</pre>
 * <pre>{@code
 * CarouselMessage products = CarouselMessage.builder()
 *     .to("+4915112345678")
 *     .body("Check out our latest arrivals")
 *     .card(CarouselMessage.Card.product("194836987003835", "cactus-01"))
 *     .card(CarouselMessage.Card.product("194836987003835", "aloe-02"))
 *     .build();
 * }</pre>
 * Meta's rules, checked when built: the message itself has no header, footer or buttons; the cards are all media
 * cards or all product cards. Media cards have the same header type (all images or all videos) and the same buttons
 * (one URL button each, or the same number of quick replies each); product cards all reference the same catalog.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param body {@code interactive.body.text}: required, at most 1,024 characters
 * @param cards {@code interactive.action.cards}, 2 to 10, all media cards or all product cards, in the order they
 *     show ({@code card_index})
 * @param envelope reply context, callback data and extra fields
 */
public record CarouselMessage(Recipient recipient, String body, List<Card> cards, Envelope envelope)
    implements InteractiveMessage {

  /** Meta's minimum number of cards. */
  public static final int MIN_CARDS = 2;
  /** Meta's maximum number of cards. */
  public static final int MAX_CARDS = 10;
  /** Meta's limit on a card's body text. */
  public static final int MAX_CARD_BODY_LENGTH = 160;
  /** Meta's limit on line breaks in a card's body text. */
  public static final int MAX_CARD_BODY_LINE_BREAKS = 2;
  /** The most quick-reply buttons a card takes. */
  public static final int MAX_QUICK_REPLIES = 2;

  public CarouselMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, null);
    cards = Checks.list(cards, "interactive.action.cards", MIN_CARDS, MAX_CARDS);
    Card first = cards.get(0);
    for (int i = 0; i < cards.size(); i++) {
      Card card = cards.get(i);
      String path = "interactive.action.cards[" + i + "]";
      if (card.getClass() != first.getClass()) {
        throw new IllegalArgumentException(path + ".type: the cards must be all media cards or all product cards; "
            + "card 0 is " + kind(first) + ", this one " + kind(card));
      }
      if (card instanceof ProductCard product) {
        checkProduct(product, (ProductCard) first, path);
      } else {
        checkMedia((MediaCard) card, (MediaCard) first, path);
      }
    }
    Checks.required(envelope, "envelope");
  }

  @Override
  public @Nullable String footer() {
    return null; // Meta does not allow a footer on a carousel
  }

  /** Meta: "each card must reference the same catalog_id". */
  private static void checkProduct(ProductCard card, ProductCard first, String path) {
    Checks.catalogId(card.catalogId(), path + ".action.catalog_id");
    Checks.productRetailerId(card.productRetailerId(), path + ".action.product_retailer_id");
    if (!card.catalogId().equals(first.catalogId())) {
      throw new IllegalArgumentException(path + ".action.catalog_id: every card must reference the same catalog; "
          + "card 0 has " + first.catalogId() + ", this one " + card.catalogId());
    }
  }

  private static void checkMedia(MediaCard card, MediaCard first, String path) {
    checkCard(card, path);
    if (card.header().getClass() != first.header().getClass()) {
      throw new IllegalArgumentException(path + ".header.type: all cards must have the same header type; card 0 "
          + "has " + headerType(first.header()) + ", this one " + headerType(card.header()));
    }
    if ((card.ctaUrl() == null) != (first.ctaUrl() == null)
        || card.quickReplies().size() != first.quickReplies().size()) {
      throw new IllegalArgumentException(path + ".action: all cards must have the same buttons; card 0 has "
          + buttons(first) + ", this one " + buttons(card));
    }
  }

  private static String kind(Card card) {
    return card instanceof ProductCard ? "a product card" : "a media card";
  }

  private static void checkCard(MediaCard card, String path) {
    if (!(card.header() instanceof InteractiveHeader.Image || card.header() instanceof InteractiveHeader.Video)) {
      throw new IllegalArgumentException(path + ".header.type: must be image or video, was "
          + headerType(card.header()));
    }
    if (card.body() != null) {
      Checks.text(card.body(), path + ".body.text", 1, MAX_CARD_BODY_LENGTH);
      long breaks = card.body().chars().filter(c -> c == '\n').count();
      if (breaks > MAX_CARD_BODY_LINE_BREAKS) {
        throw new IllegalArgumentException(path + ".body.text: must have at most " + MAX_CARD_BODY_LINE_BREAKS
            + " line breaks, had " + breaks + " (" + Checks.preview(card.body()) + ")");
      }
    }
    CtaUrl url = card.ctaUrl();
    if (url != null) {
      if (!card.quickReplies().isEmpty()) {
        throw new IllegalArgumentException(path + ".action: a card has either one URL button or quick-reply "
            + "buttons, not both");
      }
      Checks.text(url.displayText(), path + ".action.parameters.display_text", 1,
          CtaUrlMessage.MAX_DISPLAY_TEXT_LENGTH);
      Checks.httpUrl(url.url(), path + ".action.parameters.url");
      return;
    }
    if (card.quickReplies().isEmpty()) {
      throw new IllegalArgumentException(path + ".action: a card needs one URL button or 1 to " + MAX_QUICK_REPLIES
          + " quick-reply buttons");
    }
    Checks.list(card.quickReplies(), path + ".action.buttons", 1, MAX_QUICK_REPLIES);
    Set<String> ids = new HashSet<>();
    for (int b = 0; b < card.quickReplies().size(); b++) {
      String at = path + ".action.buttons[" + b + "].quick_reply";
      ReplyButtonsMessage.Button button = card.quickReplies().get(b);
      Checks.text(button.id(), at + ".id", 1, ReplyButtonsMessage.MAX_BUTTON_ID_LENGTH);
      Checks.unique(ids, button.id(), at + ".id", "button ids in a card");
      Checks.text(button.title(), at + ".title", 1, ReplyButtonsMessage.MAX_BUTTON_TITLE_LENGTH);
    }
  }

  private static String headerType(InteractiveHeader header) {
    return header.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static String buttons(MediaCard card) {
    return card.ctaUrl() != null ? "a URL button" : card.quickReplies().size() + " quick-reply button(s)";
  }

  /**
   * The URL button of a card.
   *
   * @param displayText {@code parameters.display_text}: the label, at most 20 characters
   * @param url {@code parameters.url}: an {@code http(s)} URL
   */
  public record CtaUrl(String displayText, String url) {
    public CtaUrl {
      Objects.requireNonNull(displayText, "displayText == null");
      Objects.requireNonNull(url, "url == null");
    }
  }

  /**
   * A card of the carousel: a {@link MediaCard} ({@link #ctaUrl}, {@link #quickReplies}) or a {@link ProductCard}
   * ({@link #product}). A carousel's cards are all of one kind.
   */
  public sealed interface Card permits MediaCard, ProductCard {
    /** A media card with a URL button. */
    static MediaCard ctaUrl(InteractiveHeader header, @Nullable String body, String displayText, String url) {
      return new MediaCard(header, body, new CtaUrl(displayText, url), List.of());
    }

    /** A media card with quick-reply buttons. */
    static MediaCard quickReplies(InteractiveHeader header, @Nullable String body,
        ReplyButtonsMessage.Button... buttons) {
      return new MediaCard(header, body, null, Arrays.asList(buttons));
    }

    /**
     * A product card ({@code "type": "product"}): the product's image, title and price come from the catalog, and
     * its View button opens the product's details.
     */
    static ProductCard product(String catalogId, String productRetailerId) {
      return new ProductCard(catalogId, productRetailerId);
    }
  }

  /**
   * A media card: an image or video with an optional text and buttons. Use {@link Card#ctaUrl} or
   * {@link Card#quickReplies} to make one.
   *
   * @param header {@code header}: {@link InteractiveHeader#image} or {@link InteractiveHeader#video}
   * @param body {@code body.text}: at most 160 characters and 2 line breaks, or null
   * @param ctaUrl the URL button ({@code "type": "cta_url"}), or null when the card has quick replies
   * @param quickReplies the quick-reply buttons ({@code "type": "button"}), empty when it has a URL button
   */
  public record MediaCard(
      InteractiveHeader header,
      @Nullable String body,
      @Nullable CtaUrl ctaUrl,
      List<ReplyButtonsMessage.Button> quickReplies) implements Card {
    public MediaCard {
      Objects.requireNonNull(header, "header == null");
      quickReplies = List.copyOf(quickReplies);
    }
  }

  /**
   * A product card ({@code "type": "product"}) of a product carousel: no header, body or buttons of its own.
   *
   * @param catalogId {@code action.catalog_id}: the numeric id of a catalog connected to the account, the same on
   *     every card
   * @param productRetailerId {@code action.product_retailer_id}: the item's Content ID (SKU), 1–100 characters
   */
  public record ProductCard(String catalogId, String productRetailerId) implements Card {
    public ProductCard {
      Objects.requireNonNull(catalogId, "catalogId == null");
      Objects.requireNonNull(productRetailerId, "productRetailerId == null");
    }
  }

  /** A builder for a carousel message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CarouselMessage}. Not thread-safe. */
  public static final class Builder extends MessageBuilder<Builder, CarouselMessage> {
    private @Nullable String body;
    private final List<Card> cards = new ArrayList<>();

    Builder() {}

    /** <strong>Required.</strong> The message body, at most 1,024 characters. */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body == null");
      return this;
    }

    /** <strong>Required</strong> (2 to 10, all media cards or all product cards). Adds the next card. */
    public Builder card(Card card) {
      cards.add(Objects.requireNonNull(card, "card == null"));
      return this;
    }

    @Override
    public CarouselMessage build() {
      return new CarouselMessage(recipient(), Checks.required(body, "interactive.body.text"), cards, envelope());
    }
  }
}
