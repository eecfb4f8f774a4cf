package dev.wabasdk.calling;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.message.Recipient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Call recording and transcription on the wire: Meta's {@code recording} and {@code transcription} objects on
 * {@code connect} and {@code accept}, against the request bodies of its Call recording and Call transcription pages,
 * and their documented request errors refused before any request.
 */
class CallRecordingApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String CALL_ID = "wacid.ABGGFjFVU2AfAgo6V";
  private static final String SDP = "<<RFC 8866 SDP>>";
  private static final CallRecording RECORDING = CallRecording.enabled("quality assurance", "en_US");
  private static final CallTranscription TRANSCRIPTION = CallTranscription.enabled("quality assurance", "en_US");

  private static void assertPost(RecordedRequest request, String json) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/calls");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getBody().utf8()).isEqualTo(json.replaceAll("\\s*\n\\s*", ""));
  }

  /** Meta's "Enable recording on a business-initiated call" body (the user by phone number). */
  @Test
  void connectCarriesTheRecordingObject() throws Exception {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"calls\":[{\"id\":\"" + CALL_ID + "\"}]}");

    String id = graph.client().calling().connect(Recipient.phoneNumber("14085551234"), SDP, null,
        CallOptions.builder().recording(RECORDING).build());

    assertThat(id).isEqualTo(CALL_ID);
    assertPost(graph.take(), """
        {"messaging_product":"whatsapp","to":"14085551234","action":"connect",
         "session":{"sdp_type":"offer","sdp":"<<RFC 8866 SDP>>"},
         "recording":{"status":"ENABLED","purpose":"quality assurance","announcement_language":"en_US"}}""");
  }

  /** Meta's "Enable transcription on a business-initiated call" body, to a BSUID, with callback data. */
  @Test
  void connectAsyncCarriesTheTranscriptionObject() throws Exception {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"calls\":[{\"id\":\"" + CALL_ID + "\"}]}");

    String id = graph.client().calling().connectAsync(Recipient.userId("US.13491208655302741918"), SDP, "cb-7",
        CallOptions.builder().transcription(TRANSCRIPTION).build()).get(5, TimeUnit.SECONDS);

    assertThat(id).isEqualTo(CALL_ID);
    assertPost(graph.take(), """
        {"messaging_product":"whatsapp","recipient":"US.13491208655302741918","action":"connect",
         "session":{"sdp_type":"offer","sdp":"<<RFC 8866 SDP>>"},
         "transcription":{"status":"ENABLED","purpose":"quality assurance","announcement_language":"en_US"},
         "biz_opaque_callback_data":"cb-7"}""");
  }

  /** Meta's "Enable recording on a user-initiated call" body, with transcription too (both objects side by side). */
  @Test
  void acceptCarriesBothObjects() throws Exception {
    graph.enqueue(200, "{\"success\": true}");

    graph.client().calling().accept(CALL_ID, SDP, "ticket-42",
        CallOptions.builder().recording(RECORDING).transcription(CallTranscription.enabled("soporte", "es")).build());

    assertPost(graph.take(), """
        {"messaging_product":"whatsapp","call_id":"wacid.ABGGFjFVU2AfAgo6V","action":"accept",
         "session":{"sdp_type":"answer","sdp":"<<RFC 8866 SDP>>"},
         "recording":{"status":"ENABLED","purpose":"quality assurance","announcement_language":"en_US"},
         "transcription":{"status":"ENABLED","purpose":"soporte","announcement_language":"es"},
         "biz_opaque_callback_data":"ticket-42"}""");
  }

  /** Meta: "either omit the recording field entirely or send it with "status": "DISABLED"". */
  @Test
  void anExplicitOptOutSendsOnlyTheStatusAndNoOptionsSendsNothing() throws Exception {
    graph.enqueue(200, "{\"success\": true}");
    graph.enqueue(200, "{\"success\": true}");

    graph.client().calling().acceptAsync(CALL_ID, SDP, null, new CallOptions(CallRecording.disabled(),
        CallTranscription.disabled())).get(5, TimeUnit.SECONDS);
    graph.client().calling().accept(CALL_ID, SDP, null, CallOptions.NONE);

    assertPost(graph.take(), """
        {"messaging_product":"whatsapp","call_id":"wacid.ABGGFjFVU2AfAgo6V","action":"accept",
         "session":{"sdp_type":"answer","sdp":"<<RFC 8866 SDP>>"},
         "recording":{"status":"DISABLED"},"transcription":{"status":"DISABLED"}}""");
    assertPost(graph.take(), """
        {"messaging_product":"whatsapp","call_id":"wacid.ABGGFjFVU2AfAgo6V","action":"accept",
         "session":{"sdp_type":"answer","sdp":"<<RFC 8866 SDP>>"}}""");
  }

  /** Meta's request errors of both pages: missing purpose, purpose too long, invalid language, invalid status. */
  @Test
  void metasRequestErrorsAreRefusedWhenTheObjectIsBuilt() {
    assertThatThrownBy(() -> CallRecording.enabled(" ", "en_US")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recording.purpose: required when recording.status is ENABLED (it is spoken to both"
            + " participants before the recording starts)");
    assertThatThrownBy(() -> CallTranscription.enabled("x".repeat(251), "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transcription.purpose: at most 250 characters, was 251");
    assertThat(CallRecording.enabled("é".repeat(250), "fr").purpose()).hasSize(250);
    assertThatThrownBy(() -> CallRecording.enabled("quality assurance", "pt_BR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recording.announcement_language: must be one of Meta's supported announcement"
            + " languages [en, en_US, en_AU, en_CA, en_GB, en_IN, en_NZ, nl, fr, de, hi, it, kn, pt, es, es_ES, te,"
            + " vi], was 'pt_BR'");
    assertThatThrownBy(() -> new CallTranscription(FeatureStatus.ENABLED, "quality assurance", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transcription.announcement_language: required when transcription.status is ENABLED");
    assertThatThrownBy(() -> new CallRecording(FeatureStatus.of("PAUSED"), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recording.status: must be ENABLED or DISABLED, was 'PAUSED'");
    assertThat(new CallRecording(new FeatureStatus("ENABLED"), "qa", "de").isEnabled()).isTrue();
    assertThat(CallTranscription.disabled().isEnabled()).isFalse();
  }

  @Test
  void badInputFailsBeforeAnyRequest() {
    CallingApi calling = graph.client().calling();
    CallOptions options = CallOptions.builder().recording(RECORDING).build();
    assertThatThrownBy(() -> calling.accept(CALL_ID, SDP, null, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
    assertThatThrownBy(() -> calling.connect(Recipient.group("Y2FwaV9ncm91cDox"), SDP, null, options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups cannot be called");
    assertThatThrownBy(() -> calling.accept(CALL_ID, SDP, "x".repeat(513), options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biz_opaque_callback_data");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  /** Both pages list the same values; Brazilian Portuguese is {@code pt}. */
  @Test
  void theSupportedAnnouncementLanguagesAreMetas() {
    assertThat(CallRecording.ANNOUNCEMENT_LANGUAGES).isEqualTo(CallTranscription.ANNOUNCEMENT_LANGUAGES)
        .containsExactly("en", "en_US", "en_AU", "en_CA", "en_GB", "en_IN", "en_NZ", "nl", "fr", "de", "hi", "it",
            "kn", "pt", "es", "es_ES", "te", "vi");
    for (String language : List.of("nl", "es_ES", "kn", "vi")) {
      assertThat(CallTranscription.enabled("qa", language).announcementLanguage()).isEqualTo(language);
    }
  }
}
