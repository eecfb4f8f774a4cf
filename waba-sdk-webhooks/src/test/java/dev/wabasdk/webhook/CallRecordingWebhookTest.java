package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code calls} events that bring a call's recording and transcript (Meta's Call recording and Call
 * transcription pages, their webhook examples).
 */
class CallRecordingWebhookTest {
  private static final String CALL_ID = "wacid.HBgLMTQxMjYxMzYyNTMVAgASGCBGO...";
  private static final WhatsAppUser USER =
      new WhatsAppUser("16505551234", "US.13491208655302741918", "US.ENT.11815799212886844830", null);
  private static final String SHA256 = "Y9vvGyeo3n76ptkXu3CwDBsnzbRFqpjHskQdMGSVqas=";
  private static final String URL = "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=133...";

  @Test
  void aRecordingIsReady() {
    CallRecordingAvailable event = single("call-recording-available.json", CallRecordingAvailable.class);

    assertThat(event.callId()).isEqualTo(CALL_ID);
    assertThat(event.event()).isSameAs(CallEventType.CALL_RECORDING_AVAILABLE);
    assertThat(event.user()).isEqualTo(USER);
    assertThat(event.from()).isEqualTo("16505551234");
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1728932177L));
    assertThat(event.type()).isEqualTo("audio");
    assertThat(event.audio()).isEqualTo(new CallMedia("1002764438271669", SHA256, "audio/ogg; codecs=opus", URL));
    assertThat(event.metadata().phoneNumberId()).isEqualTo("106540352242922");
    assertThat(event.businessAccountId()).isEqualTo("102290129340398");
    assertThat(event.eventId()).isEqualTo("call-recording:" + CALL_ID + ":1002764438271669");
    assertThat(event.raw().json()).contains("\"call_recording\"");
  }

  @Test
  void aTranscriptIsReady() {
    CallTranscriptionAvailable event =
        single("call-transcription-available.json", CallTranscriptionAvailable.class);

    assertThat(event.callId()).isEqualTo(CALL_ID);
    assertThat(event.event()).isSameAs(CallEventType.CALL_TRANSCRIPTION_AVAILABLE);
    assertThat(event.user()).isEqualTo(USER);
    assertThat(event.timestamp()).isEqualTo(Instant.ofEpochSecond(1728932177L));
    assertThat(event.document()).isEqualTo(new CallMedia("1002764438271669", SHA256, "application/json", URL));
    assertThat(event.eventId()).isEqualTo("call-transcription:" + CALL_ID + ":1002764438271669");
    assertThat(CallEventType.of("CALL_TRANSCRIPTION_AVAILABLE")).isSameAs(CallEventType.CALL_TRANSCRIPTION_AVAILABLE);
  }

  /** Meta: "the from phone number may be omitted if the user has adopted a username"; new members are ignored. */
  @Test
  void aUsernameUserAndMembersMetaAddsLaterAreTolerated() {
    String json = text("call-recording-available.json")
        .replace("\"from\": \"16505551234\",", "\"duration_seconds\": 56, \"to\": \"15550783881\",")
        .replace("\"type\": \"audio\",", "\"type\": \"audio\", \"channels\": 2,")
        .replace("\"mime_type\": \"audio/ogg; codecs=opus\",", "\"mime_type\": \"audio/ogg; codecs=opus\","
            + " \"file_size\": 90210,");
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));

    assertThat(events).singleElement().isInstanceOfSatisfying(CallRecordingAvailable.class, e -> {
      assertThat(e.from()).isNull();
      assertThat(e.user()).isEqualTo(new WhatsAppUser(null, "US.13491208655302741918",
          "US.ENT.11815799212886844830", null));
      assertThat(e.audio().id()).isEqualTo("1002764438271669");
    });
  }

  @Test
  void anEventWithoutItsMediaIdIsUnknownNotLost() {
    String json = text("call-transcription-available.json").replace("\"id\": \"1002764438271669\",", "");
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));

    assertThat(events).singleElement().isInstanceOfSatisfying(UnknownEvent.class, e ->
        assertThat(e.reason()).contains("call_transcription_available needs \"call_transcript.document.id\""));
  }

  /** A redelivery is dispatched once; the recording and the transcript of one call are two events. */
  @Test
  void redeliveriesAreDroppedAndTheTwoEventsOfOneCallAreDistinct() {
    List<WebhookEvent> received = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .on(CallEvent.class, received::add).build();
    byte[] recording = bytes("call-recording-available.json");
    byte[] transcript = bytes("call-transcription-available.json");

    for (byte[] body : List.of(recording, transcript, recording, transcript)) {
      assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    }

    assertThat(received).hasSize(2);
    assertThat(received.get(0)).isInstanceOf(CallRecordingAvailable.class);
    assertThat(received.get(1)).isInstanceOf(CallTranscriptionAvailable.class);
    assertThat(received.get(0).eventId()).isNotEqualTo(received.get(1).eventId());
  }

  /**
   * Every member name these events are read by is one of the reader's shared names (WebhookJsonReader.NAMES): the
   * plain reader hands each over as the shared constant, not as a new string.
   */
  @Test
  void theNamesTheseEventsReadAreSharedNames() throws ReflectiveOperationException {
    List<String> names = List.of(WebhookJsonReader.NAMES);
    for (String fixture : List.of("call-recording-available.json", "call-transcription-available.json")) {
      JsonView call = WebhookJsonReader.parseObject(bytes(fixture))
          .objects("entry").get(0).objects("changes").get(0).object("value").objects("calls").get(0);
      List<Object> read = new ArrayList<>();
      collectNames(call, read);
      assertThat(read).as(fixture).hasSizeGreaterThan(10);
      for (Object name : read) {
        assertThat(names).as(fixture).contains((String) name);
        assertThat(name).as(fixture).isSameAs(WebhookJsonReader.NAMES[names.indexOf(name)]);
      }
    }
  }

  private static void collectNames(JsonView object, List<Object> out) throws ReflectiveOperationException {
    Field field = JsonView.class.getDeclaredField("members");
    field.setAccessible(true);
    Object[] members = (Object[]) field.get(object);
    for (int i = 0; i < members.length; i += 2) {
      out.add(members[i]);
      if (members[i + 1] instanceof JsonView nested) {
        collectNames(nested, out);
      }
    }
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
