package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Referral;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Estimate;
import dev.wabasdk.cost.HistoryEvent;
import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One source of truth for Meta's pricing rules (issue 19): the same conversation replayed through the fake (its
 * status webhooks' {@code pricing} and the console's cost) and through core's estimator gives the same lines.
 * Rules: Meta's pricing page (per-message pricing; free entry point), the non-template pricing page (from
 * 2026-10-01 service messages charged after 1,000 free per number a month, in-window utility templates charged).
 */
class PricingAgreementTest {
  private static final String BR = "+5511987654321";
  private static final String IN = "+919812345678";
  private static final String DE = "+4915112345678";
  private static final String UTILITY = "order_update";
  private static final String MARKETING = "spring_sale";

  private FakeWhatsApp fake;

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  /** One line as both sides can state it: month, category, free, unit price. */
  private record Line(YearMonth month, PricingCategory category, boolean free, Money unit) {}

  @Test
  void beforeOctober2026() {
    agree(Instant.parse("2026-08-03T09:00:00Z"));
  }

  @Test
  void fromOctober2026() {
    agree(Instant.parse("2026-11-02T09:00:00Z"));
  }

  private void agree(Instant start) {
    fake = FakeWhatsApp.builder().startAt(start)
        .approvedTemplate(UTILITY, "en_US", TemplateCategory.UTILITY, "Order shipped.")
        .approvedTemplate(MARKETING, "en_US", TemplateCategory.MARKETING, "Spring sale!")
        .start();
    Wire wire = new Wire(fake);
    List<HistoryEvent> events = new ArrayList<>();
    Map<String, PricingCategory> sentCategory = new HashMap<>();

    events.add(HistoryEvent.inbound(BR, fake.user(BR).sends("hi").timestamp()));
    send(wire, BR, null, events, sentCategory);              // service reply inside the window
    fake.clock().advance(Duration.ofHours(1));
    send(wire, BR, UTILITY, events, sentCategory);           // utility inside the window
    send(wire, BR, MARKETING, events, sentCategory);         // marketing inside the window
    fake.clock().advance(Duration.ofHours(30));
    send(wire, BR, UTILITY, events, sentCategory);           // utility outside the window
    send(wire, IN, MARKETING, events, sentCategory);         // a new user, outside the window
    send(wire, IN, UTILITY, events, sentCategory);
    events.add(HistoryEvent.referral(DE, fake.user(DE).comesFromAd(Referral.ad("120201234", "Shoes"))
        .sends("Is this available?").timestamp()));
    send(wire, DE, null, events, sentCategory);              // opens the free entry point window
    fake.clock().advance(Duration.ofHours(48));
    send(wire, DE, MARKETING, events, sentCategory);         // still inside it
    fake.clock().advance(Duration.ofHours(30));
    send(wire, DE, MARKETING, events, sentCategory);         // after it
    fake.awaitWebhooks(Duration.ofSeconds(10));

    Estimate estimate = CostEstimator.builder().marketingDeliveryPauses(false).build().replay(events).perMessage();

    Map<Line, Long> fromFake = new TreeMap<>(PricingAgreementTest::compare);
    Money fakeTotal = Money.zero("USD");
    for (SentMessage m : fake.sentMessages()) {
      Map<String, Object> item = consoleItem(wire, m.to(), m.id());
      String price = Json.string(item, "price");
      Money unit = price == null ? Money.zero("USD") : Money.of(price.substring(4), "USD");
      fakeTotal = fakeTotal.plus(unit);
      PricingCategory category = sentCategory.get(m.id());
      // The webhook names the free entry point, the estimator's line the message's own category.
      if (PricingType.of(m.pricingType()).equals(PricingType.FREE_ENTRY_POINT)) {
        assertThat(m.pricingCategory()).isEqualTo(PricingCategory.REFERRAL_CONVERSION);
      } else {
        assertThat(m.pricingCategory()).as(m.id()).isEqualTo(category);
      }
      assertThat(m.billable()).as(m.id()).isEqualTo(price != null);
      assertThat(Json.at(item, "pricing", "billable")).isEqualTo(m.billable());
      fromFake.merge(new Line(YearMonth.from(m.timestamp().atZone(ZoneOffset.UTC)), category, !m.billable(), unit),
          1L, Long::sum);
    }
    Map<Line, Long> fromEstimator = new TreeMap<>(PricingAgreementTest::compare);
    for (LineItem item : estimate.items()) {
      fromEstimator.merge(new Line(item.month(), item.category(), item.free(), item.unitPrice()), item.count(),
          Long::sum);
    }
    assertThat(fromFake).isEqualTo(fromEstimator);
    assertThat(fakeTotal).isEqualTo(estimate.metaTotal());
    Map<String, Object> users = wire.get("/testkit/users").json();
    assertThat(Money.of(Json.string(users, "cost").substring(4), "USD")).isEqualTo(estimate.metaTotal());
    assertThat(estimate.chargedCount()).isPositive();
  }

  private static int compare(Line a, Line b) {
    int c = a.month().compareTo(b.month());
    c = c != 0 ? c : a.category().value().compareTo(b.category().value());
    c = c != 0 ? c : Boolean.compare(a.free(), b.free());
    return c != 0 ? c : a.unit().amount().compareTo(b.unit().amount());
  }

  private void send(Wire wire, String to, String template, List<HistoryEvent> events,
      Map<String, PricingCategory> sentCategory) {
    String digits = to.substring(1);
    String body = template == null ? Wire.text(digits, "Hello")
        : "{\"messaging_product\":\"whatsapp\",\"to\":\"" + digits + "\",\"type\":\"template\",\"template\":"
            + "{\"name\":\"" + template + "\",\"language\":{\"code\":\"en_US\"}}}";
    Wire.Reply reply = wire.send(body);
    String id = (String) Json.at(Json.list(reply.json(), "messages").get(0), "id");
    PricingCategory category = template == null ? PricingCategory.SERVICE
        : template.equals(UTILITY) ? PricingCategory.UTILITY : PricingCategory.MARKETING;
    sentCategory.put(id, category);
    events.add(HistoryEvent.outbound(to, fake.clock().instant(), category));
  }

  private static Map<String, Object> consoleItem(Wire wire, String waId, String id) {
    Map<String, Object> user = wire.get("/testkit/users/+" + waId).json();
    for (Object item : Json.list(user, "conversation")) {
      if (id.equals(Json.string(item, "id"))) {
        return Json.map(item);
      }
    }
    throw new AssertionError("no console item " + id);
  }
}
