package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The engine's batched path (a template's reads in one {@code readTemplateSend}, a new user's claims in one
 * {@code claimSendAndReach}) decides exactly as the path that reads only what the rules ask for, one read at a time
 * (which the engine keeps for the in-memory store): two engines on two in-memory stores, one behind
 * {@link SingleReadsStore}, get the same facts and messages, and every decision must be equal.
 */
class TemplateSendReadsTest {
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private final MutableClock clock = new MutableClock(T);
  private final PolicyEngine lazy = PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore()).build();
  private final PolicyEngine batched = PolicyEngine.builder().clock(clock)
      .store(new SingleReadsStore(new InMemoryConversationStore())).build();
  private final Map<String, Integer> reasons = new LinkedHashMap<>();

  @Test
  void everyTemplateDecisionIsTheSameBatchedOrLazy() {
    both(e -> {
      e.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
      e.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
      e.recordTemplateStatus("promo", "en_US", TemplateStatus.APPROVED);
      e.recordTemplateCategory("promo", "en_US", TemplateCategory.MARKETING);
      e.recordTemplateStatus("paused", "en_US", TemplateStatus.PAUSED);
    });
    for (int i = 0; i < 3; i++) {
      String user = user(i);
      for (String name : List.of("order_update", "promo", "paused", "never_recorded")) {
        same(e -> e.evaluate(Message.template(user, name, "en_US")));
        same(e -> e.admit(Message.template(user, name, "en_US")));
      }
    }
    both(e -> {
      e.recordInbound(WhatsAppUser.ofWaId(user(10)), T.minusSeconds(60));
      e.recordOptOut(WhatsAppUser.ofWaId(user(11)), OptOut.MARKETING, T.minusSeconds(60));
      e.recordOptOut(WhatsAppUser.ofWaId(user(12)), OptOut.ALL, T.minusSeconds(60));
      e.recordMarketingNotDelivered(WhatsAppUser.ofWaId(user(13)), T.minusSeconds(60));
    });
    for (int i = 10; i <= 13; i++) {
      String user = user(i);
      for (String name : List.of("order_update", "promo")) {
        same(e -> e.admit(Message.template(user, name, "en_US")));
      }
    }
    both(e -> e.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T.plusSeconds(3600)));
    for (int i : new int[] {10, 20}) {
      same(e -> e.admit(Message.template(user(i), "order_update", "en_US")));
    }
    clock.advance(Duration.ofHours(2));
    both(e -> e.recordTier(MessagingLimitTier.TIER_50));
    for (int i = 100; i < 160; i++) {
      String user = user(i);
      same(e -> e.admit(Message.template(user, "order_update", "en_US")));
    }
    for (int i = 0; i < 50; i++) {
      same(e -> e.admit(Message.template(user(10), "order_update", "en_US")));
    }
    assertThat(reasons).containsKeys(Decision.ALLOWED, PairRateRule.REASON, MessagingLimitRule.REASON,
        AccountRestrictionRule.REASON, TemplateStatusRule.REASON, OptOutRule.REASON_ALL,
        OptOutRule.REASON_MARKETING);
  }

  private void both(Consumer<PolicyEngine> action) {
    action.accept(lazy);
    action.accept(batched);
  }

  private void same(Function<PolicyEngine, Decision> decide) {
    Decision one = decide.apply(lazy);
    Decision other = decide.apply(batched);
    assertThat(other).isEqualTo(one);
    reasons.merge(one.reasonCode(), 1, Integer::sum);
  }

  private static String user(int i) {
    return Long.toString(16505550000L + i);
  }
}
