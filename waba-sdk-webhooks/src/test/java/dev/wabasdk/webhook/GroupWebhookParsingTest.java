package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.events;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Groups API webhooks, from Meta's documented payloads (src/test/resources/payloads/group-*.json). */
class GroupWebhookParsingTest {
  private static final String GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  @Test
  void aCreatedGroupCarriesItsInviteLinkAndApprovalMode() {
    GroupLifecycleUpdate created = single("group-create.json", GroupLifecycleUpdate.class);
    assertThat(created.type()).isSameAs(GroupEventType.GROUP_CREATE);
    assertThat(created.groupId()).isEqualTo(GROUP);
    assertThat(created.header().requestId()).isEqualTo("6f1c9c1e-42d8-4bd7-9a3b-6a6f5b1e2c01");
    assertThat(created.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416500L));
    assertThat(created.subject()).isEqualTo("New Purchase Inquiry");
    assertThat(created.inviteLink()).isEqualTo("https://chat.whatsapp.com/C8dI3xYz1Kq2Lm9Np0Rs4T");
    assertThat(created.joinApprovalMode()).isEqualTo("approval_required");
    assertThat(created.metadata().phoneNumberId()).isEqualTo("106540352242922");
    assertThat(created.businessAccountId()).isEqualTo("102290129340398");
    assertThat(created.header().field()).isEqualTo("group_lifecycle_update");
    assertThat(created.succeeded()).isTrue();
    assertThat(WebhookProcessor.phoneNumberIdOf(created)).isEqualTo("106540352242922");
  }

  @Test
  void aFailedCreationHasNoGroupAndSaysWhy() {
    GroupLifecycleUpdate failed = single("group-create-failed.json", GroupLifecycleUpdate.class);
    assertThat(failed.type()).isSameAs(GroupEventType.GROUP_CREATE);
    assertThat(failed.groupId()).isNull();
    assertThat(failed.succeeded()).isFalse();
    assertThat(failed.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(131215);
      assertThat(e.details()).isEqualTo("The business phone number has reached the maximum number of groups.");
    });
    GroupLifecycleUpdate deleted = single("group-delete.json", GroupLifecycleUpdate.class);
    assertThat(deleted.type()).isSameAs(GroupEventType.GROUP_DELETE);
    assertThat(deleted.eventId()).isNotEqualTo(failed.eventId()).startsWith("group_lifecycle_update:");
  }

  @Test
  void aUserJoiningThroughTheInviteLinkIsNamedWithEveryId() {
    GroupParticipantsUpdate joined = single("group-participants-join.json", GroupParticipantsUpdate.class);
    assertThat(joined.type()).isSameAs(GroupEventType.GROUP_PARTICIPANTS_ADD);
    assertThat(joined.reason()).isEqualTo("invite_link");
    assertThat(joined.addedParticipants()).singleElement().satisfies(p -> assertThat(p.user()).isEqualTo(
        new WhatsAppUser("16505551234", "US.13491208655302741918", "US.ENT.11815799212886844830", "@sheena")));
    assertThat(joined.removedParticipants()).isEmpty();
    assertThat(joined.user()).isNull();
    assertThat(joined.succeeded()).isTrue();
  }

  @Test
  void joinRequestsNameTheUserAndTheRequestToApprove() {
    List<WebhookEvent> events = events("group-join-request.json");
    assertThat(events).hasSize(2).allMatch(GroupParticipantsUpdate.class::isInstance);
    GroupParticipantsUpdate created = (GroupParticipantsUpdate) events.get(0);
    GroupParticipantsUpdate revoked = (GroupParticipantsUpdate) events.get(1);
    assertThat(created.type()).isSameAs(GroupEventType.GROUP_JOIN_REQUEST_CREATED);
    assertThat(created.joinRequestId()).isEqualTo("MTIzNDU2Nzg5MDEyMzQ1Ng");
    assertThat(created.user()).isEqualTo(
        new WhatsAppUser("16505550199", "US.7781120093312", "US.ENT.90041123", "@marco"));
    assertThat(revoked.type()).isSameAs(GroupEventType.GROUP_JOIN_REQUEST_REVOKED);
    assertThat(revoked.user()).isEqualTo(new WhatsAppUser("16505550123", null, null, null));
    assertThat(created.eventId()).isNotEqualTo(revoked.eventId());
  }

  @Test
  void aPartlyFailedRemovalAndALeaveAreTold() {
    List<WebhookEvent> events = events("group-participants-remove.json");
    GroupParticipantsUpdate removal = (GroupParticipantsUpdate) events.get(0);
    GroupParticipantsUpdate leave = (GroupParticipantsUpdate) events.get(1);
    assertThat(removal.type()).isSameAs(GroupEventType.GROUP_PARTICIPANTS_REMOVE);
    assertThat(removal.initiatedBy()).isEqualTo("business");
    assertThat(removal.removedParticipants()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo("16505551234");
      assertThat(p.user().waId()).isEqualTo("16505551234");
      assertThat(p.errors()).isEmpty();
    });
    assertThat(removal.failedParticipants()).singleElement().satisfies(p -> {
      assertThat(p.user().waId()).isEqualTo("16505550000");
      assertThat(p.errors()).extracting(WebhookError::code).containsExactly(131203);
    });
    assertThat(removal.succeeded()).isFalse();
    assertThat(leave.initiatedBy()).isEqualTo("participant");
    assertThat(leave.removedParticipants()).extracting(p -> p.user().waId()).containsExactly("16505550199");
    assertThat(leave.succeeded()).isTrue();
  }

  @Test
  void aSettingsUpdateSaysWhichSettingWasApplied() {
    GroupSettingsUpdate update = single("group-settings.json", GroupSettingsUpdate.class);
    assertThat(update.type()).isSameAs(GroupEventType.GROUP_SETTINGS_UPDATE);
    assertThat(update.subject()).isEqualTo(new GroupSettingsUpdate.Setting("Purchase Inquiry 2026", true, List.of()));
    assertThat(update.profilePicture().mimeType()).isEqualTo("image/jpeg");
    assertThat(update.profilePicture().updateSuccessful()).isTrue();
    assertThat(update.description().updateSuccessful()).isFalse();
    assertThat(update.description().errors()).extracting(WebhookError::code).containsExactly(131201);
    assertThat(update.succeeded()).isFalse();
  }

  @Test
  void aSuspensionAndItsClearing() {
    List<WebhookEvent> events = events("group-suspend.json");
    GroupStatusUpdate suspended = (GroupStatusUpdate) events.get(0);
    GroupStatusUpdate cleared = (GroupStatusUpdate) events.get(1);
    assertThat(suspended.suspended()).isTrue();
    assertThat(cleared.type()).isSameAs(GroupEventType.GROUP_SUSPEND_CLEARED);
    assertThat(cleared.suspended()).isFalse();
    assertThat(cleared.timestamp()).isEqualTo(Instant.ofEpochSecond(1749503400L));
  }

  @Test
  void anUnknownTypeIsKeptAndAGroupFieldWithoutGroupsIsUnknown() {
    String body = """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[
          {"field":"group_status_update","value":{"groups":[{"group_id":"g1","type":"group_archived"}]}},
          {"field":"group_settings_update","value":{"messaging_product":"whatsapp"}},
          {"field":"group_participants_update","value":{"groups":[{"group_id":"g1","timestamp":"soon"}]}}]}]}
        """;
    List<WebhookEvent> events = WebhookProcessor.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(events).hasSize(3);
    GroupStatusUpdate archived = (GroupStatusUpdate) events.get(0);
    assertThat(archived.type().value()).isEqualTo("group_archived");
    assertThat(archived.type().isKnown()).isFalse();
    assertThat(archived.suspended()).isFalse();
    assertThat(events.get(1)).isInstanceOf(UnknownEvent.class);
    assertThat(((UnknownEvent) events.get(2)).reason()).contains("groups[0].timestamp");
    assertThat(GroupEventType.of("GROUP_CREATE")).isSameAs(GroupEventType.GROUP_CREATE);
  }

  @Test
  void theListenerRoutesGroupEventsToOnGroupEvent() {
    List<GroupEvent> seen = new ArrayList<>();
    WebhookListener listener = new WebhookListener() {
      @Override
      public void onGroupEvent(GroupEvent event) {
        seen.add(event);
      }
    };
    events("group-join-request.json").forEach(listener::onEvent);
    events("group-text.json").forEach(listener::onEvent);
    assertThat(seen).hasSize(2);
  }

  @Test
  void aMessageInAGroupNamesTheGroupAndTheParticipant() {
    InboundTextMessage message = single("group-text.json", InboundTextMessage.class);
    assertThat(message.header().groupId()).isEqualTo(GROUP);
    assertThat(message.from().userId()).isEqualTo("US.13491208655302741918");
    assertThat(message.body()).isEqualTo("Is the blue one still available?");
  }
}
