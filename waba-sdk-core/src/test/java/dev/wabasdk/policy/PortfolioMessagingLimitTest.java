package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Meta's "Messaging limits" (and "Upcoming changes to messaging limits", live since 2025-10-07): "Messaging limits
 * are calculated and set at the business portfolio level and are shared by all business phone numbers within a
 * portfolio ... it's possible for one number to consume all of the portfolio's messaging capability". Engines of
 * the numbers of one portfolio, each with its own store, count unique users in the portfolio's store.
 */
class PortfolioMessagingLimitTest extends PolicyFixtures {
  private static final String NUMBER_A = "111111111111111";
  private static final String NUMBER_B = "222222222222222";
  private static final String NUMBER_C = "333333333333333";
  private static final Map<String, String> PORTFOLIOS = Map.of(NUMBER_A, "9001", NUMBER_B, "9001", NUMBER_C, "9002");

  private final Map<String, ConversationStore> portfolioStores = Map.of(
      "9001", new InMemoryConversationStore(), "9002", new InMemoryConversationStore());

  /** An engine with a store of its own (e.g. one per number), sharing the portfolio stores. */
  private PolicyEngine engine() {
    return PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore())
        .portfolio(PORTFOLIOS::get, portfolioStores::get).build();
  }

  @Test
  void twoNumbersOfOnePortfolioTogetherReachTheLimitAndTheSentenceNamesThePortfolio() {
    PolicyEngine a = engine();
    PolicyEngine b = engine();
    a.recordTier("9001", MessagingLimitTier.TIER_250);
    for (int i = 0; i < 150; i++) {
      assertThat(a.admit(template(number(i), "order_update"), NUMBER_A).isAllowed()).isTrue();
    }
    for (int i = 150; i < 250; i++) {
      assertThat(b.admit(template(number(i), "order_update"), NUMBER_B).isAllowed()).isTrue();
    }

    Decision over = b.admit(template(number(250), "order_update"), NUMBER_B);

    assertThat(over.verdict()).isEqualTo(Verdict.DENY);
    assertThat(over.reasonCode()).isEqualTo(MessagingLimitRule.REASON);
    assertThat(over.explanation()).startsWith("The business portfolio 9001 (all its phone numbers together) has"
        + " already reached 250 unique users in the last 24 hours, the limit of its messaging tier TIER_250");
    // A user the portfolio already reached (from the other number) does not count again.
    assertThat(b.admit(template(number(3), "order_update"), NUMBER_B).isAllowed()).isTrue();
  }

  @Test
  void twoPortfoliosDoNotInterfere() {
    PolicyEngine a = engine();
    PolicyEngine c = engine();
    a.recordTier("9001", MessagingLimitTier.TIER_250);
    c.recordTier("9002", MessagingLimitTier.TIER_250);
    for (int i = 0; i < 250; i++) {
      assertThat(a.admit(template(number(i), "order_update"), NUMBER_A).isAllowed()).isTrue();
    }
    assertThat(a.admit(template(number(250), "order_update"), NUMBER_A).isAllowed()).isFalse();

    Decision other = c.admit(template(number(250), "order_update"), NUMBER_C);
    assertThat(other.isAllowed()).isTrue();
    assertThat(other.facts().reachedUsers()).hasValue(0);
  }

  @Test
  void aNumberWithoutAPortfolioCountsInTheEnginesStoreAsBefore() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store)
        .portfolio(id -> null, portfolioStores::get).build();
    engine.recordTier(MessagingLimitTier.TIER_250);
    for (int i = 0; i < 250; i++) {
      assertThat(engine.admit(template(number(i), "order_update"), NUMBER_A).isAllowed()).isTrue();
    }
    Decision over = engine.admit(template(number(250), "order_update"), NUMBER_A);
    assertThat(over.explanation()).startsWith("The business has already reached 250 unique users");
    assertThat(portfolioStores.get("9001").reachedUsers(clock.instant().getEpochSecond())).isZero();
  }
}
