package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.webhook.InboundAddressMessage;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Address messages end to end: the SDK's {@link AddressMessage} through the fake, the user's answers as the fake's
 * webhooks into the SDK's processor as {@link InboundAddressMessage}s. The sides were written apart from Meta's
 * page; here they must agree.
 */
class AddressMessagesEndToEndTest {
  private static final String PRIYA = "+919876543210";

  @Test
  void aSavedAddressIsPickedThenACorrectedOneTypedIn() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      FakeUser priya = fake.user(PRIYA);
      priya.sends("Please deliver my order");
      AddressValues office = AddressValues.builder().name("Priya Sharma").phoneNumber("+919876543210")
          .inPinCode("400063").floorNumber("8").buildingName("").address("Wing A, Cello Triumph, IB Patel Rd")
          .landmarkArea("Goregaon").city("Mumbai").build();

      SendResult ask = client.messages().send(AddressMessage.builder().to(PRIYA)
          .body("Where should we deliver your order?")
          .country(AddressMessage.INDIA)
          .values(AddressValues.builder().name("Priya Sharma").build())
          .savedAddress("office", office)
          .build());
      priya.picksSavedAddress("office");

      AddressValues typed = office.toBuilder().inPinCode("666666").address("Some other location")
          .city("Bengaluru").state("Karnataka").build();
      SendResult again = client.messages().send(AddressMessage.builder().to(PRIYA)
          .body("We could not find this PIN code, please check it.")
          .country(AddressMessage.INDIA)
          .values(typed)
          .validationError("in_pin_code", "We could not locate this pin code.")
          .build());
      AddressValues corrected = typed.toBuilder().inPinCode("560001").build();
      priya.submitsAddress(corrected);
      fake.awaitWebhooks();

      List<InboundAddressMessage> answers = events.stream().filter(InboundAddressMessage.class::isInstance)
          .map(InboundAddressMessage.class::cast).toList();
      assertThat(answers).hasSize(2);
      InboundAddressMessage picked = answers.get(0);
      assertThat(picked.savedAddressId()).isEqualTo("office");
      assertThat(picked.values()).isEqualTo(office);
      assertThat(picked.header().context().id()).isEqualTo(ask.messageId());
      assertThat(picked.from().waId()).isEqualTo("919876543210");
      InboundAddressMessage submitted = answers.get(1);
      assertThat(submitted.savedAddressId()).isNull();
      assertThat(submitted.values()).isEqualTo(corrected);
      assertThat(submitted.header().context().id()).isEqualTo(again.messageId());
      assertThat(submitted.body()).contains("560001").contains("Bengaluru");
    }
  }
}
