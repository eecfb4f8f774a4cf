package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A marketing template's max price (Meta, "Set a max price for marketing messages (BETA)"): Meta's create, update
 * and read-back examples on the wire, the unit conversions of Meta's worked examples, and every refusal.
 */
class MaxPriceTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  /** The JSON on one line, as written (not through {@code compact}, which would write 87000 as 87000.0). */
  private static String flat(String json) {
    return json.replaceAll("\n\\s*", "");
  }

  private static TemplateDefinition seasonalSale(MaxPrice maxPrice) {
    return TemplateDefinition.builder("seasonal_sale_promo", "en", TemplateCategory.MARKETING)
        .component(Component.body("Shop our seasonal sale! Up to 50% off selected items."))
        .maxPrice(maxPrice)
        .build();
  }

  @Test
  void aTemplateIsCreatedAsMetasExample() throws Exception {
    graph.enqueue(200, "{\"id\":\"1733678867511493\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");

    CreatedTemplate created = graph.client().templates()
        .createAsync(seasonalSale(MaxPrice.perThousand(87000))).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/message_templates");
    // Meta's example, plus the SDK's explicit parameter_format; never the template-level bid_spec.
    assertThat(request.getBody().utf8()).isEqualTo(flat("""
        {"name":"seasonal_sale_promo","language":"en","category":"MARKETING","parameter_format":"POSITIONAL",
         "components":[{"type":"BODY","text":"Shop our seasonal sale! Up to 50% off selected items."}],
         "optimization_spec":{"bid_amount":87000,"bid_strategy":"LOWEST_COST_WITH_BID_CAP"}}"""));
    assertThat(created.id()).isEqualTo("1733678867511493");
  }

  @Test
  void anEditSendsMetasUpdateExample() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().templates().edit("1733678867511493", TemplateEdit.maxPrice(MaxPrice.perThousand(4000)));
    graph.client().templates().editAsync("1733678867511493",
        new TemplateEdit(null, null, null, 43200, null, MaxPrice.perThousand(4000))).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/1733678867511493");
    assertThat(request.getBody().utf8()).isEqualTo(
        "{\"optimization_spec\":{\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\",\"bid_amount\":4000}}");
    assertThat(graph.take().getBody().utf8()).isEqualTo(flat("""
        {"message_send_ttl_seconds":43200,
         "optimization_spec":{"bid_strategy":"LOWEST_COST_WITH_BID_CAP","bid_amount":4000}}"""));
  }

  @Test
  void readsMetasAnswerBackAndEmptyWhenTheTemplateHasNone() throws Exception {
    graph.enqueue(200, """
        {"optimization_spec":{"bid_strategy":"LOWEST_COST_WITH_BID_CAP","bid_amount":87000},
         "id":"1733678867511493"}""");
    graph.enqueue(200, "{\"id\":\"1733678867511493\"}");

    Optional<MaxPrice> read = graph.client().templates().maxPrice("1733678867511493");
    Optional<MaxPrice> none = graph.client().templates().maxPriceAsync("1733678867511493").get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/1733678867511493");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("optimization_spec");
    assertThat(read).contains(new MaxPrice(87000, BidStrategy.LOWEST_COST_WITH_BID_CAP));
    assertThat(read.orElseThrow().bidStrategy()).isSameAs(BidStrategy.LOWEST_COST_WITH_BID_CAP);
    assertThat(none).isEmpty();
  }

  @Test
  void aStrategyMetaAddsLaterIsKept() throws Exception {
    graph.enqueue(200, """
        {"optimization_spec":{"bid_strategy":"COST_CAP","bid_amount":"5000"},"id":"1"}""");

    MaxPrice read = graph.client().templates().maxPrice("1").orElseThrow();

    assertThat(read.bidAmount()).isEqualTo(5000);
    assertThat(read.bidStrategy().isKnown()).isFalse();
    assertThat(read.bidStrategy()).hasToString("COST_CAP");
    assertThat(BidStrategy.of("lowest_cost_with_bid_cap")).isSameAs(BidStrategy.LOWEST_COST_WITH_BID_CAP);
    assertThat(BidStrategy.LOWEST_COST_WITH_BID_CAP.isKnown()).isTrue();
    assertThatThrownBy(() -> BidStrategy.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("optimization_spec.bid_strategy: must not be blank");
  }

  @Test
  void convertsMetasWorkedExamplesBothWays() {
    // ₹0.87 a delivery is 87 paise x 1,000; $0.05 is 5 cents x 1,000.
    assertThat(MaxPrice.perDelivery(new BigDecimal("0.87"), "INR")).isEqualTo(MaxPrice.perThousand(87000));
    assertThat(MaxPrice.perDelivery(new BigDecimal("0.05"), "USD").bidAmount()).isEqualTo(5000);
    assertThat(MaxPrice.perThousand(87000).perDelivery("INR")).isEqualByComparingTo("0.87")
        .hasToString("0.87");
    assertThat(MaxPrice.perThousand(5000).perDelivery("USD")).hasToString("0.05");
    // The yen has no minor unit: ¥3 a delivery is 3 x 1,000.
    assertThat(MaxPrice.perDelivery(new BigDecimal("3"), "JPY").bidAmount()).isEqualTo(3000);
    assertThat(MaxPrice.perThousand(3000).perDelivery("JPY")).hasToString("3");
    assertThat(MaxPrice.perDelivery(new BigDecimal("3.5"), "JPY").bidAmount()).isEqualTo(3500);
    // A fraction of a cent a delivery is fine while the count per 1,000 stays whole.
    assertThat(MaxPrice.perDelivery(new BigDecimal("0.0035"), "USD").bidAmount()).isEqualTo(350);
    assertThat(MaxPrice.perThousand(350).perDelivery("USD")).hasToString("0.0035");
    assertThat(MaxPrice.perThousand(20_000_000).perDelivery("USD")).hasToString("200");
    assertThat(MaxPrice.perThousand(1).bidStrategy()).isSameAs(BidStrategy.LOWEST_COST_WITH_BID_CAP);
  }

  @Test
  void refusesWhatMetaCannotTake() {
    assertThatThrownBy(() -> MaxPrice.perDelivery(new BigDecimal("0.870515"), "INR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("optimization_spec.bid_amount: INR 0.870515 a delivery is 87051.5 per 1,000 deliveries in the"
            + " currency's smallest unit; must be a whole number from 1 to 2147483647");
    assertThatThrownBy(() -> MaxPrice.perDelivery(new BigDecimal("0.0000001"), "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD 0.0000001 a delivery is 0.01 per 1,000 deliveries");
    assertThatThrownBy(() -> MaxPrice.perDelivery(new BigDecimal("0.0035"), "JPY"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is 3.5 per 1,000");
    assertThatThrownBy(() -> MaxPrice.perDelivery(BigDecimal.ZERO, "USD"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("USD 0 a delivery is 0 per 1,000");
    assertThatThrownBy(() -> MaxPrice.perDelivery(new BigDecimal("-0.05"), "USD"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is -5000 per 1,000");
    assertThatThrownBy(() -> MaxPrice.perDelivery(new BigDecimal("21474.84"), "USD"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is 2147484000 per 1,000");
    assertThatThrownBy(() -> MaxPrice.perDelivery(BigDecimal.ONE, "ABC"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("currency: not an ISO 4217 currency, was 'ABC'");
    assertThatThrownBy(() -> MaxPrice.perThousand(1).perDelivery("XAU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency: XAU has no minor unit to count a bid_amount in");
    assertThatThrownBy(() -> MaxPrice.perThousand(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("optimization_spec.bid_amount: must be 1 to 2147483647 (int32: the max price per 1,000"
            + " deliveries in the smallest unit of the account's currency), was 0");
    assertThatThrownBy(() -> MaxPrice.perThousand(2_147_483_648L))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 2147483648");
    assertThat(MaxPrice.perThousand(2_147_483_647L).bidAmount()).isEqualTo(MaxPrice.MAX_BID_AMOUNT);
  }

  @Test
  void onlyMarketingTemplatesTakeOneAndAnEditMustChangeSomething() {
    TemplateDefinition utility = TemplateDefinition.builder("order_update", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Your order shipped."))
        .maxPrice(MaxPrice.perThousand(4000))
        .build();
    assertThat(utility.problems()).containsExactly("optimization_spec: a max price is for MARKETING templates (sent"
        + " through the Marketing Messages API), category is UTILITY");
    assertThatThrownBy(() -> graph.client().templates().create(utility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimization_spec: a max price");
    TemplateEdit toUtility = new TemplateEdit(TemplateCategory.UTILITY, null, null, null, null,
        MaxPrice.perThousand(4000));
    assertThat(toUtility.problems()).containsExactly("optimization_spec: a max price is for MARKETING templates"
        + " (sent through the Marketing Messages API), category is UTILITY");
    assertThatThrownBy(() -> graph.client().templates().edit("1733678867511493", toUtility))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimization_spec");
    assertThat(graph.server().getRequestCount()).isZero();

    assertThat(seasonalSale(MaxPrice.perThousand(87000)).problems()).isEmpty();
    assertThat(TemplateEdit.maxPrice(MaxPrice.perThousand(4000)).problems()).isEmpty();
    assertThatThrownBy(() -> new TemplateEdit(null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template edit: change at least one of category, parameter_format, components,"
            + " message_send_ttl_seconds, degrees_of_freedom_spec, optimization_spec");
    // The constructors from before the field keep working.
    assertThat(new TemplateDefinition("a", "en", TemplateCategory.MARKETING, ParameterFormat.POSITIONAL, List.of(),
        null).maxPrice()).isNull();
    assertThat(new TemplateEdit(TemplateCategory.MARKETING, null, null, null).maxPrice()).isNull();
    assertThat(TemplateDefinition.builder("a", "en", TemplateCategory.MARKETING).build().maxPrice()).isNull();
  }
}
