package dev.wabasdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  private static Object read(String json, Json.NumberConverter numbers) throws IOException {
    return Json.readTree(JsonReader.of(new Buffer().writeUtf8(json)), numbers);
  }

  private static String write(Object value, boolean serializeNulls) throws IOException {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(serializeNulls);
      Json.writeTree(writer, value);
    }
    return buffer.readUtf8();
  }

  @Test
  void readsObjectsInOrderWithTheCallersNumbers() throws IOException {
    Object tree = read("{\"b\":[1,\"x\",true,null],\"a\":{\"id\":12345678901234567890}}",
        BigDecimal::new);

    assertThat(tree).isEqualTo(Map.of("b", Arrays.asList(new BigDecimal("1"), "x", true, null),
        "a", Map.of("id", new BigDecimal("12345678901234567890"))));
    assertThat(((Map<?, ?>) tree).keySet().toArray()).containsExactly("b", "a");
  }

  @Test
  void rejectsAReaderPositionedAtAName() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8("{\"a\":1}"));
    reader.beginObject();

    assertThatThrownBy(() -> Json.readTree(reader, Long::parseLong))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("unexpected NAME at $.");
  }

  @Test
  void writesTreesWithIntegralDoublesAsWholeNumbers() throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("n", 5.0);
    map.put("f", 2.5);
    map.put("big", new BigDecimal("12345678901234567890"));
    map.put("list", List.of("a", false));
    map.put("none", null);

    assertThat(write(map, true))
        .isEqualTo("{\"n\":5,\"f\":2.5,\"big\":12345678901234567890,\"list\":[\"a\",false],\"none\":null}");
    assertThat(Json.writeTree(map)).isEqualTo(write(map, true));
    assertThat(write(map, false))
        .isEqualTo("{\"n\":5,\"f\":2.5,\"big\":12345678901234567890,\"list\":[\"a\",false]}");
  }

  @Test
  void aNumberLongerThanTheCapIsRejectedBeforeItIsConverted() {
    // given: one number of a million digits, deep in a document
    String digits = "9".repeat(1_000_000);
    String json = "{\"entry\":[{\"time\":" + digits + "}]}";
    AtomicInteger conversions = new AtomicInteger();

    // when/then: the literal is measured, never handed to the converter (BigDecimal would take seconds)
    assertThatThrownBy(() -> Json.parse(json, literal -> {
          conversions.incrementAndGet();
          return new BigDecimal(literal);
        }))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessage("$.entry[0].time: number longer than 100 characters");
    assertThat(conversions).hasValue(0);
  }

  @Test
  void aNumberAtTheCapIsConverted() {
    String hundred = "9".repeat(100);

    assertThat(Json.parse("[" + hundred + "]")).isEqualTo(List.of(new BigDecimal(hundred)));
    // digits inside a string (with an escaped quote before them) are text, not a number
    String text = "\\\"" + "9".repeat(500);
    assertThat(Json.parse("{\"s\":\"" + text + "\"}")).isEqualTo(Map.of("s", "\"" + "9".repeat(500)));
    assertThatThrownBy(() -> Json.parse("{\"s\":\"x\",\"n\":-" + "1".repeat(101) + "}"))
        .hasMessage("$.n: number longer than 100 characters");
  }

  @Test
  void syntaxErrorsAndHugeExponentsNameThePath() {
    assertThatThrownBy(() -> Json.parse("{\"entry\":[{\"time\":1e99999999999}]}"))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessage("$.entry[0].time: number out of range, was 1e99999999999");
    assertThatThrownBy(() -> Json.parse("{\"entry\":[1,}"))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessageStartingWith("$.entry[1]: ");
    assertThatThrownBy(() -> Json.parse("{} x"))
        .hasMessage("$: unexpected content after the JSON value");
  }

  @Test
  void jsonObjectReadsLenientlyAndNamesThePathOfAMalformedValue() {
    @SuppressWarnings("unchecked")
    JsonObject root = JsonObject.root((Map<String, Object>) Json.parse(
        "{\"entry\":[{\"changes\":[\"skipped\",{\"value\":{\"statuses\":[{\"timestamp\":\"abc\","
            + "\"id\":12345678901234567890,\"n\":\"42\",\"t\":\"1700000000\",\"f\":\"true\"}]}}]}]}"));

    JsonObject status = root.objects("entry").get(0).objects("changes").get(0).object("value")
        .objects("statuses").get(0);

    assertThat(status.path()).isEqualTo("$.entry[0].changes[1].value.statuses[0]");
    assertThat(status.string("id")).isEqualTo("12345678901234567890");
    assertThat(status.number("n")).isEqualByComparingTo("42");
    assertThat(status.epochSeconds("t")).isEqualTo(java.time.Instant.ofEpochSecond(1_700_000_000));
    assertThat(status.bool("f")).isTrue();
    assertThat(status.number("missing")).isNull();
    assertThat(status.epochSecondsOrNull("timestamp")).isNull();
    assertThatThrownBy(() -> status.epochSeconds("timestamp"))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessage("$.entry[0].changes[1].value.statuses[0].timestamp: expected a number or a numeric string, "
            + "was \"abc\"");
    assertThatThrownBy(() -> status.epochSeconds("id"))
        .hasMessage("$.entry[0].changes[1].value.statuses[0].id: expected whole Unix seconds, was "
            + "12345678901234567890");
  }
}
