package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.events;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kinds issue 18 found lost, parsed from Meta's documented payloads (see payloads/README.md). */
class CallsCoexistenceAndAccountParsingTest {
  private static final String CALL_ID =
      "wacid.HBgLMTY1MDU1NTEyMzQVAgARGCAyQUZBNkQ5MjA1NkYxNEU0RDVDRTNEMEQ0OEIyRUQ3OQA=";

  @Test
  void aUsersCallConnects() {
    Call call = single("call-connect.json", Call.class);
    assertThat(call.callId()).isEqualTo(CALL_ID);
    assertThat(call.event()).isSameAs(CallEventType.CONNECT);
    assertThat(call.direction()).isSameAs(CallDirection.USER_INITIATED);
    assertThat(call.userInitiated()).isTrue();
    assertThat(call.user()).isEqualTo(new WhatsAppUser("16505551234", "US.13491208655302741918", null, null));
    assertThat(call.profileName()).isEqualTo("Sheena Nelson");
    assertThat(call.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383L));
    assertThat(call.session().sdpType()).isEqualTo("offer");
    assertThat(call.session().sdp()).startsWith("v=0\r\n");
    assertThat(call.eventId()).isEqualTo("call:" + CALL_ID + ":connect");
    assertThat(call.metadata().phoneNumberId()).isEqualTo("106540352242922");
  }

  @Test
  void aCallEndsWithItsDuration() {
    Call call = single("call-terminate.json", Call.class);
    assertThat(call.event()).isSameAs(CallEventType.TERMINATE);
    assertThat(call.status()).isSameAs(CallStatus.COMPLETED);
    assertThat(call.startTime()).isEqualTo(Instant.ofEpochSecond(1749416390L));
    assertThat(call.endTime()).isEqualTo(Instant.ofEpochSecond(1749416503L));
    assertThat(call.durationSeconds()).isEqualTo(113);
    assertThat(call.eventId()).isNotEqualTo(single("call-connect.json", Call.class).eventId());
  }

  @Test
  void aBusinessCallNamesTheCalleeByEverySpelling() {
    Call call = single("call-business-connect.json", Call.class);
    assertThat(call.direction()).isSameAs(CallDirection.BUSINESS_INITIATED);
    assertThat(call.user()).isEqualTo(
        new WhatsAppUser("16505559876", "US.24817305912873645029", "US.ENT.11815799212886844830", null));
    assertThat(call.bizOpaqueCallbackData()).isEqualTo("ticket-4411");
    assertThat(call.session().sdpType()).isEqualTo("answer");

    Call failed = single("call-terminate-failed.json", Call.class);
    assertThat(failed.status()).isSameAs(CallStatus.FAILED);
    assertThat(failed.errors()).extracting(WebhookError::code).containsExactly(138006);

    CallStatusUpdate ringing = single("call-status.json", CallStatusUpdate.class);
    assertThat(ringing.status()).isSameAs(CallStatus.RINGING);
    assertThat(ringing.user()).isEqualTo(new WhatsAppUser("16505559876", "US.24817305912873645029", null, null));
    assertThat(ringing.bizOpaqueCallbackData()).isEqualTo("ticket-4411");
  }

  /**
   * Meta's user-initiated Call Connect example (User-initiated calls, Part 1) has no {@code direction}, and its
   * {@code from} is the business's display number while {@code to} is the user: the user's SDP offer still makes it
   * the user's call, and the user is the side that is not the business.
   */
  @Test
  void metasUserCallExampleWithoutADirectionIsTheUsersCall() {
    Call call = single("call-connect-meta-example.json", Call.class);
    assertThat(call.direction()).isSameAs(CallDirection.USER_INITIATED);
    assertThat(call.userInitiated()).isTrue();
    assertThat(call.user()).isEqualTo(new WhatsAppUser("16315553601", null, null, null));
    assertThat(call.from()).isEqualTo("13175551399");
    assertThat(call.to()).isEqualTo("16315553601");
    assertThat(call.raw().json()).doesNotContain("direction");
  }

  @Test
  void aUsersCallWithoutADirectionNamesTheCaller() {
    Call connect = single("call-connect-no-direction.json", Call.class);
    assertThat(connect.direction()).isSameAs(CallDirection.USER_INITIATED);
    assertThat(connect.user()).isEqualTo(new WhatsAppUser("16505551234", "US.13491208655302741918", null, null));
    assertThat(connect.profileName()).isEqualTo("Sheena Nelson");

    // No session on terminate: the business's number as the callee tells.
    Call terminate = single("call-terminate-no-direction.json", Call.class);
    assertThat(terminate.direction()).isSameAs(CallDirection.USER_INITIATED);
    assertThat(terminate.user()).isEqualTo(new WhatsAppUser("16505551234", "US.13491208655302741918", null, null));
  }

  @Test
  void aBusinessCallWithoutADirectionIsInferredFromTheAnswerOrTheCaller() {
    String connect = new String(Fixtures.bytes("call-business-connect.json"), StandardCharsets.UTF_8)
        .replace("\"direction\": \"BUSINESS_INITIATED\",", "");
    Call answered = (Call) WebhookProcessor.parse(connect.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(answered.raw().json()).doesNotContain("direction");
    assertThat(answered.direction()).isSameAs(CallDirection.BUSINESS_INITIATED);
    assertThat(answered.user()).isEqualTo(
        new WhatsAppUser("16505559876", "US.24817305912873645029", "US.ENT.11815799212886844830", null));

    String failed = new String(Fixtures.bytes("call-terminate-failed.json"), StandardCharsets.UTF_8)
        .replace("\"direction\": \"BUSINESS_INITIATED\",", "");
    Call ended = (Call) WebhookProcessor.parse(failed.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(ended.direction()).isSameAs(CallDirection.BUSINESS_INITIATED);
    assertThat(ended.user()).isEqualTo(new WhatsAppUser("16505559876", null, null, null));

    // Neither the session nor the business's number tells: no direction is made up.
    Call unknown = (Call) WebhookProcessor.parse(failed.replace("\"display_phone_number\": \"15550783881\"",
        "\"display_phone_number\": \"15550000000\"")
        .getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(unknown.direction()).isNull();
    assertThat(unknown.userInitiated()).isFalse();
  }

  /** Meta's Call terminate example (Calling API reference) puts {@code errors} beside {@code calls}. */
  @Test
  void aTerminateKeepsTheErrorsBesideItsCalls() {
    Call call = single("call-terminate-value-errors.json", Call.class);
    assertThat(call.status()).isSameAs(CallStatus.FAILED);
    assertThat(call.errors()).containsExactly(new WebhookError(138006, null, "Lack of call permission",
        "The user has not granted call permission", "https://developers.facebook.com/"));

    // A call's own errors come first, then those of its change.
    String both = new String(Fixtures.bytes("call-terminate-value-errors.json"), StandardCharsets.UTF_8)
        .replace("\"status\": \"FAILED\"", "\"status\": \"FAILED\", \"errors\": [{\"code\": 131000}]");
    Call withOwn = (Call) WebhookProcessor.parse(both.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(withOwn.errors()).extracting(WebhookError::code).containsExactly(131000, 138006);
  }

  @Test
  void aCallPermissionReply() {
    InboundCallPermissionReply reply = single("call-permission-reply.json", InboundCallPermissionReply.class);
    assertThat(reply.accepted()).isTrue();
    assertThat(reply.isPermanent()).isFalse();
    assertThat(reply.expiration()).isEqualTo(Instant.ofEpochSecond(1750021200L));
    assertThat(reply.responseSource()).isEqualTo("user_action");
    assertThat(reply.context().id()).isEqualTo("wamid.CALLPERMREQ");
  }

  @Test
  void echoesAreBusinessMessagesWithTypedContent() {
    MessageEcho echo = single("echo-text.json", MessageEcho.class);
    assertThat(echo).isNotInstanceOf(InboundMessage.class);
    assertThat(echo.from()).isEqualTo("15550783881");
    assertThat(echo.to()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(echo.type()).isEqualTo("text");
    assertThat(((InboundTextMessage) echo.content()).body())
        .isEqualTo("Here's the info you requested! https://www.meta.com/quest/quest-3/");
    assertThat(echo.content().from()).isEqualTo(WhatsAppUser.ofWaId("15550783881"));

    MessageEcho image = single("echo-image.json", MessageEcho.class);
    assertThat(image.to().userId()).isEqualTo("US.13491208655302741918");
    assertThat(((InboundImageMessage) image.content()).media().caption()).isEqualTo("Our new colours");

    InboundEditMessage edit = (InboundEditMessage) single("echo-edit.json", MessageEcho.class).content();
    assertThat(edit.originalMessageId()).isEqualTo("wamid.ECHO1");
    assertThat(((InboundTextMessage) edit.edited()).body()).isEqualTo("Here's the info you asked for");

    InboundRevokeMessage revoke = (InboundRevokeMessage) single("echo-revoke.json", MessageEcho.class).content();
    assertThat(revoke.originalMessageId()).isEqualTo("wamid.ECHO2");
  }

  @Test
  void usersEditAndDeleteMessages() {
    InboundEditMessage edit = single("edit.json", InboundEditMessage.class);
    assertThat(edit.originalMessageId()).isEqualTo("wamid.TEXT1");
    assertThat(edit.edited()).isInstanceOf(InboundTextMessage.class);
    assertThat(((InboundTextMessage) edit.edited()).body()).isEqualTo("Does it come in blue?");
    assertThat(edit.edited().id()).isEqualTo("wamid.EDIT1");

    assertThat(single("revoke.json", InboundRevokeMessage.class).originalMessageId()).isEqualTo("wamid.TEXT1");
  }

  @Test
  void appStateSyncListsTheContacts() {
    AppStateSync sync = single("app-state-sync.json", AppStateSync.class);
    assertThat(sync.items()).containsExactly(
        new AppStateSync.Item("contact", "add", "Sheena Nelson", "Sheena", "16505551234",
            Instant.ofEpochSecond(1739321024L)),
        new AppStateSync.Item("contact", "remove", null, null, "16505559876", Instant.ofEpochSecond(1739321025L)));
  }

  @Test
  void aUserIdUpdateNamesBothIds() {
    UserIdUpdate update = single("user-id-update.json", UserIdUpdate.class);
    assertThat(update.previousUserId()).isEqualTo("US.13491208655302741918");
    assertThat(update.currentUserId()).isEqualTo("US.24817305912873645029");
    assertThat(update.user()).isEqualTo(new WhatsAppUser("16505551234", "US.24817305912873645029", null, null));
    assertThat(update.profileName()).isEqualTo("Sheena Nelson");
    assertThat(update.detail()).isEqualTo("User id for Sheena Nelson has been updated.");
    assertThat(update.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383L));
  }

  @Test
  void systemMessagesKeepTheIdentityAndThePreviousUserId() {
    InboundSystemMessage identity = single("system-identity.json", InboundSystemMessage.class);
    assertThat(identity.systemType()).isSameAs(SystemMessageType.CUSTOMER_IDENTITY_CHANGED);
    assertThat(identity.identity())
        .isEqualTo(new InboundSystemMessage.Identity(true, Instant.ofEpochSecond(1749416690L), "cl3KnP+pOlI="));

    InboundSystemMessage userId = single("system-user-id.json", InboundSystemMessage.class);
    assertThat(userId.newUserId()).isEqualTo("US.24817305912873645029");
    assertThat(userId.previousUserId()).isEqualTo("US.13491208655302741918");
  }

  @Test
  void mediaUrlAndTheOtherParentSpelling() {
    assertThat(single("image-url.json", InboundImageMessage.class).media().url())
        .startsWith("https://lookaside.fbsbx.com/");
    assertThat(single("status-parent-spelling.json", MessageStatus.class).recipient().parentUserId())
        .isEqualTo("US.ENT.11815799212886844830");
  }

  @Test
  void accountUpdatesAreKeptWhole() {
    AccountUpdate restriction = single("account-restriction.json", AccountUpdate.class);
    assertThat(restriction.event()).isSameAs(AccountUpdateType.ACCOUNT_RESTRICTION);
    assertThat(restriction.restrictions()).containsExactly(
        new AccountUpdate.Restriction("RESTRICTED_BIZ_INITIATED_MESSAGING", Instant.ofEpochSecond(1739580224L)),
        new AccountUpdate.Restriction("RESTRICTED_ADD_PHONE_NUMBER_ACTION", Instant.ofEpochSecond(1739580224L)));

    AccountUpdate ban = single("account-ban.json", AccountUpdate.class);
    assertThat(ban.banInfo()).isEqualTo(new AccountUpdate.BanInfo("SCHEDULE_FOR_DISABLE", "2025-03-01"));
    assertThat(single("account-violation.json", AccountUpdate.class).violationType()).isEqualTo("ADULT");

    AccountUpdate offboarded = single("account-offboarded.json", AccountUpdate.class);
    assertThat(offboarded.event()).isSameAs(AccountUpdateType.ACCOUNT_OFFBOARDED);
    assertThat(offboarded.disconnectionReason()).isEqualTo("BUSINESS_APP_DISCONNECTED");
    assertThat(offboarded.wabaInfo().ownerBusinessId()).isEqualTo("2729063490586005");

    AccountUpdate partner = single("account-partner-added.json", AccountUpdate.class);
    assertThat(partner.wabaInfo().solutionPartnerBusinessIds()).containsExactly("1111111111111111", "2222222222222222");
    assertThat(single("account-ad-linked.json", AccountUpdate.class).wabaInfo().adAccountId())
        .isEqualTo("act_3141592653589");

    AccountUpdate auth = single("account-auth-intl.json", AccountUpdate.class);
    assertThat(auth.authInternationalRateEligibility().exceptionCountries()).containsExactly(
        new AccountUpdate.CountryStart("ID", Instant.ofEpochSecond(1717200000L)),
        new AccountUpdate.CountryStart("IN", Instant.ofEpochSecond(1719792000L)));

    AccountUpdate certification = single("account-certification.json", AccountUpdate.class);
    assertThat(certification.partnerClientCertification()).isEqualTo(new AccountUpdate.PartnerClientCertification(
        "2729063490586005", "FAILED", List.of("BUSINESS_NOT_ELIGIBLE")));
    assertThat(single("account-verification.json", AccountUpdate.class).businessVerificationStatus())
        .isEqualTo("APPROVED");
    assertThat(single("account-location.json", AccountUpdate.class).primaryBusinessLocation()).isEqualTo("US");
    assertThat(single("account-mm-lite.json", AccountUpdate.class).event().isKnown()).isTrue();
  }

  @Test
  void templatesKeepRejectionDisableInfoAndButtons() {
    TemplateStatusUpdate rejected = single("template-status.json", TemplateStatusUpdate.class);
    assertThat(rejected.rejectionRecommendation()).isEqualTo("Check the variables");
    assertThat(single("template-disabled.json", TemplateStatusUpdate.class).disableDate()).isEqualTo("1739580224");
    assertThat(single("template-components.json", TemplateComponentsUpdate.class).buttons()).containsExactly(
        new TemplateComponentsUpdate.Button("URL", "Track", "https://acme.example/track/{{1}}", null));
  }

  @Test
  void everyNewFixtureIsTyped() {
    for (String name : List.of("call-connect.json", "echo-text.json", "app-state-sync.json", "user-id-update.json",
        "edit.json", "revoke.json", "call-permission-reply.json")) {
      assertThat(events(name)).as(name).noneMatch(e -> e instanceof UnknownEvent || e instanceof InboundUnknownMessage);
    }
  }

  @Test
  void securityPartnerSolutionsPaymentConfigurationsAndFlows() {
    SecurityUpdate security = single("security.json", SecurityUpdate.class);
    assertThat(security.event()).isSameAs(SecurityEventType.PIN_RESET_REQUEST);
    assertThat(security.requester()).isEqualTo("61555822107539");
    assertThat(security.displayPhoneNumber()).isEqualTo("15550783881");

    PartnerSolutionUpdate solution = single("partner-solutions.json", PartnerSolutionUpdate.class);
    assertThat(solution.solutionStatus()).isSameAs(PartnerSolutionStatus.INITIATED);
    assertThat(solution.solutionId()).isEqualTo("774485461512159");
    assertThat(solution.businessAccountId()).isEqualTo("506914307656634");

    PaymentConfigurationUpdate payment = single("payment-configuration.json", PaymentConfigurationUpdate.class);
    assertThat(payment.status()).isEqualTo("Needs Connecting");
    assertThat(payment.providerMid()).isEqualTo("acc_GP4lfNA0iIMn5B");
    assertThat(payment.updatedAt()).isEqualTo(Instant.ofEpochSecond(1749320300L));

    FlowUpdate status = single("flows-status.json", FlowUpdate.class);
    assertThat(status.event()).isSameAs(FlowEventType.FLOW_STATUS_CHANGE);
    assertThat(status.newStatus()).isEqualTo("PUBLISHED");
    FlowUpdate errors = single("flows-endpoint-errors.json", FlowUpdate.class);
    assertThat(errors.errorRate()).isEqualByComparingTo("15.5");
    assertThat(errors.errors()).extracting(FlowUpdate.FlowError::errorType)
        .containsExactly("TIMEOUT_ERROR", "INVALID_SCREEN_TRANSITION");
    assertThat(single("flows-endpoint-latency.json", FlowUpdate.class).p90Latency()).isEqualByComparingTo("8000");
    assertThat(single("flows-endpoint-availability.json", FlowUpdate.class).availability()).isEqualByComparingTo("75");
  }

  @Test
  void historyIsTypedAndNeverInbound() {
    HistorySync history = single("history.json", HistorySync.class);
    HistorySync.Chunk chunk = history.chunks().get(0);
    assertThat(List.of(chunk.phase(), chunk.chunkOrder(), chunk.progress())).containsExactly(0, 1, 55);
    HistorySync.Thread thread = chunk.threads().get(0);
    assertThat(thread.id()).isEqualTo("16505551234");
    assertThat(thread.messages()).extracting(HistorySync.Message::status).containsExactly("READ", "DELIVERED");
    assertThat(((InboundTextMessage) thread.messages().get(1).content()).body()).isEqualTo("Yes, 10 to 4.");
    assertThat(thread.messages().get(1).content().from().waId()).isEqualTo("15550783881");

    HistorySync declined = single("history-declined.json", HistorySync.class);
    assertThat(declined.chunks().get(0).errors()).extracting(WebhookError::code).containsExactly(2593109);
  }
}
