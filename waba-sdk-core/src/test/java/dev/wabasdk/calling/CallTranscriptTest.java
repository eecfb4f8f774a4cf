package dev.wabasdk.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The transcript document of a call, read from Meta's example (Call transcription, "Transcript document format"). */
class CallTranscriptTest {

  private static String fixture() throws IOException {
    try (InputStream in = CallTranscriptTest.class.getResourceAsStream("/calling/call-transcript.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsMetasExampleDocument() throws IOException {
    CallTranscript t = CallTranscript.parse(fixture());

    assertThat(t.metadata().processedAt()).isEqualTo(Instant.parse("2026-06-18T20:16:47Z"));
    assertThat(t.metadata().audio()).isEqualTo(new CallTranscript.Audio(Duration.ofMillis(21_760), 16000, 2,
        "stereo"));
    CallTranscript.Transcript transcript = t.transcript();
    assertThat(transcript.text()).isEqualTo("[Business] Hello, how about you? [Customer] Hey, I'm good. How are you?");
    assertThat(transcript.language()).isEqualTo("en");
    assertThat(transcript.duration()).isEqualTo(Duration.ofMillis(21_760));
    assertThat(transcript.confidence()).isEqualTo(0.83);
    assertThat(transcript.segments()).hasSize(2);

    CallTranscript.Segment business = transcript.segments().get(0);
    assertThat(business.id()).isEqualTo(1);
    assertThat(business.speaker()).isEqualTo("Business");
    assertThat(business.isBusiness()).isTrue();
    assertThat(business.start()).isEqualTo(Duration.ofMillis(1_160));
    assertThat(business.end()).isEqualTo(Duration.ofMillis(2_440));
    assertThat(business.text()).isEqualTo("Hello, how about you?");
    assertThat(business.confidence()).isEqualTo(0.85);
    assertThat(business.words()).extracting(CallTranscript.Word::word)
        .containsExactly("Hello,", "how", "about", "you?");
    assertThat(business.words().get(2)).isEqualTo(new CallTranscript.Word("about", Duration.ofMillis(1_800),
        Duration.ofMillis(2_040), 0.52, "en"));

    CallTranscript.Segment customer = transcript.segments().get(1);
    assertThat(customer.speaker()).isEqualTo("Customer");
    assertThat(customer.channel()).isEqualTo(1);
    assertThat(customer.isBusiness()).isFalse();
    assertThat(customer.words()).hasSize(6);
    assertThat(customer.words().get(0).confidence()).isEqualTo(0.6);
  }

  /**
   * Meta: a call in a language it cannot transcribe still gets the webhook, "but the returned transcript may be
   * empty".
   */
  @Test
  void toleratesAnEmptyTranscriptAndMembersMetaAddsLater() {
    CallTranscript t = CallTranscript.parse("""
        {"metadata":{"processed_at":"2026-06-18T20:16:47Z","audio":{"duration":3.5,"sample_rate":16000,
         "channels":2,"audio_format":"stereo","codec":"opus"}},"summary":{"x":1},
         "transcript":{"text":"","segments":[],"speakers":["Business","Customer"]}}""");

    assertThat(t.transcript().text()).isEmpty();
    assertThat(t.transcript().language()).isNull();
    assertThat(t.transcript().segments()).isEmpty();
    assertThat(t.transcript().duration()).isEqualTo(Duration.ZERO);
    assertThat(t.metadata().audio().duration()).isEqualTo(Duration.ofMillis(3_500));
  }

  @Test
  void refusesWhatIsNotATranscriptNamingWhere() {
    assertThatThrownBy(() -> CallTranscript.parse("{\"transcript\": ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("call transcript: not valid JSON");
    assertThatThrownBy(() -> CallTranscript.parse("[1]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("call transcript: $ must be an object, was [1]");
    assertThatThrownBy(() -> CallTranscript.parse("{\"transcript\":{\"segments\":[{\"start\":\"1.16\"}]}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("call transcript: transcript.segments[0].start must be a number, was 1.16");
    assertThatThrownBy(() -> CallTranscript.parse("{\"metadata\":{\"processed_at\":\"yesterday\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.processed_at is not an ISO 8601 UTC time: yesterday");
  }
}
