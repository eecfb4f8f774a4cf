package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.AccountRestrictionRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.OptOutRule;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.SingleReadsStore;
import dev.wabasdk.policy.TemplateStatusRule;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A template's decision is the same whether the Redis store reads everything in one script
 * ({@code readTemplateSend}) or the engine makes the five single reads (the SPI's default, over the same store):
 * two engines, each on its own key prefix, get the same facts and the same messages, and every decision
 * (verdict, reason, explanation, facts) must be equal.
 */
class TemplateSendEquivalenceTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private final MutableClock clock = new MutableClock(T);
  private final Map<String, Integer> reasons = new LinkedHashMap<>();
  private RedisConversationStore batchedStore;
  private RedisConversationStore singleStore;
  private PolicyEngine batched;
  private PolicyEngine single;

  @BeforeEach
  void engines() {
    String run = Long.toString(System.nanoTime());
    batchedStore = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix("{b" + run + "}:")
        .commandTimeout(Duration.ofMillis(500)).build();
    singleStore = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix("{s" + run + "}:")
        .commandTimeout(Duration.ofMillis(500)).build();
    batched = PolicyEngine.builder().clock(clock).store(batchedStore).build();
    single = PolicyEngine.builder().clock(clock).store(new SingleReadsStore(singleStore)).build();
  }

  @AfterEach
  void close() {
    batchedStore.close();
    singleStore.close();
  }

  @Test
  void everyTemplateDecisionIsTheSameWithOneReadOrFive() {
    both(e -> {
      e.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
      e.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
      e.recordTemplateStatus("promo", "en_US", TemplateStatus.APPROVED);
      e.recordTemplateCategory("promo", "en_US", TemplateCategory.MARKETING);
      e.recordTemplateStatus("paused", "en_US", TemplateStatus.PAUSED);
      e.recordTemplateCategory("uncategorized", "de", TemplateCategory.UTILITY);
      e.recordTemplate(new Template("2048195912383047", "call_me", "en_US", TemplateStatus.APPROVED,
          TemplateCategory.UTILITY, null, ParameterFormat.POSITIONAL,
          List.of(Component.body("May we call you?"), Component.callPermissionRequest()), null, null, null, null,
          null));
    });
    List<String> templates =
        List.of("order_update", "promo", "paused", "uncategorized", "never_recorded", "call_me");

    // Unknown users, no tier recorded: every template, evaluated and admitted.
    for (int i = 0; i < 5; i++) {
      String user = user(i);
      for (String name : templates) {
        String language = name.equals("uncategorized") ? "de" : "en_US";
        same(e -> e.evaluate(Message.template(user, name, language)));
        same(e -> e.admit(Message.template(user, name, language)));
      }
    }
    // Known users: a window open, opted out of marketing or of everything, a 131049 back-off, linked keys.
    both(e -> {
      e.recordInbound(WhatsAppUser.ofWaId(user(10)), T.minusSeconds(60));
      e.recordOptOut(WhatsAppUser.ofWaId(user(11)), OptOut.MARKETING, T.minusSeconds(60));
      e.recordOptOut(WhatsAppUser.ofWaId(user(12)), OptOut.ALL, T.minusSeconds(60));
      e.recordMarketingNotDelivered(WhatsAppUser.ofWaId(user(13)), T.minusSeconds(60));
      e.recordInbound(new WhatsAppUser(user(14), "US.13491208655302741918", null, null), T.minusSeconds(30));
    });
    for (int i = 10; i <= 14; i++) {
      String user = user(i);
      for (String name : List.of("order_update", "promo", "call_me")) {
        same(e -> e.evaluate(Message.template(user, name, "en_US")));
        same(e -> e.admit(Message.template(user, name, "en_US")));
      }
    }
    // A restricted account: templates outside the window are denied, the open window still passes.
    both(e -> e.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T.plusSeconds(3600)));
    for (int i : new int[] {10, 20, 21}) {
      same(e -> e.admit(Message.template(user(i), "order_update", "en_US")));
    }
    clock.advance(Duration.ofHours(2)); // the restriction is over
    // A finite tier: 50 new users pass, the next are denied, reached users still pass.
    both(e -> e.recordTier(MessagingLimitTier.TIER_50));
    for (int i = 100; i < 160; i++) {
      String user = user(i);
      same(e -> e.admit(Message.template(user, "order_update", "en_US")));
      clock.advance(Duration.ofSeconds(1));
    }
    for (int i = 100; i < 105; i++) {
      String user = user(i);
      same(e -> e.admit(Message.template(user, "order_update", "en_US")));
    }
    // The pair rate: one user, back to back, until the burst is used.
    for (int i = 0; i < 50; i++) {
      same(e -> e.admit(Message.template(user(10), "order_update", "en_US")));
    }
    // The unlimited tier and a day later: the moving day has emptied.
    both(e -> e.recordTier(MessagingLimitTier.TIER_UNLIMITED));
    clock.advance(Duration.ofDays(1));
    for (int i = 150; i < 160; i++) {
      String user = user(i);
      same(e -> e.evaluate(Message.template(user, "promo", "en_US")));
      same(e -> e.admit(Message.template(user, "promo", "en_US")));
    }

    assertThat(reasons).containsKeys(Decision.ALLOWED, PairRateRule.REASON, MessagingLimitRule.REASON,
        AccountRestrictionRule.REASON, TemplateStatusRule.REASON, OptOutRule.REASON_ALL,
        OptOutRule.REASON_MARKETING);
  }

  @Test
  void aStoreFailureDecidesAsBeforeWhenTheOneReadFails() throws Exception {
    TemplateMessage template = Message.template(user(1), "order_update", "en_US");
    REDIS.pause(); // every command times out
    try {
      same(e -> e.admit(template));
      same(e -> e.evaluate(template));
    } finally {
      REDIS.resume();
    }
    assertThat(reasons).containsOnlyKeys(PolicyEngine.STORE_UNAVAILABLE);
    same(e -> e.admit(template)); // and both come back (decided by the rules again)
    assertThat(reasons).containsEntry(PolicyEngine.STORE_UNAVAILABLE, 2).hasSize(2);
  }

  private void both(Consumer<PolicyEngine> action) {
    action.accept(batched);
    action.accept(single);
  }

  private void same(Function<PolicyEngine, Decision> decide) {
    Decision one = decide.apply(batched);
    Decision five = decide.apply(single);
    assertThat(one).isEqualTo(five);
    reasons.merge(one.reasonCode(), 1, Integer::sum);
  }

  private static String user(int i) {
    return Long.toString(16505550000L + i);
  }
}
