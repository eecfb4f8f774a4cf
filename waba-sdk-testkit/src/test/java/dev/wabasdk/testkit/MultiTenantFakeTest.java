package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One fake holding two businesses: each has its own number, token, users and messages, and cannot use the other's. */
class MultiTenantFakeTest {
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";
  private static final String USER = "+4915112345678";

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
    fake = FakeWhatsApp.builder().webhookUrl(receiver.url())
        .tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567").start();
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  @Test
  void eachBusinessHasItsOwnUsersWindowsAndMessages() {
    FakeWhatsApp a = fake;
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    assertThat(fake.tenant(FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID)).isSameAs(a);
    assertThat(fake.tenants()).containsExactly(a, b);
    assertThat(b.businessAccountId()).isEqualTo(WABA_B);
    assertThat(b.accessToken()).isEqualTo(TOKEN_B);

    b.user(USER).sends("Hallo B");
    b.awaitWebhooks();
    List<Map<String, Object>> events = receiver.events();
    assertThat(events).hasSize(1);
    String payload = receiver.payloads().get(0);
    assertThat(payload).contains("\"id\":\"" + WABA_B + "\"").contains("\"phone_number_id\":\"" + NUMBER_B + "\"")
        .contains("\"display_phone_number\":\"49301234567\"");

    try (WhatsApp client = a.clientBuilder().retry(RetrySettings.none()).build()) {
      // The user wrote to business B only: A's window with them is closed, so Meta fails A's free-form message.
      String wamid = client.messages().send(Message.text(USER, "from A")).messageId();
      a.awaitWebhooks();
      assertThat(a.sentMessage(wamid).status()).isEqualTo(DeliveryStatus.FAILED);
      assertThat(a.sentMessage(wamid).error().code()).isEqualTo(131047);
      WhatsApp viewB = client.forNumber(Tenant.of(NUMBER_B, WABA_B));
      // The root client's token belongs to A: B's number is not visible to it.
      assertThatThrownBy(() -> viewB.messages().send(Message.text(USER, "from B with A's token")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> {
            assertThat(e.code()).isEqualTo(100);
            assertThat(e.error().errorSubcode()).isEqualTo(33);
            assertThat(e.httpStatus()).isEqualTo(400);
            assertThat(e.getMessage()).contains("Object with ID '" + NUMBER_B + "'");
          });
    }
    try (WhatsApp client = b.clientBuilder().build()) {
      client.messages().send(Message.text(USER, "Antwort von B"));
    }
    assertThat(b.sentMessages()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Antwort von B"));
    assertThat(a.sentMessages()).extracting(SentMessage::text).containsExactly("from A");
    assertThat(a.requests()).hasSize(1);
    assertThat(b.requests()).extracting(FakeRequest::responseCode).containsExactly(400, 200);
  }

  @Test
  void oneClientWithATokenProviderServesBothBusinesses() {
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    fake.user(USER).sends("hi A");
    b.user(USER).sends("hi B");
    try (WhatsApp client = fake.clientBuilder()
        .accessTokenProvider(t -> WABA_B.equals(t.businessAccountId()) ? TOKEN_B : FakeWhatsApp.DEFAULT_ACCESS_TOKEN)
        .build()) {
      client.messages().send(Message.text(USER, "answer A"));
      client.forNumber(Tenant.of(NUMBER_B, WABA_B)).messages().send(Message.text(USER, "answer B"));
      assertThat(client.forNumber(NUMBER_B).templates().list().stream().toList()).isEmpty();
    }
    assertThat(fake.sentMessages()).extracting(SentMessage::text).containsExactly("answer A");
    assertThat(b.sentMessages()).extracting(SentMessage::text).containsExactly("answer B");
    assertThat(b.lastRequest().path()).isEqualTo("/v26.0/" + WABA_B + "/message_templates");
    // Meta's wamids are unique across numbers: the same user's first message to each business has its own id.
    assertThat(b.userMessages().get(0).id()).isNotEqualTo(fake.userMessages().get(0).id());
    assertThat(b.sentMessages().get(0).id()).isNotEqualTo(fake.sentMessages().get(0).id());
  }

  @Test
  void anUnknownTokenIsStill190AndBadSetupIsRefused() {
    try (WhatsApp client = fake.tenant(NUMBER_B).clientBuilder().accessToken("nobody").retry(RetrySettings.none())
        .build()) {
      assertThatThrownBy(() -> client.messages().send(Message.text(USER, "x")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(190));
    }
    assertThatThrownBy(() -> fake.tenant("999")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phoneNumberId").hasMessageContaining("999");
    assertThatThrownBy(() -> FakeWhatsApp.builder()
        .tenant(WABA_B, FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID, TOKEN_B, "+49 30 1").start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phoneNumberId");
    fake.tenant(NUMBER_B).close(); // a business's view does not stop the shared server
    fake.tenant(NUMBER_B).user(USER).sends("still there");
    try (WhatsApp client = fake.tenant(NUMBER_B).clientBuilder().build()) {
      assertThat(client.messages().send(Message.text(USER, "yes")).messageId()).startsWith("wamid.");
    }
  }

  @Test
  void theControlApiListsTheBusinessesAndActsOnTheOneItIsGiven() throws Exception {
    fake.user(USER).sends("hi A");
    fake.tenant(NUMBER_B).user("+33612345678").sends("bonjour B");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    String businesses = get(http, "testkit/businesses").body();
    assertThat(businesses).startsWith("{\"data\":[{\"phone_number_id\":\"" + FakeWhatsApp.DEFAULT_PHONE_NUMBER_ID
        + "\",\"business_account_id\":\"" + fake.businessAccountId()
        + "\",\"display_phone_number\":\"+1 555-078-3881\",\"verified_name\":\"Fake Business\"},"
        + "{\"phone_number_id\":\"" + NUMBER_B + "\",\"business_account_id\":\"" + WABA_B
        + "\",\"display_phone_number\":\"+49 30 1234567\",\"verified_name\":\"");
    // without a business the control API is the first's; with one, that business's users only
    assertThat(get(http, "testkit/users").body()).contains("4915112345678").doesNotContain("33612345678");
    assertThat(get(http, "testkit/users?phone_number_id=" + NUMBER_B).body()).contains("33612345678")
        .doesNotContain("4915112345678");
    java.net.http.HttpResponse<String> unknown = get(http, "testkit/users?phone_number_id=999");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("no business with phone number id 999");
  }

  private java.net.http.HttpResponse<String> get(java.net.http.HttpClient http, String path) throws Exception {
    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(fake.baseUrl() + path)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }
}
