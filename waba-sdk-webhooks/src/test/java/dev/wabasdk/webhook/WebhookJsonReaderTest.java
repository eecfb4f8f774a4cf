package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The webhook body reader gives the tree {@code Json.parse} gives and refuses what it refuses, with the same message:
 * compared on every fixture and on the corners of JSON (repeated names, escapes, nested arrays, numbers, garbage).
 */
class WebhookJsonReaderTest {

  @Test
  void everyFixtureReadsToTheTreeJsonParseGives() throws IOException, URISyntaxException {
    Path dir = Path.of(Fixtures.class.getResource("/payloads").toURI());
    int checked = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        byte[] body = Files.readAllBytes(file);
        JsonView view = WebhookJsonReader.parseObject(body);
        assertThat(view).as(file.toString()).isNotNull();
        assertThat(view.map()).as(file.toString()).isEqualTo(Json.parse(body));
        assertThat(Json.writeTree(view.map())).as(file.toString()).isEqualTo(Json.writeTree(Json.parse(body)));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  @Test
  void cornersOfJsonReadAsJsonParseReadsThem() {
    for (String json : List.of(
        "{}",
        "{\"a\":1,\"b\":2,\"a\":3}",
        "{\"\\u0069d\":\"x\",\"id\":\"y\",\"te\\u0078t\":\"\\u0074ext\"}",
        "{\"entry\":[[{\"id\":1}],[],[null,true,false,\"s\",{\"x\":[1.50,-0,1e5,12345678901234567890123]}]]}",
        "{\"a\":null,\"b\":{\"c\":{}},\"unknown_name\":\"unknown value\",\"status\":\"delivered\"}",
        " { \"w\" : \"whatsapp\" , \"n\" : 0.000000001 } ")) {
      JsonView view = WebhookJsonReader.parseObject(json.getBytes(StandardCharsets.UTF_8));
      assertThat(view).as(json).isNotNull();
      assertThat(view.map()).as(json).isEqualTo(Json.parse(json));
      assertThat(Json.writeTree(view.map())).as(json).isEqualTo(Json.writeTree(Json.parse(json)));
    }
  }

  @Test
  void wellFormedJsonThatIsNotAnObjectReadsAsNull() {
    for (String json : List.of("[]", "[{\"a\":1}]", "\"text\"", "12", "true", "null")) {
      assertThat(WebhookJsonReader.parseObject(json.getBytes(StandardCharsets.UTF_8))).as(json).isNull();
    }
  }

  @Test
  void malformedJsonFailsWithTheMessageJsonParseGives() {
    String longNumber = "1" + "0".repeat(Json.MAX_NUMBER_LENGTH + 5);
    for (String json : List.of(
        "", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":1} trailing", "{\"a\":[1,2}", "{'a':1}", "{\"a\":tru}",
        "{\"entry\":[{\"time\":" + longNumber + "}]}", "{\"a\":[1," + longNumber + "]}", "{\"a\":1e99999999999}",
        "{\"a\":[{\"b\":1e99999999999}]}", "{\"a\":\"unterminated")) {
      String expected = null;
      try {
        Json.parse(json);
      } catch (Json.MalformedJsonException e) {
        expected = e.getMessage();
      }
      assertThat(expected).as("Json.parse refuses " + json).isNotNull();
      assertThatThrownBy(() -> WebhookJsonReader.parseObject(json.getBytes(StandardCharsets.UTF_8)))
          .as(json)
          .isInstanceOf(Json.MalformedJsonException.class)
          .hasMessage(expected);
    }
  }

  @Test
  void accessorsReadLenientlyAndNameThePathOfWhatIsMalformed() {
    JsonView root = WebhookJsonReader.parseObject(
        ("{\"entry\":[7,{\"changes\":[{\"value\":{\"timestamp\":\"1749416383\",\"t2\":1749416383,\"bad\":\"abc\","
            + "\"big\":\"99999999999999999999\",\"code\":\"131000\",\"flag\":\"true\",\"n\":12.50}}]}]}")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(root).isNotNull();
    assertThat(root.objects("entry")).hasSize(1);
    JsonView value = root.objects("entry").get(0).objects("changes").get(0).object("value");
    assertThat(value).isNotNull();
    assertThat(value.path()).isEqualTo("$.entry[1].changes[0].value");
    assertThat(value.epochSeconds("timestamp")).isEqualTo(Instant.ofEpochSecond(1749416383L));
    assertThat(value.epochSeconds("t2")).isEqualTo(Instant.ofEpochSecond(1749416383L));
    assertThat(value.epochSeconds("missing")).isNull();
    assertThatThrownBy(() -> value.epochSeconds("bad"))
        .hasMessage("$.entry[1].changes[0].value.bad: expected a number or a numeric string, was \"abc\"");
    assertThatThrownBy(() -> value.epochSeconds("big"))
        .hasMessage("$.entry[1].changes[0].value.big: expected whole Unix seconds, was \"99999999999999999999\"");
    assertThat(value.intOrZero("code")).isEqualTo(131000);
    assertThat(value.bool("flag")).isTrue();
    assertThat(value.string("n")).isEqualTo("12.50");
    assertThat(value.number("n")).isEqualTo(new BigDecimal("12.50"));
    assertThat(value.object("timestamp")).isNull();
    assertThat(value.objects("timestamp")).isEmpty();
  }
}
