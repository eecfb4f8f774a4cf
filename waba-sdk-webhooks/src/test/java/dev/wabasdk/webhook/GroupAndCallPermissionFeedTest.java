package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.policy.CallPermissionRule;
import dev.wabasdk.policy.CustomerServiceWindowRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.UserState;
import dev.wabasdk.policy.Verdict;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What group messages, group notifications and call permission replies record on the policy engine. */
class GroupAndCallPermissionFeedTest {
  private static final String WA_ID = "16505551234";
  private static final String GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1749416760L));
  private final InMemoryConversationStore store = new InMemoryConversationStore();
  private final PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).build();
  private final WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET)
      .verifyToken(VERIFY_TOKEN).policyEngine(engine).build();

  private void post(String fixture) {
    byte[] body = bytes(fixture);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
  }

  private Decision toGroup() {
    return engine.evaluate(Message.text(Recipient.group(GROUP), "It is, in every size"));
  }

  @Test
  void aParticipantsMessageOpensTheGroupsWindowNotOneWithTheParticipant() {
    assertThat(toGroup().reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);

    post("group-text.json");

    Decision after = toGroup();
    assertThat(after.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(store.user(Recipient.group(GROUP).value()).lastInboundAt()).isEqualTo(1749416700L);
    assertThat(store.user(WA_ID).lastInboundAt()).isZero();
    assertThat(engine.evaluate(Message.text(WA_ID, "Hi")).reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);

    clock.set(Instant.ofEpochSecond(1749416700L + 24 * 3600 + 1));
    assertThat(toGroup().reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);
  }

  @Test
  void groupNotificationsRecordNothing() {
    for (String fixture : new String[] {"group-create.json", "group-participants-join.json",
        "group-join-request.json", "group-settings.json", "group-suspend.json"}) {
      post(fixture);
    }
    assertThat(toGroup().reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);
    assertThat(store.user(WA_ID).lastInboundAt()).isZero();
  }

  @Test
  void anAcceptedTemporaryPermissionAllowsCallsUntilItsExpiry() {
    assertThat(engine.evaluateCall(Recipient.phoneNumber(WA_ID)).reasonCode()).isEqualTo(CallPermissionRule.REASON);

    post("call-permission-reply.json");

    assertThat(store.user(WA_ID).callPermissionUntil()).isEqualTo(1750021200L);
    assertThat(engine.evaluateCall(Recipient.phoneNumber(WA_ID)).isAllowed()).isTrue();
    // The reply is a message from the user: it opens the customer service window too.
    assertThat(store.user(WA_ID).lastInboundAt()).isEqualTo(1749416400L);

    clock.set(Instant.ofEpochSecond(1750021201L));
    assertThat(engine.evaluateCall(Recipient.phoneNumber(WA_ID)).reasonCode()).isEqualTo(CallPermissionRule.REASON);
  }

  @Test
  void aPermanentPermissionNeverExpiresAndARejectionRevokesIt() {
    post("call-permission-permanent.json");
    assertThat(store.user(WA_ID).callPermissionUntil()).isEqualTo(UserState.PERMANENT);
    clock.set(Instant.ofEpochSecond(1849416400L));
    assertThat(engine.evaluateCall(Recipient.phoneNumber(WA_ID)).isAllowed()).isTrue();

    post("call-permission-reject.json");
    assertThat(store.user(WA_ID).callPermissionUntil()).isZero();
    assertThat(engine.evaluateCall(Recipient.phoneNumber(WA_ID)).reasonCode()).isEqualTo(CallPermissionRule.REASON);
  }
}
