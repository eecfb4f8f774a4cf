package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.Referral;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.RoutingConfiguration.EscalationPartner;
import dev.wabasdk.template.TemplateCategory;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversation Routing in the fake, over raw HTTP and the raw webhook JSON the app receives. */
class ConversationRoutingFakeTest {
  private static final String USER = "+16505551234";
  private static final String WA_ID = "16505551234";
  private static final OkHttpClient HTTP = new OkHttpClient();

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder()
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale: 20% off!")
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Your order shipped.")
        .start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  // ---------------------------------------------------------------- routing off

  @Test
  void offByDefaultEveryMessageReachesTheAppAndThreadControlIsRefused() throws IOException {
    fake.user(USER).sends("hi");

    assertThat(fields()).containsExactly("messages");
    assertThat(fake.routing().configuration()).isNull();
    assertThat(fake.routing().owner(USER)).isNull();
    assertThat(threadControl("{\"messaging_product\":\"whatsapp\",\"to\":\"" + WA_ID + "\",\"action\":\"take\"}"))
        .contains("\"code\":100").contains("no Conversation Routing configuration");
  }

  @Test
  void disableGoesBackToTodaysBehaviour() {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("one");
    fake.routing().disable();

    fake.user(USER).sends("two");

    assertThat(fields()).containsExactly("standby", "messages");
    assertThat(fake.routing().owner(USER)).isNull();
  }

  // ---------------------------------------------------------------- the users' messages

  @Test
  void anIdleThreadGoesToTheAiAgentAndTheAppGetsAStandbyCopyInMetasShape() {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());

    UserMessage message = fake.user(USER).sends("Test standby message");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
    assertThat(fake.routing().appOwns(USER)).isFalse();
    assertThat(payloads()).containsExactly("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
        + fake.businessAccountId() + "\",\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\","
        + "\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"106540352242922\"},"
        + "\"standby\":{\"contacts\":[{\"profile\":{\"name\":\"User 1234\"},\"wa_id\":\"16505551234\",\"user_id\":\""
        + fake.user(USER).userId() + "\"}],\"messages\":[{\"from\":\"16505551234\",\"id\":\"" + message.id()
        + "\",\"timestamp\":\"" + now() + "\",\"type\":\"text\",\"text\":{\"body\":\"Test standby message\"}}]}},"
        + "\"field\":\"standby\"}]}]}");
    assertThat(fake.userMessages()).as("the user's message is kept, as Meta has it").hasSize(1);
    assertThat(fake.isWindowOpen(USER)).as("the window opens whoever owns the thread").isTrue();
  }

  @Test
  void withoutStandbyVisibilityTheAppGetsNothingOfAnotherResponderThread() {
    fake.routing().enable(RoutingConfiguration.builder().escalationPartner(EscalationPartner.OTHER_RESPONDER).build());

    fake.user(USER).sends("hello");
    fake.user(USER).sends("anyone?");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.CUSTOMER_SERVICE);
    assertThat(fields()).isEmpty();
  }

  @Test
  void theAppAsServicePrimaryOwnsIdleThreadsAndGetsMessages() {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE).appHasStandby(true)
        .build());

    fake.user(USER).sends("hello");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.CUSTOMER_SERVICE);
    assertThat(fake.routing().appOwns(USER)).isTrue();
    assertThat(fields()).containsExactly("messages");
  }

  @Test
  void entryPointsReplyToMarketingOrUtilityTemplateAndClickToWhatsApp() throws IOException {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.MARKETING).appHasStandby(true)
        .build());
    String promo = wamidOf(send(template(WA_ID, "spring_sale")));
    String update = wamidOf(send(template("4915112345678", "order_update")));
    payloads();
    receiver.clear(); // the templates' statuses

    fake.user(USER).repliesTo(promo, "Tell me more");
    fake.user("+4915112345678").repliesTo(update, "Thanks");
    fake.user("+447700900123").comesFromAd(Referral.ad("120201234", "Spring sale")).sends("I saw your ad");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.MARKETING);
    assertThat(fake.routing().owner("+4915112345678")).isEqualTo(ThreadRole.UTILITY);
    assertThat(fake.routing().owner("+447700900123")).isEqualTo(ThreadRole.CTWA);
    assertThat(fields()).containsExactly("messages", "standby", "standby");
  }

  @Test
  void aThreadIsIdleAgain24HoursAfterTheUsersLastMessage() {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.MARKETING)
        .escalationPartner(EscalationPartner.APP).build());
    fake.user(USER).sends("hi");
    fake.clock().advance(Duration.ofHours(20));
    fake.user(USER).sends("still there?");

    fake.clock().advance(Duration.ofHours(24).minusSeconds(1));
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.CUSTOMER_SERVICE);
    fake.clock().advance(Duration.ofSeconds(1));
    assertThat(fake.routing().owner(USER)).isNull();

    assertThatThrownBy(() -> fake.routing().passToApp(USER, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is idle");

    fake.user(USER).sends("back again");
    assertThat(fake.routing().owner(USER)).as("routed again by its entry point")
        .isEqualTo(ThreadRole.CUSTOMER_SERVICE);
  }

  @Test
  void aTakeOfAnIdleThreadStartsItsIdleClock() throws IOException {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("hi");
    fake.clock().advance(Duration.ofHours(30));

    assertThat(threadControl(body("\"to\":\"" + WA_ID + "\",\"action\":\"take\""))).contains("request_id");

    fake.clock().advance(Duration.ofHours(23));
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    fake.clock().advance(Duration.ofHours(1));
    assertThat(fake.routing().owner(USER)).isNull();
  }

  // ---------------------------------------------------------------- the other responders

  @Test
  void theAiAgentPassesToTheAppControlPassedInMetasEnvelopeThenMessagesReachTheApp() {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("I want a human");
    payloads();
    receiver.clear();

    fake.routing().passToApp(USER, "WhatsApp user requested human agent");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    assertThat(payloads()).containsExactly(handover("control_passed", "{\"previous_owner_role\":\"ai_agent\","
        + "\"new_owner_role\":\"escalation\",\"metadata\":\"WhatsApp user requested human agent\"}"));
    fake.user(USER).sends("hello human");
    assertThat(fields()).containsExactly("messaging_handovers", "messages");
  }

  @Test
  void aPassToANamedRoleOfTheAppAndOneWithoutMetadata() {
    fake.routing().enable(RoutingConfiguration.builder().aiAgentPrimary(true).escalationPartner(EscalationPartner.NONE)
        .build());
    fake.user(USER).sends("hi");
    assertThatThrownBy(() -> fake.routing().passToApp(USER, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the app holds no role to pass to");

    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.UTILITY, ThreadRole.CTWA).build());
    assertThatThrownBy(() -> fake.routing().passToApp(USER, ThreadRole.MARKETING, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the app holds no role marketing");
    payloads();
    receiver.clear();
    fake.routing().passToApp(USER, ThreadRole.CTWA, null);

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.CTWA);
    assertThat(payloads()).containsExactly(handover("control_passed", "{\"previous_owner_role\":\"ai_agent\","
        + "\"new_owner_role\":\"ctwa\"}"));
    assertThatThrownBy(() -> fake.routing().passToApp(USER, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the app already owns");
  }

  @Test
  void theEscalationPartnerTakesFromTheAppControlTakenInMetasEnvelope() {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE)
        .escalationPartner(EscalationPartner.OTHER_RESPONDER).build());
    fake.user(USER).sends("hi");
    payloads();
    receiver.clear();

    fake.routing().takeFromApp(USER, "Human agent stepping in");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    assertThat(payloads()).containsExactly(handover("control_taken", "{\"previous_owner_role\":"
        + "\"customer_service\",\"new_owner_role\":\"escalation\",\"metadata\":\"Human agent stepping in\"}"));
    fake.user(USER).sends("ok");
    assertThat(fields()).as("no standby visibility: nothing more").containsExactly("messaging_handovers");
    fake.routing().takeFromApp(USER, null);
    assertThat(fields()).as("a take from another responder is not the app's business").hasSize(1);
  }

  @Test
  void onlyAnotherEscalationPartnerCanTakeFromTheApp() {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());

    assertThatThrownBy(() -> fake.routing().takeFromApp(USER, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("escalation partner is APP, not OTHER_RESPONDER");
    assertThatThrownBy(() -> fake.routing().passToApp(USER, "x".repeat(2001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metadata: must be at most 2000 characters, was 2001");
    assertThatThrownBy(() -> fake.routing().passToApp(USER, "\uD83D\uDE42".repeat(2001)))
        .as("characters counted as the SDK counts them: an emoji is one")
        .hasMessage("metadata: must be at most 2000 characters, was 2001");
    fake.routing().disable();
    assertThatThrownBy(() -> fake.routing().takeFromApp(USER, null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Conversation Routing is off");
  }

  @Test
  void anotherResponderSendsTheAppGetsTheEchoAndItsStatusesOnStandby() {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("Where is my order?");
    payloads();
    receiver.clear();

    String wamid = fake.routing().otherResponderSends(USER, "Hello! Your order #12345 has shipped.");

    String value = "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"standby\":";
    String status = "{\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\"%s\",\"timestamp\":\"" + now()
        + "\",\"recipient_id\":\"16505551234\",\"recipient_user_id\":\"" + fake.user(USER).userId()
        + "\",\"pricing\":{\"billable\":false,\"pricing_model\":\"PMP\",\"type\":\"free_customer_service\","
        + "\"category\":\"service\"}}]}";
    assertThat(payloads()).containsExactly(
        envelope(value + "{\"message_echoes\":[{\"id\":\"" + wamid + "\",\"timestamp\":\"" + now()
            + "\",\"message\":{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\","
            + "\"recipient_type\":\"individual\",\"type\":\"text\",\"text\":{\"body\":"
            + "\"Hello! Your order #12345 has shipped.\"}}}]}}", "standby"),
        envelope(value + status.formatted("sent") + "}", "standby"),
        envelope(value + status.formatted("delivered") + "}", "standby"));
    assertThat(fake.sentMessages()).as("not the app's message").isEmpty();
  }

  @Test
  void anotherResponderMayNotWriteIntoTheAppsThreadUnlessItIsTheEscalationPartner() {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE).appHasStandby(true)
        .build());
    fake.user(USER).sends("hi");
    assertThatThrownBy(() -> fake.routing().otherResponderSends(USER, "me too"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the app owns the thread");

    fake.routing().enable(fake.routing().configuration().toBuilder()
        .escalationPartner(EscalationPartner.OTHER_RESPONDER).build());
    payloads();
    receiver.clear();
    fake.routing().otherResponderSends(USER, "A human here");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    assertThat(payloads().get(0)).isEqualTo(handover("control_taken", "{\"previous_owner_role\":"
        + "\"customer_service\",\"new_owner_role\":\"escalation\","
        + "\"metadata\":\"Control taken via service message\"}"));
    assertThat(fields()).containsExactly("messaging_handovers", "standby", "standby", "standby");

    fake.clock().advance(Duration.ofHours(25));
    assertThatThrownBy(() -> fake.routing().otherResponderSends(USER, "late"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("window of 16505551234 is closed");
  }

  // ---------------------------------------------------------------- thread_control

  @Test
  void threadControlRefusesWhatMetaRefusesWithError100() throws IOException {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    String to = "\"to\":\"" + WA_ID + "\",";

    assertThat(threadControl("{\"to\":\"" + WA_ID + "\",\"action\":\"take\"}"))
        .contains("\"code\":100").contains("The parameter messaging_product is required.");
    assertThat(threadControl(body("\"action\":\"take\""))).contains("\"code\":100")
        .contains("Give exactly one of to (the user's phone number) and recipient (their business-scoped user id),"
            + " was neither.");
    assertThat(threadControl(body(to + "\"recipient\":\"" + fake.user(USER).userId() + "\",\"action\":\"take\"")))
        .contains("\"code\":100").contains("was both.");
    assertThat(threadControl(body(to + "\"action\":\"grab\""))).contains("\"code\":100")
        .contains("Param action must be one of pass, release, take, was \\\"grab\\\".");
    assertThat(threadControl(body(to + "\"action\":\"take\",\"metadata\":\"" + "x".repeat(2001) + "\"")))
        .contains("\"code\":100").contains("Param metadata must be at most 2000 characters, was 2001.");
    assertThat(threadControl(body(to + "\"action\":\"take\",\"metadata\":\"" + "\uD83D\uDE42".repeat(2001) + "\"")))
        .contains("\"code\":100").contains("Param metadata must be at most 2000 characters, was 2001.");
    assertThat(threadControl(body(to + "\"action\":\"release\",\"control_pass\":{\"target_role\":\"ai_agent\"}")))
        .contains("\"code\":100").contains("Param control_pass is only allowed with action pass, was action release.");
    assertThat(threadControl(body(to + "\"action\":\"pass\",\"control_pass\":{\"target_role\":\"sales\"}")))
        .contains("\"code\":100").contains("Param control_pass['target_role'] must be one of [customer_service,"
            + " marketing, utility, ctwa, ai_agent, escalation], was \\\"sales\\\".");
    assertThat(threadControl(body(to + "\"action\":\"pass\",\"control_pass\":{}"))).contains("\"code\":100")
        .contains("Param control_pass['target_role'] is required with control_pass");
    assertThat(threadControl(body("\"recipient\":\"US.1\",\"action\":\"take\""))).contains("\"code\":100")
        .contains("Param recipient is not a business-scoped user id");
    assertThat(fake.routing().owner(USER)).as("nothing refused moved the thread").isNull();
  }

  @Test
  void onlyTheEscalationPartnerMayTakeElseError2494191() throws IOException {
    fake.routing().enable(RoutingConfiguration.builder().aiAgentPrimary(true).appHasStandby(true)
        .escalationPartner(EscalationPartner.OTHER_RESPONDER).build());
    fake.user(USER).sends("hi");

    try (Response response = call("POST", graphPath("thread_control"),
        body("\"to\":\"" + WA_ID + "\",\"action\":\"take\""))) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("\"code\":2494191")
          .contains("only the escalation partner can take a thread");
    }
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
  }

  @Test
  void theAppTakesPassesAndReleasesAndIsNeverToldOfItsOwnActions() throws IOException {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("hi");
    String to = "\"to\":\"" + WA_ID + "\",";
    assertThat(threadControl(body(to + "\"action\":\"pass\""))).contains("\"code\":100")
        .contains("is owned by another responder (role ai_agent), not by your app: only the owner can pass it.");
    assertThat(threadControl(body(to + "\"action\":\"release\""))).contains("\"code\":100")
        .contains("only its owner can release it; the escalation partner must take it first.");

    String first = threadControl(body(to + "\"action\":\"take\",\"metadata\":\"Human agent stepping in\""));
    assertThat(first).matches("\\{\"messaging_product\":\"whatsapp\",\"request_id\":\"[^\"]+\"}");
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    fake.user(USER).sends("hello?");
    assertThat(threadControl(body(to + "\"action\":\"pass\""))).contains("\"code\":100")
        .contains("The target role escalation is your app's own role");

    String second = threadControl(body(to + "\"action\":\"pass\",\"metadata\":\"Back to the agent\","
        + "\"control_pass\":{\"target_role\":\"ai_agent\"}"));
    assertThat(second).isNotEqualTo(first).contains("request_id");
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
    fake.user(USER).sends("thanks");

    threadControl(body(to + "\"action\":\"take\""));
    assertThat(threadControl(body(to + "\"action\":\"release\""))).contains("request_id");
    assertThat(fake.routing().owner(USER)).isNull();
    assertThat(threadControl(body(to + "\"action\":\"release\""))).as("an idle thread's release succeeds")
        .contains("request_id");
    assertThat(threadControl(body(to + "\"action\":\"pass\""))).contains("\"code\":100").contains("is idle");
    assertThat(fields()).as("no handover webhook for the app's own pass, take and release")
        .containsExactly("standby", "messages", "standby");
  }

  @Test
  void aPassMayTargetOnlyAnEnabledRoleAndUntargetedNeedsAnEscalationPartner() throws IOException {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE).build());
    fake.user(USER).sends("hi");
    String to = "\"to\":\"" + WA_ID + "\",";

    assertThat(threadControl(body(to + "\"action\":\"pass\""))).contains("\"code\":100")
        .contains("This phone number has no escalation partner");
    assertThat(threadControl(body(to + "\"action\":\"pass\",\"control_pass\":{\"target_role\":\"ai_agent\"}")))
        .contains("\"code\":100").contains("ai_agent is not enabled on this phone number (Meta Business Agent is off)");
    assertThat(threadControl(body(to + "\"action\":\"pass\",\"control_pass\":{\"target_role\":\"marketing\"}")))
        .contains("request_id");
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.MARKETING);
    assertThat(threadControl(body("\"recipient\":\"" + fake.user(USER).userId() + "\",\"action\":\"release\"")))
        .as("the user by their BSUID").contains("\"code\":100").contains("(role marketing)");
  }

  // ---------------------------------------------------------------- the app's sends

  @Test
  void aServiceSendIntoAnotherRespondersThreadIsRefusedButATemplateGoes() throws IOException {
    fake.routing().enable(RoutingConfiguration.builder().aiAgentPrimary(true).appHasStandby(true).build());
    fake.user(USER).sends("hi");

    String refused = send(text(WA_ID, "Can I help?"));

    assertThat(refused).contains("\"code\":100").contains("The thread with 16505551234 is owned by another"
        + " responder (role ai_agent); your app may send it templates only until that responder passes the thread"
        + " to it (the escalation partner may take it). Pass or take control first.");
    assertThat(send(template(WA_ID, "order_update"))).contains("\"message_status\":\"accepted\"");
    assertThat(fake.sentMessages()).hasSize(1);
    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
  }

  @Test
  void theEscalationPartnersServiceSendTakesTheThreadSilently() throws IOException {
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user(USER).sends("hi");
    payloads();
    receiver.clear();

    assertThat(send(text(WA_ID, "A human here."))).contains("wamid.");

    assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    assertThat(fields()).as("statuses of its message, no handover").containsExactly("messages", "messages");
  }

  @Test
  void theAppMayWriteIntoAnIdleThreadWhichStaysIdle() throws IOException {
    fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.MARKETING).build());
    fake.user(USER).sends("hello");
    fake.routing().disable().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.MARKETING).build());

    assertThat(send(text(WA_ID, "Following up"))).contains("wamid.");

    assertThat(fake.routing().owner(USER)).as("the user's answer decides, by its entry point").isNull();
  }

  // ---------------------------------------------------------------- reset, tenants, control API

  @Test
  void resetForgetsRoutingAndEachTenantHasItsOwn() {
    FakeWhatsApp shared = FakeWhatsApp.builder().tenant("200000000000001", "300000000000001", "token-b",
        "+1 555-010-0001").start();
    try {
      shared.routing().enable(RoutingConfiguration.behindAiAgent());
      shared.user(USER).sends("hi");
      FakeWhatsApp b = shared.tenant("300000000000001");
      b.user(USER).sends("hi");

      assertThat(shared.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
      assertThat(b.routing().configuration()).isNull();
      assertThat(b.routing().owner(USER)).isNull();
      shared.reset();
      assertThat(shared.routing().configuration()).isNull();
      assertThat(shared.routing().owner(USER)).isNull();
    } finally {
      shared.close();
    }
  }

  @Test
  void qaDrivesRoutingOverTheControlApi() throws IOException {
    assertThat(control("POST", "/testkit/routing", "{\"ai_agent_primary\":true,\"escalation_partner\":\"app\","
        + "\"standby\":true}")).isEqualTo("{\"enabled\":true,\"app_primary_for\":[],\"ai_agent_primary\":true,"
        + "\"escalation_partner\":\"app\",\"standby\":true,\"app_roles\":[\"escalation\"],\"summaries\":false}");
    fake.user(USER).sends("hi");
    assertThat(control("GET", "/testkit/routing/threads/" + WA_ID, null))
        .isEqualTo("{\"wa_id\":\"16505551234\",\"owner_role\":\"ai_agent\",\"idle\":false,"
            + "\"owned_by_app\":false}");

    assertThat(control("POST", "/testkit/routing/threads/" + WA_ID + "/messages",
        "{\"text\":\"Hi from the agent\"}")).startsWith("{\"id\":\"wamid.");
    assertThat(control("POST", "/testkit/routing/threads/" + WA_ID + "/pass_to_app",
        "{\"metadata\":\"human\"}"))
        .isEqualTo("{\"wa_id\":\"16505551234\",\"owner_role\":\"escalation\",\"idle\":false,"
            + "\"owned_by_app\":true}");
    assertThat(control("POST", "/testkit/routing/threads/" + WA_ID + "/take_from_app", "{}"))
        .contains("escalation partner is APP, not OTHER_RESPONDER");
    assertThat(control("POST", "/testkit/routing", "{\"app_primary_for\":[\"sales\"]}"))
        .contains("sales is not an entry point's primary role");
    assertThat(control("DELETE", "/testkit/routing", null)).isEqualTo("{\"enabled\":false}");
    assertThat(control("GET", "/testkit/routing/threads/" + WA_ID, null))
        .isEqualTo("{\"wa_id\":\"16505551234\",\"idle\":true,\"owned_by_app\":false}");
    assertThat(fields()).containsExactly("standby", "standby", "standby", "standby", "messaging_handovers");
  }

  // ---------------------------------------------------------------- helpers

  private long now() {
    return fake.clock().instant().getEpochSecond();
  }

  private List<String> payloads() {
    fake.awaitWebhooks();
    return receiver.payloads();
  }

  private List<Object> fields() {
    fake.awaitWebhooks();
    return receiver.events().stream().map(e -> (Object) field(e)).toList();
  }

  @SuppressWarnings("unchecked")
  private static String field(Map<String, Object> event) {
    Map<String, Object> entry = ((List<Map<String, Object>>) event.get("entry")).get(0);
    return String.valueOf(((List<Map<String, Object>>) entry.get("changes")).get(0).get("field"));
  }

  private String envelope(String value, String field) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + fake.businessAccountId()
        + "\",\"changes\":[{\"value\":" + value + ",\"field\":\"" + field + "\"}]}]}";
  }

  /** A messaging_handovers webhook as Meta's example shows it (no app ids). */
  private String handover(String type, String change) {
    return envelope("{\"messaging_product\":\"whatsapp\",\"sender\":{\"phone_number\":\"16505551234\"},"
        + "\"recipient\":{\"phone_number_id\":\"106540352242922\",\"display_phone_number\":\"15550783881\"},"
        + "\"type\":\"" + type + "\",\"timestamp\":\"" + now() + "\",\"" + type + "\":" + change + "}",
        "messaging_handovers");
  }

  private static String body(String fields) {
    return "{\"messaging_product\":\"whatsapp\"," + fields + "}";
  }

  private static String text(String to, String body) {
    return body("\"to\":\"" + to + "\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}");
  }

  private static String template(String to, String name) {
    return body("\"to\":\"" + to + "\",\"type\":\"template\",\"template\":{\"name\":\"" + name
        + "\",\"language\":{\"code\":\"en_US\"}}");
  }

  private static String wamidOf(String sendAnswer) {
    int start = sendAnswer.indexOf("wamid.");
    return sendAnswer.substring(start, sendAnswer.indexOf('"', start));
  }

  private String graphPath(String edge) {
    return "/v23.0/" + fake.phoneNumberId() + "/" + edge;
  }

  private String threadControl(String json) throws IOException {
    return string(call("POST", graphPath("thread_control"), json));
  }

  private String send(String json) throws IOException {
    return string(call("POST", graphPath("messages"), json));
  }

  private String control(String method, String path, String json) throws IOException {
    return string(call(method, path, json));
  }

  private static String string(Response response) throws IOException {
    try (response) {
      return response.body().string();
    }
  }

  private Response call(String method, String path, String json) throws IOException {
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + path.substring(1))
        .header("Authorization", "Bearer " + fake.accessToken());
    request.method(method, json == null ? null : RequestBody.create(json, MediaType.get("application/json")));
    return HTTP.newCall(request.build()).execute();
  }
}
