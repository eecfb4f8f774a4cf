package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ProductPolicy;
import dev.wabasdk.message.ReachEstimate;
import dev.wabasdk.message.ReachEstimateRequest;
import dev.wabasdk.message.ReachEstimateRequest.DateInterval;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The send-time and account-level parts of the Marketing Messages API's max price (Meta, "Set a max price for
 * marketing messages (BETA)"): the per-message multiplier, the reach estimate and error 131061.
 */
class MaxPriceClientTest {
  private static final String META_ANSWER = """
      {"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],
       "messages":[{"id":"wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"}]}""";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void theMultiplierIsSentAsMetasBidSpecNumber() throws Exception {
    graph.enqueue(200, META_ANSWER);
    graph.enqueue(200, META_ANSWER);

    graph.client().marketingMessages().send(Message.template("+16505551234", "seasonal_sale_promo", "en"),
        MarketingMessageOptions.builder().perMessageBidMultiplier(1.5).build());
    graph.client().marketingMessages().sendAsync(Message.template("+16505551234", "seasonal_sale_promo", "en"),
        MarketingMessageOptions.builder().productPolicy(ProductPolicy.STRICT).messageActivitySharing(true)
            .perMessageBidMultiplier(0.9).build()).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/marketing_messages");
    // Meta's example (its placeholder quoted, its table a Float): a JSON number, under bid_spec at send time.
    assertThat(request.getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"type\":\"template\",\"template\":{\"name\":\"seasonal_sale_promo\","
        + "\"language\":{\"code\":\"en\"}},\"bid_spec\":{\"per_message_bid_multiplier\":1.5}}");
    assertThat(graph.take().getBody().utf8()).endsWith("\"template\":{\"name\":\"seasonal_sale_promo\","
        + "\"language\":{\"code\":\"en\"}},\"product_policy\":\"STRICT\",\"message_activity_sharing\":true,"
        + "\"bid_spec\":{\"per_message_bid_multiplier\":0.9}}");
  }

  @Test
  void theMultiplierMustBeAFinitePositiveNumber() {
    for (double bad : new double[] {0, -1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> MarketingMessageOptions.builder().perMessageBidMultiplier(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bid_spec.per_message_bid_multiplier: must be a finite number greater than 0 (1 keeps the"
              + " template's max price), was " + bad);
    }
    assertThatThrownBy(() -> new MarketingMessageOptions(null, null, -0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was -0.5");
    MarketingMessageOptions options = MarketingMessageOptions.builder().perMessageBidMultiplier(2).build();
    assertThat(options.perMessageBidMultiplier()).isEqualTo(2.0);
    assertThat(options.toBuilder().productPolicy(ProductPolicy.STRICT).build())
        .isEqualTo(new MarketingMessageOptions(ProductPolicy.STRICT, null, 2.0));
    assertThat(new MarketingMessageOptions(null, true).perMessageBidMultiplier()).isNull();
    assertThat(MarketingMessageOptions.DEFAULTS.perMessageBidMultiplier()).isNull();
  }

  @Test
  void theReachEstimateAsksAsMetaShowsAndReadsItsExampleAnswer() throws Exception {
    graph.enqueue(200, """
        {"waba_currency":"USD","estimates":[
          {"bid_amount":400,"users":1000,"deliveries_lower_bound":500,"deliveries_upper_bound":570,
           "cost_lower_bound":389.74,"cost_upper_bound":390.74},
          {"bid_amount":520,"users":1000,"deliveries_lower_bound":600,"deliveries_upper_bound":650,
           "cost_lower_bound":400.74,"cost_upper_bound":510.74}]}""");

    ReachEstimate reach = graph.client().marketingMessages()
        .reachEstimate(ReachEstimateRequest.of(DateInterval.L7D, "IN"));

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + GraphServerExtension.WABA_ID + "/reachestimate");
    assertThat(request.getUrl().queryParameter("targeting_spec"))
        .isEqualTo("{\"geo_locations\":{\"countries\":[\"IN\"]}}");
    assertThat(request.getUrl().queryParameter("date_interval")).isEqualTo("L7D");
    assertThat(request.getUrl().querySize()).isEqualTo(2);
    GraphServerExtension.assertHeaders(request);
    assertThat(reach).isEqualTo(new ReachEstimate("USD", List.of(
        new ReachEstimate.Estimate(400, 1000, 500, 570, new BigDecimal("389.74"), new BigDecimal("390.74")),
        new ReachEstimate.Estimate(520, 1000, 600, 650, new BigDecimal("400.74"), new BigDecimal("510.74")))));
    // 400 cents per 1,000 deliveries is $0.004 a delivery; the cost bounds convert the same way.
    assertThat(reach.perDelivery(reach.estimates().get(0).bidAmount())).hasToString("0.004");
    assertThat(reach.perDelivery(reach.estimates().get(0).costLowerBound())).hasToString("0.0038974");
    assertThat(new ReachEstimate("INR", List.of()).perDelivery(87000)).hasToString("0.87");
    assertThat(new ReachEstimate("JPY", List.of()).perDelivery(3000)).hasToString("3");
  }

  @Test
  void severalCountriesAndTheAsyncTwin() throws Exception {
    graph.enqueue(200, "{\"waba_currency\":\"INR\",\"estimates\":[]}");

    ReachEstimate reach = graph.client().marketingMessages()
        .reachEstimateAsync(ReachEstimateRequest.of(DateInterval.L28D, "IN", "SA")).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().queryParameter("targeting_spec"))
        .isEqualTo("{\"geo_locations\":{\"countries\":[\"IN\",\"SA\"]}}");
    assertThat(request.getUrl().queryParameter("date_interval")).isEqualTo("L28D");
    assertThat(reach.wabaCurrency()).isEqualTo("INR");
    assertThat(reach.estimates()).isEmpty();
    assertThat(DateInterval.values()).extracting(DateInterval::name).containsExactly("L1D", "L7D", "L14D", "L28D");
  }

  @Test
  void theRequestIsCheckedBeforeAnyCall() {
    assertThatThrownBy(() -> ReachEstimateRequest.of(DateInterval.L1D))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targeting_spec.geo_locations.countries: must name at least one country (ISO 3166 alpha-2,"
            + " e.g. IN), was empty");
    assertThatThrownBy(() -> ReachEstimateRequest.of(DateInterval.L1D, "IN", "in"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targeting_spec.geo_locations.countries[1]: must be an ISO 3166 alpha-2 country code in upper"
            + " case, e.g. IN, was 'in'");
    assertThatThrownBy(() -> ReachEstimateRequest.of(DateInterval.L1D, "IND"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 'IND'");
    assertThatThrownBy(() -> ReachEstimateRequest.of(DateInterval.L1D, "ZZ"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("was 'ZZ'");
    assertThatThrownBy(() -> new ReachEstimate("USDX", List.of()).perDelivery(1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("waba_currency: not an ISO 4217 currency, was 'USDX'");

    WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN)
        .phoneNumberId(GraphServerExtension.PHONE_NUMBER_ID).baseUrl(graph.server().url("/").toString()).build();
    try (noWaba) {
      assertThatThrownBy(() -> noWaba.marketingMessages().reachEstimate(ReachEstimateRequest.of(DateInterval.L7D,
          "IN")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("businessAccountId is required for marketingMessages().reachEstimate(...): set"
              + " WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void aMaxPriceTemplateSentThroughCloudApiIsAFinalRefusal() {
    // Meta's 131061: a template with optimization_spec (formerly bid_spec) sent to /messages.
    graph.enqueue(400, """
        {"error":{"message":"(#131061) Marketing templates containing bid_spec are not supported by the Cloud API.
         To use templates with bid_spec, please use the Marketing Messages API for WhatsApp.",
         "type":"OAuthException","code":131061,"fbtrace_id":"AbCdEf123"}}""".replace("\n", ""));

    assertThatThrownBy(() -> graph.client().messages().send(
        Message.template("+16505551234", "seasonal_sale_promo", "en")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(MarketingMessagesApi.MAX_PRICE_TEMPLATE_ON_CLOUD_API).isEqualTo(131061);
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_REQUEST);
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
        });
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
