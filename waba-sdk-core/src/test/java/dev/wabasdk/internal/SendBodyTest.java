package dev.wabasdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.DirectSendCategory;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.message.internal.MessageEncoder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed request body is byte for byte what Moshi's generic adapter writes for MessageEncoder's map: every
 * documented message, and the text fast path's variants (context, callback data, user ids, groups, Direct Send,
 * escapes), plus extra fields of every number kind.
 */
class SendBodyTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dev.wabasdk.message.MessageFixtures#all", "textVariants"})
  void writesTheSameBytesAsTheMapEncoding(Message message, @SuppressWarnings("unused") Object expected) {
    assertThat(SendBody.bytes(message).readUtf8()).isEqualTo(Json.write(MessageEncoder.encode(message)));
  }

  @Test
  void escapesRandomTextAsMoshiDoes() {
    // controls, quotes, backslashes, JavaScript line separators, non-ASCII, surrogate pairs and lone surrogates
    char[] alphabet = "ab \"\\\u0000\u0001\b\t\n\u000b\f\r\u001f\u007f\u00e9\u2028\u2029\u4e2d\ud83d\ude00\ud800\udfff/<>&='"
        .toCharArray();
    Random random = new Random(26);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder body = new StringBuilder("x");
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        body.append(alphabet[random.nextInt(alphabet.length)]);
      }
      TextMessage message = TextMessage.builder().to("+16505551234").body(body.toString())
          .bizOpaqueCallbackData(body.toString()).replyTo("wamid." + body).build();
      assertThat(SendBody.bytes(message).readUtf8())
          .as("body %s", body.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(Json.write(MessageEncoder.encode(message)));
    }
  }

  static Stream<Arguments> textVariants() {
    return Stream.of(
        text("plain", Message.text("+16505551234", "hi")),
        text("escapes and non-ASCII", Message.text("16505551234",
            "quote \" backslash \\ newline \n tab \t control \u0001 html <a href='x'>&</a>"
                + " emoji \uD83D\uDE00 é \u2028")),
        text("preview url",
            TextMessage.builder().to("+16505551234").body("https://x.example").previewUrl(true).build()),
        text("reply and callback data", TextMessage.builder().to("+16505551234").body("b").replyTo("wamid.X")
            .bizOpaqueCallbackData("cb \"1\"").build()),
        text("user id", Message.text(Recipient.userId("US.13491208655302741918"), "b")),
        text("identity key hash, reply and callback data", TextMessage.builder().to("+16505551234").body("b")
            .recipientIdentityKeyHash("DF2lS5v2W6x=").replyTo("wamid.X").bizOpaqueCallbackData("cb").build()),
        text("group", Message.text(Recipient.group("Y2FwaV9ncm91cDox"), "b")),
        text("direct send with ttl", TextMessage.builder().to("+16505551234").body("code 1234")
            .category(DirectSendCategory.UTILITY).ttl(Duration.ofSeconds(600)).build()),
        text("direct send without ttl", TextMessage.builder().to("+16505551234").body("code 1234")
            .category(DirectSendCategory.UTILITY).build()),
        text("extra fields of every number kind", TextMessage.builder().to("+16505551234").body("b")
            .putExtraField("byte", (byte) -1).putExtraField("short", (short) 7).putExtraField("int", 10000)
            .putExtraField("long", 1L << 60).putExtraField("float", 1.5f).putExtraField("double", 10000.0)
            .putExtraField("list", List.of(1, "a", false, Map.of("k", 0.1)))
            .putExtraTypeField("body", "replaced").build()));
  }

  private static Arguments text(String name, Message message) {
    return Arguments.of(Named.of(name, message), "");
  }
}
