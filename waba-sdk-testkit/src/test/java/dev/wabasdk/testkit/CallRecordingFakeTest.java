package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.TypedWebhooks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.calling.CallOptions;
import dev.wabasdk.calling.CallRecording;
import dev.wabasdk.calling.CallTranscript;
import dev.wabasdk.calling.CallTranscription;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.media.MediaInfo;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.webhook.Call;
import dev.wabasdk.webhook.CallEvent;
import dev.wabasdk.webhook.CallEventType;
import dev.wabasdk.webhook.CallRecordingAvailable;
import dev.wabasdk.webhook.CallTranscriptionAvailable;
import dev.wabasdk.webhook.UnknownEvent;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Call recording and transcription in the fake, as Meta's Call recording and Call transcription pages describe them:
 * the objects on accept and connect, Meta's request errors, and after the call the webhooks with media ids the app
 * downloads from the fake (kept 7 days).
 */
class CallRecordingFakeTest {
  private static final String SDP = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=app\r\nt=0 0\r\n";
  private static final String USER = "+4915112345678";

  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
  private FakeWhatsApp fake;
  private WhatsApp client;
  private WebhookHttpServer app;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    app = TypedWebhooks.collectInto(fake, events);
    client = fake.clientBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    app.close();
  }

  @Test
  void anAcceptedUsersCallIsRecordedAndTranscribedAfterItEnds() throws Exception {
    FakeUser user = fake.user(USER);
    String callId = user.calls().id();

    client.calling().accept(callId, SDP, "ticket-7", CallOptions.builder()
        .recording(CallRecording.enabled("quality assurance", "en_US"))
        .transcription(CallTranscription.enabled("quality assurance", "en_US")).build());
    fake.clock().advance(Duration.ofSeconds(56));
    fake.awaitWebhooks();
    assertThat(events).as("not before the call ends").noneMatch(e -> e instanceof CallRecordingAvailable);
    client.calling().terminate(callId);
    fake.awaitWebhooks();

    assertThat(events).noneMatch(e -> e instanceof UnknownEvent);
    List<WebhookEvent> ofCall = events.stream().filter(e -> e instanceof CallEvent c && c.callId().equals(callId))
        .toList();
    assertThat(ofCall.get(ofCall.size() - 3)).isInstanceOfSatisfying(Call.class,
        c -> assertThat(c.event()).isSameAs(CallEventType.TERMINATE));
    CallRecordingAvailable recording = only(events, CallRecordingAvailable.class);
    assertThat(ofCall.get(ofCall.size() - 2)).isSameAs(recording);
    assertThat(recording.user()).isEqualTo(new WhatsAppUser("4915112345678", user.userId(), null, null));
    assertThat(recording.type()).isEqualTo("audio");
    assertThat(recording.audio().mimeType()).isEqualTo("audio/ogg; codecs=opus");
    assertThat(recording.timestamp()).isEqualTo(fake.clock().instant());

    ByteArrayOutputStream audio = new ByteArrayOutputStream();
    client.media().download(recording.audio().id(), audio);
    byte[] ogg = audio.toByteArray();
    assertThat(new String(ogg, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
    assertThat(new String(ogg, StandardCharsets.ISO_8859_1)).contains("OpusHead").contains("OpusTags");
    assertThat(recording.audio().sha256()).as("Meta's base64 SHA-256").isEqualTo(sha256Base64(ogg));
    // The webhook's own URL (valid 5 minutes) downloads it too, with the token.
    assertThat(recording.audio().url()).startsWith(fake.baseUrl() + "whatsapp_business/attachments/");
    assertThat(client.media().download(new MediaInfo(recording.audio().id(), recording.audio().url(),
        recording.audio().mimeType(), null, null), new ByteArrayOutputStream()).size()).isEqualTo(ogg.length);

    CallTranscriptionAvailable transcription = only(events, CallTranscriptionAvailable.class);
    assertThat(ofCall.get(ofCall.size() - 1)).isSameAs(transcription);
    assertThat(transcription.document().mimeType()).isEqualTo("application/json");
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    client.media().download(transcription.document().id(), json);
    assertThat(transcription.document().sha256()).isEqualTo(sha256Base64(json.toByteArray()));
    CallTranscript transcript = CallTranscript.parse(json.toString(StandardCharsets.UTF_8));
    assertThat(transcript.transcript().text())
        .isEqualTo("[Business] Hello, how about you? [Customer] Hey, I'm good. How are you?");
    assertThat(transcript.transcript().duration()).isEqualTo(Duration.ofSeconds(56));
    assertThat(transcript.metadata().audio().channels()).isEqualTo(2);
    assertThat(transcript.transcript().segments()).extracting(CallTranscript.Segment::speaker)
        .containsExactly("Business", "Customer");
    CallTranscript.Segment customer = transcript.transcript().segments().get(1);
    assertThat(customer.channel()).isEqualTo(1);
    assertThat(customer.words()).hasSize(6);
    assertThat(customer.end()).isLessThanOrEqualTo(Duration.ofSeconds(56)).isGreaterThan(customer.start());
  }

  /** A business call records what it asked for on connect, once the user answered; Meta keeps the files 7 days. */
  @Test
  void aBusinessCallIsTranscribedOnlyAndItsTranscriptExpiresAfterSevenDays() {
    FakeUser user = fake.user(USER);
    user.grantsCallPermission(false);

    String callId = client.calling().connect(Recipient.phoneNumber(USER), SDP, null,
        CallOptions.builder().transcription(CallTranscription.enabled("order support", "es")).build());
    user.answersCall(callId);
    fake.clock().advance(Duration.ofSeconds(30));
    user.hangsUp(callId);
    fake.awaitWebhooks();

    assertThat(events).noneMatch(e -> e instanceof CallRecordingAvailable);
    CallTranscriptionAvailable transcription = only(events, CallTranscriptionAvailable.class);
    assertThat(transcription.callId()).isEqualTo(callId);
    String id = transcription.document().id();
    fake.clock().advance(Duration.ofDays(7).minusSeconds(1));
    assertThat(client.media().retrieveUrl(id).mimeType()).isEqualTo("application/json");
    fake.clock().advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> client.media().retrieveUrl(id)).isInstanceOf(WabaApiException.class);
  }

  /** No media flowed: a declined business call and a user's call never accepted have nothing to record. */
  @Test
  void callsThatNeverConnectedBringNoRecording() {
    FakeUser user = fake.user(USER);
    user.grantsCallPermission(false);
    CallOptions both = CallOptions.builder().recording(CallRecording.enabled("qa", "en"))
        .transcription(CallTranscription.enabled("qa", "en")).build();

    String declined = client.calling().connect(Recipient.phoneNumber(USER), SDP, null, both);
    user.declinesCall(declined);
    String missed = client.calling().connect(Recipient.phoneNumber(USER), SDP, null, both);
    user.hangsUp(missed);
    fake.awaitWebhooks();

    assertThat(events).noneMatch(e -> e instanceof CallRecordingAvailable || e instanceof CallTranscriptionAvailable);
    assertThat(events).anyMatch(e -> e instanceof Call c && c.callId().equals(missed)
        && c.event() == CallEventType.TERMINATE);
  }

  /** An explicit opt-out is no recording; a call accepted without options neither. */
  @Test
  void disabledOrAbsentObjectsRecordNothing() {
    FakeUser user = fake.user(USER);
    String optedOut = user.calls().id();
    client.calling().accept(optedOut, SDP, null, new CallOptions(CallRecording.disabled(),
        CallTranscription.disabled()));
    fake.clock().advance(Duration.ofSeconds(5));
    client.calling().terminate(optedOut);
    String plain = user.calls().id();
    client.calling().accept(plain, SDP, null);
    client.calling().terminate(plain);
    fake.awaitWebhooks();

    assertThat(events).noneMatch(e -> e instanceof CallRecordingAvailable || e instanceof CallTranscriptionAvailable);
  }

  /** Meta's request errors (named, not numbered, on its pages): the fake answers 100 and the call stays ringing. */
  @Test
  void metasRequestErrorsAreRefused() {
    FakeUser user = fake.user(USER);
    String callId = user.calls().id();
    Wire wire = new Wire(fake);
    String path = "/v26.0/" + fake.phoneNumberId() + "/calls";
    String accept = "{\"messaging_product\":\"whatsapp\",\"call_id\":\"" + callId + "\",\"action\":\"accept\","
        + "\"session\":{\"sdp_type\":\"answer\",\"sdp\":\"v=0\"},";
    List<String[]> refused = List.of(
        new String[] {"\"recording\":{\"status\":\"ENABLED\",\"announcement_language\":\"en_US\"}",
            "recording['purpose'] is required"},
        new String[] {"\"transcription\":{\"status\":\"ENABLED\",\"purpose\":\"\",\"announcement_language\":\"en\"}",
            "transcription['purpose'] is required"},
        new String[] {"\"recording\":{\"status\":\"ENABLED\",\"purpose\":\"" + "x".repeat(251)
            + "\",\"announcement_language\":\"en\"}", "at most 250 characters, was 251"},
        new String[] {"\"recording\":{\"status\":\"ENABLED\",\"purpose\":\"qa\",\"announcement_language\":\"pt_BR\"}",
            "announcement_language'] must be a supported locale code"},
        new String[] {"\"transcription\":{\"status\":\"ON\",\"purpose\":\"qa\",\"announcement_language\":\"en\"}",
            "transcription['status'] must be one of ENABLED or DISABLED"},
        new String[] {"\"recording\":\"ENABLED\"", "recording must be an object"});
    for (String[] c : refused) {
      Wire.Reply reply = wire.post(path, accept + c[0] + "}");
      assertThat(reply.code()).as(c[0]).isEqualTo(400);
      assertThat(((Number) reply.at("error", "code")).intValue()).as(c[0]).isEqualTo(100);
      assertThat((String) reply.at("error", "error_data", "details")).as(c[0]).contains(c[1]);
    }
    assertThat(fake.calls()).singleElement().extracting(CallRecord::status).isEqualTo("RINGING");

    user.grantsCallPermission(false);
    Wire.Reply connect = wire.post(path, "{\"messaging_product\":\"whatsapp\",\"to\":\"4915112345678\","
        + "\"action\":\"connect\",\"session\":{\"sdp_type\":\"offer\",\"sdp\":\"v=0\"},"
        + "\"recording\":{\"status\":\"ENABLED\",\"purpose\":\"qa\",\"announcement_language\":\"ja\"}}");
    assertThat(connect.code()).isEqualTo(400);
    assertThat(fake.calls()).as("no call was placed").hasSize(1);

    // The values Meta documents pass, nl and es_ES included (English announcement for a transcription).
    assertThat(wire.post(path, accept + "\"recording\":{\"status\":\"ENABLED\",\"purpose\":\"qa\","
        + "\"announcement_language\":\"es_ES\"},\"transcription\":{\"status\":\"ENABLED\",\"purpose\":\"qa\","
        + "\"announcement_language\":\"nl\"}}").code()).isEqualTo(200);
  }

  private static String sha256Base64(byte[] bytes) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
