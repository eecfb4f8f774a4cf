package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The look-up of known strings in a body's bytes: every known string is found, as the shared instance, wherever it
 * sits in the body; nothing else is, whether it fails the cheap tests (length, first byte) or only the compares.
 */
class KnownStringsTest {
  @Test
  void everyKnownStringIsFoundAsTheSharedInstanceAnywhereInABody() {
    for (String[] known : List.of(WebhookJsonReader.NAMES, WebhookJsonReader.VALUES)) {
      KnownStrings strings = new KnownStrings(known);
      for (String s : known) {
        byte[] alone = bytes(s); // at the very end of the body: fewer than eight bytes may follow
        assertThat(strings.find(alone, 0, alone.length)).as(s).isSameAs(s);
        byte[] inside = bytes("{\"x\":\"" + s + "\",\"y\":1234567890}");
        assertThat(strings.find(inside, 6, 6 + s.length())).as(s).isSameAs(s);
        assertThat(strings.find(new String(s))).as(s).isSameAs(s);
      }
    }
  }

  @Test
  void stringsThatAreNotKnownAreNotFound() {
    KnownStrings values = new KnownStrings(WebhookJsonReader.VALUES);
    List<String> others = List.of(
        "", // no known string is empty
        "16505551234", // a digit first, the length of "interactive"
        "order-4711", // no known value starts with 'o'
        "102290129340398", // no known value has 15 bytes
        "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzRTg1NzFDMTAA", // longer than any
        "whatsapp_business_accounT", // the first byte and length of a known one, the last word differs
        "whatsapp_businesz_account", // only a middle word differs
        "whatsapX", // one word, the last byte differs
        "Text", // the case differs
        "déliveré"); // not ASCII
    for (String s : others) {
      byte[] b = bytes(s);
      assertThat(values.find(b, 0, b.length)).as(s).isNull();
      assertThat(values.find(s)).as(s).isNull();
    }
    byte[] nonAsciiFirst = bytes("ése");
    assertThat(values.find(nonAsciiFirst, 0, nonAsciiFirst.length)).isNull();
  }

  @Test
  void onlyNonEmptyAsciiStringsShorterThanSixtyFourBytesCanBeKnown() {
    assertThatThrownBy(() -> new KnownStrings(new String[] {""})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KnownStrings(new String[] {"x".repeat(64)}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KnownStrings(new String[] {"éte"})).isInstanceOf(IllegalArgumentException.class);
    KnownStrings longest = new KnownStrings(new String[] {"y".repeat(63), "~tilde", "Upper"});
    for (String s : List.of("y".repeat(63), "~tilde", "Upper")) {
      byte[] b = bytes(s);
      assertThat(longest.find(b, 0, b.length)).as(s).isEqualTo(s);
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
