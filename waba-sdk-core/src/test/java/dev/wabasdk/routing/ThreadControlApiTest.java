package dev.wabasdk.routing;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import dev.wabasdk.message.Recipient;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreadControlApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String ANSWER = "{\"messaging_product\":\"whatsapp\",\"request_id\":\"REQ.3f9a1c\"}";
  private static final Recipient PHONE = Recipient.phoneNumber("15551234567");
  private static final Recipient BSUID = Recipient.userId("US.13491208655302741918");

  private void assertPosted(String expectedJson) throws InterruptedException {
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/thread_control");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(expectedJson);
  }

  @Test
  void passesToARoleByBsuidWithTheSpecsExampleBody() throws Exception {
    graph.enqueue(200, ANSWER);

    ThreadControlResult result = graph.client().threadControl()
        .pass(BSUID, ThreadRole.CUSTOMER_SERVICE, "WhatsApp user requested human agent");

    assertThat(result).isEqualTo(new ThreadControlResult("REQ.3f9a1c"));
    assertPosted("{\"messaging_product\":\"whatsapp\",\"recipient\":\"US.13491208655302741918\",\"action\":\"pass\","
        + "\"metadata\":\"WhatsApp user requested human agent\","
        + "\"control_pass\":{\"target_role\":\"customer_service\"}}");
  }

  @Test
  void anUntargetedPassByPhoneNumberHasNoControlPass() throws Exception {
    graph.enqueue(200, ANSWER);
    graph.enqueue(200, ANSWER);

    graph.client().threadControl().pass(Recipient.phoneNumber("+1 555 123 4567"), null);
    graph.client().threadControl().pass(PHONE, null, "Escalating");

    assertPosted("{\"messaging_product\":\"whatsapp\",\"to\":\"15551234567\",\"action\":\"pass\"}");
    assertPosted("{\"messaging_product\":\"whatsapp\",\"to\":\"15551234567\",\"action\":\"pass\","
        + "\"metadata\":\"Escalating\"}");
  }

  @Test
  void passesToAnUnknownRoleAsGiven() throws Exception {
    graph.enqueue(200, ANSWER);

    graph.client().threadControl().passAsync(PHONE, ThreadRole.of("loyalty_desk"), null).get(5, TimeUnit.SECONDS);

    assertPosted("{\"messaging_product\":\"whatsapp\",\"to\":\"15551234567\",\"action\":\"pass\","
        + "\"control_pass\":{\"target_role\":\"loyalty_desk\"}}");
  }

  @Test
  void releasesWithTheSpecsExampleBody() throws Exception {
    graph.enqueue(200, ANSWER);
    graph.enqueue(200, ANSWER);

    assertThat(graph.client().threadControl().release(PHONE).requestId()).isEqualTo("REQ.3f9a1c");
    graph.client().threadControl().releaseAsync(BSUID, "Bot finished").get(5, TimeUnit.SECONDS);

    assertPosted("{\"messaging_product\":\"whatsapp\",\"to\":\"15551234567\",\"action\":\"release\"}");
    assertPosted("{\"messaging_product\":\"whatsapp\",\"recipient\":\"US.13491208655302741918\","
        + "\"action\":\"release\",\"metadata\":\"Bot finished\"}");
  }

  @Test
  void takesWithTheSpecsExampleBody() throws Exception {
    graph.enqueue(200, ANSWER);
    graph.enqueue(200, ANSWER);

    graph.client().threadControl().take(PHONE, "Human agent stepping in");
    graph.client().threadControl().takeAsync(BSUID, null).get(5, TimeUnit.SECONDS);

    assertPosted("{\"messaging_product\":\"whatsapp\",\"to\":\"15551234567\",\"action\":\"take\","
        + "\"metadata\":\"Human agent stepping in\"}");
    assertPosted("{\"messaging_product\":\"whatsapp\",\"recipient\":\"US.13491208655302741918\","
        + "\"action\":\"take\"}");
  }

  @Test
  void anOlderAnswerWithoutRequestIdIsASuccessWithoutOne() {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\"}");

    assertThat(graph.client().threadControl().take(PHONE)).isEqualTo(new ThreadControlResult(null));
  }

  @Test
  void aNumberViewControlsItsOwnNumbersThreads() throws Exception {
    graph.enqueue(200, ANSWER);

    graph.client().forNumber("209876543210987").threadControl().release(PHONE);

    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/209876543210987/thread_control");
  }

  @Test
  void refusesAGroup() {
    assertRefused(() -> graph.client().threadControl().take(Recipient.group("Y2FwaV9ncm91cDoxNzA1")),
        "to: thread control (take) is for one user and one business number, not a group; "
            + "was group 'Y2FwaV9ncm91cDoxNzA1'");
  }

  @Test
  void refusesMetadataOverTwoThousandCharacters() {
    String metadata = "x".repeat(2_001);
    assertRefused(() -> graph.client().threadControl().pass(PHONE, null, metadata),
        "metadata: at most 2000 characters, was 2001");
    assertRefused(() -> graph.client().threadControl().releaseAsync(PHONE, metadata),
        "metadata: at most 2000 characters, was 2001");
  }

  @Test
  void acceptsMetadataOfExactlyTwoThousandCharacters() throws Exception {
    graph.enqueue(200, ANSWER);

    graph.client().threadControl().take(PHONE, "é".repeat(2_000));

    assertThat(graph.take().getBody().utf8()).contains("\"metadata\":\"" + "é".repeat(2_000) + "\"");
  }

  @Test
  void refusesBlankMetadata() {
    assertRefused(() -> graph.client().threadControl().take(PHONE, "  "),
        "metadata: must not be blank (leave it out instead), was '  '");
  }

  @Test
  void refusesABlankTargetRole() {
    assertRefused(() -> graph.client().threadControl().pass(PHONE, ThreadRole.of(" "), null),
        "control_pass.target_role: must not be blank, was ' '");
  }

  private void assertRefused(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(graph.server().getRequestCount()).as("nothing sent").isZero();
  }

  @Test
  void aReleaseLostToAServerErrorIsRepeated() throws Exception {
    graph.enqueue(503, "Service Unavailable");
    graph.enqueue(200, ANSWER);

    assertThat(graph.client().threadControl().release(PHONE).requestId()).isEqualTo("REQ.3f9a1c");

    assertThat(graph.server().getRequestCount()).isEqualTo(2);
    assertThat(graph.take().getBody().utf8()).isEqualTo(graph.take().getBody().utf8());
  }

  @Test
  void aPassLostToAServerErrorIsNotRepeated() {
    assertNotRepeated(() -> graph.client().threadControl().pass(PHONE, ThreadRole.AI_AGENT));
  }

  @Test
  void aTakeLostToAServerErrorIsNotRepeated() {
    assertNotRepeated(() -> graph.client().threadControl().take(PHONE));
  }

  private void assertNotRepeated(ThrowingCallable call) {
    graph.enqueue(503, "Service Unavailable");
    graph.enqueue(200, ANSWER);

    // The 503 may have come after Meta moved the thread: the caller learns the outcome is unknown.
    assertThatThrownBy(call)
        .isInstanceOf(WabaHttpException.class)
        .hasMessageContaining("outcome unknown")
        .satisfies(e -> assertThat(((WabaException) e).outcome()).isEqualTo(Outcome.UNKNOWN));
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
