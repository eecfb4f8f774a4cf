package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.cost.BilledPricing;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code pricing.cost} on the delivered and read statuses of max-price Marketing Messages API messages (BETA):
 * Meta's example, through both parser paths, and malformed costs that must not cost the status.
 */
class MaxPriceCostTest {

  private static final String FIXTURE = "status-delivered-max-price.json";
  /** The fixture's cost object, as written there. */
  private static final String COST = "{\n" + " ".repeat(20) + "\"amount\": 0.035,\n" + " ".repeat(20)
      + "\"currency\": \"USD\"\n" + " ".repeat(18) + "}";
  private static final Pricing META_EXAMPLE = new Pricing(true, PricingModel.PMP, PricingType.REGULAR,
      PricingCategory.MARKETING_LITE, new Money(new BigDecimal("0.035"), "USD"));

  @Test
  void metasExampleIsParsedWithItsExactCost() {
    List<WebhookEvent> events = WebhookProcessor.parse(bytes(FIXTURE));
    assertThat(events).singleElement().isInstanceOf(MessageStatus.class);
    MessageStatus status = (MessageStatus) events.get(0);
    assertThat(status.status()).isSameAs(DeliveryStatus.DELIVERED);
    assertThat(status.pricing()).isEqualTo(META_EXAMPLE);
    assertThat(status.pricing().cost().amount()).isEqualTo(new BigDecimal("0.035")); // exact: scale 3 too
    assertThat(status.pricing().cost().currency()).isEqualTo("USD");
    // The estimate changes nothing in what the reconciliation is given.
    assertThat(status.pricing().toBilledPricing())
        .isEqualTo(new BilledPricing(PricingModel.PMP, PricingCategory.MARKETING_LITE, "regular", true));
  }

  @Test
  void handleDispatchesTheStatusWithItsCost() {
    List<WebhookEvent> received = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder()
        .appSecret(APP_SECRET)
        .verifyToken(VERIFY_TOKEN)
        .listener(new WebhookListener() {
          @Override
          public void onEvent(WebhookEvent event) {
            received.add(event);
          }
        })
        .build();
    byte[] body = bytes(FIXTURE);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(received).singleElement().isInstanceOf(MessageStatus.class);
    assertThat(((MessageStatus) received.get(0)).pricing()).isEqualTo(META_EXAMPLE);
  }

  @Test
  void theFastPathAndTheGeneralPathGiveTheSameEvent() {
    for (String body : List.of(text(), text().replace("\"delivered\"", "\"read\""))) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      List<WebhookEvent> fast = WebhookFastPath.parse(bytes);
      List<WebhookEvent> general = WebhookParser.parse(WebhookJsonReader.parseObject(bytes));
      assertThat(fast).as("the fast path takes the max-price status on").isNotNull().hasSize(1);
      assertThat(fast).isEqualTo(general);
      assertThat(((MessageStatus) fast.get(0)).pricing()).isEqualTo(META_EXAMPLE);
      assertThat(((MessageStatus) general.get(0)).pricing().cost()).isEqualTo(META_EXAMPLE.cost());
    }
  }

  @Test
  void aReadStatusCarriesItsCostToo() {
    MessageStatus read = (MessageStatus) WebhookProcessor.parse(
        text().replace("\"delivered\"", "\"read\"").getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(read.status()).isSameAs(DeliveryStatus.READ);
    assertThat(read.pricing().cost()).isEqualTo(Money.of("0.035", "USD"));
  }

  @Test
  void aLowerCaseCurrencyIsReadUpperCase() {
    assertThat(cost("{\"amount\": 1.5, \"currency\": \"inr\"}")).isEqualTo(Money.of("1.5", "INR"));
  }

  @Test
  void aMalformedCostIsNullAndTheStatusIsKept() {
    for (String cost : List.of("\"0.035 USD\"", "[0.035, \"USD\"]", "{\"amount\": \"abc\", \"currency\": \"USD\"}",
        "{\"amount\": {\"value\": 1}, \"currency\": \"USD\"}", "{\"amount\": true, \"currency\": \"USD\"}",
        "{\"currency\": \"USD\"}", "{\"amount\": 0.035}", "{\"amount\": 0.035, \"currency\": \"US\"}",
        "{\"amount\": 0.035, \"currency\": \"USDT\"}", "{\"amount\": 0.035, \"currency\": \"U$D\"}",
        "{\"amount\": 0.035, \"currency\": 840}", "null")) {
      byte[] body = text().replace(COST, cost).getBytes(StandardCharsets.UTF_8);
      assertThat(new String(body, StandardCharsets.UTF_8)).as("replaced").isNotEqualTo(text());
      List<WebhookEvent> events = WebhookProcessor.parse(body);
      assertThat(events).as(cost).singleElement().isInstanceOf(MessageStatus.class);
      MessageStatus status = (MessageStatus) events.get(0);
      assertThat(status.pricing()).as(cost)
          .isEqualTo(new Pricing(true, PricingModel.PMP, PricingType.REGULAR, PricingCategory.MARKETING_LITE));
      assertThat(status.pricing().cost()).as(cost).isNull();
      assertThat(status.raw().json()).as("the raw status keeps what Meta sent").contains("\"cost\"");
      List<WebhookEvent> fast = WebhookFastPath.parse(body);
      if (fast != null) {
        assertThat(fast).as(cost).isEqualTo(events);
      }
    }
  }

  @Test
  void theFourArgumentConstructorHasNoCost() {
    assertThat(new Pricing(false, PricingModel.PMP, PricingType.FREE_CUSTOMER_SERVICE, PricingCategory.SERVICE)
        .cost()).isNull();
  }

  private static Money cost(String cost) {
    byte[] body = text().replace(COST, cost).getBytes(StandardCharsets.UTF_8);
    return ((MessageStatus) WebhookProcessor.parse(body).get(0)).pricing().cost();
  }

  private static String text() {
    return new String(bytes(FIXTURE), StandardCharsets.UTF_8);
  }
}
