package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading a member name with an expected order gives what reading it without one gives (the same shared string,
 * the reader at the same place after the colon), whether the name is the expected one, another, or cut short.
 */
class MemberOrderTest {
  private static final MemberOrder ORDER = MemberOrder.of("id", "status", "timestamp", "biz_opaque_callback_data");

  @Test
  void theExpectedNameMatchesItsQuotedBytesOnly() {
    // "id" is 4 bytes quoted (one masked word), "status" 8 (one word), the last two longer (words and a last word).
    assertThat(ORDER.matches(bytes("\"id\":\"x\"}"), 0, 0)).isTrue();
    assertThat(ORDER.matches(bytes("\"status\":\"sent\"}"), 0, 1)).isTrue();
    assertThat(ORDER.matches(bytes("\"timestamp\":\"1\"}"), 0, 2)).isTrue();
    assertThat(ORDER.matches(bytes("\"biz_opaque_callback_data\":\"x\"}"), 0, 3)).isTrue();
    assertThat(ORDER.matches(bytes("{\"id\":\"x\"}"), 1, 0)).isTrue();

    assertThat(ORDER.matches(bytes("\"ids\":\"x\"}"), 0, 0)).isFalse(); // a longer name with the same start
    assertThat(ORDER.matches(bytes("\"i\":\"xyz\"}"), 0, 0)).isFalse();
    assertThat(ORDER.matches(bytes("\"statuz\":\"sent\"}"), 0, 1)).isFalse();
    assertThat(ORDER.matches(bytes("\"biz_opaque_callback_datA\":\"x\"}"), 0, 3)).isFalse(); // the last word
    assertThat(ORDER.matches(bytes("\"biz_opaque_callbacK_data\":\"x\"}"), 0, 3)).isFalse(); // a middle word
    assertThat(ORDER.matches(bytes("\"i\\u0064\":\"x\"}"), 0, 0)).isFalse(); // escaped: left to the lookup
    assertThat(ORDER.matches(bytes("\"id\""), 0, 0)).isFalse(); // fewer than 8 bytes left: left to the lookup
    assertThat(ORDER.matches(bytes("\"timestam"), 0, 2)).isFalse(); // cut short
    assertThat(ORDER.matches(bytes("\"id\":1}"), 0, 4)).isFalse(); // past the last expected name
  }

  @Test
  void readingWithTheOrderGivesWhatReadingWithoutItGives() {
    List<String> bodies = List.of("{\"id\":\"1\"}", "{\"id\" : \"1\"}", "{\"id\"\n:\t\"1\"}", "{\"status\":\"1\"}",
        "{\"timestamp\":\"1\"}", "{\"biz_opaque_callback_data\":\"1\"}", "{\"i\\u0064\":\"1\"}", "{\"other\":\"1\"}",
        "{\"id\":1}", "{\"ids\":\"1\"}");
    for (String body : bodies) {
      for (int at = 0; at <= 4; at++) {
        WebhookJsonReader plain = WebhookJsonReader.over(bytes(body));
        WebhookJsonReader ordered = WebhookJsonReader.over(bytes(body));
        plain.open('{');
        ordered.open('{');
        String expected = plain.name();
        String actual = ordered.name(ORDER, at);
        assertThat(actual).as(body + " at " + at).isEqualTo(expected);
        if (List.of(WebhookJsonReader.NAMES).contains(expected)) {
          assertThat(actual).as("the shared constant").isSameAs(expected);
        }
        assertThat(ordered.position()).as(body + " at " + at).isEqualTo(plain.position());
      }
    }
  }

  @Test
  void theNextExpectedNameFollowsTheOneRead() {
    assertThat(ORDER.after("id", 0)).isEqualTo(1); // as expected
    assertThat(ORDER.after("timestamp", 1)).isEqualTo(3); // "status" missing: expect what follows "timestamp"
    assertThat(ORDER.after("id", 3)).isEqualTo(1); // out of order
    assertThat(ORDER.after("recipient_id", 2)).isEqualTo(2); // not listed: the same expectation
    assertThat(ORDER.after("biz_opaque_callback_data", 3)).isEqualTo(4); // the last: nothing expected after it
  }

  @Test
  void onlySharedNamesCanBeOrdered() {
    assertThatThrownBy(() -> MemberOrder.of("id", "not_a_member_meta_sends"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a shared member name: not_a_member_meta_sends");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
