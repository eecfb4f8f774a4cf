package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.commerce.CommerceSettings;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.CarouselMessage;
import dev.wabasdk.message.CatalogMessage;
import dev.wabasdk.message.InteractiveHeader;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.ProductListMessage;
import dev.wabasdk.message.ProductMessage;
import dev.wabasdk.message.ReplyButtonsMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commerce messages, carousels and commerce settings against the fake: accepted as Meta does, refused with its errors. */
class CommerceWireTest {
  private static final String USER = "+16505551234";
  private static final String CATALOG = "194836987003835";
  private FakeWhatsApp fake;
  private Wire wire;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    client = fake.clientBuilder().retry(dev.wabasdk.RetrySettings.none()).build();
    fake.user(USER).sends("Show me your plants");
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void theSdksCommerceMessagesAndCarouselsAreAccepted() {
    client.messages().send(ProductMessage.builder().to(USER).catalogId(CATALOG).productRetailerId("cactus-01")
        .body("Our best seller").build());
    client.messages().send(ProductListMessage.builder().to(USER).header("Spring plants").body("Fresh today")
        .catalogId(CATALOG).section("Succulents", "cactus-01", "aloe-02").section("Ferns", "fern-03").build());
    client.messages().send(CatalogMessage.builder().to(USER).body("Browse our shop")
        .thumbnailProductRetailerId("cactus-01").build());
    client.messages().send(CarouselMessage.builder().to(USER).body("Plants of the week")
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.image(MediaSource.link("https://shop.example/a.png")),
            "Cactus", new ReplyButtonsMessage.Button("buy-cactus", "Buy")))
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.image(MediaSource.link("https://shop.example/b.png")),
            "Aloe", new ReplyButtonsMessage.Button("buy-aloe", "Buy")))
        .build());
    client.messages().send(CarouselMessage.builder().to(USER).body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product(CATALOG, "cactus-01"))
        .card(CarouselMessage.Card.product(CATALOG, "aloe-02"))
        .build());

    assertThat(fake.sentMessages()).extracting(SentMessage::interactiveType)
        .containsExactly("product", "product_list", "catalog_message", "carousel", "carousel");
  }

  private static String productCarousel(String cards) {
    return """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
         "interactive":{"type":"carousel","body":{"text":"Check out our latest arrivals"},"action":{"cards":[%s]}}}"""
        .formatted(cards);
  }

  /**
   * Meta, "Interactive product carousel messages": 2 to 10 cards of {@code "type": "product"}, each with
   * {@code product_retailer_id} and the same {@code catalog_id}; a body, no header, footer or buttons.
   */
  @Test
  void metasProductCarouselIsAcceptedAndAMixedOrTwoCatalogOneIsRefused() {
    String abc = """
        {"card_index":0,"type":"product","action":{"product_retailer_id":"abc123xyz","catalog_id":"123456789"}}""";
    Wire.Reply ok = wire.send(productCarousel(abc + ","
        + "{\"card_index\":1,\"type\":\"product\",\"action\":{\"product_retailer_id\":\"def456uvw\","
        + "\"catalog_id\":\"123456789\"}}"));
    Wire.Reply otherCatalog = wire.send(productCarousel(abc + ","
        + "{\"card_index\":1,\"type\":\"product\",\"action\":{\"product_retailer_id\":\"def456uvw\","
        + "\"catalog_id\":\"987654321\"}}"));
    Wire.Reply mixed = wire.send(productCarousel(abc + ","
        + "{\"card_index\":1,\"type\":\"cta_url\",\"header\":{\"type\":\"image\",\"image\":{\"id\":\"1\"}},"
        + "\"action\":{\"name\":\"cta_url\",\"parameters\":{\"display_text\":\"Buy\","
        + "\"url\":\"https://shop.example\"}}}"));
    Wire.Reply withFooter = wire.send(productCarousel(abc + "," + abc.replace("\"card_index\":0",
        "\"card_index\":1")).replace("\"body\":", "\"footer\":{\"text\":\"Lucky Shrub\"},\"body\":"));

    assertThat(ok.code()).as(ok.body()).isEqualTo(200);
    assertThat(otherCatalog.at("error", "code")).isEqualTo(131009L);
    assertThat(otherCatalog.at("error", "error_data", "details")).isEqualTo("All product carousel cards must "
        + "reference the same catalog_id; card 0 has 123456789, card 1 has 987654321.");
    assertThat(mixed.at("error", "code")).isEqualTo(131009L);
    assertThat(mixed.at("error", "error_data", "details")).isEqualTo("Carousel cards must be all product cards or"
        + " all media cards; card 0 is product, card 1 is cta_url.");
    assertThat(withFooter.at("error", "error_data", "details"))
        .isEqualTo("Param interactive['footer'] is not supported in a carousel message.");
  }

  @Test
  void aTapOnACarouselQuickReplyComesBackAsAButtonReply() {
    client.messages().send(CarouselMessage.builder().to(USER).body("Plants of the week")
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.video(MediaSource.id("1")), null,
            new ReplyButtonsMessage.Button("buy-cactus", "Buy cactus")))
        .card(CarouselMessage.Card.quickReplies(InteractiveHeader.video(MediaSource.id("2")), null,
            new ReplyButtonsMessage.Button("buy-aloe", "Buy aloe")))
        .build());

    UserMessage tap = fake.user(USER).tapsButton("buy-aloe");

    assertThat(tap.json().get("interactive")).isEqualTo(java.util.Map.of("type", "button_reply",
        "button_reply", java.util.Map.of("id", "buy-aloe", "title", "Buy aloe")));
  }

  @Test
  void aCarouselWithOneCardIs131009() {
    Wire.Reply reply = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"interactive","interactive":{"type":"carousel",
         "body":{"text":"Plants"},"action":{"cards":[{"card_index":0,"type":"cta_url",
           "header":{"type":"image","image":{"link":"https://shop.example/a.png"}},
           "action":{"name":"cta_url","parameters":{"display_text":"Buy","url":"https://shop.example/a"}}}]}}}""");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo(131009L);
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("Param interactive['action']['cards'] must have 2 to 10 cards, had 1.");
  }

  @Test
  void carouselCardsWithDifferentHeaderTypesAre131009() {
    Wire.Reply reply = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"interactive","interactive":{"type":"carousel",
         "body":{"text":"Plants"},"action":{"cards":[
          {"card_index":0,"type":"cta_url","header":{"type":"image","image":{"link":"https://shop.example/a.png"}},
           "action":{"name":"cta_url","parameters":{"display_text":"Buy","url":"https://shop.example/a"}}},
          {"card_index":1,"type":"cta_url","header":{"type":"video","video":{"link":"https://shop.example/b.mp4"}},
           "action":{"name":"cta_url","parameters":{"display_text":"Buy","url":"https://shop.example/b"}}}]}}}""");

    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("All carousel cards must have the same header type; card 0 has image, card 1 has video.");
  }

  @Test
  void aProductWithoutCatalogIs131008AndAMultiProductWithoutHeaderToo() {
    Wire.Reply product = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"interactive","interactive":{"type":"product",
         "action":{"product_retailer_id":"cactus-01"}}}""");
    Wire.Reply list = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"interactive","interactive":{"type":"product_list",
         "body":{"text":"Fresh"},"action":{"catalog_id":"194836987003835",
           "sections":[{"product_items":[{"product_retailer_id":"cactus-01"}]}]}}}""");

    assertThat(product.at("error", "code")).isEqualTo(131008L);
    assertThat(product.at("error", "error_data", "details"))
        .isEqualTo("The parameter interactive['action']['catalog_id'] is required.");
    assertThat(list.at("error", "code")).isEqualTo(131008L);
    assertThat(list.at("error", "error_data", "details")).asString().startsWith("The parameter interactive['header']");
  }

  @Test
  void moreThan30ProductsAre131009() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 31; i++) {
      items.append(i == 0 ? "" : ",").append("{\"product_retailer_id\":\"sku-").append(i).append("\"}");
    }
    Wire.Reply reply = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"interactive","interactive":{"type":"product_list",
         "header":{"type":"text","text":"All"},"body":{"text":"Everything"},"action":{"catalog_id":"194836987003835",
           "sections":[{"title":"All","product_items":[""" + items + "]}]}}}");

    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("A multi-product message must have at most 30 products, had 31.");
  }

  @Test
  void aCarouselTemplateIsSentWithExactlyItsCardsAndAnExpiringOfferWithItsExpiry() {
    String card = """
        {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW"]}},
          {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"More"}]}]}""";
    fake.templates().preload("""
        {"name":"plants","language":"en","category":"MARKETING","components":[
          {"type":"BODY","text":"Our plants of the week"},
          {"type":"CAROUSEL","cards":[%s,%s]}]}""".formatted(card, card));
    fake.templates().preload("""
        {"name":"offer","language":"en","category":"MARKETING","components":[
          {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Ends soon!","has_expiration":true}},
          {"type":"BODY","text":"Use the code below today"},
          {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"SAVE10"}]}]}""");
    String image = "{\"type\":\"header\",\"parameters\":[{\"type\":\"image\",\"image\":{\"id\":\"1\"}}]}";

    Wire.Reply oneCard = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"template","template":{"name":"plants",
         "language":{"code":"en"},"components":[{"type":"carousel","cards":[
           {"card_index":0,"components":[%s]}]}]}}""".formatted(image));
    Wire.Reply twoCards = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"template","template":{"name":"plants",
         "language":{"code":"en"},"components":[{"type":"carousel","cards":[
           {"card_index":0,"components":[%s]},{"card_index":1,"components":[%s]}]}]}}""".formatted(image, image));
    Wire.Reply noExpiry = wire.send("""
        {"messaging_product":"whatsapp","to":"16505551234","type":"template","template":{"name":"offer",
         "language":{"code":"en"},"components":[{"type":"button","sub_type":"copy_code","index":"0",
           "parameters":[{"type":"coupon_code","coupon_code":"SAVE10"}]}]}}""");

    assertThat(oneCard.at("error", "code")).isEqualTo(132000L);
    assertThat(oneCard.at("error", "error_data", "details"))
        .isEqualTo("carousel: number of cards (1) does not match the number of cards in the template (2)");
    assertThat(twoCards.code()).as(twoCards.body()).isEqualTo(200);
    assertThat(noExpiry.at("error", "error_data", "details"))
        .isEqualTo("limited_time_offer: the template's offer has an expiration; expiration_time_ms is required");
  }

  @Test
  void commerceSettingsStartAtMetasDefaultsAndKeepWhatIsSet() {
    assertThat(client.commerce().settings()).isEqualTo(new CommerceSettings(true, false));

    client.commerce().updateSettings(new CommerceSettings(false, true));

    assertThat(client.commerce().settings()).isEqualTo(new CommerceSettings(false, true));
    Wire.Reply bad = wire.post("/v26.0/" + fake.phoneNumberId() + "/whatsapp_commerce_settings?is_cart_enabled=maybe",
        "");
    assertThat(bad.at("error", "code")).isEqualTo(100L);
    fake.reset();
    assertThat(client.commerce().settings()).isEqualTo(new CommerceSettings(true, false));
  }

  @Test
  void theClientSeesTheFakesErrorAsAWabaApiException() {
    assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/whatsapp_commerce_settings",
        java.util.Map.of()))
        .isInstanceOf(WabaApiException.class);
  }
}
