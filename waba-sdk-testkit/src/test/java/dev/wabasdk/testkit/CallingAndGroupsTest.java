package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.calling.CallPermissionStatus;
import dev.wabasdk.calling.CallingSettings;
import dev.wabasdk.calling.FeatureStatus;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.group.GroupInfo;
import dev.wabasdk.group.GroupPageRequest;
import dev.wabasdk.group.GroupSummary;
import dev.wabasdk.group.JoinApprovalMode;
import dev.wabasdk.group.JoinRequest;
import dev.wabasdk.group.JoinRequestResult;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.paging.Page;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake plays calls and groups with the SDK's own client, and emits Meta's webhooks for them. */
class CallingAndGroupsTest {
  private static final String SDP = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=app\r\nt=0 0\r\n";
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  private Map<String, Object> lastChange(String field) {
    fake.awaitWebhooks();
    List<Map<String, Object>> events = receiver.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      Object change = Json.list(Json.list(events.get(i), "entry").get(0), "changes").get(0);
      if (field.equals(Json.string(change, "field"))) {
        return Json.map(change, "value");
      }
    }
    throw new AssertionError("no " + field + " webhook in " + receiver.payloads());
  }

  @Test
  void aUserCallsTheAppAcceptsWithItsSdpAnswerAndHangsUp() {
    FakeUser user = fake.user("+4915112345678");

    String callId = user.calls().id();

    Map<String, Object> connect = lastChange("calls");
    Map<String, Object> call = Json.map(Json.list(connect, "calls").get(0));
    assertThat(call).containsEntry("id", callId).containsEntry("event", "connect")
        .containsEntry("direction", "USER_INITIATED").containsEntry("from", "4915112345678");
    assertThat(Json.string(call, "session", "sdp_type")).isEqualTo("offer");
    assertThat(fake.isWindowOpen("+4915112345678")).as("a call opens the window").isTrue();

    client.calling().preAccept(callId, SDP);
    client.calling().accept(callId, SDP, "ticket-7");
    fake.clock().advance(Duration.ofSeconds(56));
    client.calling().terminate(callId);

    Map<String, Object> end = Json.map(Json.list(lastChange("calls"), "calls").get(0));
    assertThat(end).containsEntry("event", "terminate").containsEntry("status", "COMPLETED")
        .containsEntry("biz_opaque_callback_data", "ticket-7");
    assertThat(((Number) end.get("duration")).longValue()).isEqualTo(56);
    assertThat(fake.calls()).containsExactly(new CallRecord(callId, "4915112345678", "USER_INITIATED", "COMPLETED"));
  }

  @Test
  void theBusinessCallsOnlyAUserWhoGrantedPermission() {
    FakeUser user = fake.user("+4915112345678");
    user.sends("please call me");

    assertThatThrownBy(() -> client.calling().connect("+4915112345678", SDP))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138006));

    client.messages().send(Message.callPermissionRequest("+4915112345678", "May we call you about your order?"));
    UserMessage reply = user.grantsCallPermission(false);
    assertThat(reply.message()).contains("\"call_permission_reply\"").contains("\"response\":\"accept\"");
    assertThat(client.calling().permission(Recipient.phoneNumber("+4915112345678")).status())
        .isSameAs(CallPermissionStatus.TEMPORARY);

    String callId = client.calling().connect("+4915112345678", SDP);
    assertThat(Json.map(Json.list(lastChange("calls"), "statuses").get(0))).containsEntry("status", "RINGING")
        .containsEntry("type", "call").containsEntry("id", callId);
    user.answersCall(callId);
    Map<String, Object> answer = Json.map(Json.list(lastChange("calls"), "calls").get(0));
    assertThat(answer).containsEntry("event", "connect").containsEntry("direction", "BUSINESS_INITIATED");
    assertThat(Json.string(answer, "session", "sdp_type")).isEqualTo("answer");
    user.hangsUp(callId);
    assertThat(fake.calls().get(0).status()).isEqualTo("COMPLETED");

    fake.clock().advance(Duration.ofDays(7));
    assertThatThrownBy(() -> client.calling().connect("+4915112345678", SDP))
        .as("a temporary permission lasts 7 days").isInstanceOf(WabaApiException.class);
  }

  /** Meta, Initiate call: "to ... Required (unless recipient is provided)"; recipient is the user's BSUID. */
  @Test
  void theBusinessCallsAUserKnownOnlyByTheirBsuid() {
    FakeUser user = fake.user("+4915112345678");
    user.grantsCallPermission(false);

    String callId = client.calling().connect(Recipient.userId(user.userId()), SDP, "ticket-9");

    assertThat(callId).startsWith("wacid.");
    assertThat(fake.calls()).containsExactly(new CallRecord(callId, "4915112345678", "BUSINESS_INITIATED",
        "RINGING"));
    assertThat(Json.map(Json.list(lastChange("calls"), "statuses").get(0))).containsEntry("id", callId)
        .containsEntry("biz_opaque_callback_data", "ticket-9");
    assertThatThrownBy(() -> client.calling().connect(Recipient.userId("US.13491208655302741918"), SDP, null))
        .as("a BSUID of no user of this business")
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(100));
  }

  @Test
  void settingsRoundTripAndACallbackPermissionComesWithAUsersCall() {
    client.calling().updateSettings(CallingSettings.builder().callbackPermissionStatus(FeatureStatus.ENABLED)
        .callIcons(new CallingSettings.CallIcons(List.of("DE", "AT"))).build());
    assertThat(client.calling().settings().callbackPermissionStatus()).isSameAs(FeatureStatus.ENABLED);
    assertThat(client.calling().settings().callIcons()).isEqualTo(new CallingSettings.CallIcons(List.of("DE", "AT")));

    String missed = fake.user("+4915112345678").calls().id();
    client.calling().reject(missed);

    assertThat(client.calling().permission(Recipient.phoneNumber("+4915112345678")).canStartCall()).isTrue();
  }

  @Test
  void aGroupIsCreatedJoinedWrittenInAndMessaged() {
    String requestId = client.groups().create(NewGroup.of("Order 1234").withDescription("Delivery questions"));

    Map<String, Object> created = Json.map(Json.list(lastChange("group_lifecycle_update"), "groups").get(0));
    assertThat(created).containsEntry("type", "group_create").containsEntry("request_id", requestId)
        .containsEntry("subject", "Order 1234");
    String groupId = (String) created.get("group_id");
    assertThat(client.groups().inviteLink(groupId)).isEqualTo(created.get("invite_link"));

    FakeUser ana = fake.user("+4915112345678");
    FakeUser ben = fake.user("+16505551234");
    ana.joinsGroup(groupId);
    ben.joinsGroup(groupId);
    assertThat(Json.map(Json.list(lastChange("group_participants_update"), "groups").get(0)))
        .containsEntry("type", "group_participants_add");

    assertThatThrownBy(() -> client.messages().send(Message.text(Recipient.group(groupId), "Hello all")))
        .as("nobody wrote yet: the group's window is closed")
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(131047));
    ana.writesInGroup(groupId, "Where is my parcel?");
    Map<String, Object> inbound = Json.map(Json.list(lastChange("messages"), "messages").get(0));
    assertThat(inbound).containsEntry("group_id", groupId).containsEntry("from", "4915112345678");

    client.messages().send(Message.text(Recipient.group(groupId), "It arrives today"));
    Map<String, Object> status = Json.map(Json.list(lastChange("messages"), "statuses").get(0));
    assertThat(status).containsEntry("recipient_type", "group").containsEntry("recipient_id", groupId)
        .containsEntry("status", "delivered").containsKey("recipient_participant_id");
    assertThatThrownBy(() -> client.messages().send(Message.location(Recipient.group(groupId), 1, 2)))
        .isInstanceOf(WabaApiException.class);

    ben.leavesGroup(groupId);
    GroupInfo info = client.groups().info(groupId);
    assertThat(info.participants()).containsExactly(
        new WhatsAppUser("4915112345678", fake.user("+4915112345678").userId(), null, null));
    assertThat(info.description()).isEqualTo("Delivery questions");
    assertThat(client.groups().list()).extracting(g -> g.id()).containsExactly(groupId);
    client.groups().removeParticipants(groupId, List.of("+4915112345678"));
    assertThat(fake.groups().get(0).participants()).isEmpty();
    client.groups().delete(groupId);
    assertThat(fake.groups()).isEmpty();
  }

  /**
   * Meta's "Pin and unpin group message": pins last 1 to 30 days, at most 3 at a time (a fourth unpins the oldest),
   * shown by their message's time, newest first; the send answers a wamid and the usual statuses follow.
   */
  @Test
  void messagesArePinnedForTheirDaysAndAFourthPinUnpinsTheOldest() {
    client.groups().create(NewGroup.of("Order 1234"));
    String groupId = fake.groups().get(0).id();
    Recipient group = Recipient.group(groupId);
    FakeUser ana = fake.user("+4915112345678");
    ana.joinsGroup(groupId);
    ana.writesInGroup(groupId, "Where is my parcel?");
    List<String> sent = new java.util.ArrayList<>();
    for (String text : List.of("Today", "Tomorrow", "Later", "Never")) {
      sent.add(client.messages().send(Message.text(group, text)).messageId());
    }

    String pinId = client.messages().send(Message.pin(group, sent.get(0), 7)).messageId();
    client.messages().send(Message.pin(group, sent.get(1), 7));
    client.messages().send(Message.pin(group, sent.get(2), 1));
    assertThat(fake.groups().get(0).pinnedMessages()).containsExactly(sent.get(2), sent.get(1), sent.get(0));
    assertThat(pinId).startsWith("wamid.");
    Map<String, Object> status = Json.map(Json.list(lastChange("messages"), "statuses").get(0));
    assertThat(status).containsEntry("status", "delivered").containsEntry("recipient_type", "group")
        .doesNotContainKey("pricing");

    client.messages().send(Message.pin(group, sent.get(3), 30));
    assertThat(fake.groups().get(0).pinnedMessages()).as("the oldest pin went")
        .containsExactly(sent.get(3), sent.get(2), sent.get(1));
    client.messages().send(Message.unpin(group, sent.get(3)));
    assertThat(fake.groups().get(0).pinnedMessages()).containsExactly(sent.get(2), sent.get(1));
    fake.clock().advance(Duration.ofDays(1));
    assertThat(fake.groups().get(0).pinnedMessages()).as("a 1-day pin ends").containsExactly(sent.get(1));

    ana.writesInGroup(groupId, "ok");
    assertThatThrownBy(() -> client.messages().send(Message.pin(group, "wamid.NOT_IN_GROUP", 7)))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131009));
    assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/messages", Map.of("messaging_product",
        "whatsapp", "recipient_type", "group", "to", groupId, "type", "pin",
        "pin", Map.of("type", "pin", "message_id", sent.get(0), "expiration_days", 31))))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131009))
        .hasMessageContaining("1 to 30");
    assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/messages", Map.of("messaging_product",
        "whatsapp", "to", "+4915112345678", "type", "pin", "pin", Map.of("type", "unpin", "message_id", pinId))))
        .as("a pin goes to a group")
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131009));
  }

  /** Meta's "Get active groups": {@code limit} (1 to 1,024), {@code after} and {@code before} cursors. */
  @Test
  void activeGroupsAreListedPageByPageWithMetasCursors() {
    for (String subject : List.of("A", "B", "C")) {
      client.groups().create(NewGroup.of(subject));
    }

    Page<GroupSummary> first = client.groups().listPage(GroupPageRequest.first(2));
    Page<GroupSummary> second = client.groups().listPage(GroupPageRequest.after(first.after()).withLimit(2));
    Page<GroupSummary> back = client.groups().listPage(GroupPageRequest.before(second.before()).withLimit(2));

    assertThat(first.items()).extracting(GroupSummary::subject).containsExactly("A", "B");
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.items().get(0).createdAt()).isNotNull();
    assertThat(second.items()).extracting(GroupSummary::subject).containsExactly("C");
    assertThat(second.hasNext()).isFalse();
    assertThat(back.items()).extracting(GroupSummary::subject).containsExactly("A", "B");
    assertThat(client.groups().listPaged(1).stream().map(GroupSummary::subject)).containsExactly("A", "B", "C");
    assertThat(client.groups().list()).hasSize(3);
    assertThatThrownBy(() -> client.raw().get(fake.phoneNumberId() + "/groups", Map.of("limit", "1025")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100))
        .hasMessageContaining("1 to 1024");
  }

  @Test
  void joinRequestsAreApprovedOrRejected() {
    client.groups().create(NewGroup.of("VIP").withJoinApprovalMode(JoinApprovalMode.APPROVAL_REQUIRED));
    String groupId = (String) Json.map(Json.list(lastChange("group_lifecycle_update"), "groups").get(0))
        .get("group_id");

    String first = fake.user("+4915112345678").joinsGroup(groupId);
    String second = fake.user("+16505551234").joinsGroup(groupId);
    assertThat(client.groups().joinRequests(groupId)).extracting(r -> r.joinRequestId()).containsExactly(first, second);

    JoinRequestResult approved = client.groups().approveJoinRequests(groupId, List.of(first, "JR-GONE"));
    JoinRequestResult rejected = client.groups().rejectJoinRequests(groupId, List.of(second));

    assertThat(approved.succeeded()).containsExactly(first);
    assertThat(approved.failed()).extracting(JoinRequestResult.Failure::joinRequestId).containsExactly("JR-GONE");
    assertThat(rejected.succeeded()).containsExactly(second);
    assertThat(fake.groups().get(0).participants()).containsExactly("4915112345678");
    assertThat(client.groups().resetInviteLink(groupId)).isNotEqualTo(fake.groups().get(0).inviteLink() + "x")
        .isEqualTo(fake.groups().get(0).inviteLink());
  }
  /** Meta's business-scoped user id page: a username user's join request names them by BSUID, without wa_id. */
  @Test
  void aJoinRequestOfAUsernameUserWhoseNumberIsWithheldNamesThemByBsuid() {
    client.groups().create(NewGroup.of("VIP").withJoinApprovalMode(JoinApprovalMode.APPROVAL_REQUIRED));
    String groupId = (String) Json.map(Json.list(lastChange("group_lifecycle_update"), "groups").get(0))
        .get("group_id");
    FakeUser sheena = fake.user("+4915112345678").hidesPhoneNumber("@sheena");
    FakeUser ben = fake.user("+16505551234");
    String asked = sheena.joinsGroup(groupId);
    ben.joinsGroup(groupId);

    List<JoinRequest> open = client.groups().joinRequests(groupId);

    assertThat(open).extracting(JoinRequest::joinRequestId).startsWith(asked);
    assertThat(open).extracting(JoinRequest::user).containsExactly(
        new WhatsAppUser(null, sheena.userId(), null, "@sheena"),
        new WhatsAppUser("16505551234", ben.userId(), null, null));
    assertThat(open.get(0).waId()).isNull();
  }
  /** Meta's business-scoped user id page, "Remove group participants": the user is a phone number or a BSUID. */
  @Test
  void aParticipantIsRemovedByBsuid() {
    client.groups().create(NewGroup.of("Order 1234"));
    String groupId = (String) Json.map(Json.list(lastChange("group_lifecycle_update"), "groups").get(0))
        .get("group_id");
    FakeUser sheena = fake.user("+4915112345678").hidesPhoneNumber("@sheena");
    sheena.joinsGroup(groupId);
    fake.user("+16505551234").joinsGroup(groupId);

    client.groups().removeParticipants(groupId, List.of(sheena.userId()));

    assertThat(fake.groups().get(0).participants()).containsExactly("16505551234");
  }
  /**
   * Meta's groups reference, "Send group invite link template message": a body parameter
   * {@code {"type": "group_id"}} the invite link replaces; it must name a group of the business.
   */
  @Test
  void anInviteLinkTemplateTakesAGroupIdParameter() {
    try (FakeWhatsApp withTemplate = FakeWhatsApp.builder()
            .approvedTemplate("join_our_group", "en_US", TemplateCategory.UTILITY, "Join us: {{1}}").start();
        WhatsApp app = withTemplate.clientBuilder().build()) {
      app.groups().create(NewGroup.of("Order 1234"));
      String groupId = withTemplate.groups().get(0).id();

      app.messages().send(TemplateMessage.builder().to("+4915112345678").name("join_our_group").language("en_US")
          .body(TemplateParameter.groupId(groupId)).build());

      assertThat(withTemplate.sentMessages()).singleElement().satisfies(m -> assertThat(m.templateBodyParameters())
          .containsExactly("{\"type\":\"group_id\",\"group_id\":\"" + groupId + "\"}"));
      assertThatThrownBy(() -> app.messages().send(TemplateMessage.builder().to("+4915112345678")
              .name("join_our_group").language("en_US").body(TemplateParameter.groupId("R1JPVVBfVU5LTk9XTg")).build()))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(131009));
    }
  }
}
