package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.Tenant;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** One endpoint for many businesses: routing by WABA id and phone number id, several app secrets. */
class MultiTenantWebhookTest {
  // multi-entry.json: WABA A with number A (two texts, two statuses); WABA B with a template update and number B.
  private static final Tenant A = Tenant.of("106540352242922", "102290129340398");
  private static final Tenant B = Tenant.of("300000000000001", "200000000000001");
  private static final String OTHER_APP_SECRET = "second-app-secret";

  private static List<String> ids(List<WebhookEvent> events) {
    return events.stream().map(WebhookEvent::eventId).toList();
  }

  private static WebhookListener into(List<WebhookEvent> sink) {
    return new WebhookListener() {
      @Override
      public void onEvent(WebhookEvent event) {
        sink.add(event);
      }
    };
  }

  private static WebhookResponse post(WebhookProcessor processor, byte[] body, String secret) {
    return processor.handle(
        Map.of(WebhookProcessor.SIGNATURE_HEADER, List.of(WebhookProcessor.signatureFor(secret, body))), body);
  }

  @Test
  void eachTenantsListenerGetsOnlyItsEventsAndAnUnscopedListenerGetsAll() {
    List<WebhookEvent> all = new CopyOnWriteArrayList<>();
    List<WebhookEvent> numberA = new CopyOnWriteArrayList<>();
    List<WebhookEvent> tenantB = new CopyOnWriteArrayList<>();
    List<WebhookEvent> accountB = new CopyOnWriteArrayList<>();
    List<WebhookEvent> numberBWithoutWaba = new CopyOnWriteArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .listener(into(all))
        .listener(A, into(numberA))
        .listener(B, into(tenantB))
        .accountListener(B.businessAccountId(), into(accountB))
        .listener(Tenant.of(B.phoneNumberId()), into(numberBWithoutWaba))
        .build();

    assertThat(post(processor, bytes("multi-entry.json"), APP_SECRET).statusCode()).isEqualTo(200);

    assertThat(all).hasSize(6);
    assertThat(ids(numberA)).containsExactly("message:wamid.M1", "message:wamid.M2", "status:wamid.OUT1:sent",
        "status:wamid.OUT1:delivered");
    assertThat(tenantB).hasSize(2);
    assertThat(tenantB.get(0)).isInstanceOf(TemplateQualityUpdate.class);
    assertThat(tenantB.get(1).eventId()).isEqualTo("message:wamid.M3");
    assertThat(accountB).containsExactlyElementsOf(tenantB);
    // Without a WABA id a tenant gets its number's events only, never a WABA-wide one.
    assertThat(ids(numberBWithoutWaba)).containsExactly("message:wamid.M3");

    assertThat(all.stream().map(WebhookProcessor::phoneNumberIdOf).toList()).containsExactly(A.phoneNumberId(),
        A.phoneNumberId(), A.phoneNumberId(), A.phoneNumberId(), null, B.phoneNumberId());
  }

  @Test
  void eachTenantsPolicyEngineLearnsOnlyFromItsOwnEvents() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(1749416383L + 60), ZoneOffset.UTC);
    PolicyEngine engineA = PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore()).build();
    PolicyEngine engineB = PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore()).build();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engineA, A).policyEngine(engineB, B).build();

    assertThat(post(processor, bytes("multi-entry.json"), APP_SECRET).statusCode()).isEqualTo(200);

    Message toJane = Message.text("+16505559876", "Thanks!");
    Message toMax = Message.text("+4915112345678", "Danke!");
    assertThat(engineA.evaluate(toJane).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engineB.evaluate(toJane).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(engineB.evaluate(toMax).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engineA.evaluate(toMax).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void aSignatureFromAnyConfiguredAppIsAcceptedAndOthersAreNot() {
    List<WebhookEvent> all = new CopyOnWriteArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).addAppSecret(OTHER_APP_SECRET)
        .verifyToken(VERIFY_TOKEN).listener(into(all)).build();
    byte[] body = bytes("text.json");

    assertThat(post(processor, body, OTHER_APP_SECRET).statusCode()).isEqualTo(200);
    assertThat(all).hasSize(1);
    WebhookResponse forged = post(processor, body, "a-third-secret");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("does not match");
    assertThat(processor.toString()).doesNotContain(APP_SECRET).doesNotContain(OTHER_APP_SECRET);

    // appSecret(..) replaces every secret added before it.
    WebhookProcessor single = WebhookProcessor.builder().addAppSecret(OTHER_APP_SECRET).appSecret(APP_SECRET)
        .verifyToken(VERIFY_TOKEN).build();
    assertThat(post(single, body, OTHER_APP_SECRET).statusCode()).isEqualTo(401);
    assertThat(post(single, body, APP_SECRET).statusCode()).isEqualTo(200);
  }

  @Test
  void badTenantIdsAreRefusedWhenConfigured() {
    assertThatThrownBy(() -> WebhookProcessor.builder().accountListener("1/2", into(List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("businessAccountId")
        .hasMessageContaining("1/2");
    assertThatThrownBy(() -> WebhookProcessor.builder().addAppSecret(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appSecret");
  }
}
