package dev.wabasdk.payment;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WABA's payment configurations against Meta's onboarding API examples. */
class PaymentConfigurationsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String CONFIGURATION = """
      {"configuration_name":"test-payment-configuration",
       "merchant_category_code":{"code":"0000","description":"Test MCC Code"},
       "purpose_code":{"code":"00","description":"Test Purpose Code"},
       "status":"Active","provider_mid":"test-payment-gateway-mid","provider_name":"RazorPay",
       "created_timestamp":1720203204,"updated_timestamp":1721088316}""";

  private static final PaymentConfiguration EXPECTED = new PaymentConfiguration("test-payment-configuration",
      "0000", "Test MCC Code", "00", "Test Purpose Code", PaymentConfigurationStatus.ACTIVE, "RazorPay",
      "test-payment-gateway-mid", null, Instant.ofEpochSecond(1720203204), Instant.ofEpochSecond(1721088316));

  private static void assertRequest(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + path);
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void listsTheConfigurationsInMetasNesting() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"payment_configurations\":[" + CONFIGURATION + ","
        + "{\"configuration_name\":\"upi-shop\",\"merchant_category_code\":{\"code\":\"5411\",\"description\":"
        + "\"Grocery\"},\"purpose_code\":{\"code\":\"00\",\"description\":\"Default\"},\"status\":\"Needs_Testing\","
        + "\"merchant_vpa\":\"shop@upi\"}]}]}");

    List<PaymentConfiguration> configurations = graph.client().payments().configurations();

    assertThat(configurations).hasSize(2);
    assertThat(configurations.get(0)).isEqualTo(EXPECTED);
    assertThat(configurations.get(0).isActive()).isTrue();
    assertThat(configurations.get(1).status()).isSameAs(PaymentConfigurationStatus.NEEDS_TESTING);
    assertThat(configurations.get(1).merchantVpa()).isEqualTo("shop@upi");
    assertThat(configurations.get(1).providerName()).isNull();
    assertThat(configurations.get(1).createdAt()).isNull();
    assertRequest(graph.take(), "GET", "/payment_configurations");
  }

  @Test
  void listsNoConfigurationsAsynchronously() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"payment_configurations\":[]}]}");

    assertThat(graph.client().payments().configurationsAsync().get(5, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void readsOneConfigurationByName() throws Exception {
    graph.enqueue(200, "{\"data\":[" + CONFIGURATION + "]}");
    graph.enqueue(200, "{\"data\":[" + CONFIGURATION.replace("\"Active\"", "\"Needs Connecting\"") + "]}");

    assertThat(graph.client().payments().configuration("test-payment-configuration")).isEqualTo(EXPECTED);
    assertThat(graph.client().payments().configurationAsync("razorpay prod").get(5, TimeUnit.SECONDS).status())
        .isSameAs(PaymentConfigurationStatus.NEEDS_CONNECTING);

    assertRequest(graph.take(), "GET", "/payment_configuration/test-payment-configuration");
    assertRequest(graph.take(), "GET", "/payment_configuration/razorpay%20prod");
  }

  @Test
  void anEmptyAnswerForOneConfigurationIsAnError() {
    graph.enqueue(200, "{\"data\":[]}");

    assertThatThrownBy(() -> graph.client().payments().configuration("gone"))
        .isInstanceOf(WabaException.class)
        .hasMessageContaining("answered no payment configuration named 'gone'");
  }

  @Test
  void createsAGatewayConfigurationAndReturnsTheOAuthLink() throws Exception {
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/\","
        + "\"expiration\":1721687287,\"success\":true}");

    PaymentConfigurationLink link = graph.client().payments().createConfiguration(
        NewPaymentConfiguration.gateway("test-payment-configuration", PaymentProvider.RAZORPAY)
            .withMerchantCategoryCode("0000").withPurposeCode("00")
            .withRedirectUrl("https://test-redirect-url.com"));

    assertThat(link).isEqualTo(new PaymentConfigurationLink("https://www.facebook.com/payment/onboarding/init/",
        Instant.ofEpochSecond(1721687287)));
    RecordedRequest request = graph.take();
    assertRequest(request, "POST", "/payment_configuration");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"configuration_name\":\"test-payment-configuration\","
        + "\"merchant_category_code\":\"0000\",\"purpose_code\":\"00\",\"provider_name\":\"razorpay\","
        + "\"redirect_url\":\"https://test-redirect-url.com\"}");
  }

  @Test
  void createsAUpiVpaConfigurationAsynchronously() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    PaymentConfigurationLink link = graph.client().payments()
        .createConfigurationAsync(NewPaymentConfiguration.upiVpa("upi-shop", "shop@upi")
            .withMerchantCategoryCode("5411").withPurposeCode("00"))
        .get(5, TimeUnit.SECONDS);

    assertThat(link).isEqualTo(new PaymentConfigurationLink(null, null));
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"configuration_name\":\"upi-shop\","
        + "\"merchant_category_code\":\"5411\",\"purpose_code\":\"00\",\"provider_name\":\"upi_vpa\","
        + "\"merchant_vpa\":\"shop@upi\"}");
  }

  @Test
  void aCreationAnsweredWithSuccessFalseIsARejection() {
    graph.enqueue(200, "{\"success\":false}");

    assertThatThrownBy(() -> graph.client().payments()
        .createConfiguration(NewPaymentConfiguration.gateway("payu-prod", PaymentProvider.PAYU)))
        .isInstanceOf(WabaException.class)
        .hasMessageContaining("answered success: false")
        .satisfies(e -> assertThat(((WabaException) e).outcome()).isEqualTo(Outcome.REJECTED));
  }

  @Test
  void aCreationIsNeverRepeated() {
    graph.enqueue(503, "Service Unavailable");
    graph.enqueue(200, "{\"success\":true}");

    assertThatThrownBy(() -> graph.client().payments()
        .createConfiguration(NewPaymentConfiguration.gateway("zaakpay-prod", PaymentProvider.ZAAKPAY)))
        .isInstanceOf(WabaHttpException.class)
        .hasMessageContaining("outcome unknown, the payment configuration may have been created");

    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void theTermsOfServiceErrorReachesTheCallerWithItsLink() {
    // Meta's onboarding APIs answer 131005 until the WhatsApp Payments terms are accepted.
    graph.enqueue(403, """
        {"error":{"message":"(#131005) Access denied","type":"OAuthException","code":131005,
          "error_data":{"messaging_product":"whatsapp","details":"Accept the terms: https://example.com/tos"},
          "fbtrace_id":"AbC"}}""");

    assertThatThrownBy(() -> graph.client().payments().configurations())
        .isInstanceOf(WabaAuthenticationException.class)
        .hasMessageContaining("https://example.com/tos");
  }

  @Test
  void regeneratesTheOAuthLinkWithAndWithoutARedirect() throws Exception {
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/\","
        + "\"expiration\":1721687287}");
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/2\"}");

    assertThat(graph.client().payments().regenerateOAuthLink("test-payment-configuration",
        "https://test-redirect-url.com").expiresAt()).isEqualTo(Instant.ofEpochSecond(1721687287));
    assertThat(graph.client().payments().regenerateOAuthLinkAsync("test-payment-configuration", null)
        .get(5, TimeUnit.SECONDS)).isEqualTo(
            new PaymentConfigurationLink("https://www.facebook.com/payment/onboarding/init/2", null));

    RecordedRequest first = graph.take();
    assertRequest(first, "POST", "/generate_payment_configuration_oauth_link");
    assertThat(first.getBody().utf8()).isEqualTo("{\"configuration_name\":\"test-payment-configuration\","
        + "\"redirect_url\":\"https://test-redirect-url.com\"}");
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"configuration_name\":\"test-payment-configuration\"}");
  }

  @Test
  void aNewOAuthLinkIsRetriedAfterAServerError() {
    graph.enqueue(503, "Service Unavailable");
    graph.enqueue(200, "{\"oauth_url\":\"https://www.facebook.com/payment/onboarding/init/\"}");

    assertThat(graph.client().payments().regenerateOAuthLink("razorpay-prod", null).oauthUrl()).isNotNull();

    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void updatesTheDataEndpoint() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().payments().updateDataEndpoint("test-payment-configuration", "https://shop.example/whatsapp/data");
    graph.client().payments().updateDataEndpointAsync("test-payment-configuration", "https://shop.example/v2")
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertRequest(request, "POST", "/payment_configuration/test-payment-configuration");
    assertThat(request.getBody().utf8()).isEqualTo("{\"data_endpoint_url\":\"https://shop.example/whatsapp/data\"}");
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"data_endpoint_url\":\"https://shop.example/v2\"}");
  }

  @Test
  void deletesAConfigurationNamedInTheBody() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().payments().deleteConfiguration("test-payment-configuration");
    graph.client().payments().deleteConfigurationAsync("old-config").get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertRequest(request, "DELETE", "/payment_configuration");
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo("{\"configuration_name\":\"test-payment-configuration\"}");
    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"configuration_name\":\"old-config\"}");
  }

  @Test
  void aDeletionAnsweredWithSuccessFalseIsARejection() {
    graph.enqueue(200, "{\"success\":false}");

    assertThatThrownBy(() -> graph.client().payments().deleteConfiguration("test-payment-configuration"))
        .isInstanceOf(WabaException.class)
        .hasMessageContaining("answered success: false");
  }

  @Test
  void configurationCallsNeedTheBusinessAccountId() {
    try (WhatsApp client = WhatsApp.builder().accessToken("EAAG-x").phoneNumberId("106540352242922")
        .baseUrl(graph.server().url("/").toString()).retry(RetrySettings.none()).build()) {
      assertThatThrownBy(() -> client.payments().configurations())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("businessAccountId is required for payments().configurations(...): set "
              + "WhatsApp.builder().businessAccountId(\"<WABA id>\")");
      assertThatThrownBy(() -> client.payments().deleteConfigurationAsync("x"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("payments().deleteConfiguration(...)");
      // The look-up and refunds need the phone number only.
      graph.enqueue(200, "{\"payments\":[]}");
      assertThat(client.payments().lookup("razorpay-prod", "ORD-1")).isEmpty();
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
