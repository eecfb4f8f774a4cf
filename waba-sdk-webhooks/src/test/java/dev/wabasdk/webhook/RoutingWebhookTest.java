package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.routing.ThreadRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conversation Routing's webhooks: {@code messaging_handovers} and {@code standby}, from the examples of Meta's
 * reference pages as partner SDKs reproduce them (src/test/resources/payloads/handover-*.json, standby-*.json).
 */
class RoutingWebhookTest {
  private static final String WAMID = "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUI1MDNBQTk0RTEyNkIwQzAxMQA=";
  private static final String ECHO_WAMID = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI4QjQ1RkE3QzdBNkNEMUI2RjQA";
  private static final Instant AT = Instant.ofEpochSecond(1750101000L);
  private static final WebhookMetadata NUMBER = new WebhookMetadata("106540352242922", "15550783881");
  private static final List<String> FIXTURES = List.of("handover-control-passed.json", "handover-control-taken.json",
      "standby-message.json", "standby-echo.json", "standby-status.json");

  private static List<WebhookEvent> parse(String json) {
    return WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A change of {@code field} with this value, in Meta's envelope. */
  private static String change(String field, String value) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"field\":\""
        + field + "\",\"value\":" + value + "}]}]}";
  }

  // ---- messaging_handovers ----

  @Test
  void controlPassedNamesTheUserTheNumberTheRolesTheTextAndTheSummary() {
    ControlPassed passed = single("handover-control-passed.json", ControlPassed.class);

    assertThat(passed.user()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(passed.metadata()).isEqualTo(NUMBER);
    assertThat(passed.timestamp()).isEqualTo(AT);
    assertThat(passed.previousOwnerRole()).isSameAs(ThreadRole.AI_AGENT);
    assertThat(passed.newOwnerRole()).isSameAs(ThreadRole.ESCALATION);
    assertThat(passed.handoverMetadata()).isEqualTo("WhatsApp user requested human agent");
    assertThat(passed.conversationContext())
        .isEqualTo(new ConversationContext("summary", "AI-generated summary string"));
    assertThat(passed.businessAccountId()).isEqualTo("102290129340398");
    assertThat(passed.header().field()).isEqualTo("messaging_handovers");
    assertThat(passed.eventId()).matches("messaging_handovers:[0-9a-f]{32}");
    // Deprecated by Meta (roles, not apps): kept raw only.
    assertThat(passed.raw().json()).contains("\"previous_owner_app_id\":\"1066355071287456\"")
        .contains("\"previous_owner_app_role\":\"meta_business_agent\"");
    assertThat(WebhookProcessor.phoneNumberIdOf(passed)).isEqualTo("106540352242922");
  }

  @Test
  void controlTakenNamesTheRolesAndTheText() {
    ControlTaken taken = single("handover-control-taken.json", ControlTaken.class);

    assertThat(taken.user()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(taken.metadata()).isEqualTo(NUMBER);
    assertThat(taken.timestamp()).isEqualTo(AT);
    assertThat(taken.previousOwnerRole()).isSameAs(ThreadRole.AI_AGENT);
    assertThat(taken.newOwnerRole()).isSameAs(ThreadRole.ESCALATION);
    assertThat(taken.handoverMetadata()).isEqualTo("Human agent stepping in");
    assertThat(taken.eventId()).isNotEqualTo(single("handover-control-passed.json", ControlPassed.class).eventId());
  }

  @Test
  void theThreadControlPagesShapeWithoutAppFieldsOrSenderReadsToo() {
    List<WebhookEvent> events = parse(change("messaging_handovers", """
        {"messaging_product":"whatsapp",
         "recipient":{"phone_number_id":"106540352242922","display_phone_number":"15550783881"},
         "type":"control_taken","timestamp":"1750101000",
         "control_taken":{"previous_owner_role":"customer_service","new_owner_role":"escalation",
           "metadata":"Human agent stepping in","new_owner_app_id":"1234"}}"""));

    assertThat(events).singleElement().isInstanceOfSatisfying(ControlTaken.class, taken -> {
      assertThat(taken.user()).isNull();
      assertThat(taken.previousOwnerRole()).isSameAs(ThreadRole.CUSTOMER_SERVICE);
      assertThat(taken.newOwnerRole()).isSameAs(ThreadRole.ESCALATION);
    });
  }

  @Test
  void aPassWithoutItsObjectOrWithARoleMetaAddsLaterIsStillAPass() {
    assertThat(parse(change("messaging_handovers", """
        {"sender":{"phone_number":"16505551234"},"type":"control_passed","timestamp":"1750101000"}""")))
        .singleElement().isInstanceOfSatisfying(ControlPassed.class, passed -> {
          assertThat(passed.previousOwnerRole()).isNull();
          assertThat(passed.conversationContext()).isNull();
          assertThat(passed.metadata()).isEqualTo(new WebhookMetadata(null, null));
        });
    assertThat(parse(change("messaging_handovers", """
        {"type":"control_passed","timestamp":"1750101000","control_passed":{"new_owner_role":"loyalty_desk"}}""")))
        .singleElement().isInstanceOfSatisfying(ControlPassed.class, passed -> {
          assertThat(passed.newOwnerRole()).isEqualTo(new ThreadRole("loyalty_desk"));
          assertThat(passed.newOwnerRole().isKnown()).isFalse();
        });
  }

  @Test
  void anUnknownOrMissingTypeOrAMalformedValueIsAnUnknownEventNeverDropped() {
    assertThat(parse(change("messaging_handovers", """
        {"sender":{"phone_number":"16505551234"},"type":"control_requested","timestamp":"1750101000",
         "control_requested":{}}""")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class, unknown -> {
          assertThat(unknown.field()).isEqualTo("messaging_handovers");
          assertThat(unknown.reason()).isEqualTo("unknown handover type \"control_requested\"");
          assertThat(unknown.eventId()).startsWith("messaging_handovers:");
        });
    assertThat(parse(change("messaging_handovers", "{\"timestamp\":\"1750101000\"}")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class,
            unknown -> assertThat(unknown.reason()).isEqualTo("handover without \"type\""));
    assertThat(parse(change("messaging_handovers", "{\"type\":\"control_taken\",\"timestamp\":\"soon\"}")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class,
            unknown -> assertThat(unknown.reason()).contains("timestamp"));
    assertThat(parse(change("messaging_handovers", "{\"type\":\"control_taken\",\"timestamp\":\"1750101000\","
        + "\"control_taken\":\"escalation\"}")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class, unknown ->
            assertThat(unknown.reason()).isEqualTo("handover's \"control_taken\" is not an object"));
  }

  // ---- conversation_context on the messages field ----

  @Test
  void theFirstMessageOfAThreadRoutedToTheAppCarriesMetasSummary() {
    InboundTextMessage message = single("routing-message-context.json", InboundTextMessage.class);

    assertThat(message.body()).isEqualTo("I still need help with my order");
    assertThat(message.conversationContext())
        .isEqualTo(new ConversationContext("summary", "AI-generated summary string"));
    assertThat(message.header().conversationContext()).isEqualTo(message.conversationContext());
    // The fast path reads no summary: it leaves such a body to the general path rather than drop it.
    assertThat(WebhookFastPath.parse(bytes("routing-message-context.json"))).isNull();
    assertThat(single("bsuid-message.json", InboundMessage.class).conversationContext()).isNull();
  }

  // ---- standby ----

  @Test
  void aStandbyMessageIsTypedAsAnInboundMessageButIsNotOne() {
    StandbyMessage standby = single("standby-message.json", StandbyMessage.class);

    assertThat(standby).isNotInstanceOf(InboundMessage.class);
    assertThat(standby.message()).isInstanceOfSatisfying(InboundTextMessage.class, text -> {
      assertThat(text.body()).isEqualTo("Test standby message");
      assertThat(text.profileName()).isEqualTo("Test User");
    });
    assertThat(standby.from()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(standby.timestamp()).isEqualTo(AT);
    assertThat(standby.metadata()).isEqualTo(NUMBER);
    assertThat(standby.businessAccountId()).isEqualTo("102290129340398");
    assertThat(standby.eventId()).isEqualTo("standby:message:" + WAMID);
    assertThat(standby.raw().json()).contains("Test standby message");
    assertThat(WebhookProcessor.phoneNumberIdOf(standby)).isEqualTo("106540352242922");
  }

  @Test
  void aStandbyEchoCarriesTheOwnersSendBody() {
    StandbyEcho echo = single("standby-echo.json", StandbyEcho.class);

    assertThat(echo.id()).isEqualTo(ECHO_WAMID);
    assertThat(echo.timestamp()).isEqualTo(AT);
    assertThat(echo.to()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(echo.type()).isEqualTo("text");
    assertThat(echo.message().asMap()).containsEntry("recipient_type", "individual")
        .containsEntry("text", java.util.Map.of("body", "Hello! Your order #12345 has shipped.", "preview_url", true));
    assertThat(echo.template()).isNull();
    assertThat(echo.flow()).isNull();
    assertThat(echo.metadata()).isEqualTo(NUMBER);
    assertThat(echo.eventId()).isEqualTo("standby:echo:" + ECHO_WAMID);
  }

  @Test
  void aTemplateEchoToABsuidCarriesTheTemplateAndAFlowEchoTheFlow() {
    List<WebhookEvent> events = parse(change("standby", """
        {"messaging_product":"whatsapp",
         "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},
         "standby":{"message_echoes":[
          {"id":"wamid.T1","timestamp":"1750101000",
           "message":{"messaging_product":"whatsapp","recipient":"US.13491208655302741918","type":"template",
             "template":{"name":"summer_offer","language":{"code":"en_US"}}},
           "template":{"name":"summer_offer","status":"APPROVED","category":"MARKETING",
             "components":[{"type":"BODY","text":"Hi {{1}}, enjoy {{2}} off!"}]}},
          {"id":"wamid.F1","timestamp":"1750101001",
           "message":{"messaging_product":"whatsapp","to":"+1 650 555 1234","type":"interactive",
             "interactive":{"type":"flow"}},
           "flow":{"id":"1234567890","name":"booking","status":"PUBLISHED",
             "categories":["APPOINTMENT_BOOKING"]}}]}}"""));

    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOfSatisfying(StandbyEcho.class, echo -> {
      assertThat(echo.to()).isEqualTo(WhatsAppUser.ofUserId("US.13491208655302741918"));
      assertThat(echo.type()).isEqualTo("template");
      assertThat(echo.template()).isNotNull();
      assertThat(echo.template().json()).contains("Hi {{1}}, enjoy {{2}} off!").contains("APPROVED");
      assertThat(echo.flow()).isNull();
    });
    assertThat(events.get(1)).isInstanceOfSatisfying(StandbyEcho.class, echo -> {
      assertThat(echo.to()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
      assertThat(echo.flow()).isNotNull();
      assertThat(echo.flow().asMap()).containsEntry("status", "PUBLISHED")
          .containsEntry("categories", List.of("APPOINTMENT_BOOKING"));
    });
  }

  @Test
  void aStandbyStatusReadsAsAStatusButIsNotOne() {
    StandbyStatus standby = single("standby-status.json", StandbyStatus.class);

    assertThat(standby).isNotInstanceOf(MessageStatus.class);
    assertThat(standby.status().id()).isEqualTo(ECHO_WAMID);
    assertThat(standby.status().status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(standby.status().recipient()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(standby.status().pricing()).isNotNull();
    assertThat(standby.metadata()).isEqualTo(NUMBER);
    assertThat(standby.eventId()).isEqualTo("standby:status:" + ECHO_WAMID + ":delivered");
  }

  @Test
  void anEmptyStandbyYieldsNoEventAndIsAcceptedByTheProcessor() {
    String body = change("standby", """
        {"messaging_product":"whatsapp",
         "metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"standby":{}}""");
    assertThat(parse(body)).isEmpty();

    List<WebhookEvent> received = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(WebhookListener.of(WebhookEvent.class, received::add)).build();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertThat(processor.handle(signedHeaders(bytes), bytes).statusCode()).isEqualTo(200);
    assertThat(received).isEmpty();
  }

  @Test
  void aStandbyThatCannotBeReadIsAStandbyUnknownEvent() {
    assertThat(parse(change("standby", "{\"messaging_product\":\"whatsapp\"}")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class, unknown -> {
          assertThat(unknown.field()).isEqualTo("standby");
          assertThat(unknown.reason()).isEqualTo("standby change without a \"standby\" object");
        });
    assertThat(parse(change("standby", "{\"standby\":{\"reactions\":[]}}")))
        .singleElement().isInstanceOfSatisfying(UnknownEvent.class, unknown ->
            assertThat(unknown.reason()).isEqualTo("standby without messages, message_echoes or statuses"));
    // A message without an id: never passed on with the messages field's id or field.
    List<WebhookEvent> events = parse(change("standby", """
        {"standby":{"messages":[{"from":"16505551234","timestamp":"1750101000","type":"text","text":{"body":"hi"}},
          {"from":"16505551234","id":"wamid.OK","timestamp":"1750101000","type":"text","text":{"body":"ok"}}],
         "message_echoes":[{"id":"wamid.E","timestamp":"1750101000"}],
         "statuses":[{"id":"wamid.S","timestamp":"1750101000"}]}}"""));
    assertThat(events).hasSize(4);
    assertThat(events.get(0)).isInstanceOfSatisfying(UnknownEvent.class, unknown -> {
      assertThat(unknown.field()).isEqualTo("standby");
      assertThat(unknown.reason()).isEqualTo("standby message: message has no \"id\"");
      assertThat(unknown.eventId()).startsWith("standby:");
    });
    assertThat(events.get(1)).isInstanceOf(StandbyMessage.class);
    assertThat(events.get(2)).isInstanceOfSatisfying(UnknownEvent.class, unknown ->
        assertThat(unknown.reason()).isEqualTo("standby echo: needs \"id\", \"timestamp\" and \"message\""));
    assertThat(events.get(3)).isInstanceOfSatisfying(UnknownEvent.class, unknown -> assertThat(unknown.reason())
        .isEqualTo("standby status: status needs \"id\", \"status\" and \"timestamp\""));
  }

  // ---- the fast path, listeners, de-duplication, tenants ----

  @Test
  void theFastPathLeavesEveryRoutingBodyToTheGeneralPath() {
    for (String name : FIXTURES) {
      byte[] body = bytes(name);
      assertThat(WebhookFastPath.parse(body)).as(name).isNull();
      assertThat(WebhookProcessor.parse(body)).as(name)
          .isEqualTo(WebhookParser.parse(WebhookJsonReader.parseObject(body))).isNotEmpty();
    }
    // A standby value nests messages and statuses one level deeper: never read as the messages field's, whatever
    // the member order.
    String fieldLast = new String(bytes("standby-message.json"), StandardCharsets.UTF_8)
        .replace("\"field\":\"standby\",", "").replace("}}}]}]}", "}},\"field\":\"standby\"}]}]}");
    assertThat(fieldLast).doesNotContain("\"field\":\"standby\",").contains("}},\"field\":\"standby\"}]");
    assertThat(WebhookFastPath.parse(fieldLast.getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(WebhookProcessor.parse(fieldLast.getBytes(StandardCharsets.UTF_8)))
        .singleElement().isInstanceOf(StandbyMessage.class);
  }

  @Test
  void listenersGetTheirOwnFamilyMethodsAndRedeliveriesOnce() {
    List<WebhookEvent> handovers = new ArrayList<>();
    List<WebhookEvent> standbys = new ArrayList<>();
    List<WebhookEvent> others = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(new WebhookListener() {
          @Override
          public void onHandoverEvent(HandoverEvent event) {
            handovers.add(event);
          }

          @Override
          public void onStandbyEvent(StandbyEvent event) {
            standbys.add(event);
          }

          @Override
          public void onInboundMessage(InboundMessage message) {
            others.add(message);
          }

          @Override
          public void onMessageStatus(MessageStatus status) {
            others.add(status);
          }

          @Override
          public void onUnknownEvent(UnknownEvent event) {
            others.add(event);
          }
        }).build();

    for (int round = 0; round < 2; round++) {
      for (String name : FIXTURES) {
        byte[] body = bytes(name);
        assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
      }
    }

    assertThat(handovers).hasSize(2).hasExactlyElementsOfTypes(ControlPassed.class, ControlTaken.class);
    assertThat(standbys).hasSize(3)
        .hasExactlyElementsOfTypes(StandbyMessage.class, StandbyEcho.class, StandbyStatus.class);
    assertThat(others).isEmpty();
  }

  @Test
  void aTenantsListenerGetsTheRoutingEventsOfItsNumberOnly() {
    List<WebhookEvent> mine = new ArrayList<>();
    List<WebhookEvent> theirs = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(Tenant.of("106540352242922"), WebhookListener.of(WebhookEvent.class, mine::add))
        .listener(Tenant.of("999999999999999"), WebhookListener.of(WebhookEvent.class, theirs::add)).build();

    for (String name : FIXTURES) {
      byte[] body = bytes(name);
      processor.handle(signedHeaders(body), body);
    }

    assertThat(mine).hasSize(5);
    assertThat(theirs).isEmpty();
  }

  // ---- the policy engine and billing ----

  @Test
  void aStandbyMessageOpensTheCustomerServiceWindowAndNothingElseFeedsThePolicyOrBilling() {
    MutableClock clock = new MutableClock(AT.plusSeconds(60));
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore())
        .withoutRule(dev.wabasdk.policy.MarketingMarketsRule.class).build();
    BillingReconciliation billing = new BillingReconciliation();
    billing.recordEstimate(ECHO_WAMID,
        CostEstimator.ofDefaults().priceOf(PriceQuery.of("+16505551234", PricingCategory.SERVICE)));
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine).billingReconciliation(billing).build();

    for (String name : List.of("handover-control-passed.json", "standby-echo.json", "standby-status.json")) {
      byte[] body = bytes(name);
      processor.handle(signedHeaders(body), body);
    }
    assertThat(engine.evaluate(Message.text("16505551234", "Hi")).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(billing.summary().awaitingBilling()).as("another responder's status is not our bill").isEqualTo(1);

    byte[] body = bytes("standby-message.json");
    processor.handle(signedHeaders(body), body);

    var decision = engine.evaluate(Message.text("16505551234", "Hi"));
    assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(decision.facts().lastInboundAt()).isEqualTo(AT);
    assertThat(decision.facts().customerServiceWindowUntil()).isEqualTo(AT.plusSeconds(24 * 3600));
  }

  @Test
  void aStandbyMessageToAnotherNumberOpensNoWindowOfThisOne() {
    PolicyEngine engine = PolicyEngine.builder().clock(new MutableClock(AT.plusSeconds(60)))
        .store(new InMemoryConversationStore()).withoutRule(dev.wabasdk.policy.MarketingMarketsRule.class).build();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine, "999999999999999").build();

    byte[] body = bytes("standby-message.json");
    processor.handle(signedHeaders(body), body);

    assertThat(engine.evaluate(Message.text("16505551234", "Hi")).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }
}
