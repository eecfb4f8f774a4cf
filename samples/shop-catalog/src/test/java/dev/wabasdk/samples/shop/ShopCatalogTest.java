package dev.wabasdk.samples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShopCatalogTest {
  @Test
  void theShopShowsItsProductsAndACarouselAndLinksTheOrderToTheProductMessage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ShopCatalog.Outcome outcome = ShopCatalog.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> { });

    assertThat(outcome.sent()).containsExactly("catalog_message", "product", "product_list", "carousel", "text");
    assertThat(outcome.orderLinkedTo()).isEqualTo(outcome.productMessageId());
    assertThat(outcome.total()).isEqualByComparingTo(new BigDecimal("34.90"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Commerce settings: CommerceSettings[cartEnabled=true, catalogVisible=true]")
        .contains("Fake WhatsApp console: http://");
  }
}
