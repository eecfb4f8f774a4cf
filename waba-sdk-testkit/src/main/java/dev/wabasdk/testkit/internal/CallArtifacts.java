package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.MediaStore.MediaRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Call recording and transcription, as Meta's Call recording and Call transcription pages describe them: the
 * {@code recording} and {@code transcription} objects of {@code connect} and {@code accept}, checked with the request
 * errors Meta lists, and after a call in which media flowed the {@code call_recording_available} and
 * {@code call_transcription_available} webhooks, each with a media id the app downloads from the fake's media routes
 * (kept 7 days). The recording is a short Ogg Opus file of silence; the transcript a document in Meta's format with a
 * fixed two-line conversation fitted to the call's length. Thread-safe: used under the {@link FakeEngine}'s lock.
 */
final class CallArtifacts {
  static final Duration RETENTION = Duration.ofDays(7);
  static final String RECORDING_MIME_TYPE = "audio/ogg; codecs=opus";
  static final String TRANSCRIPT_MIME_TYPE = "application/json";
  /** Meta's supported {@code announcement_language} values (the same list on both pages). */
  static final List<String> ANNOUNCEMENT_LANGUAGES = List.of("en", "en_US", "en_AU", "en_CA", "en_GB", "en_IN",
      "en_NZ", "nl", "fr", "de", "hi", "it", "kn", "pt", "es", "es_ES", "te", "vi");
  private static final Set<String> LANGUAGES = Set.copyOf(ANNOUNCEMENT_LANGUAGES);
  private static final int MAX_PURPOSE_LENGTH = 250;
  /** Meta's example conversation: what each side says, with its times in Meta's 21.76 s example. */
  private static final String[][] LINES = {
      {"Business", "0", "1.16", "2.44", "Hello, how about you?"},
      {"Customer", "1", "3.66", "5.74", "Hey, I'm good. How are you?"}};
  private static final BigDecimal EXAMPLE_SECONDS = new BigDecimal("21.76");

  private final FakeEngine engine;
  private volatile @Nullable Supplier<HttpUrl> baseUrl;

  CallArtifacts(FakeEngine engine) {
    this.engine = engine;
  }

  /** Where the fake serves media, for the webhooks' {@code url} (set by the dispatcher). */
  void baseUrl(Supplier<HttpUrl> baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * Whether the body's {@code recording} or {@code transcription} object asks for it: absent or DISABLED is no.
   * Meta's request errors (a status other than ENABLED or DISABLED, a missing or empty purpose, a purpose over 250
   * characters, an unsupported announcement language) answer 100: Meta's pages name them without a code.
   */
  static boolean enabled(Map<String, Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Map<?, ?>)) {
      throw GraphException.of(100, "Param " + name + " must be an object with status, purpose and"
          + " announcement_language.");
    }
    String status = Json.string(value, "status");
    if (!"ENABLED".equals(status) && !"DISABLED".equals(status)) {
      throw GraphException.of(100, "Param " + name + "['status'] must be one of ENABLED or DISABLED, was \""
          + status + "\".");
    }
    if ("DISABLED".equals(status)) {
      return false;
    }
    String purpose = Json.string(value, "purpose");
    if (purpose == null || purpose.isEmpty()) {
      throw GraphException.of(100, "Param " + name + "['purpose'] is required when " + name
          + "['status'] is ENABLED.");
    }
    int length = purpose.codePointCount(0, purpose.length());
    if (length > MAX_PURPOSE_LENGTH) {
      throw GraphException.of(100, "Param " + name + "['purpose'] must be at most " + MAX_PURPOSE_LENGTH
          + " characters, was " + length + ".");
    }
    String language = Json.string(value, "announcement_language");
    if (language == null || !LANGUAGES.contains(language)) {
      throw GraphException.of(100, "Param " + name + "['announcement_language'] must be a supported locale code ("
          + String.join(", ", ANNOUNCEMENT_LANGUAGES) + "), was \"" + language + "\".");
    }
    return true;
  }

  /**
   * The call ended after media flowed from {@code connectedAt}: the webhooks of what the business enabled, after
   * the {@code terminate} one (Meta: after the call ends and post-processing finishes).
   */
  void callEnded(String callId, String waId, Instant connectedAt, Instant now, boolean recording,
      boolean transcription) {
    UserState user = engine.users.user(waId);
    Duration length = Duration.between(connectedAt, now);
    if (recording) {
      // One 20 ms frame a second of call, at least one: a small file that still grows with the call.
      int frames = (int) Math.max(1, Math.min(255, length.toSeconds()));
      MediaRecord file = engine.media.store(engine.ids.numeric(1_000_000_000_000_000L), RECORDING_MIME_TYPE,
          OggOpus.silence(frames), now, RETENTION);
      send(callId, user, now, "call_recording_available", "call_recording",
          obj("type", "audio", "audio", media(file, now)));
    }
    if (transcription) {
      byte[] document = Json.write(transcript(length, now)).getBytes(StandardCharsets.UTF_8);
      MediaRecord file = engine.media.store(engine.ids.numeric(1_000_000_000_000_000L), TRANSCRIPT_MIME_TYPE,
          document, now, RETENTION);
      send(callId, user, now, "call_transcription_available", "call_transcript",
          obj("document", media(file, now)));
    }
  }

  private void send(String callId, UserState user, Instant now, String event, String member,
      Map<String, Object> object) {
    // Meta's examples: the user in from (absent for a username user whose number is hidden) and its BSUID.
    engine.events.change("calls", obj("calls", List.of(obj("id", callId, "from", user.phoneHidden ? null : user.waId,
        "from_user_id", user.userId, "timestamp", Long.toString(now.getEpochSecond()), "event", event,
        member, object))));
  }

  private Map<String, Object> media(MediaRecord file, Instant now) {
    Supplier<HttpUrl> base = baseUrl;
    return obj("id", file.id, "sha256", sha256Base64(file.bytes), "mime_type", file.mimeType,
        "url", base == null ? null : MediaRoutes.downloadUrl(base.get(), file.id, now).toString());
  }

  /** Meta's transcript document: its example's two segments, their times scaled to the call's length. */
  private static Map<String, Object> transcript(Duration length, Instant now) {
    BigDecimal seconds = BigDecimal.valueOf(length.toMillis(), 3).setScale(2, RoundingMode.HALF_UP);
    List<Object> segments = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < LINES.length; i++) {
      String[] line = LINES[i];
      String[] words = line[4].split(" ");
      BigDecimal start = scaled(line[2], seconds);
      BigDecimal end = scaled(line[3], seconds);
      BigDecimal step = end.subtract(start).divide(BigDecimal.valueOf(words.length), 2, RoundingMode.DOWN);
      List<Object> timed = new ArrayList<>();
      for (int w = 0; w < words.length; w++) {
        BigDecimal from = start.add(step.multiply(BigDecimal.valueOf(w)));
        timed.add(obj("word", words[w], "start", from, "end", w == words.length - 1 ? end : from.add(step),
            "confidence", new BigDecimal("0.9"), "lang", "en"));
      }
      segments.add(obj("id", (long) i + 1, "speaker", line[0], "channel", Long.parseLong(line[1]), "start", start,
          "end", end, "text", line[4], "confidence", new BigDecimal("0.9"), "words", timed));
      text.append(i == 0 ? "" : " ").append('[').append(line[0]).append("] ").append(line[4]);
    }
    return obj(
        "metadata", obj("processed_at", now.truncatedTo(ChronoUnit.SECONDS).toString(),
            "audio", obj("duration", seconds, "sample_rate", 16000L, "channels", 2L, "audio_format", "stereo")),
        "transcript", obj("text", text.toString(), "language", "en", "duration", seconds,
            "confidence", new BigDecimal("0.9"), "segments", segments));
  }

  private static BigDecimal scaled(String exampleSeconds, BigDecimal callSeconds) {
    return new BigDecimal(exampleSeconds).multiply(callSeconds).divide(EXAMPLE_SECONDS, 2, RoundingMode.HALF_UP)
        .min(callSeconds);
  }

  /** Meta's {@code sha256} of a call's media: "Base64-encoded SHA-256 hash". */
  static String sha256Base64(byte[] bytes) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
