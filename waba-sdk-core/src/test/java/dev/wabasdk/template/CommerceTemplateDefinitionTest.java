package dev.wabasdk.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.TemplateComponent;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local checks of carousel, limited-time offer, catalog and multi-product templates and their sends. */
class CommerceTemplateDefinitionTest {
  private static final String HANDLE = "4::aW1hZ2UvanBlZw==:ARb52CTUac8F";

  private static Component.Card imageCard(String body) {
    return Component.Card.of(Component.headerMedia(HeaderFormat.IMAGE, HANDLE), Component.body(body),
        Component.buttons(Button.quickReply("Send more like this"), Button.url("Buy", "https://shop.example")));
  }

  private static TemplateDefinition.Builder marketing(String name) {
    return TemplateDefinition.builder(name, "en_US", TemplateCategory.MARKETING);
  }

  @Test
  void aValidMediaCardCarouselHasNoProblems() {
    TemplateDefinition d = marketing("summer_carousel")
        .component(Component.body("Summer is here, use code {{1}} today", Map.of("1", "15OFF")))
        .component(Component.carousel(imageCard("Rare lemons"), imageCard("Fresh limes")))
        .build();

    assertThat(d.problems()).isEmpty();
  }

  @Test
  void carouselCardsMustNumber2To10AndShareTheirComponents() {
    TemplateDefinition one = marketing("c").component(Component.body("Our picks for you"))
        .component(Component.carousel(imageCard("a"))).build();
    assertThat(one.problems()).containsExactly("components[1] (CAROUSEL): must have 2 to 10 cards, has 1");

    Component.Card video = Component.Card.of(Component.headerMedia(HeaderFormat.VIDEO, HANDLE), Component.body("b"),
        Component.buttons(Button.quickReply("More"), Button.url("Buy", "https://shop.example"),
            Button.quickReply("Less")));
    TemplateDefinition mixed = marketing("c").component(Component.body("Our picks for you"))
        .component(Component.carousel(imageCard("a"), video)).build();
    assertThat(mixed.problems()).containsExactly(
        "components[1] (CAROUSEL).cards[1]: a card has at most 2 buttons, has 3",
        "components[1] (CAROUSEL).cards[1]: all cards must have the same components; card 0 has [HEADER IMAGE, BODY, "
            + "BUTTON QUICK_REPLY, BUTTON URL], this one [HEADER VIDEO, BODY, BUTTON QUICK_REPLY, BUTTON URL, "
            + "BUTTON QUICK_REPLY]");

    Component.Card textHeader = Component.Card.of(Component.headerText("Hi"), Component.body("a"));
    TemplateDefinition text = marketing("c").component(Component.body("Our picks for you"))
        .component(Component.carousel(textHeader, textHeader)).build();
    assertThat(text.problems()).contains(
        "components[1] (CAROUSEL).cards[0]: a card header is IMAGE, VIDEO or PRODUCT, was TEXT");
  }

  /**
   * Meta, "Product card carousel templates": "a product image, product title, product price, and a single View button
   * or URL button"; media cards keep their 2.
   */
  @Test
  void aProductCardHasASingleViewOrUrlButton() {
    Component.Header product = new Component.Header(HeaderFormat.PRODUCT, null, Map.of(), java.util.List.of());
    Component.Card view = Component.Card.of(product, Component.buttons(Button.other("SPM", Map.of("text", "View"))));
    Component.Card viewAndUrl = Component.Card.of(product, Component.buttons(
        Button.other("SPM", Map.of("text", "View")), Button.url("Buy", "https://www.luckyshrub.com/shop")));
    Component body = Component.body("Rare succulents for sale! Take a look.");

    assertThat(marketing("product_carousel").component(body).component(Component.carousel(view, view)).build()
        .problems()).isEmpty();
    assertThat(marketing("product_carousel").component(body).component(Component.carousel(viewAndUrl, viewAndUrl))
        .build().problems()).containsExactly(
            "components[1] (CAROUSEL).cards[0]: a product card has a single button (View or URL), has 2",
            "components[1] (CAROUSEL).cards[1]: a product card has a single button (View or URL), has 2");
    assertThat(marketing("summer_carousel").component(body)
        .component(Component.carousel(imageCard("Rare lemons"), imageCard("Fresh limes"))).build().problems())
        .as("a media card keeps its 2 buttons").isEmpty();
  }

  @Test
  void limitedTimeOffersAreMarketingOnlyWithoutFooterAndWithoutVariables() {
    TemplateDefinition d = TemplateDefinition.builder("offer", "en_US", TemplateCategory.UTILITY)
        .component(Component.limitedTimeOffer("Expiring {{1}}", true))
        .component(Component.body("Good news, use the code below today"))
        .component(Component.footer("Terms apply"))
        .component(Component.buttons(Button.url("Book", "https://shop.example")))
        .build();

    assertThat(d.problems()).containsExactly(
        "components: LIMITED_TIME_OFFER is only for MARKETING templates, the category is UTILITY",
        "components: a LIMITED_TIME_OFFER template cannot have a FOOTER",
        "components: the LIMITED_TIME_OFFER text cannot have variables: 'Expiring {{1}}'");
  }

  /** Meta, "Limited-time offer templates": {@code <BODY_TEXT>} "Maximum 600 characters". */
  @Test
  void aLimitedTimeOfferBodyIsAtMost600Characters() {
    String body = "Good news! " + "x".repeat(580) + " Use the code";
    TemplateDefinition.Builder offer = marketing("holiday_offer")
        .component(Component.limitedTimeOffer("Expiring offer!", true));
    Component buttons = Component.buttons(Button.copyCode("CARIBE25"),
        Button.url("Book now!", "https://www.wintertravel.com/"));

    assertThat(body).hasSize(604);
    assertThat(offer.component(Component.body(body)).component(buttons).build().problems()).containsExactly(
        "components[1] (BODY) text: is 604 characters, over Meta's limit of 600 in a LIMITED_TIME_OFFER template: '"
            + body.substring(0, 57) + "...'");
    assertThat(marketing("holiday_offer").component(Component.limitedTimeOffer("Expiring offer!", true))
        .component(Component.body("x".repeat(600))).component(buttons).build().problems()).isEmpty();
    assertThat(marketing("no_offer").component(Component.body(body)).build().problems())
        .as("600 applies only with a LIMITED_TIME_OFFER").isEmpty();
  }

  @Test
  void catalogAndMultiProductButtonsAreMarketingOnly() {
    TemplateDefinition d = TemplateDefinition.builder("cat", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("See what is new this week"))
        .component(Component.buttons(Button.catalog("View catalog")))
        .build();

    assertThat(d.problems()).containsExactly(
        "components: a CATALOG button is only for MARKETING templates, the category is UTILITY");
  }

  /**
   * Meta, "Multi-product message templates": a single header component ({@code "format": "TEXT"}), a single body, an
   * optional footer, and the MPM button.
   */
  @Test
  void aMultiProductTemplateHasATextHeader() {
    Component body = Component.body("Looks like you left these items in your cart, still interested?");
    Component mpm = Component.buttons(Button.multiProduct("View items"));

    assertThat(marketing("abandoned_cart").component(body).component(mpm).build().problems())
        .containsExactly("components: a multi-product (MPM) template needs a TEXT HEADER");
    assertThat(marketing("abandoned_cart").component(Component.headerMedia(HeaderFormat.IMAGE, HANDLE))
        .component(body).component(mpm).build().problems())
        .containsExactly("components[0] (HEADER): the header of a multi-product (MPM) template is TEXT, was IMAGE");
    assertThat(marketing("abandoned_cart").component(Component.headerText("Forget something, {{1}}?",
            Map.of("1", "Pablo"))).component(body).component(Component.footer("Lucky Shrub")).component(mpm)
        .build().problems()).isEmpty();
  }

  @Test
  void aSendGivesTheOfferExpiryAndOneValuePerCarouselCard() {
    TemplateDefinition d = marketing("offer")
        .component(Component.limitedTimeOffer("Expiring offer!", true))
        .component(Component.body("Good news, use the code below today"))
        .component(Component.carousel(imageCard("a"), imageCard("b")))
        .build();
    TemplateMessage bare = TemplateMessage.builder().to("+16505551234").name("offer").language("en_US").build();
    TemplateComponent.CarouselCard card = TemplateComponent.CarouselCard.of(TemplateParameter.image(
        MediaSource.id("1")));
    TemplateMessage full = TemplateMessage.builder().to("+16505551234").name("offer").language("en_US")
        .limitedTimeOffer(Instant.parse("2026-12-24T00:00:00Z")).carousel(card, card).build();

    assertThat(d.mismatches(bare)).containsExactly(
        "limited_time_offer: the template's offer has an expiration; the send gives no expiration_time_ms "
            + "(Meta error 132000)",
        "carousel: the template defines 2 cards; the send gives 0 (Meta error 132000: a carousel is sent with "
            + "exactly its defined cards)");
    assertThat(d.mismatches(full)).isEmpty();
  }

  @Test
  void productAndGifHeadersNeedTheirParameterKind() {
    TemplateDefinition product = marketing("spm")
        .component(new Component.Header(HeaderFormat.PRODUCT, null, Map.of(), java.util.List.of()))
        .component(Component.body("The product you asked about"))
        .build();
    TemplateMessage withImage = TemplateMessage.builder().to("+16505551234").name("spm").language("en_US")
        .header(TemplateParameter.image(MediaSource.id("1"))).build();
    TemplateMessage withProduct = TemplateMessage.builder().to("+16505551234").name("spm").language("en_US")
        .header(TemplateParameter.product("194836987003835", "2lc20305pt")).build();

    assertThat(product.mismatches(withImage))
        .containsExactly("header: the template's header is PRODUCT; the send gives an image (Meta error 132012)");
    assertThat(product.mismatches(withProduct)).isEmpty();
  }
}
