package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.sign;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.policy.Concurrently;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookProcessorTest {

  private final List<WebhookEvent> received = new ArrayList<>();

  private WebhookProcessor.Builder builder() {
    return WebhookProcessor.builder()
        .appSecret(APP_SECRET)
        .verifyToken(VERIFY_TOKEN)
        .listener(
            new WebhookListener() {
              @Override
              public void onEvent(WebhookEvent event) {
                received.add(event);
              }
            });
  }

  // ---- signature ----

  @Test
  void validSignatureIsAcceptedAndEventsDispatched() {
    byte[] body = bytes("text.json");
    WebhookResponse response = builder().build().handle(signedHeaders(body), body);
    assertThat(response).isEqualTo(new WebhookResponse(200, "OK", "text/plain; charset=utf-8"));
    assertThat(received).singleElement().isInstanceOf(InboundTextMessage.class);
  }

  @Test
  void headerNameIsCaseInsensitiveAndHexMayBeUppercase() {
    byte[] body = bytes("text.json");
    String signature = "sha256=" + sign(body).substring("sha256=".length()).toUpperCase();
    WebhookResponse response =
        builder().build().handle(Map.of("x-hub-signature-256", List.of(signature)), body);
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void signatureHexIsReadAsCharacterDigitReadsIt() {
    byte[] body = bytes("text.json");
    String hex = sign(body).substring("sha256=".length());
    // Not hex: the first digit replaced by 'g', by a character just outside each range, by a non-ASCII letter.
    for (char bad : new char[] {'g', 'G', '/', ':', '@', '`', 'é'}) {
      WebhookResponse response = builder().build().handle(
          Map.of(WebhookProcessor.SIGNATURE_HEADER, List.of("sha256=" + bad + hex.substring(1))), body);
      assertThat(response.body()).as("digit " + bad)
          .isEqualTo("malformed X-Hub-Signature-256 header: expected sha256=<64 hex digits>");
    }
    // Digits of other scripts count, as Character.digit counts them (fullwidth 0-9 and A-F here).
    StringBuilder fullwidth = new StringBuilder("sha256=");
    for (char c : hex.toCharArray()) {
      fullwidth.append(c <= '9' ? (char) ('\uff10' + (c - '0')) : (char) ('\uff21' + (c - 'a')));
    }
    assertThat(builder().build().handle(Map.of(WebhookProcessor.SIGNATURE_HEADER, List.of(fullwidth.toString())), body).statusCode())
        .isEqualTo(200);
  }

  @Test
  void missingSignatureIs401AndNothingIsDispatched() {
    WebhookResponse response = builder().build().handle(Map.of(), bytes("text.json"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("missing X-Hub-Signature-256 header");
    assertThat(received).isEmpty();
  }

  @Test
  void signatureWithAnotherSecretIs401() {
    byte[] body = bytes("text.json");
    WebhookProcessor other =
        WebhookProcessor.builder().appSecret("another-secret").verifyToken(VERIFY_TOKEN).build();
    assertThat(other.handle(signedHeaders(body), body).statusCode()).isEqualTo(401);
  }

  @Test
  void tamperedBodyIs401() {
    byte[] body = bytes("text.json");
    Map<String, List<String>> headers = signedHeaders(body);
    byte[] tampered = new String(body, StandardCharsets.UTF_8)
        .replace("another color", "another colour").getBytes(StandardCharsets.UTF_8);
    WebhookResponse response = builder().build().handle(headers, tampered);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("does not match");
    assertThat(received).isEmpty();
  }

  @Test
  void reserializedBodyFailsTheSignature() {
    // Meta signs the bytes it sent; a framework that parses and re-serialises the JSON changes them.
    byte[] body = bytes("reaction.json");
    Map<String, List<String>> headers = signedHeaders(body);
    byte[] reserialized = Json.writeTree(Json.parse(body)).getBytes(StandardCharsets.UTF_8);
    assertThat(reserialized).isNotEqualTo(body);
    assertThat(WebhookProcessor.parse(reserialized)).isEqualTo(WebhookProcessor.parse(body));
    assertThat(builder().build().handle(headers, reserialized).statusCode()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void malformedSignatureHeaderIs401() {
    byte[] body = bytes("text.json");
    WebhookProcessor processor = builder().build();
    for (String bad : List.of("sha1=abc", "sha256=", "sha256=" + "zz".repeat(32), sign(body) + "00", "garbage")) {
      assertThat(processor.handle(Map.of("X-Hub-Signature-256", List.of(bad)), body).statusCode())
          .as(bad)
          .isEqualTo(401);
    }
    assertThat(received).isEmpty();
  }

  @Test
  void signatureForMatchesAnHmacComputedIndependently() throws Exception {
    byte[] body = bytes("text.json");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    StringBuilder hex = new StringBuilder("sha256=");
    for (byte b : mac.doFinal(body)) {
      hex.append(String.format("%02x", b));
    }
    assertThat(WebhookProcessor.signatureFor(APP_SECRET, body)).isEqualTo(hex.toString());
    assertThat(
            builder().build()
                .handle(Map.of("X-Hub-Signature-256", List.of(hex.toString())), body)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void signatureCheckCanBeDisabledExplicitly() {
    WebhookProcessor processor = builder().disableSignatureVerification().build();
    assertThat(processor.handle(Map.of(), bytes("text.json")).statusCode()).isEqualTo(200);
    assertThat(received).hasSize(1);
    assertThat(processor.toString()).contains("signatureVerification=OFF");
  }

  @Test
  void appSecretIsRequiredUnlessVerificationIsDisabledAndNeverPrinted() {
    assertThatThrownBy(() -> WebhookProcessor.builder().verifyToken(VERIFY_TOKEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("appSecret is required");
    assertThatThrownBy(() -> WebhookProcessor.builder().appSecret(APP_SECRET).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("verifyToken is required");
    assertThatThrownBy(() -> WebhookProcessor.builder().maxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxBodyBytes must be at least 1, was 0");
    assertThat(builder().build().toString()).doesNotContain(APP_SECRET).doesNotContain(VERIFY_TOKEN);
  }

  // ---- handshake ----

  @Test
  void handshakeEchoesTheChallenge() {
    WebhookResponse response = builder().build().verify("subscribe", VERIFY_TOKEN, "1158201444");
    assertThat(response).isEqualTo(new WebhookResponse(200, "1158201444", "text/plain; charset=utf-8"));
  }

  @Test
  void handshakeWithWrongTokenModeOrNoChallengeIs403() {
    WebhookProcessor processor = builder().build();
    assertThat(processor.verify("subscribe", "wrong", "1158201444").statusCode()).isEqualTo(403);
    assertThat(processor.verify("subscribe", null, "1158201444").statusCode()).isEqualTo(403);
    assertThat(processor.verify("unsubscribe", VERIFY_TOKEN, "1158201444").statusCode()).isEqualTo(403);
    assertThat(processor.verify(null, VERIFY_TOKEN, "1158201444").statusCode()).isEqualTo(403);
    assertThat(processor.verify("subscribe", VERIFY_TOKEN, null).statusCode()).isEqualTo(403);
    assertThat(processor.verify("subscribe", VERIFY_TOKEN, "1158201444").body()).isEqualTo("1158201444");
  }

  // ---- size and JSON ----

  @Test
  void bodyOverTheLimitIs413BeforeAnythingElse() {
    byte[] body = bytes("text.json");
    WebhookProcessor processor = builder().maxBodyBytes(body.length - 1).build();
    WebhookResponse response = processor.handle(signedHeaders(body), body);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo("body exceeds " + (body.length - 1) + " bytes");
    assertThat(received).isEmpty();
    assertThat(builder().maxBodyBytes(body.length).build().handle(signedHeaders(body), body).statusCode())
        .isEqualTo(200);
  }

  @Test
  void defaultLimitIsOneMebibyte() {
    WebhookProcessor processor = builder().build();
    assertThat(processor.maxBodyBytes()).isEqualTo(1024 * 1024);
    byte[] big = new byte[1024 * 1024 + 1];
    assertThat(processor.handle(signedHeaders(big), big).statusCode()).isEqualTo(413);
  }

  @Test
  void malformedJsonIs400WithAClearReason() {
    byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[".getBytes(StandardCharsets.UTF_8);
    WebhookResponse response = builder().build().handle(signedHeaders(body), body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("malformed JSON: ").contains("$.entry");
    assertThat(received).isEmpty();
  }

  @Test
  void trailingGarbageAndNonObjectsAre400() {
    WebhookProcessor processor = builder().build();
    for (String json : List.of("{} {}", "[1,2]", "\"text\"", "", "nul")) {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      assertThat(processor.handle(signedHeaders(body), body).statusCode()).as(json).isEqualTo(400);
    }
  }

  @Test
  void numberBeyondBigDecimalRangeIs400NotACrash() {
    byte[] body = "{\"entry\":[{\"time\":1e99999999999}]}".getBytes(StandardCharsets.UTF_8);
    WebhookResponse response = builder().build().handle(signedHeaders(body), body);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("malformed JSON: $.entry[0].time: number out of range, was 1e99999999999");
  }

  @Test
  void payloadWithoutEntriesIsAcceptedAsUnknownEvent() {
    byte[] body = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(builder().build().handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(received).singleElement().isInstanceOf(UnknownEvent.class);
  }

  // ---- de-duplication ----

  @Test
  void redeliveredNotificationIsDispatchedOnce() {
    WebhookProcessor processor = builder().build();
    byte[] body = bytes("multi-entry.json");
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(received).hasSize(6);
    assertThat(received).extracting(WebhookEvent::eventId).doesNotHaveDuplicates();
  }

  @Test
  void concurrentRedeliveriesAreDispatchedExactlyOnce() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET)
            .verifyToken(VERIFY_TOKEN)
            .listener(
                new WebhookListener() {
                  @Override
                  public void onEvent(WebhookEvent event) {
                    seen.add(event.eventId());
                  }
                })
            .build();
    byte[] body = bytes("multi-entry.json");
    Map<String, List<String>> headers = signedHeaders(body);
    Concurrently.run(8, thread -> {
      for (int i = 0; i < 20; i++) {
        WebhookResponse response = processor.handle(headers, body);
        // 503 only while another thread holds the lease on one of the events: Meta would come back later.
        assertThat(response).isIn(new WebhookResponse(200, "OK", WebhookResponse.TEXT_PLAIN),
            new WebhookResponse(503, "event in flight elsewhere", WebhookResponse.TEXT_PLAIN));
      }
    });
    assertThat(processor.handle(headers, body).statusCode()).isEqualTo(200);
    assertThat(seen).hasSize(6).doesNotHaveDuplicates();
  }

  @Test
  void sameStatusIdWithANewStatusIsNotADuplicate() {
    WebhookProcessor processor = builder().build();
    byte[] sent = bytes("status-sent-cbp.json");
    byte[] delivered = new String(sent, StandardCharsets.UTF_8)
        .replace("\"sent\"", "\"delivered\"").getBytes(StandardCharsets.UTF_8);
    processor.handle(signedHeaders(sent), sent);
    processor.handle(signedHeaders(delivered), delivered);
    processor.handle(signedHeaders(sent), sent);
    assertThat(received).extracting(e -> ((MessageStatus) e).status())
        .containsExactly(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
  }

  @Test
  void disabledDeduplicationDispatchesDuplicates() {
    WebhookProcessor processor = builder().deduplicationStore(DeduplicationStore.disabled()).build();
    byte[] body = bytes("text.json");
    processor.handle(signedHeaders(body), body);
    processor.handle(signedHeaders(body), body);
    assertThat(received).hasSize(2);
  }

  @Test
  void failingStoreAnswers503DispatchesNothingAndReleasesWhatItClaimed() {
    List<String> forgotten = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    DeduplicationStore flaky =
        new DeduplicationStore() {
          @Override
          public Claim claim(String key, Duration ttl) {
            if (calls.incrementAndGet() == 3) {
              throw new IllegalStateException("connection refused");
            }
            return Claim.claimed(key);
          }

          @Override
          public boolean complete(Claim claim, Duration doneTtl) {
            throw new AssertionError("nothing may be marked done");
          }

          @Override
          public void release(Claim claim) {
            forgotten.add(claim.key());
          }
        };
    byte[] body = bytes("multi-entry.json");
    WebhookResponse response = builder().deduplicationStore(flaky).build().handle(signedHeaders(body), body);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(received).isEmpty();
    assertThat(forgotten).containsExactly("message:wamid.M1", "message:wamid.M2");
  }

  @Test
  void leaseAndDeduplicationTtlsArePassedToTheStore() {
    List<String> calls = new ArrayList<>();
    DeduplicationStore recording =
        new DeduplicationStore() {
          @Override
          public Claim claim(String key, Duration ttl) {
            calls.add("claim " + key + " " + ttl);
            return Claim.claimed(key);
          }

          @Override
          public boolean complete(Claim claim, Duration doneTtl) {
            calls.add("complete " + claim.key() + " " + doneTtl);
            return true;
          }

          @Override
          public void release(Claim claim) {
            calls.add("release " + claim.key());
          }
        };
    byte[] body = bytes("text.json");
    builder().deduplicationStore(recording).deduplicationTtl(Duration.ofHours(1)).leaseTtl(Duration.ofSeconds(90))
        .build().handle(signedHeaders(body), body);
    // Marked done only after the listener ran.
    assertThat(calls).containsExactly("claim message:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA= PT1M30S",
        "complete message:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA= PT1H");
  }

  // ---- dispatch ----

  @Test
  void listenerExceptionIsIsolatedAndReportedWithTheEventAtMostOnce() {
    List<String> reported = new ArrayList<>();
    List<String> seenByLaterListener = new ArrayList<>();
    WebhookListener failing =
        new WebhookListener() {
          @Override
          public void onInboundMessage(InboundMessage message) {
            throw new IllegalStateException("boom on " + message.id());
          }
        };
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET)
            .verifyToken(VERIFY_TOKEN)
            .listener(failing)
            .listener(
                new WebhookListener() {
                  @Override
                  public void onEvent(WebhookEvent event) {
                    seenByLaterListener.add(event.eventId());
                  }
                })
            .errorHandler(
                (event, listener, error) -> {
                  assertThat(listener).isSameAs(failing);
                  reported.add(event.eventId() + " " + error.getMessage());
                  throw new IllegalArgumentException("the error handler fails too");
                })
            .deliveryGuarantee(DeliveryGuarantee.AT_MOST_ONCE)
            .build();
    byte[] body = bytes("multi-entry.json");
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(reported)
        .containsExactly(
            "message:wamid.M1 boom on wamid.M1",
            "message:wamid.M2 boom on wamid.M2",
            "message:wamid.M3 boom on wamid.M3");
    assertThat(seenByLaterListener).hasSize(6);
  }

  @Test
  void familiesAreRoutedAndStatusesAreNeverMessages() {
    List<String> calls = new ArrayList<>();
    WebhookListener listener =
        new WebhookListener() {
          @Override
          public void onInboundMessage(InboundMessage message) {
            calls.add("message " + message.id());
          }

          @Override
          public void onMessageStatus(MessageStatus status) {
            calls.add("status " + status.id() + " " + status.status().value());
          }

          @Override
          public void onTemplateEvent(TemplateEvent event) {
            calls.add("template " + event.templateName());
          }
        };
    WebhookProcessor processor =
        WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN).listener(listener).build();
    byte[] body = bytes("multi-entry.json");
    processor.handle(signedHeaders(body), body);
    assertThat(calls)
        .containsExactly(
            "message wamid.M1",
            "message wamid.M2",
            "status wamid.OUT1 sent",
            "status wamid.OUT1 delivered",
            "template promo",
            "message wamid.M3");
  }

  @Test
  void everyFamilyMethodIsCalledForItsEvents() {
    List<String> calls = new ArrayList<>();
    WebhookListener listener =
        new WebhookListener() {
          @Override
          public void onApiError(ApiErrorEvent error) {
            calls.add("apiError");
          }

          @Override
          public void onPhoneNumberEvent(PhoneNumberEvent event) {
            calls.add("phoneNumber");
          }

          @Override
          public void onAccountEvent(AccountEvent event) {
            calls.add("account");
          }

          @Override
          public void onUserPreferenceUpdate(UserPreferenceUpdate update) {
            calls.add("userPreference");
          }

          @Override
          public void onUnknownEvent(UnknownEvent event) {
            calls.add("unknown");
          }
        };
    WebhookProcessor processor =
        WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN).listener(listener).build();
    for (String fixture :
        List.of("api-errors.json", "phone-quality.json", "phone-name.json", "account-update.json",
            "account-alerts.json", "user-preferences.json", "unknown-field.json", "text.json")) {
      byte[] body = bytes(fixture);
      processor.handle(signedHeaders(body), body);
    }
    assertThat(calls)
        .containsExactly("apiError", "phoneNumber", "phoneNumber", "account", "account", "userPreference", "unknown");
  }

  @Test
  void lambdasPerType() {
    List<String> texts = new ArrayList<>();
    List<String> mediaIds = new ArrayList<>();
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET)
            .verifyToken(VERIFY_TOKEN)
            .on(InboundTextMessage.class, m -> texts.add(m.body()))
            .on(InboundMediaMessage.class, m -> mediaIds.add(m.media().id()))
            .build();
    for (String fixture : List.of("text.json", "image.json", "document.json", "status-failed.json")) {
      byte[] body = bytes(fixture);
      processor.handle(signedHeaders(body), body);
    }
    assertThat(texts).containsExactly("Does it come in another color?");
    assertThat(mediaIds).containsExactly("1003383421387256", "1376223850470843");
  }

  @Test
  void executorRunsListenersAfterTheAnswer() {
    List<Runnable> queued = new ArrayList<>();
    Executor manual = queued::add;
    WebhookProcessor processor = builder().executor(manual).build();
    byte[] body = bytes("multi-entry.json");
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(received).isEmpty();
    assertThat(queued).hasSize(1);
    queued.get(0).run();
    assertThat(received).hasSize(6);
  }

  @Test
  void rejectedExecutionIs503AndTheRedeliveryIsNotADuplicate() {
    AtomicInteger attempts = new AtomicInteger();
    Executor rejectingOnce =
        task -> {
          if (attempts.incrementAndGet() == 1) {
            throw new RejectedExecutionException("queue full");
          }
          task.run();
        };
    WebhookProcessor processor = builder().executor(rejectingOnce).build();
    byte[] body = bytes("text.json");
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(503);
    assertThat(received).isEmpty();
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(received).hasSize(1);
  }

  @Test
  void nullBodyOrHeadersNeverThrow() {
    WebhookProcessor processor = builder().build();
    assertThat(processor.handle(null, bytes("text.json")).statusCode()).isEqualTo(401);
    assertThat(processor.handle(Map.of(), null).statusCode()).isEqualTo(400);
  }
}
