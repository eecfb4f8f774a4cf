package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.phone.BusinessComplianceInfo;
import dev.wabasdk.phone.CustomerCareDetails;
import dev.wabasdk.phone.EntityType;
import dev.wabasdk.phone.GrievanceOfficerDetails;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** India's business compliance information against the fake: the SDK's calls, Meta's checks, one per number. */
class BusinessComplianceFakeTest {
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";

  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().tenant(WABA_B, NUMBER_B, TOKEN_B, "+91 22 1234 5678").start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static BusinessComplianceInfo luckyShrub() {
    return BusinessComplianceInfo.builder()
        .entityName("Lucky Shrub").entityType(EntityType.PARTNERSHIP).registered(true)
        .grievanceOfficer(GrievanceOfficerDetails.of("Chandravati P.", "chandravati@luckyshrub.com")
            .withLandlineNumber("+913857614343").withMobileNumber("+913854559033"))
        .customerCare(CustomerCareDetails.of("support@luckyshrub.com")
            .withLandlineNumber("+913857614343").withMobileNumber("+913854559033"))
        .build();
  }

  @Test
  void whatTheSdkSetsReadsBackAsMetaReadsIt() throws IOException {
    assertThat(client.phoneNumbers().businessComplianceInfo()).isEmpty();

    client.phoneNumbers().setBusinessComplianceInfo(luckyShrub());

    assertThat(client.phoneNumbers().businessComplianceInfo()).contains(luckyShrub());
    // Meta's sample read-back, the entity type in words, byte for byte
    assertThat(graph("GET", "/v23.0/" + fake.phoneNumberId() + "/business_compliance_info", null))
        .isEqualTo("{\"data\":[{\"entity_name\":\"Lucky Shrub\",\"entity_type\":\"Partnership\",\"is_registered\":true,"
            + "\"grievance_officer_details\":{\"name\":\"Chandravati P.\",\"email\":\"chandravati@luckyshrub.com\","
            + "\"landline_number\":\"+913857614343\",\"mobile_number\":\"+913854559033\"},\"customer_care_details\":"
            + "{\"email\":\"support@luckyshrub.com\",\"landline_number\":\"+913857614343\",\"mobile_number\":"
            + "\"+913854559033\"},\"messaging_product\":\"whatsapp\"}]}");
  }

  @Test
  void aSecondSetReplacesTheFirstAndEachNumberHasItsOwn() {
    client.phoneNumbers().setBusinessComplianceInfo(luckyShrub());
    BusinessComplianceInfo trust = luckyShrub().toBuilder().entityType(EntityType.OTHER).entityTypeCustom("Trust")
        .registered(false).customerCare(CustomerCareDetails.of("care@luckyshrub.com")).build();

    client.phoneNumbers().setBusinessComplianceInfo(trust);

    assertThat(client.phoneNumbers().businessComplianceInfo()).contains(trust);
    try (WhatsApp clientB = fake.tenant(NUMBER_B).clientBuilder().retry(RetrySettings.none()).build()) {
      assertThat(clientB.phoneNumbers().businessComplianceInfo()).isEmpty();
    }
    fake.reset();
    assertThat(client.phoneNumbers().businessComplianceInfo()).isEmpty();
  }

  @Test
  void refusesWhatMetaRefusesWithItsErrors() throws IOException {
    String path = "/v23.0/" + fake.phoneNumberId() + "/business_compliance_info";
    String officer = "\"grievance_officer_details\":{\"name\":\"A\",\"email\":\"a@shrub.example\"},";
    String care = "\"customer_care_details\":{\"email\":\"c@shrub.example\"}";

    assertThat(graph("POST", path, "{\"messaging_product\":\"whatsapp\",\"entity_name\":\"Shrub\","
        + "\"entity_type\":\"PARTNERSHIP\"," + officer + care + "}"))
        .contains("\"code\":100").contains("is_registered is required with entity_type PARTNERSHIP");
    assertThat(graph("POST", path, "{\"messaging_product\":\"whatsapp\",\"entity_name\":\"Shrub\","
        + "\"entity_type\":\"OTHER\",\"is_registered\":true," + officer + care + "}"))
        .contains("\"code\":100").contains("entity_type_custom is required");
    assertThat(graph("POST", path, "{\"messaging_product\":\"whatsapp\",\"entity_name\":\"Shrub\","
        + "\"entity_type\":\"TRUST\"," + officer + care + "}"))
        .contains("\"code\":100").contains("entity_type must be one of");
    assertThat(graph("POST", path, "{\"messaging_product\":\"whatsapp\",\"entity_name\":\"Shrub\","
        + "\"entity_type\":\"PRIVATE_COMPANY\"," + officer
        + "\"customer_care_details\":{\"email\":\"c@shrub.example\",\"mobile_number\":\"9876543210\"}}"))
        .contains("\"code\":192").contains("Invalid phone number");
    assertThat(graph("POST", path, "{\"messaging_product\":\"whatsapp\",\"entity_name\":\"Shrub\","
        + "\"entity_type\":\"PRIVATE_COMPANY\",\"grievance_officer_details\":{\"email\":\"a@shrub.example\"},"
        + care + "}"))
        .contains("\"code\":100").contains("grievance_officer_details[name] is required");
    assertThat(client.phoneNumbers().businessComplianceInfo()).as("nothing refused was kept").isEmpty();
  }

  @Test
  void aClientSeesTheFakesInvalidPhoneNumberAsAGraphError() {
    // The SDK refuses such a number before the call; a raw call shows Meta's answer as the client sees it.
    assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/business_compliance_info", Map.of(
        "messaging_product", "whatsapp", "entity_name", "Shrub", "entity_type", "PUBLIC_COMPANY",
        "grievance_officer_details", Map.of("name", "A", "email", "a@shrub.example", "landline_number", "022 1234"),
        "customer_care_details", Map.of("email", "c@shrub.example")), true))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(192));
  }

  private String graph(String method, String path, String body) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + path.substring(1))
        .header("Authorization", "Bearer " + fake.accessToken());
    request.method(method, body == null ? null
        : RequestBody.create(body, MediaType.get("application/json")));
    try (Response response = http.newCall(request.build()).execute()) {
      return response.body().string();
    }
  }
}
