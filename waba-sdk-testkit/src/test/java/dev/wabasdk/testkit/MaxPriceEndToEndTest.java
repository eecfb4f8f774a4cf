package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.Money;
import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ReachEstimate;
import dev.wabasdk.message.ReachEstimateRequest;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.MaxPrice;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateEdit;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Max price on the Marketing Messages API end to end: the SDK's template calls, sends and reach estimate against
 * the fake, and the fake's status webhooks into the SDK's processor. The two sides were written apart from Meta's
 * page; here they must agree.
 */
class MaxPriceEndToEndTest {
  private static final String PRIYA = "+919876543210";

  @Test
  void aMaxPriceTemplateIsSetReadEditedSentAndChargedAtMostItsMaxPrice() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.builder().autoRead(true).start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.account().marketingMessagesOnboarded(true);
      CreatedTemplate sale = client.templates().create(
          TemplateDefinition.builder("seasonal_sale_promo", "en", TemplateCategory.MARKETING)
              .component(Component.body("Shop our seasonal sale! Up to 50% off selected items."))
              .maxPrice(MaxPrice.perDelivery(new BigDecimal("0.0040"), "USD")) // 400 per 1,000 deliveries
              .build());
      assertThat(client.templates().maxPrice(sale.id())).contains(MaxPrice.perThousand(400));
      fake.templates().approve(sale.id());
      client.templates().edit(sale.id(), TemplateEdit.maxPrice(MaxPrice.perThousand(500)));
      assertThat(client.templates().maxPrice(sale.id())).contains(MaxPrice.perThousand(500));
      fake.templates().approve(sale.id());

      // Cloud API refuses it, before anything reaches the user.
      WabaApiException refused = catchThrowableOfType(() -> client.messages().send(
          Message.template(PRIYA, "seasonal_sale_promo", "en")), WabaApiException.class);
      assertThat(refused.code()).isEqualTo(MarketingMessagesApi.MAX_PRICE_TEMPLATE_ON_CLOUD_API);
      assertThat(refused.kind()).isSameAs(ErrorKind.INVALID_REQUEST);
      assertThat(refused.isRetryable()).isFalse();

      // Through the Marketing Messages API at 0.8 x the max price: charged at most USD 0.004 a delivery.
      SendResult sent = client.marketingMessages().send(Message.template(PRIYA, "seasonal_sale_promo", "en"),
          MarketingMessageOptions.builder().perMessageBidMultiplier(0.8).build());
      fake.awaitWebhooks();
      List<MessageStatus> statuses = events.stream().filter(MessageStatus.class::isInstance)
          .map(MessageStatus.class::cast).filter(s -> s.id().equals(sent.messageId())).toList();
      assertThat(statuses).extracting(s -> s.status().value()).contains("delivered", "read");
      for (MessageStatus status : statuses) {
        Money cost = status.pricing() == null ? null : status.pricing().cost();
        if (status.status().value().equals("sent")) {
          assertThat(cost).isNull();
        } else {
          assertThat(cost).isEqualTo(new Money(new BigDecimal("0.004"), "USD")); // 500 x 0.8 / 1000 / 100
        }
      }

      ReachEstimate estimate = client.marketingMessages().reachEstimate(
          ReachEstimateRequest.of(ReachEstimateRequest.DateInterval.L7D, "IN"));
      assertThat(estimate.wabaCurrency()).isEqualTo("USD");
      assertThat(estimate.estimates()).isNotEmpty().allSatisfy(e -> {
        assertThat(e.users()).isEqualTo(1000);
        assertThat(e.deliveriesLowerBound()).isLessThanOrEqualTo(e.deliveriesUpperBound());
        assertThat(e.costUpperBound()).isLessThanOrEqualTo(BigDecimal.valueOf(e.bidAmount()));
      });
    }
  }
}
