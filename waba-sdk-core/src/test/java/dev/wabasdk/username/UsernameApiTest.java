package dev.wabasdk.username;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaApiException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsernameApiTest {
  private static final String PATH = "/v26.0/" + PHONE_NUMBER_ID + "/username";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void readsTheUsernameAndItsStatus() throws Exception {
    graph.enqueue(200, "{\"username\":\"acme_support\",\"status\":\"reserved\"}");

    BusinessUsername username = graph.client().username().get();

    assertThat(username).isEqualTo(new BusinessUsername("acme_support", UsernameStatus.RESERVED));
    assertThat(username.status()).isSameAs(UsernameStatus.RESERVED);
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void aNumberWithoutUsernameReadsNull() throws Exception {
    graph.enqueue(200, "{}");

    assertThat(graph.client().username().getAsync().get(5, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void claimsAUsernameAndForcesATransferWhenAsked() throws Exception {
    graph.enqueue(200, "{\"status\":\"reserved\"}");
    graph.enqueue(200, "{\"status\":\"approved\"}");

    UsernameStatus first = graph.client().username().set("acme_support");
    UsernameStatus second = graph.client().username()
        .setAsync("acme.help", UsernameApi.TransferAction.FORCE_TRANSFER).get(5, TimeUnit.SECONDS);

    assertThat(first).isSameAs(UsernameStatus.RESERVED);
    assertThat(second).isSameAs(UsernameStatus.APPROVED);
    RecordedRequest claim = graph.take();
    assertThat(claim.getMethod()).isEqualTo("POST");
    assertThat(claim.getUrl().encodedPath()).isEqualTo(PATH);
    assertThat(claim.getBody().utf8()).isEqualTo("{\"username\":\"acme_support\"}");
    assertThat(graph.take().getBody().utf8())
        .isEqualTo("{\"username\":\"acme.help\",\"transfer_action\":\"force_transfer\"}");
  }

  @Test
  void aTakenUsernameIsMetasError147001() {
    graph.enqueueError(400, 147001, "Username is not available");

    assertThatThrownBy(() -> graph.client().username().set("acme"))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(147001));
  }

  @Test
  void deletesTheUsernameAndReadsTheSuggestions() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"data\":[{\"username_suggestions\":[\"acme_support\",\"acme_ai\"]}]}");

    graph.client().username().delete();
    assertThat(graph.client().username().suggestions()).containsExactly("acme_support", "acme_ai");

    assertThat(graph.take().getMethod()).isEqualTo("DELETE");
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo(PATH + "_suggestions");
  }

  @Test
  void metasFormatRulesAreCheckedBeforeAnyRequest() {
    UsernameApi api = graph.client().username();
    for (String bad : new String[] {"ab", "x".repeat(36), "acme-support", "1234", ".acme", "acme.", "ac..me",
        "wwwacme", "acme.com", "shop.HTML"}) {
      assertThatThrownBy(() -> api.set(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("username: ").hasMessageContaining(bad);
    }
    assertThat(BusinessUsername.check("a.b_1")).isEqualTo("a.b_1");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void anUnknownStatusIsKept() {
    UsernameStatus status = UsernameStatus.of("pending_review");

    assertThat(status.isKnown()).isFalse();
    assertThat(status.value()).isEqualTo("pending_review");
    assertThat(UsernameStatus.of("APPROVED")).isSameAs(UsernameStatus.APPROVED);
  }
}
