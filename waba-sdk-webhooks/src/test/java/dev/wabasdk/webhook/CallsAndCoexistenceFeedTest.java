package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.AccountRestrictionRule;
import dev.wabasdk.policy.CustomerServiceWindowRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What calls, Business app echoes, account restrictions and user id changes record on the policy engine. */
class CallsAndCoexistenceFeedTest {
  private static final String WA_ID = "16505551234";

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1749416443L));
  private final InMemoryConversationStore store = new InMemoryConversationStore();
  private final PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).build();
  private final List<WebhookEvent> inbound = new ArrayList<>();
  private final WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET)
      .verifyToken(VERIFY_TOKEN).policyEngine(engine).on(InboundMessage.class, inbound::add).build();

  private void post(String fixture) {
    byte[] body = bytes(fixture);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
  }

  private Decision freeForm(String to) {
    return engine.evaluate(Message.text(to, "Thanks for calling"));
  }

  @Test
  void aUsersCallOpensTheCustomerServiceWindow() {
    assertThat(freeForm(WA_ID).reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);

    post("call-connect.json");

    Decision after = freeForm(WA_ID);
    assertThat(after.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(after.facts().lastInboundAt()).isEqualTo(Instant.ofEpochSecond(1749416383L));
    // The BSUID in from_user_id names the same user.
    assertThat(store.user("US.13491208655302741918").lastInboundAt()).isEqualTo(1749416383L);
    assertThat(inbound).isEmpty();
  }

  /** Meta's user-initiated Call Connect example has no {@code direction}: the user's SDP offer tells. */
  @Test
  void aUsersCallAsMetaDocumentsItOpensTheWindowAndIsNoBusinessCall() {
    clock.set(Instant.ofEpochSecond(1671644884L));
    post("call-connect-meta-example.json");

    assertThat(freeForm("16315553601").verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(store.user("16315553601").lastInboundAt()).isEqualTo(1671644824L);
    assertThat(store.user("16315553601").businessCallsConnectedSince(0)).isZero();
    assertThat(store.user("13175551399").lastInboundAt()).as("the business's own number").isZero();
  }

  @Test
  void aUsersCallWithoutADirectionOpensTheWindow() {
    clock.set(Instant.ofEpochSecond(1749416443L));
    post("call-connect-no-direction.json");

    assertThat(freeForm(WA_ID).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(store.user("US.13491208655302741918").lastInboundAt()).isEqualTo(1749416383L);
    assertThat(store.user(WA_ID).businessCallsConnectedSince(0)).isZero();
  }

  @Test
  void aCallOfUnknownDirectionCountsAsNoBusinessCall() {
    String connect = new String(bytes("call-business-connect.json"), StandardCharsets.UTF_8)
        .replace("\"direction\": \"BUSINESS_INITIATED\",", "")
        .replace("\"sdp_type\": \"answer\"", "\"sdp_type\": \"pranswer\"")
        .replace("\"display_phone_number\": \"15550783881\"", "\"display_phone_number\": \"15550000000\"")
        .replace("wacid.HBgL", "wacid.XBgL"); // another call: the processor drops a repeated event
    byte[] body = connect.getBytes(StandardCharsets.UTF_8);
    assertThat(((Call) WebhookProcessor.parse(body).get(0)).direction()).isNull();

    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);

    assertThat(store.user("16505559876").businessCallsConnectedSince(0)).isZero();
    post("call-business-connect.json");
    assertThat(store.user("16505559876").businessCallsConnectedSince(0)).isEqualTo(1);
  }

  @Test
  void theEndOfACallAndABusinessCallOpenNoWindow() {
    post("call-terminate.json");
    post("call-business-connect.json");
    post("call-status.json");
    assertThat(store.user(WA_ID).lastInboundAt()).isZero();
    assertThat(store.user("16505559876").lastInboundAt()).isZero();
  }

  @Test
  void anEchoTakesThePairRateCreditAndIsNeverInbound() {
    post("echo-text.json");

    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(1739321024L + 6);
    assertThat(store.user(WA_ID).lastInboundAt()).isZero();
    assertThat(store.user(WA_ID).reachedAt()).isZero();
    assertThat(inbound).isEmpty();

    // Edits and deletions send nothing new.
    post("echo-edit.json");
    post("echo-revoke.json");
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(1739321024L + 6);
  }

  @Test
  void aRestrictionOfBusinessInitiatedMessagingDeniesTemplatesUntilItExpires() {
    clock.set(Instant.ofEpochSecond(1739321100L));
    post("account-restriction.json");

    Decision d = engine.evaluate(Message.template(WA_ID, "spring_sale", "en_US"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(AccountRestrictionRule.REASON);
    assertThat(d.facts().notes()).containsEntry("account_restricted_until", "2025-02-15T00:43:44Z");

    clock.set(Instant.ofEpochSecond(1739580224L));
    assertThat(engine.evaluate(Message.template(WA_ID, "spring_sale", "en_US")).reasonCode())
        .isNotEqualTo(AccountRestrictionRule.REASON);
  }

  @Test
  void aUserIdUpdateLinksThePreviousAndTheCurrentId() {
    engine.recordInbound(WhatsAppUser.ofUserId("US.13491208655302741918"), Instant.ofEpochSecond(1749416000L));

    post("user-id-update.json");

    assertThat(store.user("US.24817305912873645029").lastInboundAt()).isEqualTo(1749416000L);
    assertThat(store.user(WA_ID).lastInboundAt()).isEqualTo(1749416000L);
  }

  @Test
  void theFamilyMethodsRouteTheNewKinds() {
    List<String> calls = new ArrayList<>();
    WebhookListener listener = new WebhookListener() {
      @Override
      public void onCallEvent(CallEvent event) {
        calls.add("call " + event.callId().substring(0, 6));
      }

      @Override
      public void onCoexistenceEvent(CoexistenceEvent event) {
        calls.add("coexistence " + event.getClass().getSimpleName());
      }

      @Override
      public void onUserIdUpdate(UserIdUpdate update) {
        calls.add("userId " + update.currentUserId());
      }

      @Override
      public void onAccountEvent(AccountEvent event) {
        calls.add("account " + event.getClass().getSimpleName());
      }

      @Override
      public void onInboundMessage(InboundMessage message) {
        calls.add("inbound");
      }
    };
    WebhookProcessor routed = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(listener).build();
    for (String fixture : List.of("call-connect.json", "call-status.json", "echo-text.json", "app-state-sync.json",
        "history.json", "user-id-update.json", "security.json", "flows-status.json")) {
      byte[] body = bytes(fixture);
      assertThat(routed.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    }
    assertThat(calls).containsExactly("call wacid.", "call wacid.", "coexistence MessageEcho",
        "coexistence AppStateSync", "coexistence HistorySync", "userId US.24817305912873645029",
        "account SecurityUpdate", "account FlowUpdate");
  }
}
