package dev.wabasdk.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.AccountRestrictionRule;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.testkit.FakeCall;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.webhook.AccountUpdate;
import dev.wabasdk.webhook.AccountUpdateType;
import dev.wabasdk.webhook.Call;
import dev.wabasdk.webhook.CallDirection;
import dev.wabasdk.webhook.CallEventType;
import dev.wabasdk.webhook.CallStatus;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.MessageEcho;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user's call, an echo from the Business app and an account restriction, end to end through the processor. */
class CallsEchoesAndRestrictionsAgainstFakeTest {
  private static final String USER = "+4915112345678";
  private static final String WA_ID = "4915112345678";
  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
  private FakeWhatsApp fake;
  private PolicyEngine policy;
  private WebhookHttpServer server;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    policy = PolicyEngine.builder().clock(fake.clock()).build();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret())
        .verifyToken("fake-verify-token").policyEngine(policy).on(WebhookEvent.class, events::add).build();
    server = WebhookHttpServer.start(processor, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        "/webhooks/whatsapp");
    fake.webhookUrl("http://127.0.0.1:" + server.port() + "/webhooks/whatsapp");
  }

  @AfterEach
  void stop() {
    server.close();
    fake.close();
  }

  @Test
  void aUserCallsHangsUpAndTheCallOpenedTheWindow() {
    Instant start = fake.clock().instant();
    FakeCall call = fake.user(USER).named("Jane").calls();
    fake.clock().advance(Duration.ofSeconds(95));
    call.hangsUp();
    fake.awaitWebhooks();

    assertThat(events).hasSize(2).allMatch(Call.class::isInstance);
    Call connect = (Call) events.get(0);
    assertThat(connect.callId()).isEqualTo(call.id()).startsWith("wacid.");
    assertThat(connect.event()).isSameAs(CallEventType.CONNECT);
    assertThat(connect.direction()).isSameAs(CallDirection.USER_INITIATED);
    assertThat(connect.user().waId()).isEqualTo(WA_ID);
    assertThat(connect.profileName()).isEqualTo("Jane");
    assertThat(connect.session().sdpType()).isEqualTo("offer");
    Call end = (Call) events.get(1);
    assertThat(end.event()).isSameAs(CallEventType.TERMINATE);
    assertThat(end.status()).isSameAs(CallStatus.COMPLETED);
    assertThat(end.durationSeconds()).isEqualTo(95);
    assertThat(end.startTime()).isEqualTo(start);

    assertThat(fake.isWindowOpen(USER)).isTrue();
    Decision reply = policy.evaluate(Message.text(USER, "Sorry we missed you"));
    assertThat(reply.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(reply.facts().lastInboundAt()).isEqualTo(start);
  }

  @Test
  void anEchoFromTheBusinessAppIsABusinessMessage() {
    String wamid = fake.user(USER).receivesFromBusinessApp("We open at 9 tomorrow");
    fake.awaitWebhooks();

    assertThat(events).singleElement().isInstanceOf(MessageEcho.class);
    assertThat(events).noneMatch(InboundMessage.class::isInstance);
    MessageEcho echo = (MessageEcho) events.get(0);
    assertThat(echo.id()).isEqualTo(wamid);
    assertThat(echo.to().waId()).isEqualTo(WA_ID);
    assertThat(((InboundTextMessage) echo.content()).body()).isEqualTo("We open at 9 tomorrow");
    assertThat(policy.store().user(WA_ID).pairRateUntil()).isGreaterThan(fake.clock().instant().getEpochSecond());
    assertThat(policy.store().user(WA_ID).lastInboundAt()).isZero();
    assertThat(fake.isWindowOpen(USER)).isFalse();
  }

  @Test
  void anAccountRestrictionStopsBusinessInitiatedTemplatesUntilItExpires() {
    fake.account().restrict(Duration.ofHours(24));
    fake.awaitWebhooks();

    AccountUpdate update = (AccountUpdate) events.get(0);
    assertThat(update.event()).isSameAs(AccountUpdateType.ACCOUNT_RESTRICTION);
    assertThat(update.restrictions()).singleElement().satisfies(r -> {
      assertThat(r.type()).isEqualTo("RESTRICTED_BIZ_INITIATED_MESSAGING");
      assertThat(r.expiration()).isEqualTo(fake.clock().instant().plus(Duration.ofHours(24)));
    });
    Message template = Message.template(USER, "spring_sale", "en_US");
    assertThat(policy.evaluate(template).reasonCode()).isEqualTo(AccountRestrictionRule.REASON);

    fake.clock().advance(Duration.ofHours(24));
    assertThat(policy.evaluate(template).reasonCode()).isNotEqualTo(AccountRestrictionRule.REASON);
  }

  @Test
  void theFakeRefusesBusinessInitiatedSendsDuringARestrictionAndThePolicyEngineRefusesFirst() throws Exception {
    fake.templates().approved("order_update", "en_US", dev.wabasdk.template.TemplateCategory.UTILITY,
        "Your order shipped");
    String other = "+4915187654321";
    fake.user(USER).sends("where is my order?");
    // The control route, as a test in another language would use it.
    long expiration = fake.clock().instant().plus(Duration.ofHours(24)).getEpochSecond();
    okhttp3.Response restricted = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
        .url(fake.baseUrl() + "testkit/account/restrictions")
        .post(okhttp3.RequestBody.create("{\"restriction_type\":\"RESTRICTED_BIZ_INITIATED_MESSAGING\","
            + "\"expiration\":" + expiration + "}", okhttp3.MediaType.get("application/json"))).build()).execute();
    assertThat(restricted.code()).isEqualTo(200);
    restricted.close();
    fake.awaitWebhooks();
    assertThat(events).anyMatch(e -> e instanceof AccountUpdate u && u.event() == AccountUpdateType.ACCOUNT_RESTRICTION);

    Message template = Message.template(other, "order_update", "en_US");
    try (dev.wabasdk.WhatsApp bare = fake.clientBuilder().build();
        dev.wabasdk.WhatsApp guarded = fake.clientBuilder().addInterceptor(policy).build()) {
      // Without the engine, Meta (the fake) refuses the template outside the window.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> bare.messages().send(template))
          .isInstanceOfSatisfying(dev.wabasdk.error.WabaApiException.class,
              e -> assertThat(e.error().code()).isEqualTo(368));
      int reachedMeta = fake.sentMessages().size();
      // With the engine fed by the account_update webhook, the SDK refuses before any request.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> guarded.messages().send(template))
          .isInstanceOfSatisfying(dev.wabasdk.policy.WabaPolicyException.class,
              e -> assertThat(e.decision().reasonCode()).isEqualTo(AccountRestrictionRule.REASON));
      assertThat(fake.sentMessages()).hasSize(reachedMeta);
      // A reply inside the user's window still goes, with and without the engine.
      guarded.messages().send(Message.text(USER, "It ships today"));
      bare.messages().send(Message.template(USER, "order_update", "en_US"));

      fake.clock().advance(Duration.ofHours(24));
      assertThat(bare.messages().send(template).messageId()).startsWith("wamid.");
    }
  }

  @Test
  void anAnsweredBusinessCallCountsTowardTheDailyCallLimitThroughTheWebhook() {
    fake.user(USER).sends("call me");
    fake.user(USER).grantsCallPermission(false);
    fake.awaitWebhooks();
    assertThat(policy.evaluateCall(dev.wabasdk.message.Recipient.phoneNumber(USER)).isAllowed()).isTrue();
    try (dev.wabasdk.WhatsApp client = fake.clientBuilder().build()) {
      String callId = client.calling().connect(USER, "v=0\r\ns=app\r\n");
      Instant answered = fake.clock().instant();
      fake.user(USER).answersCall(callId);
      fake.awaitWebhooks();

      assertThat(policy.store().user(WA_ID).businessCallsConnectedSince(0)).isEqualTo(1);
      assertThat(policy.store().user(WA_ID).lastCallConnectedAt()).isEqualTo(answered.getEpochSecond());
      assertThat(policy.evaluateCall(dev.wabasdk.message.Recipient.phoneNumber(USER)).facts().notes())
          .containsEntry("connected_calls_24h", "1");
    }
  }
}
