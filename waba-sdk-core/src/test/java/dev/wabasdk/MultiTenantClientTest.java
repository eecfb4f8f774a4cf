package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import dev.wabasdk.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client serving several numbers and businesses, against MockWebServer. */
class MultiTenantClientTest {
  private static final String WA_ID = "16505551234";
  private static final Message HI = Message.text("+" + WA_ID, "Hi");
  private static final String OTHER_NUMBER = "209876543210987";
  private static final String OTHER_WABA = "308765432109876";
  private static final String HI_JSON = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
      + "\"to\":\"16505551234\",\"type\":\"text\",\"text\":{\"body\":\"Hi\"}}";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  /** A provider with one token per WABA, recording what the client asked and invalidated. */
  static final class VaultProvider implements AccessTokenProvider {
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final List<String> invalidated = new CopyOnWriteArrayList<>();
    final AtomicInteger asked = new AtomicInteger();

    @Override
    public String accessToken(Tenant tenant) {
      asked.incrementAndGet();
      return tokens.get(tenant.businessAccountId());
    }

    @Override
    public void invalidate(Tenant tenant, String rejectedToken) {
      invalidated.add(tenant.phoneNumberId() + ":" + rejectedToken);
      tokens.computeIfPresent(tenant.businessAccountId(), (k, v) -> v.equals(rejectedToken) ? v + "-rotated" : v);
    }
  }

  private WhatsApp.Builder providerBuilder(AccessTokenProvider provider) {
    return graph.builder().accessTokenProvider(provider);
  }

  @Test
  void aNumberViewSendsFromItsNumberWithItsTenantsTokenThroughTheSameInterceptors() throws Exception {
    VaultProvider vault = new VaultProvider();
    vault.tokens.put(GraphServerExtension.WABA_ID, "token-a");
    vault.tokens.put(OTHER_WABA, "token-b");
    List<String> seen = new CopyOnWriteArrayList<>();
    graph.enqueueSent(WA_ID, "wamid.A");
    graph.enqueueSent(WA_ID, "wamid.B");
    try (WhatsApp root = providerBuilder(vault).addInterceptor(chain -> {
      seen.add(chain.phoneNumberId() + "/" + chain.businessAccountId());
      return chain.proceed(chain.message());
    }).build()) {
      WhatsApp other = root.forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA));
      assertThat(root.messages().send(HI).messageId()).isEqualTo("wamid.A");
      assertThat(other.messages().send(HI).messageId()).isEqualTo("wamid.B");
      assertThat(other.phoneNumberId()).isEqualTo(OTHER_NUMBER);
      assertThat(other.businessAccountId()).isEqualTo(OTHER_WABA);
      assertThat(other.tenant()).isEqualTo(new Tenant(OTHER_NUMBER, OTHER_WABA));
    }
    RecordedRequest first = graph.take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer token-a");
    RecordedRequest second = graph.take();
    assertThat(second.getUrl().encodedPath()).isEqualTo("/v26.0/" + OTHER_NUMBER + "/messages");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer token-b");
    assertThat(second.getBody().utf8()).isEqualTo(HI_JSON);
    assertThat(seen).containsExactly(GraphServerExtension.PHONE_NUMBER_ID + "/" + GraphServerExtension.WABA_ID,
        OTHER_NUMBER + "/" + OTHER_WABA);
  }

  @Test
  void viewsAreKeptPerNumberAndTheirAccountCallsUseTheirWaba() throws Exception {
    WhatsApp root = graph.client();
    WhatsApp view = root.forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA));
    assertThat(root.forNumber(OTHER_NUMBER)).isSameAs(view);
    assertThat(root.forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA))).isSameAs(view);
    assertThat(view.forNumber(GraphServerExtension.PHONE_NUMBER_ID)).isSameAs(root);
    assertThat(root.forNumber(Tenant.of(GraphServerExtension.PHONE_NUMBER_ID))).isSameAs(root);

    graph.enqueue(200, "{\"data\":[],\"paging\":{}}");
    view.phoneNumbers().list().forEach(n -> { });
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/" + OTHER_WABA + "/phone_numbers");

    WhatsApp moved = root.forNumber(Tenant.of(OTHER_NUMBER, "999"));
    assertThat(moved).isNotSameAs(view);
    assertThat(root.forNumber(OTHER_NUMBER)).isSameAs(moved);
    assertThat(root.removeNumber(OTHER_NUMBER)).isTrue();
    assertThat(root.removeNumber(GraphServerExtension.PHONE_NUMBER_ID)).isFalse();
    assertThat(root.forNumber(OTHER_NUMBER).businessAccountId()).isNull();
    assertThatThrownBy(() -> root.forNumber(Tenant.of(GraphServerExtension.PHONE_NUMBER_ID, "999")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
    assertThatThrownBy(() -> root.forNumber("12/messages")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phoneNumberId").hasMessageContaining("12/messages");
  }

  @Test
  void aViewsCallingAndGroupsCallsGoToItsOwnNumber() throws Exception {
    WhatsApp view = graph.client().forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA));
    graph.enqueue(200, "{\"request_id\":\"b3BlbnJlcXVlc3Q\"}");
    view.groups().create(dev.wabasdk.group.NewGroup.of("Order 1234"));
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/" + OTHER_NUMBER + "/groups");
    graph.enqueue(200, "{\"calling\":{\"status\":\"ENABLED\"}}");
    view.calling().settings();
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/" + OTHER_NUMBER + "/settings");
    assertThat(view.calling()).isSameAs(view.calling());
  }

  @Test
  void aRefusedTokenIsInvalidatedAndTheSendRepeatedOnceWithTheNewOne() throws Exception {
    VaultProvider vault = new VaultProvider();
    vault.tokens.put(OTHER_WABA, "old");
    graph.enqueueError(401, 190, "Error validating access token: Session has expired");
    graph.enqueueSent(WA_ID, "wamid.ok");
    try (WhatsApp root = providerBuilder(vault).build()) {
      WhatsApp view = root.forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA));
      assertThat(view.messages().send(HI).messageId()).isEqualTo("wamid.ok");
    }
    RecordedRequest refused = graph.take();
    RecordedRequest repeated = graph.take();
    assertThat(refused.getHeaders().get("Authorization")).isEqualTo("Bearer old");
    assertThat(repeated.getHeaders().get("Authorization")).isEqualTo("Bearer old-rotated");
    assertThat(repeated.getBody().utf8()).isEqualTo(HI_JSON);
    assertThat(vault.invalidated).containsExactly(OTHER_NUMBER + ":old");
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void theRepeatHappensOnlyOnceAndNotWhenTheProviderKeepsTheToken() throws Exception {
    VaultProvider vault = new VaultProvider();
    vault.tokens.put(GraphServerExtension.WABA_ID, "old");
    graph.enqueueError(401, 190, "Error validating access token");
    graph.enqueueError(401, 190, "Error validating access token");
    try (WhatsApp root = providerBuilder(vault).build()) {
      assertThatThrownBy(() -> root.messages().send(HI)).isInstanceOf(WabaAuthenticationException.class)
          .satisfies(e -> assertThat(((WabaException) e).outcome()).isEqualTo(Outcome.REJECTED));
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
    assertThat(vault.invalidated).containsExactly(GraphServerExtension.PHONE_NUMBER_ID + ":old",
        GraphServerExtension.PHONE_NUMBER_ID + ":old-rotated");

    // A fixed token: the provider answers the same token, so the refusal is final after one request.
    graph.enqueueError(401, 190, "Error validating access token");
    assertThatThrownBy(() -> graph.client().messages().send(HI)).isInstanceOf(WabaAuthenticationException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void aBare401AlsoRenewsTheTokenAndAsyncCallsDoToo() throws Exception {
    VaultProvider vault = new VaultProvider();
    vault.tokens.put(GraphServerExtension.WABA_ID, "t1");
    graph.server().enqueue(new MockResponse.Builder().code(401).body("Unauthorized").build());
    graph.enqueueSent(WA_ID, "wamid.async");
    try (WhatsApp root = providerBuilder(vault).build()) {
      assertThat(root.messages().sendAsync(HI).get(5, TimeUnit.SECONDS).messageId()).isEqualTo("wamid.async");
    }
    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("Bearer t1");
    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("Bearer t1-rotated");
  }

  @Test
  void aFailingProviderFailsTheCallBeforeAnythingIsSent() {
    AccessTokenProvider broken = tenant -> {
      throw new IllegalStateException("vault down");
    };
    try (WhatsApp root = providerBuilder(broken).build()) {
      assertThatThrownBy(() -> root.messages().send(HI)).isInstanceOf(WabaException.class)
          .hasMessageContaining("AccessTokenProvider").hasMessageContaining("not sent")
          .satisfies(e -> assertThat(((WabaException) e).outcome()).isEqualTo(Outcome.NOT_SENT));
      assertThatThrownBy(() -> root.messages().sendAsync(HI).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class).cause().isInstanceOf(WabaException.class);
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void eachNumberHasItsOwnRateLimiter() throws Exception {
    RateLimit onePerSecond = new RateLimit(1, Duration.ZERO);
    graph.enqueueSent(WA_ID, "wamid.1");
    graph.enqueueSent(WA_ID, "wamid.2");
    WhatsApp slow = graph.client().forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA), onePerSecond);
    assertThat(slow.messages().send(HI).messageId()).isEqualTo("wamid.1");
    assertThatThrownBy(() -> slow.messages().send(HI)).isInstanceOf(WabaException.class)
        .hasMessageContaining("client-side rate limit")
        .satisfies(e -> assertThat(((WabaException) e).outcome()).isEqualTo(Outcome.NOT_SENT));
    // The same number's view keeps its limiter (its permit is still taken); another number is not limited.
    assertThatThrownBy(() -> graph.client().forNumber(OTHER_NUMBER).messages().send(HI))
        .hasMessageContaining("client-side rate limit");
    assertThat(graph.client().messages().send(HI).messageId()).isEqualTo("wamid.2");
  }

  @Test
  void perNumberInterceptorsKeepOneInstancePerTenant() throws Exception {
    Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    List<Tenant> created = new CopyOnWriteArrayList<>();
    SendInterceptor perNumber = SendInterceptor.perNumber(tenant -> {
      created.add(tenant);
      AtomicInteger count = sends.computeIfAbsent(tenant.phoneNumberId(), k -> new AtomicInteger());
      return chain -> {
        count.incrementAndGet();
        return chain.proceed(chain.message());
      };
    });
    for (int i = 0; i < 3; i++) {
      graph.enqueueSent(WA_ID, "wamid." + i);
    }
    try (WhatsApp root = graph.builder().addInterceptor(perNumber).build()) {
      WhatsApp other = root.forNumber(Tenant.of(OTHER_NUMBER, OTHER_WABA));
      root.messages().send(HI);
      other.messages().send(HI);
      other.messages().send(HI);
    }
    assertThat(created).containsExactly(new Tenant(GraphServerExtension.PHONE_NUMBER_ID, GraphServerExtension.WABA_ID),
        new Tenant(OTHER_NUMBER, OTHER_WABA));
    assertThat(sends.get(GraphServerExtension.PHONE_NUMBER_ID)).hasValue(1);
    assertThat(sends.get(OTHER_NUMBER)).hasValue(2);
  }

  @Test
  void closingAViewReleasesNothingAndSecretsStayOut() throws Exception {
    WhatsApp root = graph.client();
    WhatsApp view = root.forNumber(Tenant.of(OTHER_NUMBER));
    view.close();
    graph.enqueueSent(WA_ID, "wamid.after");
    assertThat(view.messages().send(HI).messageId()).isEqualTo("wamid.after");
    assertThat(view.toString()).contains("view").contains(OTHER_NUMBER).doesNotContain(GraphServerExtension.TOKEN);
    assertThat(AccessTokenProvider.of("secret-token").toString()).doesNotContain("secret-token");
    assertThatThrownBy(() -> AccessTokenProvider.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessToken");
    assertThatThrownBy(() -> new Tenant("1/2", null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phoneNumberId");
    assertThat(new WabaHttpException("x", 401, "", Outcome.REJECTED, false).httpStatus()).isEqualTo(401);
  }
}
