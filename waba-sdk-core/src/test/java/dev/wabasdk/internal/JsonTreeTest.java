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
import okio.Buffer;
import org.junit.jupiter.api.Test;

class JsonTreeTest {
  private static Object read(String json, Json.NumberReader numbers) throws IOException {
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
        r -> new BigDecimal(r.nextString()));

    assertThat(tree).isEqualTo(Map.of("b", Arrays.asList(new BigDecimal("1"), "x", true, null),
        "a", Map.of("id", new BigDecimal("12345678901234567890"))));
    assertThat(((Map<?, ?>) tree).keySet().toArray()).containsExactly("b", "a");
  }

  @Test
  void rejectsAReaderPositionedAtAName() throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8("{\"a\":1}"));
    reader.beginObject();

    assertThatThrownBy(() -> Json.readTree(reader, JsonReader::nextLong))
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
}
