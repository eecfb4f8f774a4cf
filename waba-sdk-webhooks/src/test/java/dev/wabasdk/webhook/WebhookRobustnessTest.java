package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and mutated payloads never make {@code handle} throw, and every answer is one of the documented ones. */
class WebhookRobustnessTest {

  private static final List<String> FIXTURES =
      List.of(
          "text.json", "image.json", "audio.json", "document.json", "sticker.json", "location.json",
          "contacts.json", "interactive-button-reply.json", "interactive-list-reply.json",
          "interactive-nfm-reply.json", "button-quick-reply.json", "reaction.json", "order.json", "system.json",
          "referral.json", "unsupported.json", "unknown-type.json", "bsuid-message.json", "status-sent-cbp.json",
          "status-failed.json", "status-group.json", "status-group-delivered.json", "status-group-bsuid.json",
          "status-bsuid.json", "api-errors.json",
          "template-status.json", "template-quality.json", "template-category.json", "phone-quality.json",
          "phone-name.json", "account-update.json", "account-alerts.json", "user-preferences.json",
          "unknown-field.json", "multi-entry.json");

  /** Replacements that keep the JSON well-formed but put the wrong kind of value where a field is expected. */
  private static final List<String> VALUES =
      List.of("null", "0", "-1", "1e999999999", "1e-999999999", "true", "\"\"", "\"x\"", "[]", "{}", "[null]",
          "{\"a\":[]}", "\"9999999999999999999999\"", "12.5");

  /** What listeners read, kept so the reads are not dead code. */
  private final java.util.concurrent.ConcurrentLinkedQueue<Integer> touched =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final WebhookProcessor processor =
      WebhookProcessor.builder()
          .appSecret(APP_SECRET)
          .verifyToken(VERIFY_TOKEN)
          .deduplicationStore(DeduplicationStore.disabled())
          .listener(
              new WebhookListener() {
                @Override
                public void onEvent(WebhookEvent event) {
                  // Touch what listeners typically read, so lazily built parts are exercised too.
                  touched.add(event.eventId().length() + event.raw().json().length() + event.toString().length());
                }
              })
          .build();

  @Property(tries = 300)
  void randomBytesNeverThrow(@ForAll byte[] body) {
    assertAnswered(processor.handle(signedHeaders(body), body));
  }

  @Property(tries = 300)
  void randomTextNeverThrows(@ForAll String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    assertAnswered(processor.handle(signedHeaders(body), body));
  }

  @Property(tries = 1000)
  void mutatedPayloadsNeverThrow(@ForAll("mutatedPayloads") String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    assertAnswered(processor.handle(signedHeaders(body), body));
  }

  @Property(tries = 300)
  void wellFormedMutationsAreAccepted(@ForAll("valueSwaps") String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    WebhookResponse response = processor.handle(signedHeaders(body), body);
    assertThat(response.statusCode()).as(json).isEqualTo(200);
  }

  @Property(tries = 200)
  void unsignedMutationsAreRejected(@ForAll("mutatedPayloads") String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    assertThat(processor.handle(Map.of(), body).statusCode()).isEqualTo(401);
  }

  private static void assertAnswered(WebhookResponse response) {
    assertThat(response.statusCode()).isIn(200, 400, 413);
    assertThat(response.body()).isNotNull();
  }

  @Provide
  Arbitrary<String> mutatedPayloads() {
    Arbitrary<String> fixture = Arbitraries.of(FIXTURES).map(WebhookRobustnessTest::text);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
    Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(5));
    Arbitrary<Integer> cut = Arbitraries.integers().between(0, 20);
    return Combinators.combine(fixture, position, insert, cut)
        .as(
            (json, at, text, length) -> {
              int start = at % (json.length() + 1);
              int end = Math.min(json.length(), start + length);
              return json.substring(0, start) + text + json.substring(end);
            });
  }

  /** Replaces one JSON value (after a {@code ":"}) with a value of another kind: still valid JSON. */
  @Provide
  Arbitrary<String> valueSwaps() {
    Arbitrary<String> fixture = Arbitraries.of(FIXTURES).map(WebhookRobustnessTest::text);
    return Combinators.combine(fixture, Arbitraries.integers().between(0, 200), Arbitraries.of(VALUES))
        .as(WebhookRobustnessTest::swapValue);
  }

  private static String text(String fixture) {
    return new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8);
  }

  private static String swapValue(String json, int which, String replacement) {
    List<int[]> spans = new ArrayList<>();
    for (int i = json.indexOf("\": \""); i >= 0; i = json.indexOf("\": \"", i + 1)) {
      int start = i + 3;
      int end = json.indexOf('"', start + 1);
      while (end > 0 && json.charAt(end - 1) == '\\') {
        end = json.indexOf('"', end + 1);
      }
      if (end > 0) {
        spans.add(new int[] {start, end + 1});
      }
    }
    if (spans.isEmpty()) {
      return json;
    }
    int[] span = spans.get(which % spans.size());
    return json.substring(0, span[0]) + replacement + json.substring(span[1]);
  }
}
