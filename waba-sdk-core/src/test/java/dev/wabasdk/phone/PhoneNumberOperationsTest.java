package dev.wabasdk.phone;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaApiException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Verification codes, registration, the two-step PIN and display names, against Meta's documented requests. */
class PhoneNumberOperationsTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String OK = "{\"success\":true}";

  private static String target(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getMethod() + " " + request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  @Test
  void requestsAndVerifiesTheCodeAsMetasExamplesDo() throws Exception {
    graph.enqueue(200, OK);
    graph.enqueue(200, OK);
    graph.enqueue(200, OK);

    graph.client().phoneNumbers().requestCode(CodeMethod.SMS, "en_US");
    graph.client().phoneNumbers().requestCodeAsync(CodeMethod.VOICE, "pt_BR").get(5, TimeUnit.SECONDS);
    graph.client().phoneNumbers().verifyCode("123830");

    RecordedRequest sms = graph.take();
    assertThat(target(sms)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/request_code?code_method=SMS&language=en_US");
    assertThat(sms.getBody().size()).isZero();
    GraphServerExtension.assertHeaders(sms);
    assertThat(target(graph.take()))
        .isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/request_code?code_method=VOICE&language=pt_BR");
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/verify_code?code=123830");
  }

  @Test
  void registersWithMetasDocumentedBody() throws Exception {
    graph.enqueue(200, OK);
    graph.enqueue(200, OK);

    graph.client().phoneNumbers().register("123456");
    graph.client().phoneNumbers().registerAsync("123456", "DE").get(5, TimeUnit.SECONDS);

    RecordedRequest plain = graph.take();
    assertThat(target(plain)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/register");
    assertThat(plain.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(plain.getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\"}");
    assertThat(graph.take().getBody().utf8())
        .isEqualTo("{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"data_localization_region\":\"DE\"}");
  }

  @Test
  void deregistersWithAnEmptyPost() throws Exception {
    graph.enqueue(200, OK);

    graph.client().phoneNumbers().deregister();

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/deregister");
    assertThat(request.getBody().size()).isZero();
  }

  @Test
  void setsTheTwoStepPinOnTheNumber() throws Exception {
    graph.enqueue(200, OK);

    graph.client().phoneNumbers().setTwoStepPinAsync("654321").get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID);
    assertThat(request.getBody().utf8()).isEqualTo("{\"pin\":\"654321\"}");
  }

  @Test
  void turnsTheIdentityChangeCheckOnAndOffWithMetasSettingsBody() throws Exception {
    graph.enqueue(200, OK);
    graph.enqueue(200, OK);

    graph.client().phoneNumbers().setIdentityChangeCheck(true);
    graph.client().phoneNumbers().setIdentityChangeCheckAsync(false).get(5, TimeUnit.SECONDS);

    RecordedRequest on = graph.take();
    assertThat(target(on)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/settings");
    assertThat(on.getBody().utf8()).isEqualTo("{\"user_identity_change\":{\"enable_identity_key_check\":true}}");
    assertThat(graph.take().getBody().utf8())
        .isEqualTo("{\"user_identity_change\":{\"enable_identity_key_check\":false}}");
  }

  @Test
  void requestsADisplayNameChangeAndReadsItsReview() throws Exception {
    graph.enqueue(200, OK);
    // given: Meta's documented answer while the new name is reviewed
    graph.enqueue(200, """
        {"verified_name":"Lucky Shrub","name_status":"APPROVED","new_display_name":"New Lucky Shrub",
         "new_name_status":"PENDING_REVIEW","id":"106540352242922"}""");

    graph.client().phoneNumbers().requestDisplayNameChange("Lucky Shrub");
    DisplayName name = graph.client().phoneNumbers().displayName();

    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "?new_display_name=Lucky%20Shrub");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID
        + "?fields=verified_name%2Cname_status%2Cnew_display_name%2Cnew_name_status");
    assertThat(name).isEqualTo(new DisplayName("Lucky Shrub", NameStatus.APPROVED, "New Lucky Shrub",
        NameStatus.PENDING_REVIEW));
    assertThat(name.newNameStatus()).isSameAs(NameStatus.PENDING_REVIEW);
  }

  @Test
  void badInputFailsBeforeAnyRequestWithoutEchoingThePin() {
    PhoneNumbersApi numbers = graph.client().phoneNumbers();
    assertThatThrownBy(() -> numbers.register("12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pin: must be exactly 6 digits, was 5 characters");
    assertThatThrownBy(() -> numbers.setTwoStepPin("12a456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pin: must be exactly 6 digits, was 6 characters with non-digits");
    assertThatThrownBy(() -> numbers.register("123456", "Germany"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dataLocalizationRegion")
        .hasMessageContaining("'Germany'");
    // A country code, but not a region Meta stores data in (Meta's registration page lists the supported ones).
    assertThatThrownBy(() -> numbers.register("123456", "US"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataLocalizationRegion: must be one of Meta's Local Storage regions "
            + "[AU, ID, IN, JP, SG, KR, DE, CH, GB, BR, BH, ZA, AE, CA], was 'US'");
    assertThatThrownBy(() -> numbers.registerAsync("123456", "de"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 'de'");
    assertThatThrownBy(() -> numbers.requestCode(CodeMethod.SMS, "english"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language").hasMessageContaining("english");
    assertThatThrownBy(() -> numbers.verifyCode("12-34"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> numbers.requestDisplayNameChange(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newDisplayName");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void aPinMismatchIsMetasError133005AndIsNotRetried() {
    graph.enqueueError(400, 133005, "Two step verification PIN Mismatch");
    graph.enqueue(200, OK);

    assertThatThrownBy(() -> graph.client().phoneNumbers().register("000000"))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(133005);
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRegistrationLostToAServerErrorIsNotRepeated() {
    // Meta counts every attempt against 10 per 72 hours (133016).
    graph.enqueue(503, "");
    graph.enqueue(200, OK);

    assertThatThrownBy(() -> graph.client().phoneNumbers().register("123456"))
        .isInstanceOf(dev.wabasdk.error.WabaException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
