package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import java.time.Instant;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Commerce messages, carousels and the commerce template components, sent through the real client: the exact body,
 * built from the examples in Meta's docs (single-product, multi-product and catalog messages, interactive media and
 * product carousels, media card carousel / limited-time offer / catalog / multi-product templates).
 */
class CommerceMessagesWireTest {
  static final String TO = "+16505551234";
  static final String CATALOG = "194836987003835";
  private static final String HEAD = """
      {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",""";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void sendsTheDocumentedBody(Message message, String expectedJson) throws Exception {
    graph.enqueueSent("16505551234", "wamid.SENT");

    graph.client().messages().send(message);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    assertThat(request.getBody().utf8()).isEqualTo(MessageFixtures.compact(HEAD + expectedJson));
  }

  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture("single product", ProductMessage.builder().to(TO)
            .body("Hi Pablo! Here's the product you asked about.").footer("Best deals on WhatsApp!")
            .catalogId(CATALOG).productRetailerId("cq8cf6f3p8").build(), """
            "type":"interactive","interactive":{"type":"product",
             "body":{"text":"Hi Pablo! Here's the product you asked about."},
             "footer":{"text":"Best deals on WhatsApp!"},
             "action":{"catalog_id":"194836987003835","product_retailer_id":"cq8cf6f3p8"}}}"""),
        fixture("single product without body", ProductMessage.builder().to(TO)
            .catalogId(CATALOG).productRetailerId("cq8cf6f3p8").build(), """
            "type":"interactive","interactive":{"type":"product",
             "action":{"catalog_id":"194836987003835","product_retailer_id":"cq8cf6f3p8"}}}"""),
        fixture("multi-product", ProductListMessage.builder().to(TO)
            .header("Our top sellers").body("Pick what you like").footer("Free delivery over $50")
            .catalogId(CATALOG)
            .section("Succulents", "2lc20305pt", "nseiw1x3ch")
            .section("Ferns", "mfi38lv4pr")
            .build(), """
            "type":"interactive","interactive":{"type":"product_list",
             "header":{"type":"text","text":"Our top sellers"},
             "body":{"text":"Pick what you like"},"footer":{"text":"Free delivery over $50"},
             "action":{"catalog_id":"194836987003835","sections":[
               {"title":"Succulents","product_items":[{"product_retailer_id":"2lc20305pt"},
                 {"product_retailer_id":"nseiw1x3ch"}]},
               {"title":"Ferns","product_items":[{"product_retailer_id":"mfi38lv4pr"}]}]}}}"""),
        fixture("catalog message with thumbnail", CatalogMessage.builder().to(TO)
            .body("Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase.")
            .footer("Best grocery deals on WhatsApp!").thumbnailProductRetailerId("2lc20305pt").build(), """
            "type":"interactive","interactive":{"type":"catalog_message",
             "body":{"text":"Hello! Thanks for your interest. Ordering is easy. Just visit our catalog and add items to purchase."},
             "footer":{"text":"Best grocery deals on WhatsApp!"},
             "action":{"name":"catalog_message","parameters":{"thumbnail_product_retailer_id":"2lc20305pt"}}}}"""),
        fixture("catalog message without thumbnail", CatalogMessage.builder().to(TO).body("Our catalog").build(), """
            "type":"interactive","interactive":{"type":"catalog_message","body":{"text":"Our catalog"},
             "action":{"name":"catalog_message"}}}"""),
        fixture("media carousel with URL buttons", CarouselMessage.builder().to(TO)
            .body("Check out our latest offers!")
            .card(CarouselMessage.Card.ctaUrl(
                InteractiveHeader.image(MediaSource.link("https://www.luckyshrub.com/assets/echeveria.png")),
                "*Blue Echeveria*\nA rosette-shaped succulent.", "Shop now",
                "https://www.luckyshrub.com/shop/echeveria"))
            .card(CarouselMessage.Card.ctaUrl(
                InteractiveHeader.image(MediaSource.id("1581254049459036")), null, "Shop now",
                "https://www.luckyshrub.com/shop/aloe"))
            .build(), """
            "type":"interactive","interactive":{"type":"carousel",
             "body":{"text":"Check out our latest offers!"},
             "action":{"cards":[
               {"card_index":0,"type":"cta_url",
                "header":{"type":"image","image":{"link":"https://www.luckyshrub.com/assets/echeveria.png"}},
                "body":{"text":"*Blue Echeveria*\\nA rosette-shaped succulent."},
                "action":{"name":"cta_url","parameters":{"display_text":"Shop now",
                  "url":"https://www.luckyshrub.com/shop/echeveria"}}},
               {"card_index":1,"type":"cta_url",
                "header":{"type":"image","image":{"id":"1581254049459036"}},
                "action":{"name":"cta_url","parameters":{"display_text":"Shop now",
                  "url":"https://www.luckyshrub.com/shop/aloe"}}}]}}}"""),
        fixture("media carousel with quick replies", CarouselMessage.builder().to(TO)
            .body("Which plant do you like?")
            .card(CarouselMessage.Card.quickReplies(InteractiveHeader.video(MediaSource.id("111")), "Echeveria",
                new ReplyButtonsMessage.Button("more-echeveria", "Learn more"),
                new ReplyButtonsMessage.Button("fav-echeveria", "Add to favorites")))
            .card(CarouselMessage.Card.quickReplies(InteractiveHeader.video(MediaSource.id("222")), "Aloe",
                new ReplyButtonsMessage.Button("more-aloe", "Learn more"),
                new ReplyButtonsMessage.Button("fav-aloe", "Add to favorites")))
            .build(), """
            "type":"interactive","interactive":{"type":"carousel","body":{"text":"Which plant do you like?"},
             "action":{"cards":[
               {"card_index":0,"type":"button","header":{"type":"video","video":{"id":"111"}},
                "body":{"text":"Echeveria"},"action":{"buttons":[
                  {"type":"quick_reply","quick_reply":{"id":"more-echeveria","title":"Learn more"}},
                  {"type":"quick_reply","quick_reply":{"id":"fav-echeveria","title":"Add to favorites"}}]}},
               {"card_index":1,"type":"button","header":{"type":"video","video":{"id":"222"}},
                "body":{"text":"Aloe"},"action":{"buttons":[
                  {"type":"quick_reply","quick_reply":{"id":"more-aloe","title":"Learn more"}},
                  {"type":"quick_reply","quick_reply":{"id":"fav-aloe","title":"Add to favorites"}}]}}]}}}"""),
        // Meta, "Interactive product carousel messages": the request syntax and its card object.
        fixture("interactive product carousel", CarouselMessage.builder().to(TO)
            .body("Check out our latest arrivals")
            .card(CarouselMessage.Card.product("123456789", "abc123xyz"))
            .card(CarouselMessage.Card.product("123456789", "def456uvw"))
            .build(), """
            "type":"interactive","interactive":{"type":"carousel","body":{"text":"Check out our latest arrivals"},
             "action":{"cards":[
               {"card_index":0,"type":"product","action":{"product_retailer_id":"abc123xyz","catalog_id":"123456789"}},
               {"card_index":1,"type":"product","action":{"product_retailer_id":"def456uvw",
                "catalog_id":"123456789"}}]}}}"""),
        fixture("media card carousel template", TemplateMessage.builder().to(TO)
            .name("summer_carousel").language("en_US")
            .body(TemplateParameter.text("Pablo"), TemplateParameter.text("15OFF"))
            .carousel(
                TemplateComponent.CarouselCard.of(TemplateParameter.image(MediaSource.id("24230790383178626")))
                    .withBody(TemplateParameter.text("10OFF"))
                    .withButtons(TemplateButton.quickReply(0, "more-lemons"), TemplateButton.url(1, "lemons")),
                TemplateComponent.CarouselCard.of(TemplateParameter.image(MediaSource.id("1633234320801735")))
                    .withBody(TemplateParameter.text("15OFF"))
                    .withButtons(TemplateButton.quickReply(0, "more-limes"), TemplateButton.url(1, "limes")))
            .build(), """
            "type":"template","template":{"name":"summer_carousel","language":{"code":"en_US"},"components":[
              {"type":"body","parameters":[{"type":"text","text":"Pablo"},{"type":"text","text":"15OFF"}]},
              {"type":"carousel","cards":[
                {"card_index":0,"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"id":"24230790383178626"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"10OFF"}]},
                  {"type":"button","sub_type":"quick_reply","index":"0",
                   "parameters":[{"type":"payload","payload":"more-lemons"}]},
                  {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"lemons"}]}]},
                {"card_index":1,"components":[
                  {"type":"header","parameters":[{"type":"image","image":{"id":"1633234320801735"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"15OFF"}]},
                  {"type":"button","sub_type":"quick_reply","index":"0",
                   "parameters":[{"type":"payload","payload":"more-limes"}]},
                  {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"limes"}]}]}]}]}}"""),
        fixture("product card carousel template", TemplateMessage.builder().to(TO)
            .name("product_carousel").language("en")
            .carousel(
                TemplateComponent.CarouselCard.of(TemplateParameter.product(CATALOG, "2lc20305pt")),
                TemplateComponent.CarouselCard.of(TemplateParameter.product(CATALOG, "nseiw1x3ch")))
            .build(), """
            "type":"template","template":{"name":"product_carousel","language":{"code":"en"},"components":[
              {"type":"carousel","cards":[
                {"card_index":0,"components":[{"type":"header","parameters":[{"type":"product",
                  "product":{"product_retailer_id":"2lc20305pt","catalog_id":"194836987003835"}}]}]},
                {"card_index":1,"components":[{"type":"header","parameters":[{"type":"product",
                  "product":{"product_retailer_id":"nseiw1x3ch","catalog_id":"194836987003835"}}]}]}]}]}}"""),
        fixture("limited-time offer with coupon code", TemplateMessage.builder().to(TO)
            .name("holiday_offer").language("en_US")
            .header(TemplateParameter.image(MediaSource.id("1602186516975000")))
            .limitedTimeOffer(Instant.ofEpochMilli(1_209_600_000L))
            .body(TemplateParameter.text("Pablo"), TemplateParameter.text("CARIBE25"))
            .button(TemplateButton.copyCode(0, "CARIBE25"))
            .button(TemplateButton.url(1, "n3mtql"))
            .build(), """
            "type":"template","template":{"name":"holiday_offer","language":{"code":"en_US"},"components":[
              {"type":"header","parameters":[{"type":"image","image":{"id":"1602186516975000"}}]},
              {"type":"limited_time_offer","parameters":[{"type":"limited_time_offer",
                "limited_time_offer":{"expiration_time_ms":1209600000}}]},
              {"type":"body","parameters":[{"type":"text","text":"Pablo"},{"type":"text","text":"CARIBE25"}]},
              {"type":"button","sub_type":"copy_code","index":"0",
               "parameters":[{"type":"coupon_code","coupon_code":"CARIBE25"}]},
              {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"n3mtql"}]}]}}"""),
        fixture("catalog template", TemplateMessage.builder().to(TO)
            .name("intro_catalog_offer").language("en_US")
            .body(TemplateParameter.text("100"), TemplateParameter.text("400"), TemplateParameter.text("3"))
            .button(TemplateButton.catalog(0, "2lc20305pt"))
            .build(), """
            "type":"template","template":{"name":"intro_catalog_offer","language":{"code":"en_US"},"components":[
              {"type":"body","parameters":[{"type":"text","text":"100"},{"type":"text","text":"400"},
                {"type":"text","text":"3"}]},
              {"type":"button","sub_type":"CATALOG","index":"0","parameters":[{"type":"action",
                "action":{"thumbnail_product_retailer_id":"2lc20305pt"}}]}]}}"""),
        fixture("multi-product template", TemplateMessage.builder().to(TO)
            .name("abandoned_cart").language("en_US")
            .header(TemplateParameter.text("Pablo"))
            .body(TemplateParameter.text("10OFF"))
            .button(TemplateButton.multiProduct(0, "2lc20305pt",
                ProductListMessage.Section.of("Popular Bundles", "2lc20305pt", "nseiw1x3ch"),
                ProductListMessage.Section.of("Premium Packages", "mfi38lv4pr")))
            .build(), """
            "type":"template","template":{"name":"abandoned_cart","language":{"code":"en_US"},"components":[
              {"type":"header","parameters":[{"type":"text","text":"Pablo"}]},
              {"type":"body","parameters":[{"type":"text","text":"10OFF"}]},
              {"type":"button","sub_type":"mpm","index":"0","parameters":[{"type":"action","action":{
                "thumbnail_product_retailer_id":"2lc20305pt","sections":[
                  {"title":"Popular Bundles","product_items":[{"product_retailer_id":"2lc20305pt"},
                    {"product_retailer_id":"nseiw1x3ch"}]},
                  {"title":"Premium Packages","product_items":[{"product_retailer_id":"mfi38lv4pr"}]}]}}]}]}}"""),
        fixture("GIF header template", TemplateMessage.builder().to(TO)
            .name("spring_sale_gif").language("en")
            .header(TemplateParameter.gif(MediaSource.link("https://shop.example/sale.mp4")))
            .build(), """
            "type":"template","template":{"name":"spring_sale_gif","language":{"code":"en"},"components":[
              {"type":"header","parameters":[{"type":"gif","gif":{"link":"https://shop.example/sale.mp4"}}]}]}}"""));
  }

  private static Arguments fixture(String name, Message message, String expectedJson) {
    return Arguments.of(Named.of(name, message), expectedJson);
  }
}
