package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.AccountRestrictionRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import io.lettuce.core.RedisClient;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The commands a decision sends to Redis, counted on the client (each is one round trip), so a change that adds
 * one cannot go unnoticed: a template's reads are one script, its claims another.
 */
class RoundTripsTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  private final List<String> commands = new CopyOnWriteArrayList<>();
  private RedisClient client;
  private RedisConversationStore store;
  private PolicyEngine engine;

  @BeforeEach
  void engine() {
    client = RedisClient.create(REDIS.uri());
    client.addListener(new CommandListener() {
      @Override
      public void commandStarted(CommandStartedEvent event) {
        commands.add(event.getCommand().getType().toString());
      }
    });
    store = RedisConversationStore.builder().client(client).keyPrefix("{rt" + System.nanoTime() + "}:").build();
    engine = PolicyEngine.builder().clock(new MutableClock(T)).store(store).build();
    engine.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    engine.recordInbound(WhatsAppUser.ofWaId("16505550001"), T.minusSeconds(60));
    // Redis loads each script once (EVALSHA, then EVAL on NOSCRIPT): load them before counting.
    engine.recordTier(MessagingLimitTier.TIER_UNLIMITED);
    engine.admit(Message.template("16505559998", "order_update", "en_US"));
    engine.recordTier(MessagingLimitTier.TIER_50);
    engine.admit(Message.template("16505559999", "order_update", "en_US"));
    engine.evaluate(Message.text("16505550001", "hello"));
  }

  @AfterEach
  void close() {
    store.close();
    client.shutdown();
  }

  @Test
  void aTemplateUnderAnUnlimitedTierTakesTwoRoundTrips() {
    engine.recordTier(MessagingLimitTier.TIER_UNLIMITED);
    assertThat(count(() -> engine.admit(Message.template("16505550002", "order_update", "en_US"))))
        .containsExactly("EVALSHA", "EVALSHA");
  }

  @Test
  void aTemplateToANewUserUnderAFiniteTierClaimsItsSendAndPlaceInOneRoundTrip() {
    assertThat(count(() -> engine.admit(Message.template("16505550003", "order_update", "en_US"))))
        .containsExactly("EVALSHA", "EVALSHA");
    assertThat(store.user("16505550003").reachedAt()).isEqualTo(T.getEpochSecond());
  }

  @Test
  void aDeniedTemplateTakesOneRoundTrip() {
    engine.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T.plusSeconds(3600));
    assertThat(count(() -> engine.admit(Message.template("16505550004", "order_update", "en_US"))))
        .containsExactly("EVALSHA");
  }

  @Test
  void aReplyInTheWindowTakesOneRoundTrip() {
    assertThat(count(() -> engine.evaluate(Message.text("16505550001", "hello")))).containsExactly("EVALSHA");
  }

  private List<String> count(Supplier<Decision> decision) {
    commands.clear();
    Decision d = decision.get();
    assertThat(d.reasonCode()).isNotEqualTo(PolicyEngine.STORE_UNAVAILABLE);
    return List.copyOf(commands);
  }
}
