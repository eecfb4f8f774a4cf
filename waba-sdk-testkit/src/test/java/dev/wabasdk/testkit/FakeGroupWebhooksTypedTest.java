package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.TypedWebhooks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.group.GroupUpdate;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.webhook.GroupEvent;
import dev.wabasdk.webhook.GroupEventType;
import dev.wabasdk.webhook.GroupLifecycleUpdate;
import dev.wabasdk.webhook.GroupParticipant;
import dev.wabasdk.webhook.GroupParticipantsUpdate;
import dev.wabasdk.webhook.GroupSettingsUpdate;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.Pricing;
import dev.wabasdk.webhook.UnknownEvent;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
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
  /**
   * Meta's groups reference: updating a group's settings triggers a {@code group_settings_update} webhook, a
   * removal a {@code group_participants_update} one with its request id and each participant's {@code input}
   * (groups webhooks page); a removed participant can no longer join through the invite link.
   */
  @Test
  void settingsUpdatesAndRemovalsArriveAsMetaSendsThem() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      client.groups().create(NewGroup.of("Order 1234"));
      fake.awaitWebhooks();
      String groupId = only(events, GroupLifecycleUpdate.class).header().groupId();
      FakeUser ana = fake.user("+4915112345678");
      FakeUser ben = fake.user("+16505551234").hidesPhoneNumber("@ben");
      ana.joinsGroup(groupId);
      ben.joinsGroup(groupId);
      ByteArrayOutputStream photo = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(192, 192, BufferedImage.TYPE_INT_RGB), "jpg", photo);
      byte[] jpeg = photo.toByteArray();

      client.groups().update(groupId, GroupUpdate.builder().subject("Order 1234 (shipped)").build());
      client.groups().update(groupId, GroupUpdate.builder().description("Delivery questions").photoJpeg(jpeg)
          .build());
      client.groups().removeParticipants(groupId, List.of("+4915112345678", ben.userId(), "+4915199999999"));
      fake.awaitWebhooks();

      assertThat(events).noneMatch(e -> e instanceof UnknownEvent);
      List<GroupSettingsUpdate> settings = events.stream().filter(GroupSettingsUpdate.class::isInstance)
          .map(GroupSettingsUpdate.class::cast).toList();
      assertThat(settings).hasSize(2).allSatisfy(u -> {
        assertThat(u.header().groupId()).isEqualTo(groupId);
        assertThat(u.header().requestId()).isNotBlank();
        assertThat(u.succeeded()).isTrue();
      });
      assertThat(settings.get(0).subject()).isEqualTo(new GroupSettingsUpdate.Setting("Order 1234 (shipped)", true,
          List.of()));
      assertThat(settings.get(0).description()).isNull();
      assertThat(settings.get(0).profilePicture()).isNull();
      assertThat(settings.get(1).subject()).isNull();
      assertThat(settings.get(1).description().text()).isEqualTo("Delivery questions");
      assertThat(settings.get(1).profilePicture().mimeType()).isEqualTo("image/jpeg");
      assertThat(settings.get(1).profilePicture().sha256()).as("the fake took the photo from Meta's part file")
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
      assertThat(client.groups().info(groupId).subject()).isEqualTo("Order 1234 (shipped)");
      assertThat(client.groups().info(groupId).description()).isEqualTo("Delivery questions");

      GroupParticipantsUpdate removal = events.stream().filter(GroupParticipantsUpdate.class::isInstance)
          .map(GroupParticipantsUpdate.class::cast).filter(u -> u.type() == GroupEventType.GROUP_PARTICIPANTS_REMOVE)
          .reduce((first, second) -> second).orElseThrow();
      assertThat(removal.initiatedBy()).isEqualTo("business");
      assertThat(removal.header().requestId()).isNotBlank();
      assertThat(removal.removedParticipants()).extracting(GroupParticipant::input, GroupParticipant::user)
          .containsExactly(
              // the SDK sends a phone number as its wa_id digits
              tuple("4915112345678", new WhatsAppUser("4915112345678", ana.userId(), null, null)),
              tuple(ben.userId(), new WhatsAppUser(null, ben.userId(), null, "@ben")));
      assertThat(removal.failedParticipants()).singleElement().satisfies(p -> {
        assertThat(p.input()).isEqualTo("4915199999999");
        assertThat(p.errors()).extracting(e -> e.code()).containsExactly(131203);
      });
      assertThatThrownBy(() -> ana.joinsGroup(groupId)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("can no longer join through its invite link");
    }
  }

  /**
   * Meta's groups pricing page: a message inside the group's customer service window is free
   * ({@code free_group_customer_service}, {@code group_service} or the template's {@code group_marketing}); a template
   * outside it is charged ({@code regular}) on each participant's delivered status. Each participant's status names
   * them (phone number and BSUID) and is an event of its own.
   */
  @Test
  void groupMessagesArePricedAsGroupMessagesPerParticipant() {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.builder()
            .approvedTemplate("order_news", "en_US", TemplateCategory.MARKETING, "Your order news").start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      client.groups().create(NewGroup.of("Order 1234"));
      fake.awaitWebhooks();
      String groupId = only(events, GroupLifecycleUpdate.class).header().groupId();
      FakeUser ana = fake.user("+4915112345678");
      FakeUser ben = fake.user("+16505551234");
      ana.joinsGroup(groupId);
      ben.joinsGroup(groupId);

      String charged = client.messages().send(Message.template(Recipient.group(groupId), "order_news", "en_US"))
          .messageId();
      ana.writesInGroup(groupId, "Where is my parcel?");
      String freeForm = client.messages().send(Message.text(Recipient.group(groupId), "It arrives today"))
          .messageId();
      String freeTemplate = client.messages().send(Message.template(Recipient.group(groupId), "order_news", "en_US"))
          .messageId();
      fake.awaitWebhooks();

      List<MessageStatus> delivered = events.stream().filter(MessageStatus.class::isInstance)
          .map(MessageStatus.class::cast).filter(s -> s.status().equals(DeliveryStatus.DELIVERED)).toList();
      assertThat(delivered.stream().filter(s -> s.id().equals(charged)))
          .extracting(MessageStatus::recipient).containsExactly(
              new WhatsAppUser("4915112345678", ana.userId(), null, null),
              new WhatsAppUser("16505551234", ben.userId(), null, null));
      assertThat(delivered.stream().filter(s -> s.id().equals(charged)).map(MessageStatus::eventId).distinct())
          .hasSize(2);
      assertThat(delivered).allSatisfy(s -> assertThat(s.groupId()).isEqualTo(groupId));
      assertThat(pricing(delivered, charged)).isEqualTo(new Pricing(true, PricingModel.PMP, PricingType.REGULAR,
          PricingCategory.GROUP_MARKETING, null));
      assertThat(pricing(delivered, freeForm)).isEqualTo(new Pricing(false, PricingModel.PMP,
          PricingType.FREE_GROUP_CUSTOMER_SERVICE, PricingCategory.GROUP_SERVICE, null));
      assertThat(pricing(delivered, freeTemplate)).isEqualTo(new Pricing(false, PricingModel.PMP,
          PricingType.FREE_GROUP_CUSTOMER_SERVICE, PricingCategory.GROUP_MARKETING, null));
    }
  }

  /** The one pricing every participant's delivered status of the message carries. */
  private static Pricing pricing(List<MessageStatus> delivered, String messageId) {
    List<Pricing> pricings = delivered.stream().filter(s -> s.id().equals(messageId)).map(MessageStatus::pricing)
        .distinct().toList();
    assertThat(pricings).as("pricing of %s", messageId).hasSize(1);
    return pricings.get(0);
  }
}
