package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.commerce.CommerceSettings;
import dev.wabasdk.message.internal.MessageEncoder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The examples of the "Commerce: products, catalogs and carousels" section of waba-sdk-core/README.md. */
class CommerceReadmeExamplesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void productsCatalogAndCarousel() throws Exception {
    for (int i = 0; i < 4; i++) {
      graph.enqueueSent("4915112345678", "wamid.S" + i);
    }
    WhatsApp whatsApp = graph.client();

    String catalogId = "194836987003835";
    whatsApp.messages().send(ProductMessage.builder()
        .to("+4915112345678")
        .catalogId(catalogId)
        .productRetailerId("cactus-01")
        .body("Our best seller")
        .build());
    whatsApp.messages().send(ProductListMessage.builder()
        .to("+4915112345678")
        .header("Spring plants")
        .body("Fresh from the greenhouse")
        .catalogId(catalogId)
        .section("Succulents", "cactus-01", "aloe-02")
        .section("Ferns", "fern-03")
        .build());
    whatsApp.messages().send(CatalogMessage.builder()
        .to("+4915112345678")
        .body("Browse our whole shop")
        .thumbnailProductRetailerId("cactus-01")
        .build());
    whatsApp.messages().send(CarouselMessage.builder()
        .to("+4915112345678")
        .body("Plants of the week")
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.link("https://shop.example/a.png")),
            "Blue Echeveria", "Buy now", "https://shop.example/p/echeveria"))
        .card(CarouselMessage.Card.ctaUrl(InteractiveHeader.image(MediaSource.link("https://shop.example/b.png")),
            "Aloe Vera", "Buy now", "https://shop.example/p/aloe"))
        .build());

    for (String type : List.of("\"type\":\"product\"", "\"type\":\"product_list\"", "\"type\":\"catalog_message\"",
        "\"type\":\"carousel\"")) {
      assertThat(graph.take().getBody().utf8()).contains(type);
    }
  }

  @Test
  void productCarousel() throws Exception {
    graph.enqueueSent("4915112345678", "wamid.P");
    WhatsApp whatsApp = graph.client();

    String catalogId = "194836987003835";
    whatsApp.messages().send(CarouselMessage.builder()
        .to("+4915112345678")
        .body("Check out our latest arrivals")
        .card(CarouselMessage.Card.product(catalogId, "cactus-01"))
        .card(CarouselMessage.Card.product(catalogId, "aloe-02"))
        .build());

    assertThat(graph.take().getBody().utf8()).contains("\"cards\":[{\"card_index\":0,\"type\":\"product\","
        + "\"action\":{\"product_retailer_id\":\"cactus-01\",\"catalog_id\":\"194836987003835\"}},"
        + "{\"card_index\":1,\"type\":\"product\",\"action\":{\"product_retailer_id\":\"aloe-02\","
        + "\"catalog_id\":\"194836987003835\"}}]");
  }

  @Test
  @SuppressWarnings("unchecked")
  void commerceTemplates() {
    TemplateMessage offer = TemplateMessage.builder().to("+4915112345678").name("holiday_offer").language("en_US")
        .header(TemplateParameter.image(MediaSource.id("1602186516975000")))
        .limitedTimeOffer(Instant.parse("2026-12-24T23:59:00Z"))
        .body(TemplateParameter.text("Pablo"))
        .button(TemplateButton.copyCode(0, "CARIBE25"))
        .build();
    TemplateMessage carousel = TemplateMessage.builder().to("+4915112345678").name("summer_carousel").language("en")
        .carousel(
            TemplateComponent.CarouselCard.of(TemplateParameter.image(MediaSource.id("2423")))
                .withButtons(TemplateButton.quickReply(0, "more-lemons")),
            TemplateComponent.CarouselCard.of(TemplateParameter.image(MediaSource.id("1633")))
                .withButtons(TemplateButton.quickReply(0, "more-limes")))
        .build();
    TemplateMessage catalog = TemplateMessage.builder().to("+4915112345678").name("intro_catalog").language("en")
        .button(TemplateButton.catalog(0, "cactus-01"))
        .build();
    TemplateMessage mpm = TemplateMessage.builder().to("+4915112345678").name("abandoned_cart").language("en")
        .button(TemplateButton.multiProduct(0, "cactus-01",
            ProductListMessage.Section.of("Still in your cart", "cactus-01", "aloe-02")))
        .build();

    Map<String, Object> template = (Map<String, Object>) MessageEncoder.encode(offer).get("template");
    assertThat((List<Map<String, Object>>) template.get("components")).extracting(c -> c.get("type"))
        .containsExactly("header", "limited_time_offer", "body", "button");
    assertThat(carousel.components()).hasSize(1);
    assertThat(catalog.components()).singleElement().isInstanceOf(TemplateButton.Catalog.class);
    assertThat(mpm.components()).singleElement().isInstanceOf(TemplateButton.MultiProduct.class);
  }

  @Test
  void commerceSettings() {
    graph.enqueue(200, "{\"data\":[{\"is_cart_enabled\":true,\"is_catalog_visible\":false}]}");
    graph.enqueue(200, "{\"success\":true}");
    WhatsApp whatsApp = graph.client();

    CommerceSettings settings = whatsApp.commerce().settings();
    whatsApp.commerce().updateSettings(new CommerceSettings(true, true));

    assertThat(settings.catalogVisible()).isFalse();
  }
}
