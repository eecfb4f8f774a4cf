package dev.wabasdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.message.PacingStatus;
import dev.wabasdk.message.SendResult;
import java.io.IOException;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The streaming reader of a send's answer reads and refuses what the map-tree reading did. */
class SendResultReaderTest {

  private static SendResult read(String json) throws IOException {
    return SendResultReader.read(new Buffer().writeUtf8(json));
  }

  @Test
  void readsMetasDocumentedAnswer() throws IOException {
    SendResult result = read("""
        {"messaging_product":"whatsapp","contacts":[{"input":"+16505551234","wa_id":"16505551234"}],
         "messages":[{"id":"wamid.HBgL","message_status":"accepted"}]}""");

    assertThat(result).isEqualTo(
        new SendResult("wamid.HBgL", "+16505551234", "16505551234", null, new PacingStatus("accepted")));
  }

  @Test
  void readsTheFirstElementOnlySkipsUnknownFieldsAndConvertsScalarsToText() throws IOException {
    SendResult result = read("""
        {"extra":{"a":[1,2,{"b":null}]},"messages":[{"x":[],"id":123,"message_status":true},{"id":"second"}],
         "contacts":[{"input":1.5,"user_id":"US.1","wa_id":{"k":"v"}}]}""");

    assertThat(result.messageId()).isEqualTo("123");
    assertThat(result.messageStatus()).isEqualTo(new PacingStatus("true"));
    assertThat(result.input()).isEqualTo("1.5");
    assertThat(result.waId()).isEqualTo("{\"k\":\"v\"}");
    assertThat(result.userId()).isEqualTo("US.1");
  }

  @Test
  void nullsAndNonObjectsReadAsAbsent() throws IOException {
    SendResult result = read("""
        {"contacts":["not an object"],"messages":[{"id":"wamid.1","message_status":null}]}""");

    assertThat(result).isEqualTo(new SendResult("wamid.1", null, null, null, null));
    assertThat(read("{\"contacts\":{},\"messages\":[{\"id\":\"w\"}]}").input()).isNull();
  }

  @Test
  void anAnswerWithoutAMessageIdIsAnUnknownOutcome() {
    for (String json : new String[] {"{}", "{\"messages\":[]}", "{\"messages\":[\"w\"]}",
        "{\"messages\":{\"id\":\"w\"}}", "{\"messages\":[{\"id\":null}]}"}) {
      assertThatThrownBy(() -> read(json)).as(json)
          .isInstanceOfSatisfying(WabaException.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
    }
  }

  @Test
  void refusesMalformedJsonANonObjectTrailingDataAndARepeatedField() {
    for (String json : new String[] {"", "[]", "\"x\"", "{\"messages\":[{\"id\":\"w\"}]} x",
        "{\"messages\":[{\"id\":\"w\"}]", "{\"messages\":[{\"id\":\"w\",\"id\":\"v\"}]}",
        "{\"messages\":[{\"id\":\"w\"}],\"messages\":[]}"}) {
      assertThatThrownBy(() -> read(json)).as(json).isNotInstanceOf(WabaException.class);
    }
  }
}
