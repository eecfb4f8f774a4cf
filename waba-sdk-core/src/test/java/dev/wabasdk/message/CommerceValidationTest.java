package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's limits on commerce messages, carousels and commerce template components, checked when built. */
class CommerceValidationTest {
  static final String TO = "+16505551234";
  static final String CATALOG = "194836987003835";

  private static CarouselMessage.Card urlCard(String image) {
    return CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.link("https://shop.example/" + image)),
        null, "Buy", "https://shop.example/p/" + image);
  }

  @Test
  void aCatalogIdMustBeNumeric() {
    assertThatThrownBy(() -> ProductMessage.builder().to(TO).catalogId("my-catalog").productRetailerId("sku").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interactive.action.catalog_id: must be the numeric id of a catalog")
        .hasMessageContaining("'my-catalog'");
  }

  @Test
  void aProductRetailerIdIsRequiredTrimmedAndAtMost100Characters() {
    assertThatThrownBy(() -> ProductMessage.builder().to(TO).catalogId(CATALOG).build())
        .hasMessage("interactive.action.product_retailer_id: is required but was not set");
    assertThatThrownBy(() -> ProductMessage.builder().to(TO).catalogId(CATALOG).productRetailerId(" sku").build())
        .hasMessageStartingWith("interactive.action.product_retailer_id: must not have leading or trailing spaces");
    assertThatThrownBy(() -> ProductMessage.builder().to(TO).catalogId(CATALOG)
        .productRetailerId("x".repeat(101)).build())
        .hasMessageStartingWith("interactive.action.product_retailer_id: must be 1 to 100 characters, was 101");
  }

  @Test
  void aMultiProductMessageNeedsAHeaderAndAtMost30ProductsIn10Sections() {
    assertThatThrownBy(() -> ProductListMessage.builder().to(TO).body("b").catalogId(CATALOG)
        .section("A", "sku-1").build())
        .hasMessage("interactive.header.text: is required but was not set");
    ProductListMessage.Builder tooMany = ProductListMessage.builder().to(TO).header("h").body("b").catalogId(CATALOG);
    for (int s = 0; s < 4; s++) {
      List<String> ids = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        ids.add("sku-" + s + "-" + p);
      }
      tooMany.section(new ProductListMessage.Section("S" + s, ids));
    }
    assertThatThrownBy(tooMany::build)
        .hasMessage("interactive.action.sections: must have at most 30 products across all sections, had 32");
    ProductListMessage.Builder elevenSections = ProductListMessage.builder().to(TO).header("h").body("b")
        .catalogId(CATALOG);
    for (int s = 0; s < 11; s++) {
      elevenSections.section("S" + s, "sku-" + s);
    }
    assertThatThrownBy(elevenSections::build)
        .hasMessage("interactive.action.sections: must have 1 to 10 entries, was 11");
  }

  @Test
  void sectionsNeedTitlesWhenThereAreSeveralAndProductsAppearOnce() {
    assertThatThrownBy(() -> ProductListMessage.builder().to(TO).header("h").body("b").catalogId(CATALOG)
        .section(new ProductListMessage.Section(null, List.of("a")))
        .section(new ProductListMessage.Section(null, List.of("b"))).build())
        .hasMessageStartingWith("interactive.action.sections[0].title: is required when there is more than one");
    assertThatThrownBy(() -> ProductListMessage.builder().to(TO).header("h").body("b").catalogId(CATALOG)
        .section("A", "sku-1").section("B", "sku-1").build())
        .hasMessageStartingWith("interactive.action.sections[1].product_items[0].product_retailer_id: products "
            + "must be unique");
    assertThatThrownBy(() -> ProductListMessage.builder().to(TO).header("h").body("b").catalogId(CATALOG)
        .section("A very long section title!", "sku-1").build())
        .hasMessageStartingWith("interactive.action.sections[0].title: must be 1 to 24 characters, was 26");
  }

  @Test
  void aCatalogMessageNeedsABody() {
    assertThatThrownBy(() -> CatalogMessage.builder().to(TO).build())
        .hasMessage("interactive.body.text: is required but was not set");
  }

  @Test
  void aCarouselHas2To10Cards() {
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b").card(urlCard("a")).build())
        .hasMessage("interactive.action.cards: must have 2 to 10 entries, was 1");
    CarouselMessage.Builder eleven = CarouselMessage.builder().to(TO).body("b");
    for (int i = 0; i < 11; i++) {
      eleven.card(urlCard("p" + i));
    }
    assertThatThrownBy(eleven::build).hasMessage("interactive.action.cards: must have 2 to 10 entries, was 11");
  }

  @Test
  void carouselCardsShareTheirHeaderTypeAndButtons() {
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b").card(urlCard("a"))
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.video(MediaSource.id("1")), null, "Buy",
            "https://shop.example/v"))
        .build())
        .hasMessage("interactive.action.cards[1].header.type: all cards must have the same header type; card 0 "
            + "has image, this one video");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b").card(urlCard("a"))
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.image(MediaSource.id("1")), null,
            new ReplyButtonsMessage.Button("x", "X")))
        .build())
        .hasMessage("interactive.action.cards[1].action: all cards must have the same buttons; card 0 has a URL "
            + "button, this one 1 quick-reply button(s)");
  }

  /**
   * Meta, "Interactive product carousel messages": 2 to 10 cards, "The type of each card must be set to "product", and
   * each card must reference the same catalog_id."
   */
  @Test
  void productCardsAreNotMixedWithMediaCardsAndShareTheirCatalog() {
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product(CATALOG, "abc123xyz")).card(urlCard("b")).build())
        .hasMessage("interactive.action.cards[1].type: the cards must be all media cards or all product cards; card 0"
            + " is a product card, this one a media card");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product(CATALOG, "abc123xyz"))
        .card(CarouselMessage.Card.product("123456789", "def456uvw")).build())
        .hasMessage("interactive.action.cards[1].action.catalog_id: every card must reference the same catalog; card 0"
            + " has " + CATALOG + ", this one 123456789");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product(CATALOG, "abc123xyz")).build())
        .hasMessage("interactive.action.cards: must have 2 to 10 entries, was 1");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO)
        .card(CarouselMessage.Card.product(CATALOG, "abc123xyz"))
        .card(CarouselMessage.Card.product(CATALOG, "def456uvw")).build())
        .hasMessage("interactive.body.text: is required but was not set");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("Arrivals")
        .card(CarouselMessage.Card.product("my-catalog", "abc123xyz"))
        .card(CarouselMessage.Card.product("my-catalog", "def456uvw")).build())
        .hasMessageStartingWith("interactive.action.cards[0].action.catalog_id: must be the numeric id of a catalog");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("Arrivals")
        .card(CarouselMessage.Card.product(CATALOG, "abc123xyz"))
        .card(CarouselMessage.Card.product(CATALOG, "x".repeat(101))).build())
        .hasMessageStartingWith("interactive.action.cards[1].action.product_retailer_id: must be 1 to 100 characters,"
            + " was 101");
  }

  @Test
  void aCarouselCardHasAnImageOrVideoHeaderAShortBodyAndAtMostTwoQuickReplies() {
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b")
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.text("Hi"), null, "Buy", "https://shop.example"))
        .card(urlCard("b")).build())
        .hasMessage("interactive.action.cards[0].header.type: must be image or video, was text");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b")
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.id("1")), "x".repeat(161), "Buy",
            "https://shop.example"))
        .card(urlCard("b")).build())
        .hasMessageStartingWith("interactive.action.cards[0].body.text: must be 1 to 160 characters, was 161");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b")
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.id("1")), "a\nb\nc\nd", "Buy",
            "https://shop.example"))
        .card(urlCard("b")).build())
        .hasMessageStartingWith("interactive.action.cards[0].body.text: must have at most 2 line breaks, had 3");
    ReplyButtonsMessage.Button[] three = {new ReplyButtonsMessage.Button("a", "A"),
        new ReplyButtonsMessage.Button("b", "B"), new ReplyButtonsMessage.Button("c", "C")};
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b")
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.image(MediaSource.id("1")), null, three))
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.image(MediaSource.id("2")), null, three))
        .build())
        .hasMessage("interactive.action.cards[0].action.buttons: must have 1 to 2 entries, was 3");
    assertThatThrownBy(() -> CarouselMessage.builder().to(TO).body("b")
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.id("1")), null,
            "A label that is too long", "https://shop.example"))
        .card(urlCard("b")).build())
        .hasMessageStartingWith("interactive.action.cards[0].action.parameters.display_text: must be 1 to 20");
  }

  @Test
  void aCarouselTemplateHas2To10CardsOfOneHeaderType() {
    TemplateComponent.CarouselCard image = TemplateComponent.CarouselCard.of(TemplateParameter.image(MediaSource.id("1")));
    TemplateComponent.CarouselCard video = TemplateComponent.CarouselCard.of(TemplateParameter.video(MediaSource.id("2")));
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("c").language("en").carousel(image).build())
        .hasMessage("template.components[0].cards: must have 2 to 10 entries, was 1");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("c").language("en").carousel(image, video).build())
        .hasMessage("template.components[0].cards[1].components[0].parameters[0].type: all cards must have the same "
            + "header type; card 0 has image, this one video");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("c").language("en")
        .carousel(image.withButtons(TemplateButton.quickReply(2, "x")), image).build())
        .hasMessageStartingWith("template.components[0].cards[0].buttons[0].index: must be 0 to 1");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("c").language("en")
        .carousel(TemplateComponent.CarouselCard.of(TemplateParameter.product("abc", "sku")),
            TemplateComponent.CarouselCard.of(TemplateParameter.product("abc", "sku2"))).build())
        .hasMessageStartingWith("template.components[0].cards[0].components[0].parameters[0].product.catalog_id: "
            + "must be the numeric id");
  }

  @Test
  void templateCommerceButtonsAndOffersAreChecked() {
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("o").language("en")
        .limitedTimeOffer(Instant.EPOCH).build())
        .hasMessageStartingWith("template.components[0].parameters[0].limited_time_offer.expiration_time_ms: must "
            + "be a UNIX time in milliseconds, was 0");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("m").language("en")
        .button(TemplateButton.multiProduct(0, "sku")).build())
        .hasMessage("template.components[0].parameters[0].action.sections: must have 1 to 10 entries, was 0");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("m").language("en")
        .button(TemplateButton.catalog(0, "")).build())
        .hasMessageStartingWith("template.components[0].parameters[0].action.thumbnail_product_retailer_id: must be "
            + "1 to 100 characters");
  }
}
