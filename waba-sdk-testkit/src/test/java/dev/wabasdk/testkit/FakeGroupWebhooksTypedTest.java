package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.TypedWebhooks.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.webhook.GroupEvent;
import dev.wabasdk.webhook.GroupEventType;
import dev.wabasdk.webhook.GroupLifecycleUpdate;
import dev.wabasdk.webhook.GroupParticipantsUpdate;
import dev.wabasdk.webhook.UnknownEvent;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The group webhooks the fake plays reach the SDK's own webhook processor as typed events, not {@code UnknownEvent}:
 * the fake and the parser agree on Meta's shapes.
 */
class FakeGroupWebhooksTypedTest {

  @Test
  void aGroupsLifeArrivesAsTypedGroupEvents() {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build()) {
      try (WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {

        String requestId = client.groups().create(NewGroup.of("Order 1234").withDescription("Delivery questions"));
        fake.awaitWebhooks();
        GroupLifecycleUpdate created = only(events, GroupLifecycleUpdate.class);
        String groupId = created.header().groupId();
        fake.user("+4915112345678").joinsGroup(groupId);
        fake.user("+4915112345678").leavesGroup(groupId);
        fake.awaitWebhooks();

        assertThat(events).noneMatch(e -> e instanceof UnknownEvent);
        assertThat(created.type()).isSameAs(GroupEventType.GROUP_CREATE);
        assertThat(created.header().requestId()).isEqualTo(requestId);
        assertThat(created.subject()).isEqualTo("Order 1234");
        assertThat(created.description()).isEqualTo("Delivery questions");
        assertThat(created.inviteLink()).isEqualTo(client.groups().inviteLink(groupId));
        List<GroupParticipantsUpdate> participants = events.stream()
            .filter(GroupParticipantsUpdate.class::isInstance).map(GroupParticipantsUpdate.class::cast).toList();
        assertThat(participants).extracting(GroupEvent::type)
            .containsExactly(GroupEventType.GROUP_PARTICIPANTS_ADD, GroupEventType.GROUP_PARTICIPANTS_REMOVE);
        assertThat(participants.get(0).addedParticipants()).singleElement()
            .satisfies(p -> assertThat(p.user().waId()).isEqualTo("4915112345678"));
        assertThat(participants.get(1).removedParticipants()).singleElement()
            .satisfies(p -> assertThat(p.user().waId()).isEqualTo("4915112345678"));
        assertThat(participants).allSatisfy(p -> assertThat(p.header().groupId()).isEqualTo(groupId));
      }
    }
  }
}
