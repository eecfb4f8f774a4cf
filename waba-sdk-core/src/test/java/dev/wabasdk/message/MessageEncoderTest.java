package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.internal.Json;
import dev.wabasdk.message.internal.MessageEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact request body of every message type, as the client's Moshi writer serialises it. */
class MessageEncoderTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.wabasdk.message.MessageFixtures#all")
  void encodesTheDocumentedBody(Message message, String expectedJson) {
    String actual = Json.write(MessageEncoder.encode(message));

    // String equality: same fields, same order, numbers written as Meta expects (10000, not 10000.0).
    assertThat(actual).isEqualTo(MessageFixtures.compact(expectedJson));
  }

  @Test
  void extraFieldsReplaceModelledFieldsOfTheSameName() {
    Message message = TextMessage.builder().to("+16505551234").body("hi")
        .putExtraField("recipient_type", "group")
        .putExtraTypeField("body", "overridden")
        .build();

    Map<String, Object> body = MessageEncoder.encode(message);

    assertThat(body).containsEntry("recipient_type", "group");
    assertThat(body.get("text")).isEqualTo(Map.of("body", "overridden"));
  }

  @Test
  void extraValuesAreDeepCopiedSoLaterChangesDoNotLeakIn() {
    List<Object> tags = new ArrayList<>(List.of("a"));
    Message message = TextMessage.builder().to("+16505551234").body("hi")
        .extraFields(Map.of("tags", tags))
        .build();
    tags.add("b");

    assertThat(MessageEncoder.encode(message)).containsEntry("tags", List.of("a"));
  }

  @Test
  void factoriesTakeABusinessScopedUserId() {
    Recipient user = Recipient.userId("US.13491208655302741918");

    assertThat(Json.write(MessageEncoder.encode(Message.removeReaction(user, "wamid.1")))).isEqualTo(
        "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
            + "\"recipient\":\"US.13491208655302741918\",\"type\":\"reaction\","
            + "\"reaction\":{\"message_id\":\"wamid.1\",\"emoji\":\"\"}}");
    assertThat(Message.template(user, "hello_world", "en_US").recipient()).isEqualTo(user);
  }
}
