package dev.wabasdk.calling;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A call's transcript: the JSON document a {@code call_transcription_available} webhook's media id downloads to
 * (Meta's "Transcript document format"), read with {@link #parse}. Each segment is one speaker's continuous speech,
 * on channel 0 (the business) or 1 (the WhatsApp user), with word-level timings; times are from the start of the
 * call audio.
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * whatsApp.media().download(transcriptMediaId, out);
 * CallTranscript transcript = CallTranscript.parse(out.toString(StandardCharsets.UTF_8));
 * for (CallTranscript.Segment s : transcript.transcript().segments()) {
 *   System.out.println(s.speaker() + ": " + s.text());
 * }
 * }</pre>
 *
 * <p>Members Meta adds later are ignored; a member Meta leaves out reads as 0, {@link Duration#ZERO} or an empty
 * string (an empty list for arrays), except {@code processed_at} and the detected {@code language}, which read as
 * null (Meta may return an empty transcript for a language it cannot transcribe). Immutable and thread-safe.
 *
 * @param metadata {@code metadata}: the processed audio
 * @param transcript {@code transcript}: the transcribed content
 */
public record CallTranscript(Metadata metadata, Transcript transcript) {

  public CallTranscript {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(transcript, "transcript");
  }

  /**
   * {@code metadata}.
   *
   * @param processedAt {@code processed_at}: when post-processing completed, or null when absent
   * @param audio {@code audio}: the processed call audio
   */
  public record Metadata(@Nullable Instant processedAt, Audio audio) {
    public Metadata {
      Objects.requireNonNull(audio, "audio");
    }
  }

  /**
   * {@code metadata.audio}.
   *
   * @param duration {@code duration}: the processed audio's length
   * @param sampleRate {@code sample_rate}, in Hz
   * @param channels {@code channels}: 2 for a two-party call
   * @param audioFormat {@code audio_format}, e.g. {@code stereo}
   */
  public record Audio(Duration duration, int sampleRate, int channels, String audioFormat) {
    public Audio {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(audioFormat, "audioFormat");
    }
  }

  /**
   * {@code transcript}.
   *
   * @param text {@code text}: the whole conversation, each segment prefixed by its speaker in brackets, e.g.
   *     {@code [Business] Hello. [Customer] Hi.}
   * @param language {@code language}: the detected language (ISO 639, e.g. {@code en}), or null when absent
   * @param duration {@code duration}: the transcribed audio's length
   * @param confidence {@code confidence}: 0 to 1
   * @param segments {@code segments}, in order
   */
  public record Transcript(String text, @Nullable String language, Duration duration, double confidence,
      List<Segment> segments) {
    public Transcript {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(duration, "duration");
      segments = List.copyOf(segments);
    }
  }

  /**
   * One of {@code transcript.segments}: a continuous span of speech from one speaker.
   *
   * @param id {@code id}: sequential within the transcript
   * @param speaker {@code speaker}: {@code Business} or {@code Customer}
   * @param channel {@code channel}: 0 is the business, 1 the WhatsApp user
   * @param start {@code start}, from the beginning of the call audio
   * @param end {@code end}, from the beginning of the call audio
   * @param text {@code text}
   * @param confidence {@code confidence}: 0 to 1
   * @param words {@code words}: the word-level breakdown
   */
  public record Segment(int id, String speaker, int channel, Duration start, Duration end, String text,
      double confidence, List<Word> words) {
    public Segment {
      Objects.requireNonNull(speaker, "speaker");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(text, "text");
      words = List.copyOf(words);
    }

    /** Whether the business said it (channel 0). */
    public boolean isBusiness() {
      return channel == 0;
    }
  }

  /**
   * One of a segment's {@code words}.
   *
   * @param word {@code word}, with its punctuation
   * @param start {@code start}, from the beginning of the call audio
   * @param end {@code end}, from the beginning of the call audio
   * @param confidence {@code confidence}: 0 to 1
   * @param lang {@code lang}: the word's detected language (ISO 639), or an empty string when absent
   */
  public record Word(String word, Duration start, Duration end, double confidence, String lang) {
    public Word {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(lang, "lang");
    }
  }

  /**
   * Reads a transcript document.
   *
   * @throws IllegalArgumentException when {@code json} is not a JSON object, or a member has another type than
   *     Meta documents (naming it)
   */
  public static CallTranscript parse(String json) {
    Objects.requireNonNull(json, "json");
    Map<String, Object> root = object(read(json), "$");
    Map<String, Object> metadata = object(root.get("metadata"), "metadata");
    Map<String, Object> audio = object(metadata.get("audio"), "metadata.audio");
    Map<String, Object> transcript = object(root.get("transcript"), "transcript");
    List<Segment> segments = new ArrayList<>();
    List<Object> rawSegments = list(transcript.get("segments"), "transcript.segments");
    for (int i = 0; i < rawSegments.size(); i++) {
      String path = "transcript.segments[" + i + "]";
      Map<String, Object> s = object(rawSegments.get(i), path);
      List<Word> words = new ArrayList<>();
      List<Object> rawWords = list(s.get("words"), path + ".words");
      for (int j = 0; j < rawWords.size(); j++) {
        String wordPath = path + ".words[" + j + "]";
        Map<String, Object> w = object(rawWords.get(j), wordPath);
        words.add(new Word(string(w, "word", wordPath), seconds(w, "start", wordPath), seconds(w, "end", wordPath),
            number(w, "confidence", wordPath).doubleValue(), string(w, "lang", wordPath)));
      }
      segments.add(new Segment(number(s, "id", path).intValue(), string(s, "speaker", path),
          number(s, "channel", path).intValue(), seconds(s, "start", path), seconds(s, "end", path),
          string(s, "text", path), number(s, "confidence", path).doubleValue(), words));
    }
    String language = string(transcript, "language", "transcript");
    return new CallTranscript(
        new Metadata(instant(metadata, "processed_at"), new Audio(seconds(audio, "duration", "metadata.audio"),
            number(audio, "sample_rate", "metadata.audio").intValue(),
            number(audio, "channels", "metadata.audio").intValue(),
            string(audio, "audio_format", "metadata.audio"))),
        new Transcript(string(transcript, "text", "transcript"), language.isEmpty() ? null : language,
            seconds(transcript, "duration", "transcript"), number(transcript, "confidence", "transcript").doubleValue(),
            segments));
  }

  // ---------------------------------------------------------------- reading

  private static @Nullable Object read(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      Object value = value(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("call transcript: not valid JSON: content after the document at "
            + reader.getPath());
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("call transcript: not valid JSON: " + e.getMessage(), e);
    }
  }

  /** One JSON value; numbers stay decimal so seconds convert exactly. */
  private static @Nullable Object value(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object v = value(reader);
          if (v != null) {
            map.put(name, v);
          }
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(value(reader));
        }
        reader.endArray();
        return list;
      }
      case NUMBER -> {
        String n = reader.nextString();
        if (n.length() > 100) {
          throw new JsonDataException("a number of " + n.length() + " characters at " + reader.getPath());
        }
        return new BigDecimal(n);
      }
      case STRING -> {
        return reader.nextString();
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value, String path) {
    if (value == null) {
      return Map.of();
    }
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("call transcript: " + path + " must be an object, was " + value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(@Nullable Object value, String path) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new IllegalArgumentException("call transcript: " + path + " must be an array, was " + value);
  }

  private static String string(Map<String, Object> object, String name, String path) {
    Object value = object.get(name);
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("call transcript: " + path + "." + name + " must be a string, was " + value);
  }

  private static BigDecimal number(Map<String, Object> object, String name, String path) {
    Object value = object.get(name);
    if (value == null) {
      return BigDecimal.ZERO;
    }
    if (value instanceof BigDecimal n) {
      return n;
    }
    throw new IllegalArgumentException("call transcript: " + path + "." + name + " must be a number, was " + value);
  }

  private static Duration seconds(Map<String, Object> object, String name, String path) {
    BigDecimal seconds = number(object, name, path);
    try {
      return Duration.ofNanos(seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("call transcript: " + path + "." + name + " is not a time in seconds: "
          + seconds, e);
    }
  }

  private static @Nullable Instant instant(Map<String, Object> object, String name) {
    String value = string(object, name, "metadata");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("call transcript: metadata." + name + " is not an ISO 8601 UTC time: "
          + value, e);
    }
  }
}
