package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.message.internal.MessageEncoder;
import dev.wabasdk.internal.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The interactive call permission request, against Meta's documented payload. */
class CallPermissionRequestMessageTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void isSentAsMetasInteractiveCallPermissionRequest() throws Exception {
    graph.enqueueSent("16315553601", "wamid.CPR");

    graph.client().messages().send(Message.callPermissionRequest("+16315553601",
        "We would like to call you to help support your query on Order No: ON-12853."));

    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16315553601","type":"interactive",
         "interactive":{"type":"call_permission_request",
           "body":{"text":"We would like to call you to help support your query on Order No: ON-12853."},
           "action":{"name":"call_permission_request"}}}""");
  }

  /** Meta, "Obtain user call permissions": "The text body is optional." */
  @Test
  void isSentWithoutABodyWhenNoneIsGiven() throws Exception {
    graph.enqueueSent("16315553601", "wamid.CPR");

    CallPermissionRequestMessage request =
        CallPermissionRequestMessage.builder().to(Recipient.phoneNumber("+16315553601")).build();
    graph.client().messages().send(request);

    assertThat(request.body()).isNull();
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16315553601","type":"interactive",
         "interactive":{"type":"call_permission_request","action":{"name":"call_permission_request"}}}""");
    assertThatThrownBy(() -> CallPermissionRequestMessage.builder().to(Recipient.phoneNumber("+16315553601"))
        .body("").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interactive.body.text");
  }

  @Test
  void checksTheBodyAndTheRecipient() {
    assertThatThrownBy(() -> Message.callPermissionRequest("+16315553601", "x".repeat(1025)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interactive.body.text")
        .hasMessageContaining("1024");
    assertThatThrownBy(() -> Message.callPermissionRequest(Recipient.group("G1"), "Call?"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
  }

  @Test
  void aGroupRecipientIsWrittenAsRecipientTypeGroup() {
    assertThat(Json.write(MessageEncoder.encode(Message.image(Recipient.group("G1"), MediaSource.id("123")))))
        .isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"group\",\"to\":\"G1\",\"type\":\"image\","
            + "\"image\":{\"id\":\"123\"}}");
    assertThatThrownBy(() -> Recipient.group("a/b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group id").hasMessageContaining("a/b");
  }
}
