package dev.wabasdk.account;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final AppCredentials APP = new AppCredentials("670843887433847", "app-secret-9c1d");

  @Test
  void exchangesAnEmbeddedSignupCodeWithoutTheClientsToken() throws Exception {
    graph.enqueue(200, "{\"access_token\":\"EAAbusiness-token-77\",\"token_type\":\"bearer\"}");

    BusinessToken token = graph.client().accounts().exchangeCode(APP, "AQBx-code-1");

    assertThat(token.accessToken()).isEqualTo("EAAbusiness-token-77");
    assertThat(token.tokenType()).isEqualTo("bearer");
    assertThat(token.expiresIn()).isNull();
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/oauth/access_token");
    assertThat(request.getUrl().encodedQuery())
        .isEqualTo("client_id=670843887433847&client_secret=app-secret-9c1d&code=AQBx-code-1");
    assertThat(request.getHeaders().get("Authorization")).as("the code is the credential").isNull();
  }

  @Test
  void anExchangeIsNeverRepeatedAfterAServerError() {
    graph.enqueue(500, "");
    graph.enqueue(200, "{\"access_token\":\"second\"}");

    assertThatThrownBy(() -> graph.client().accounts().exchangeCodeAsync(APP, "AQBx-code-1").join())
        .hasRootCauseInstanceOf(dev.wabasdk.error.WabaHttpException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void readsTheExpiryWhenMetaSendsOne() {
    graph.enqueue(200, "{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":5183944}");

    assertThat(graph.client().accounts().exchangeCode(APP, "c").expiresIn()).isEqualTo(Duration.ofSeconds(5183944));
  }

  @Test
  void rejectsABlankCodeBeforeAnyRequest() {
    assertThatThrownBy(() -> graph.client().accounts().exchangeCode(APP, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> new AppCredentials("my-app", "s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appId").hasMessageContaining("my-app");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void readsMetasDocumentedDebugTokenAnswer() throws Exception {
    // given: the example answer of Meta's "Manage accounts" page for a token from Embedded Signup
    graph.enqueue(200, """
        { "data" : { "app_id" : "670843887433847", "application" : "JaspersMarket",
          "data_access_expires_at" : 1672092840, "expires_at" : 1665090000,
          "granular_scopes" : [
            { "scope" : "whatsapp_business_management", "target_ids" : [ "102289599326934", "101569239400667" ] },
            { "scope" : "whatsapp_business_messaging", "target_ids" : [ "102289599326934", "101569239400667" ] } ],
          "is_valid" : true,
          "scopes" : [ "whatsapp_business_management", "whatsapp_business_messaging", "public_profile" ],
          "type" : "USER", "user_id" : "10222270944537964" } }""");

    TokenInfo info = graph.client().accounts().debugToken("EAAFl-input");

    assertThat(info.valid()).isTrue();
    assertThat(info.appId()).isEqualTo("670843887433847");
    assertThat(info.application()).isEqualTo("JaspersMarket");
    assertThat(info.type()).isSameAs(TokenType.USER);
    assertThat(info.userId()).isEqualTo("10222270944537964");
    assertThat(info.expiresAt()).isEqualTo(Instant.ofEpochSecond(1665090000));
    assertThat(info.dataAccessExpiresAt()).isEqualTo(Instant.ofEpochSecond(1672092840));
    assertThat(info.issuedAt()).isNull();
    assertThat(info.scopes()).containsExactly(Permission.WHATSAPP_BUSINESS_MANAGEMENT,
        Permission.WHATSAPP_BUSINESS_MESSAGING, Permission.PUBLIC_PROFILE);
    assertThat(info.has(Permission.BUSINESS_MANAGEMENT)).isFalse();
    assertThat(info.targetIds(Permission.WHATSAPP_BUSINESS_MANAGEMENT))
        .containsExactly("102289599326934", "101569239400667");
    assertThat(info.targetIds(Permission.BUSINESS_MANAGEMENT)).isEmpty();
    assertThat(info.error()).isNull();
    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/debug_token");
    assertThat(request.getUrl().queryParameter("input_token")).isEqualTo("EAAFl-input");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void anInvalidTokenComesWithMetasReasonAndANeverExpiringOneWithoutExpiry() throws Exception {
    graph.enqueue(200, """
        {"data":{"app_id":"670843887433847","type":"USER","application":"JaspersMarket","expires_at":1665090000,
         "is_valid":false,"error":{"code":190,"message":"Error validating access token: Session has expired",
         "subcode":463},"scopes":[],"user_id":"10222270944537964"}}""");
    graph.enqueue(200, """
        {"data":{"app_id":"670843887433847","type":"SYSTEM_USER","expires_at":0,"is_valid":true,
         "scopes":["whatsapp_business_messaging","catalog_management"]}}""");

    TokenInfo expired = graph.client().accounts().debugTokenAsync("old").get(5, TimeUnit.SECONDS);
    TokenInfo forever = graph.client().accounts().debugToken("system");

    assertThat(expired.valid()).isFalse();
    assertThat(expired.error()).isEqualTo(new TokenInfo.TokenError(190,
        "Error validating access token: Session has expired", 463));
    assertThat(forever.type()).isSameAs(TokenType.SYSTEM_USER);
    assertThat(forever.expiresAt()).as("expires_at 0 means never").isNull();
    assertThat(forever.scopes()).extracting(Permission::isKnown).containsExactly(true, false);
  }

  @Test
  void subscribesTheAppToTheAccountAsMetasExampleDoes() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().accounts().subscribeApp();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/subscribed_apps");
    assertThat(request.getBody().size()).isZero();
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void setsTheAccountsAlternateCallbackWithMetasDocumentedBody() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().accounts().subscribeAppAsync(new CallbackOverride(
        "https://my-waba-alternate-callback.com/webhook", "myvoiceismypassport?")).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/subscribed_apps");
    assertThat(request.getBody().utf8()).isEqualTo(GraphServerExtension.compact("""
        {"override_callback_uri":"https://my-waba-alternate-callback.com/webhook",
         "verify_token":"myvoiceismypassport?"}"""));
  }

  @Test
  void listsTheSubscribedAppsFromMetasDocumentedAnswer() throws Exception {
    graph.enqueue(200, """
        { "data" : [ { "whatsapp_business_api_data" : { "id" : "670843887433847",
            "link" : "https://www.facebook.com/games/?app_id=670843887433847", "name" : "Lucky Shrub" },
          "override_callback_uri" : "https://my-waba-alternate-callback.com/webhook" },
          { "whatsapp_business_api_data" : { "id" : "1234", "name" : "Other" } } ] }""");

    List<SubscribedApp> apps = graph.client().accounts().subscribedApps();

    assertThat(apps).containsExactly(
        new SubscribedApp("670843887433847", "Lucky Shrub", "https://www.facebook.com/games/?app_id=670843887433847",
            "https://my-waba-alternate-callback.com/webhook"),
        new SubscribedApp("1234", "Other", null, null));
    assertThat(graph.take().getMethod()).isEqualTo("GET");
  }

  @Test
  void unsubscribesWithADelete() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().accounts().unsubscribeApp();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/subscribed_apps");
  }

  @Test
  void overridesAndResetsTheNumbersCallbackWithWebhookConfiguration() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().accounts().overrideNumberCallback(new CallbackOverride(
        "https://my-phone-alternate-callback.com/webhook", "mytesttoken"));
    graph.client().accounts().removeNumberCallbackOverrideAsync().get(5, TimeUnit.SECONDS);

    RecordedRequest set = graph.take();
    assertThat(set.getMethod()).isEqualTo("POST");
    assertThat(set.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID);
    assertThat(set.getBody().utf8()).isEqualTo(GraphServerExtension.compact("""
        {"webhook_configuration":{"override_callback_uri":"https://my-phone-alternate-callback.com/webhook",
         "verify_token":"mytesttoken"}}"""));
    assertThat(graph.take().getBody().utf8())
        .isEqualTo("{\"webhook_configuration\":{\"override_callback_uri\":\"\"}}");
  }

  @Test
  void readsWhereTheNumbersWebhooksGo() throws Exception {
    graph.enqueue(200, """
        {"webhook_configuration":{"phone_number":"https://my-phone-alternate-callback.com/webhook",
         "whatsapp_business_account":"https://my-waba-alternate-callback.com/webhook",
         "application":"https://my-app-callback.com/webhook"},"id":"106540352242922"}""");
    graph.enqueue(200, "{\"webhook_configuration\":{\"application\":\"https://my-app-callback.com/webhook\"},"
        + "\"id\":\"106540352242922\"}");

    WebhookConfiguration both = graph.client().accounts().numberWebhookConfiguration();
    WebhookConfiguration appOnly = graph.client().accounts().numberWebhookConfigurationAsync().get(5, TimeUnit.SECONDS);

    assertThat(both.effectiveCallbackUri()).isEqualTo("https://my-phone-alternate-callback.com/webhook");
    assertThat(both.whatsappBusinessAccount()).isEqualTo("https://my-waba-alternate-callback.com/webhook");
    assertThat(appOnly).isEqualTo(new WebhookConfiguration(null, null, "https://my-app-callback.com/webhook"));
    assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("webhook_configuration");
  }

  @Test
  void listsAPortfoliosClientAccountsAcrossPages() throws Exception {
    // given: Meta's documented answer (ids as numbers, as in the example), then a last page
    graph.enqueue(200, """
        { "data": [ { "id": 1906385232743451, "name": "My WhatsApp Business Account", "currency": "USD",
            "timezone_id": "1", "message_template_namespace": "abcdefghijk_12lmnop" } ],
          "paging": { "cursors": { "before": "b1", "after": "a1" }, "next": "https://graph.facebook.com/next" } }""");
    graph.enqueue(200, """
        { "data": [ { "id": "1972385232742141", "name": "My Regional Account", "currency": "INR",
            "timezone_id": "5", "message_template_namespace": "12abcdefghijk_34lmnop" } ],
          "paging": { "cursors": { "before": "b2", "after": "a2" } } }""");

    List<BusinessAccount> accounts = graph.client().accounts().clientBusinessAccounts("805021500648488");

    assertThat(accounts).containsExactly(
        new BusinessAccount("1906385232743451", "My WhatsApp Business Account", "USD", "1", "abcdefghijk_12lmnop"),
        new BusinessAccount("1972385232742141", "My Regional Account", "INR", "5", "12abcdefghijk_34lmnop"));
    RecordedRequest first = graph.take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/805021500648488/client_whatsapp_business_accounts");
    assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("a1");
  }

  @Test
  void listsOwnedAccountsAsynchronously() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"id\":\"102290129340398\",\"name\":\"Main\"}]}");

    List<BusinessAccount> owned =
        graph.client().accounts().ownedBusinessAccountsAsync("805021500648488").get(5, TimeUnit.SECONDS);

    assertThat(owned).containsExactly(new BusinessAccount("102290129340398", "Main", null, null, null));
    assertThat(graph.take().getUrl().encodedPath())
        .isEqualTo("/v26.0/805021500648488/owned_whatsapp_business_accounts");
  }

  @Test
  void accountCallsWithoutAWabaIdFailBeforeAnyRequest() {
    WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId(PHONE_NUMBER_ID)
        .baseUrl(graph.server().url("/").toString()).build();
    try (noWaba) {
      assertThatThrownBy(() -> noWaba.accounts().subscribeApp())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("businessAccountId");
      assertThatThrownBy(() -> noWaba.accounts().subscribedApps()).isInstanceOf(IllegalStateException.class);
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void checksTheCallbackOverride() {
    assertThatThrownBy(() -> new CallbackOverride("https://x.example/" + "a".repeat(190), "t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 200").hasMessageContaining("was 208");
    assertThatThrownBy(() -> new CallbackOverride("/relative", "t"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callbackUri");
    assertThatThrownBy(() -> new CallbackOverride("https://x.example/hook", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifyToken");
  }

  @Test
  void aGraphErrorReachesTheCaller() {
    graph.enqueueError(403, 200, "Permissions error");

    assertThatThrownBy(() -> graph.client().accounts().unsubscribeApp())
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(200));
  }
}
