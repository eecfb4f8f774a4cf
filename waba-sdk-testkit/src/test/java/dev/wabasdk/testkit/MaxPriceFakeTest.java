package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.testkit.internal.Json;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Marketing Messages API's max price (BETA) against the fake, over raw HTTP: {@code optimization_spec} on
 * template create, read back and edit (and the older {@code bid_spec} until July 31, 2026), Cloud API's 131061,
 * {@code bid_spec.per_message_bid_multiplier} on {@code /marketing_messages}, {@code pricing.cost} on delivered and
 * read statuses, and the reach estimate.
 */
class MaxPriceFakeTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String INDIA = "+919876543210";
  private static final String BODY = "\"components\":[{\"type\":\"BODY\",\"text\":\"Shop our seasonal sale! Up to 50% "
      + "off selected items.\"}]";
  private static final String META_131061 = "Marketing templates containing bid_spec are not supported by the Cloud"
      + " API. To use templates with bid_spec, please use the Marketing Messages API for WhatsApp.";

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  private Wire start(FakeWhatsApp.Builder builder) {
    fake = builder.start();
    return new Wire(fake);
  }

  private String templates() {
    return "/v26.0/" + fake.businessAccountId() + "/message_templates";
  }

  /** Meta's create example with {@code spec} ("optimization_spec":{...}) added. */
  private static String create(String name, String category, String spec) {
    return "{\"name\":\"" + name + "\",\"category\":\"" + category + "\",\"language\":\"en\"," + BODY
        + (spec.isEmpty() ? "" : "," + spec) + "}";
  }

  private static String optimization(Object bidAmount) {
    return "\"optimization_spec\":{\"bid_amount\":" + bidAmount + ",\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\"}";
  }

  private static Object details(Wire.Reply reply) {
    return reply.at("error", "error_data", "details");
  }

  private static Money marketingRate(String to, Instant at) {
    return CostEstimator.builder().marketingDeliveryPauses(false).build()
        .priceOf(PriceQuery.of(to, PricingCategory.MARKETING).at(at)).price();
  }

  @Test
  void aMaxPriceIsSetOnCreateReadBackAsMetaShowsItAndUpdated() {
    Wire wire = start(FakeWhatsApp.builder());
    Wire.Reply created = wire.post(templates(), create("seasonal_sale_promo", "MARKETING", optimization(87000)));
    assertThat(created.code()).isEqualTo(200);
    String id = (String) created.at("id");

    Wire.Reply read = wire.get("/v26.0/" + id + "/?fields=optimization_spec");
    assertThat(read.body()).isEqualTo("{\"optimization_spec\":{\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\","
        + "\"bid_amount\":87000},\"id\":\"" + id + "\"}");

    fake.templates().approve(id);
    Wire.Reply edited = wire.post("/v26.0/" + id + "/",
        "{\"optimization_spec\":{\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\",\"bid_amount\":4000}}");
    assertThat(edited.json()).isEqualTo(Map.of("success", true));
    assertThat(wire.get("/v26.0/" + id + "?fields=optimization_spec").at("optimization_spec", "bid_amount"))
        .isEqualTo(4000L);
    // A template without a max price shows none: rate card pricing.
    Wire.Reply plain = wire.post(templates(), create("plain_promo", "MARKETING", ""));
    assertThat(wire.get("/v26.0/" + plain.at("id") + "?fields=optimization_spec").json())
        .isEqualTo(Map.of("id", plain.at("id")));
  }

  @Test
  void badMaxPricesAndOtherCategoriesAreRefusedWithError100NamingTheField() {
    Wire wire = start(FakeWhatsApp.builder());
    Wire.Reply utility = wire.post(templates(), create("order_update", "UTILITY", optimization(5000)));
    assertThat(utility.code()).isEqualTo(400);
    assertThat(utility.at("error", "code")).isEqualTo(100L);
    assertThat(details(utility)).isEqualTo("Param optimization_spec (max price) is for MARKETING templates sent "
        + "through the Marketing Messages API; order_update is UTILITY.");

    for (String bid : List.of("0", "-5", "2147483648", "\"5000\"", "1.5", "null")) {
      Wire.Reply bad = wire.post(templates(), create("promo", "MARKETING", optimization(bid)));
      assertThat(bad.at("error", "code")).as(bid).isEqualTo(100L);
      assertThat(details(bad)).as(bid).isEqualTo("Param optimization_spec['bid_amount'] must be a whole number "
          + "from 1 to 2147483647 (the max price per 1,000 deliveries in the currency's smallest unit), was "
          + bid + ".");
    }
    assertThat(wire.post(templates(), create("promo", "MARKETING", optimization(2147483647L))).code())
        .isEqualTo(200);

    Wire.Reply strategy = wire.post(templates(), create("promo_b", "MARKETING",
        "\"optimization_spec\":{\"bid_amount\":5000,\"bid_strategy\":\"LOWEST_COST\"}"));
    assertThat(details(strategy)).isEqualTo(
        "Param optimization_spec['bid_strategy'] must be LOWEST_COST_WITH_BID_CAP, was \"LOWEST_COST\".");
    Wire.Reply notObject = wire.post(templates(), create("promo_c", "MARKETING", "\"optimization_spec\":5000"));
    assertThat(details(notObject))
        .isEqualTo("Param optimization_spec must be a JSON object with bid_amount and bid_strategy.");

    // Meta: a template created without a max price cannot be given one; a new template is needed.
    Wire.Reply plain = wire.post(templates(), create("plain_promo", "MARKETING", ""));
    fake.templates().approve((String) plain.at("id"));
    Wire.Reply added = wire.post("/v26.0/" + plain.at("id"), "{" + optimization(5000) + "}");
    assertThat(added.at("error", "code")).isEqualTo(100L);
    assertThat(details(added)).isEqualTo("You cannot add optimization_spec to existing template plain_promo, which "
        + "was created without a max price; create a new template with optimization_spec included.");
  }

  @Test
  void templateLevelBidSpecIsTheSameUntilJuly31AndRefusedFromAugust1() {
    Wire wire = start(FakeWhatsApp.builder().startAt(Instant.parse("2026-07-31T23:59:59Z")));
    Wire.Reply before = wire.post(templates(), create("old_promo", "MARKETING",
        "\"bid_spec\":{\"bid_amount\":5000,\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\"}"));
    assertThat(before.code()).isEqualTo(200);
    assertThat(wire.get("/v26.0/" + before.at("id") + "?fields=optimization_spec").at("optimization_spec"))
        .isEqualTo(Map.of("bid_strategy", "LOWEST_COST_WITH_BID_CAP", "bid_amount", 5000L));

    fake.clock().advance(Duration.ofSeconds(1)); // 2026-08-01T00:00:00Z
    Wire.Reply after = wire.post(templates(), create("new_promo", "MARKETING",
        "\"bid_spec\":{\"bid_amount\":5000,\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\"}"));
    assertThat(after.code()).isEqualTo(400);
    assertThat(after.at("error", "code")).isEqualTo(100L);
    assertThat(details(after)).isEqualTo("Param bid_spec is no longer supported for templates after July 31, 2026; "
        + "set the max price in optimization_spec (same bid_amount and bid_strategy).");
    fake.templates().approve((String) before.at("id"));
    Wire.Reply edit = wire.post("/v26.0/" + before.at("id"),
        "{\"bid_spec\":{\"bid_amount\":6000,\"bid_strategy\":\"LOWEST_COST_WITH_BID_CAP\"}}");
    assertThat(details(edit)).isEqualTo(details(after));
  }

  /** An approved max-price template {@code name} with {@code bidAmount}; its id. */
  private String maxPriceTemplate(Wire wire, String name, long bidAmount) {
    Wire.Reply created = wire.post(templates(), create(name, "MARKETING", optimization(bidAmount)));
    assertThat(created.code()).isEqualTo(200);
    fake.templates().approve((String) created.at("id"));
    return (String) created.at("id");
  }

  private static String send(String to, String name, String extra) {
    return "{\"recipient_type\":\"individual\",\"messaging_product\":\"whatsapp\",\"to\":\"" + to + "\","
        + "\"type\":\"template\",\"template\":{\"name\":\"" + name + "\",\"language\":{\"code\":\"en\"}}"
        + extra + "}";
  }

  private Wire.Reply sendMarketing(Wire wire, String json) {
    return wire.post("/v26.0/" + fake.phoneNumberId() + "/marketing_messages", json);
  }

  @Test
  void cloudApiRefusesAMaxPriceTemplateWith131061() {
    Wire wire = start(FakeWhatsApp.builder());
    maxPriceTemplate(wire, "seasonal_sale_promo", 5000);

    Wire.Reply cloud = wire.send(send(INDIA, "seasonal_sale_promo", ""));
    assertThat(cloud.code()).isEqualTo(400);
    assertThat(cloud.at("error", "code")).isEqualTo(131061L);
    assertThat(details(cloud)).isEqualTo(META_131061);
    assertThat((String) cloud.at("error", "message")).contains("131061");
    // Not onboarded: /marketing_messages falls back to Cloud API, which refuses it the same way.
    assertThat(sendMarketing(wire, send(INDIA, "seasonal_sale_promo", "")).at("error", "code")).isEqualTo(131061L);
    assertThat(fake.sentMessages()).isEmpty();

    fake.account().marketingMessagesOnboarded(true);
    Wire.Reply mm = sendMarketing(wire, send(INDIA, "seasonal_sale_promo", ""));
    assertThat(mm.code()).isEqualTo(200);
    String wamid = Json.string(Json.list(mm.json(), "messages").get(0), "id");
    assertThat(fake.sentMessage(wamid).pricingCategory()).isEqualTo(PricingCategory.MARKETING_LITE);
  }

  private List<Map<String, Object>> statuses() {
    fake.awaitWebhooks(WAIT);
    return receiver.events().stream()
        .map(e -> Json.map(Json.at(Json.list(Json.list(e, "entry").get(0), "changes").get(0), "value")))
        .flatMap(v -> Json.list(v, "statuses").stream()).map(Json::map).toList();
  }

  private Wire startWithWebhooks() {
    Wire wire = start(FakeWhatsApp.builder().autoRead(true));
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    fake.account().marketingMessagesOnboarded(true);
    return wire;
  }

  @Test
  void deliveredAndReadStatusesCarryTheMaxPriceTimesTheMultiplierBelowTheRate() {
    Wire wire = startWithWebhooks();
    Money rate = marketingRate(INDIA, fake.clock().instant());
    assertThat(rate.currency()).isEqualTo("USD");
    assertThat(rate.amount()).isGreaterThan(new BigDecimal("0.005")); // so 1000 x 0.5 is under the rate
    maxPriceTemplate(wire, "seasonal_sale_promo", 1000); // $0.01 per delivery

    Wire.Reply sent = sendMarketing(wire, send(INDIA, "seasonal_sale_promo",
        ",\"bid_spec\":{\"per_message_bid_multiplier\":0.5}"));
    assertThat(sent.code()).isEqualTo(200);

    List<Map<String, Object>> statuses = statuses();
    assertThat(statuses).extracting(s -> s.get("status")).containsExactly("sent", "delivered", "read");
    assertThat(Json.map(statuses.get(0), "pricing")).doesNotContainKey("cost");
    for (Map<String, Object> status : statuses.subList(1, 3)) {
      assertThat(Json.map(status, "pricing")).containsEntry("category", "marketing_lite")
          .containsEntry("cost", Map.of("amount", 0.005, "currency", "USD"));
    }
    // The request kept the multiplier as sent.
    assertThat(fake.sentMessages()).singleElement().satisfies(m -> assertThat(Json.parseObject(m.request()))
        .containsEntry("bid_spec", Map.of("per_message_bid_multiplier", 0.5)));
  }

  @Test
  void aMaxPriceAboveTheRateIsChargedTheRate() {
    Wire wire = startWithWebhooks();
    Money rate = marketingRate(INDIA, fake.clock().instant());
    maxPriceTemplate(wire, "seasonal_sale_promo", 87000); // 870 US cents per delivery: far above the rate

    assertThat(sendMarketing(wire, send(INDIA, "seasonal_sale_promo", "")).code()).isEqualTo(200);

    Map<String, Object> delivered = statuses().get(1);
    assertThat(delivered.get("status")).isEqualTo("delivered");
    Map<String, Object> cost = Json.map(delivered, "pricing", "cost");
    assertThat(new BigDecimal(String.valueOf(cost.get("amount")))).isEqualByComparingTo(rate.amount());
    assertThat(cost.get("currency")).isEqualTo("USD");
  }

  @Test
  void aTemplateWithoutAMaxPriceReportsNoCost() {
    Wire wire = startWithWebhooks();
    wire.post(templates(), create("plain_promo", "MARKETING", ""));
    fake.templates().approve(fake.templates().all().get(0).id());
    assertThat(sendMarketing(wire, send(INDIA, "plain_promo", "")).code()).isEqualTo(200);
    List<Map<String, Object>> statuses = statuses();
    assertThat(statuses).extracting(s -> s.get("status")).containsExactly("sent", "delivered", "read");
    assertThat(Json.map(statuses.get(1), "pricing")).containsEntry("category", "marketing_lite")
        .doesNotContainKey("cost");
    assertThat(statuses.get(2)).doesNotContainKey("pricing"); // the fake's read statuses carry no pricing

  }

  @Test
  void aBadMultiplierIsRefusedWithError100NamingTheField() {
    Wire wire = startWithWebhooks();
    maxPriceTemplate(wire, "seasonal_sale_promo", 1000);
    for (String multiplier : List.of("0", "-1.5", "\"abc\"", "true", "{\"x\":1}")) {
      Wire.Reply bad = sendMarketing(wire, send(INDIA, "seasonal_sale_promo",
          ",\"bid_spec\":{\"per_message_bid_multiplier\":" + multiplier + "}"));
      assertThat(bad.at("error", "code")).as(multiplier).isEqualTo(100L);
      assertThat(details(bad)).as(multiplier).isEqualTo("Param bid_spec['per_message_bid_multiplier'] must be a "
          + "positive number (1.5 raises the template's max price by 50%), was " + multiplier + ".");
    }
    Wire.Reply notObject = sendMarketing(wire, send(INDIA, "seasonal_sale_promo", ",\"bid_spec\":1.5"));
    assertThat(details(notObject))
        .isEqualTo("Param bid_spec must be a JSON object with per_message_bid_multiplier, was 1.5.");
    assertThat(fake.sentMessages()).isEmpty();
    // Meta's example quotes the multiplier: a numeric string is read as the number.
    assertThat(sendMarketing(wire, send(INDIA, "seasonal_sale_promo",
        ",\"bid_spec\":{\"per_message_bid_multiplier\":\"1.5\"}")).code()).isEqualTo(200);
  }

  private Wire.Reply reach(Wire wire, String targeting, String interval) {
    StringBuilder query = new StringBuilder();
    if (targeting != null) {
      query.append("targeting_spec=").append(URLEncoder.encode(targeting, StandardCharsets.UTF_8));
    }
    if (interval != null) {
      query.append(query.length() > 0 ? "&" : "").append("date_interval=").append(interval);
    }
    return wire.get("/v26.0/" + fake.businessAccountId() + "/reachestimate?" + query);
  }

  @Test
  void theReachEstimateOffersBidsAroundTheMarketsRateInMetasShape() {
    Wire wire = start(FakeWhatsApp.builder());
    Wire.Reply reply = reach(wire, "{\"geo_locations\":{\"countries\":[\"IN\"]}}", "L7D");
    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.at("waba_currency")).isEqualTo("USD");
    // Per 1,000 deliveries in cents: the Indian rate x 100,000.
    BigDecimal rate = marketingRate(INDIA, fake.clock().instant()).amount().movePointRight(5);
    List<Object> estimates = Json.list(reply.json(), "estimates");
    assertThat(estimates).hasSize(4);
    long previousDeliveries = 0;
    for (int i = 0; i < estimates.size(); i++) {
      Map<String, Object> e = Json.map(estimates.get(i));
      assertThat(e).containsOnlyKeys("bid_amount", "users", "deliveries_lower_bound", "deliveries_upper_bound",
          "cost_lower_bound", "cost_upper_bound");
      long bid = (Long) e.get("bid_amount");
      BigDecimal step = List.of(new BigDecimal("0.8"), BigDecimal.ONE, new BigDecimal("1.2"),
          new BigDecimal("1.5")).get(i);
      assertThat(bid).isEqualTo(rate.multiply(step).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
      assertThat(e.get("users")).isEqualTo(1000L);
      long lower = (Long) e.get("deliveries_lower_bound");
      assertThat(lower).isGreaterThan(previousDeliveries).isLessThan((Long) e.get("deliveries_upper_bound"));
      previousDeliveries = lower;
      double costLower = ((Number) e.get("cost_lower_bound")).doubleValue();
      double costUpper = ((Number) e.get("cost_upper_bound")).doubleValue();
      assertThat(costLower).isPositive().isLessThan(costUpper);
      assertThat(costUpper).isLessThanOrEqualTo(bid);
    }
    assertThat(reach(wire, "{\"geo_locations\":{\"countries\":[\"IN\"]}}", "L7D").body())
        .as("deterministic").isEqualTo(reply.body());
    assertThat(reach(wire, "{\"geo_locations\":{\"countries\":[\"IN\",\"BR\"]}}", "L28D").code()).isEqualTo(200);
  }

  @Test
  void aBadReachEstimateRequestIsRefusedWithError100NamingTheParameter() {
    Wire wire = start(FakeWhatsApp.builder());
    String india = "{\"geo_locations\":{\"countries\":[\"IN\"]}}";
    assertThat(details(reach(wire, india, null))).isEqualTo("The parameter date_interval is required.");
    assertThat(details(reach(wire, india, "L3D")))
        .isEqualTo("Param date_interval must be one of {L1D, L7D, L14D, L28D}, was \"L3D\".");
    assertThat(details(reach(wire, null, "L1D"))).isEqualTo("The parameter targeting_spec is required.");
    assertThat(details(reach(wire, "IN", "L1D"))).isEqualTo("Param targeting_spec must be serialized JSON such as "
        + "{\"geo_locations\":{\"countries\":[\"IN\"]}}, was IN.");
    for (String countries : List.of("[]", "[\"IND\"]", "[\"in\"]", "\"IN\"", "[1]")) {
      Wire.Reply bad = reach(wire, "{\"geo_locations\":{\"countries\":" + countries + "}}", "L14D");
      assertThat(bad.code()).isEqualTo(400);
      assertThat(bad.at("error", "code")).isEqualTo(100L);
      assertThat(details(bad)).as(countries).isEqualTo("Param targeting_spec['geo_locations']['countries'] must be"
          + " a non-empty list of 2-letter country codes such as [\"IN\"], was " + countries + ".");
    }
    assertThat(details(reach(wire, "{\"countries\":[\"IN\"]}", "L14D"))).asString().endsWith(", was null.");
  }
}
