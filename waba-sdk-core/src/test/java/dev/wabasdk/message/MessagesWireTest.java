package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message type sent through the real client to a MockWebServer: method, path, headers and exact body. */
class MessagesWireTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.wabasdk.message.MessageFixtures#all")
  void sendsTheDocumentedBody(Message message, String expectedJson) throws Exception {
    graph.enqueueSent("16505551234", "wamid.SENT");

    SendResult result = graph.client().messages().send(message);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(MessageFixtures.compact(expectedJson));
    assertThat(result.messageId()).isEqualTo("wamid.SENT");
  }
}
