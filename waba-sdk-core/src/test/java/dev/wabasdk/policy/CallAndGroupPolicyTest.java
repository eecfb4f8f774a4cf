package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the engine knows of calls (window, call permission) and of Meta's group rules. */
class CallAndGroupPolicyTest extends PolicyFixtures {
  private static final Recipient TO = Recipient.phoneNumber(WA_ID);
  private static final String GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  @Test
  void aUsersCallOpensTheCustomerServiceWindow() {
    PolicyEngine engine = engine(new CustomerServiceWindowRule());
    assertThat(engine.evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);

    engine.recordCall(USER, T);

    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
    at(Duration.ofHours(24));
    assertThat(engine.evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void aCallNeedsAGrantedUnexpiredPermission() {
    PolicyEngine engine = engine();
    Decision none = engine.evaluateCall(TO);
    assertThat(none.verdict()).isEqualTo(Verdict.DENY);
    assertThat(none.reasonCode()).isEqualTo(CallPermissionRule.REASON);
    assertThat(none.facts().notes()).containsEntry("call_permission_until", "none");

    engine.recordCallPermission(USER, T.plus(Duration.ofDays(7)));

    at(Duration.ofDays(7).minusSeconds(1));
    Decision granted = engine.evaluateCall(TO);
    assertThat(granted.isAllowed()).isTrue();
    assertThat(granted.facts().notes()).containsEntry("call_permission_until", "2026-12-02T10:00:00Z");
    at(Duration.ofDays(7));
    Decision expired = engine.evaluateCall(TO);
    assertThat(expired.verdict()).isEqualTo(Verdict.DENY);
    assertThat(expired.explanation()).contains("expired at 2026-12-02T10:00:00Z");
  }

  @Test
  void aPermanentPermissionLastsUntilRevoked() {
    PolicyEngine engine = engine();
    engine.recordCallPermission(USER, null);
    at(Duration.ofDays(4000));
    assertThat(engine.evaluateCall(TO).isAllowed()).isTrue();
    assertThat(engine.evaluateCall(TO).facts().notes()).containsEntry("call_permission_until", "permanent");

    engine.recordCallPermissionRevoked(USER);

    assertThat(engine.evaluateCall(TO).verdict()).isEqualTo(Verdict.DENY);
  }

  @Test
  void checkCallThrowsInEnforceModeAndOnlyLogsInWarnMode() {
    PolicyEngine enforce = PolicyEngine.builder().clock(clock).store(store).build();
    assertThatThrownBy(() -> enforce.checkCall(TO)).isInstanceOfSatisfying(WabaPolicyException.class,
        e -> assertThat(e.decision().reasonCode()).isEqualTo(CallPermissionRule.REASON));
    PolicyEngine warn = PolicyEngine.builder().clock(clock).store(store).mode(PolicyMode.WARN).build();
    assertThat(warn.checkCall(TO).verdict()).isEqualTo(Verdict.DENY);
    PolicyEngine off = PolicyEngine.builder().clock(clock).store(store).mode(PolicyMode.OFF).build();
    assertThat(off.checkCall(TO).isAllowed()).isTrue();
    assertThat(enforce.evaluateCall(Recipient.group(GROUP)).explanation()).isEqualTo("Groups cannot be called.");
  }

  @Test
  void aParticipantsMessageOpensTheWindowForTheWholeGroup() {
    PolicyEngine engine = engine(new CustomerServiceWindowRule(), new GroupMessageRule());
    Recipient group = Recipient.group(GROUP);
    assertThat(engine.evaluate(Message.text(group, "hi all")).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);

    engine.recordGroupInbound(GROUP, T);

    assertThat(engine.evaluate(Message.text(group, "hi all")).isAllowed()).isTrue();
    assertThat(engine.evaluate(Message.image(group, MediaSource.id("1"))).isAllowed()).isTrue();
    assertThat(engine.evaluate(text(WA_ID)).verdict()).as("a participant's own window is not opened")
        .isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void groupsTakeOnlyTextMediaAndNonAuthenticationTemplates() {
    PolicyEngine engine = engine(new GroupMessageRule());
    Recipient group = Recipient.group(GROUP);

    Decision location = engine.evaluate(Message.location(group, 1, 2));
    assertThat(location.verdict()).isEqualTo(Verdict.DENY);
    assertThat(location.reasonCode()).isEqualTo(GroupMessageRule.REASON);
    assertThat(location.explanation()).contains("LocationMessage");
    assertThat(engine.evaluate(Message.replyButtons(group, "Pick",
        new dev.wabasdk.message.ReplyButtonsMessage.Button("a", "A"))).verdict()).isEqualTo(Verdict.DENY);
    assertThat(engine.evaluate(Message.template(group, "otp", "en")).isAllowed())
        .as("an unrecorded category is not assumed to be authentication").isTrue();

    engine.recordTemplateCategory("otp", "en", TemplateCategory.AUTHENTICATION);

    assertThat(engine.evaluate(Message.template(group, "otp", "en")).verdict()).isEqualTo(Verdict.DENY);
    assertThat(engine.evaluate(Message.location(WA_ID, 1, 2)).isAllowed()).as("one user: not this rule's business")
        .isTrue();
    assertThat(PolicyEngine.defaultRules()).anyMatch(r -> r instanceof GroupMessageRule);
  }

  /** Meta's "Pin and unpin group message": a pin is a group message of its own kind. */
  @Test
  void groupsTakePinsAndUnpins() {
    PolicyEngine engine = engine(new GroupMessageRule());
    Recipient group = Recipient.group(GROUP);

    assertThat(engine.evaluate(Message.pin(group, "wamid.HBgLM", 7)).isAllowed()).isTrue();
    assertThat(engine.evaluate(Message.unpin(group, "wamid.HBgLM")).isAllowed()).isTrue();
  }

  @Test
  void theInMemoryStoreMergesCallPermissionsOfLinkedIds() {
    store.recordCallPermission(WA_ID, T.getEpochSecond() + 100);
    store.link(BSUID, WA_ID);
    assertThat(store.user(BSUID).callPermissionUntil()).isEqualTo(T.getEpochSecond() + 100);
    assertThat(UserState.EMPTY.callPermissionUntil()).isZero();
  }
}
