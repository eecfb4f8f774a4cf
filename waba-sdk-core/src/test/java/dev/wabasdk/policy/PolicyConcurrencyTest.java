package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.phone.MessagingLimitTier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PolicyConcurrencyTest extends PolicyFixtures {

  @Test
  void manyThreadsRecordingAndEvaluatingKeepTheCountsExact() throws Exception {
    // Evaluate-then-send is not atomic (two threads may both see 1,999), so the exact checks are on what was
    // recorded; decisions made while racing may only be ALLOW or the messaging limit.
    PolicyEngine engine = engine(new CustomerServiceWindowRule(), new OptOutRule(), new MessagingLimitRule(null));
    engine.recordTier(MessagingLimitTier.TIER_2K);
    int threads = 8;
    int usersPerThread = 300;
    AtomicInteger denied = new AtomicInteger();
    Concurrently.run(threads, thread -> {
      for (int i = 0; i < usersPerThread; i++) {
        // Every thread also touches the users of its neighbour, so records race on the same users.
        String own = number(thread * usersPerThread + i);
        String shared = number(((thread + 1) % threads) * usersPerThread + i);
        Decision d = engine.evaluate(template(own, "spring_sale"));
        if (!d.isAllowed()) {
          assertThat(d.reasonCode()).isEqualTo(MessagingLimitRule.REASON);
          denied.incrementAndGet();
        }
        sendTemplate(engine, own, "spring_sale");
        sendTemplate(engine, shared, "spring_sale");
        engine.recordInbound(WhatsAppUser.ofWaId(shared), clock.instant());
        assertThat(engine.evaluate(text(shared)).isAllowed()).isTrue();
      }
    });
    // 2,400 unique users were reached (each by two threads), each counted once.
    assertThat(store.reachedUsers(clock.instant().getEpochSecond())).isEqualTo(threads * usersPerThread);
    // How many evaluations were denied while racing depends on scheduling; the limit itself is checked below.
    assertThat(denied.get()).isBetween(0, threads * usersPerThread);
    for (int i = 0; i < threads * usersPerThread; i++) {
      assertThat(store.user(number(i)).reachedAt()).isEqualTo(T.getEpochSecond());
    }
    assertThat(engine.evaluate(template(number(99_999), "spring_sale")).reasonCode())
        .isEqualTo(MessagingLimitRule.REASON);
  }
}
