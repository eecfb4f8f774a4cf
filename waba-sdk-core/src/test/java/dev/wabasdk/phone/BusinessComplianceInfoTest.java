package dev.wabasdk.phone;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaApiException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * India's business compliance information, against Meta's reference ("WhatsApp Business Phone Number Business
 * Compliance Info": its sample request and sample response).
 */
class BusinessComplianceInfoTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  /** Meta's sample request body, as its reference prints it. */
  private static final String META_SAMPLE_REQUEST = """
      {
          "messaging_product": "whatsapp",
          "entity_name": "Lucky Shrub",
          "entity_type": "PARTNERSHIP",
          "is_registered": true,
          "grievance_officer_details": {
              "name": "Chandravati P.",
              "email": "chandravati@luckyshrub.com",
              "landline_number": "+913857614343",
              "mobile_number": "+913854559033"
          },
          "customer_care_details": {
              "email": "support@luckyshrub.com",
              "landline_number": "+913857614343",
              "mobile_number": "+913854559033"
          }
      }""";

  /** Meta's sample response to the read. */
  private static final String META_SAMPLE_RESPONSE = """
      {
        "data": [
          {
            "entity_name": "Lucky Shrub",
            "entity_type": "Partnership",
            "is_registered": true,
            "grievance_officer_details": {
              "name": "Chandravati P.",
              "email": "chandravati@luckyshrub.com",
              "landline_number": "+913857614343",
              "mobile_number": "+913854559033"
            },
            "customer_care_details": {
              "email": "support@luckyshrub.com",
              "landline_number": "+913857614343",
              "mobile_number": "+913854559033"
            },
            "messaging_product": "whatsapp"
          }
        ]
      }""";

  static BusinessComplianceInfo luckyShrub() {
    return BusinessComplianceInfo.builder()
        .entityName("Lucky Shrub")
        .entityType(EntityType.PARTNERSHIP)
        .registered(true)
        .grievanceOfficer(GrievanceOfficerDetails.of("Chandravati P.", "chandravati@luckyshrub.com")
            .withLandlineNumber("+913857614343").withMobileNumber("+913854559033"))
        .customerCare(CustomerCareDetails.of("support@luckyshrub.com")
            .withLandlineNumber("+913857614343").withMobileNumber("+913854559033"))
        .build();
  }

  @Test
  void setsTheInformationWithMetasSampleBodyByteForByte() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().phoneNumbers().setBusinessComplianceInfo(luckyShrub());

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/business_compliance_info");
    assertThat(request.getUrl().encodedQuery()).isNull();
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(GraphServerExtension.compact(META_SAMPLE_REQUEST));
  }

  @Test
  void writesTheCustomFormAndLeavesOutThePhoneNumbersNotGiven() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    BusinessComplianceInfo trust = BusinessComplianceInfo.builder()
        .entityName("Shrub Trust").entityType(EntityType.OTHER).entityTypeCustom("Trust").registered(false)
        .grievanceOfficer(GrievanceOfficerDetails.of("A. Rao", "rao@shrub.example"))
        .customerCare(CustomerCareDetails.of("care@shrub.example").withMobileNumber("+91 98765 43210"))
        .build();

    graph.client().phoneNumbers().setBusinessComplianceInfoAsync(trust).get(5, TimeUnit.SECONDS);

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"entity_name\":"
        + "\"Shrub Trust\",\"entity_type\":\"OTHER\",\"entity_type_custom\":\"Trust\",\"is_registered\":false,"
        + "\"grievance_officer_details\":{\"name\":\"A. Rao\",\"email\":\"rao@shrub.example\"},"
        + "\"customer_care_details\":{\"email\":\"care@shrub.example\",\"mobile_number\":\"+91 98765 43210\"}}");
  }

  @Test
  void readsMetasSampleResponseWithTheEntityTypeInWords() throws Exception {
    graph.enqueue(200, META_SAMPLE_RESPONSE);

    Optional<BusinessComplianceInfo> read = graph.client().phoneNumbers().businessComplianceInfo();

    assertThat(read).contains(luckyShrub());
    assertThat(read.orElseThrow().entityType()).isSameAs(EntityType.PARTNERSHIP);
    assertThat(read.orElseThrow().problems()).isEmpty();
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/business_compliance_info");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void readsNothingWhenNeverSet() throws Exception {
    graph.enqueue(200, "{\"data\":[]}");

    assertThat(graph.client().phoneNumbers().businessComplianceInfoAsync().get(5, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void keepsAnEntityTypeItDoesNotKnowAndAPartialReadBack() {
    graph.enqueue(200, "{\"data\":[{\"entity_name\":\"Shrub Ltd\",\"entity_type\":\"Private Limited Company\","
        + "\"messaging_product\":\"whatsapp\"}]}");

    BusinessComplianceInfo read = graph.client().phoneNumbers().businessComplianceInfo().orElseThrow();

    assertThat(read.entityType()).isEqualTo(new EntityType("Private Limited Company"));
    assertThat(read.entityType().isKnown()).isFalse();
    assertThat(read.grievanceOfficer()).isNull();
    assertThat(read.problems()).contains(
        "entity_type: must be one of [LIMITED_LIABILITY_PARTNERSHIP, SOLE_PROPRIETORSHIP, PARTNERSHIP,"
            + " PUBLIC_COMPANY, PRIVATE_COMPANY, OTHER], was 'Private Limited Company'",
        "grievance_officer_details: is required (name and email)",
        "customer_care_details: is required (email)");
  }

  @Test
  void mapsEveryTypeMetaReadsBackInWords() {
    assertThat(EntityType.of("Limited liability partnership")).isSameAs(EntityType.LIMITED_LIABILITY_PARTNERSHIP);
    assertThat(EntityType.of("Sole proprietorship")).isSameAs(EntityType.SOLE_PROPRIETORSHIP);
    assertThat(EntityType.of("Public Company")).isSameAs(EntityType.PUBLIC_COMPANY);
    assertThat(EntityType.of("private_company")).isSameAs(EntityType.PRIVATE_COMPANY);
    assertThat(EntityType.of("Other")).isSameAs(EntityType.OTHER);
    assertThat(EntityType.PARTNERSHIP.requiresRegistration()).isTrue();
    assertThat(EntityType.OTHER.requiresRegistration()).isTrue();
    assertThat(EntityType.PRIVATE_COMPANY.requiresRegistration()).isFalse();
  }

  @Test
  void refusesBrokenInformationBeforeAnyCallNamingEveryField() {
    BusinessComplianceInfo broken = BusinessComplianceInfo.builder()
        .entityName(" ").entityType(EntityType.OTHER)
        .grievanceOfficer(new GrievanceOfficerDetails(null, "rao", "3857614343", null))
        .customerCare(CustomerCareDetails.of("x".repeat(120) + "@shrub.example"))
        .build();

    assertThatThrownBy(() -> graph.client().phoneNumbers().setBusinessComplianceInfo(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("business compliance info: entity_name: is required (the business's legal name);"
            + " entity_type_custom: is required with entity_type OTHER (the legal form in words);"
            + " is_registered: is required with entity_type OTHER;"
            + " grievance_officer_details.name: is required;"
            + " grievance_officer_details.email: must be an email address, was 'rao';"
            + " grievance_officer_details.landline_number: must be an international number, '+' and the country"
            + " code, e.g. +913857614343, was '3857614343';"
            + " customer_care_details.email: at most 128 characters, was 134");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void checksTheRulesThatDependOnTheEntityType() {
    BusinessComplianceInfo partnership = luckyShrub().toBuilder().registered(null).build();
    assertThat(partnership.problems()).containsExactly("is_registered: is required with entity_type PARTNERSHIP");

    BusinessComplianceInfo company = luckyShrub().toBuilder().entityType(EntityType.PRIVATE_COMPANY)
        .registered(null).entityTypeCustom("Company").build();
    assertThat(company.problems())
        .containsExactly("entity_type_custom: only with entity_type OTHER, was given with PRIVATE_COMPANY");

    assertThat(luckyShrub().toBuilder().entityType(EntityType.PUBLIC_COMPANY).registered(null).build().problems())
        .isEmpty();
    assertThat(luckyShrub().toBuilder().entityName("L".repeat(129)).build().problems())
        .containsExactly("entity_name: at most 128 characters, was 129");
    assertThatThrownBy(() -> luckyShrub().toBuilder().entityType(null).build().validate())
        .hasMessage("business compliance info: entity_type: is required, one of [LIMITED_LIABILITY_PARTNERSHIP,"
            + " SOLE_PROPRIETORSHIP, PARTNERSHIP, PUBLIC_COMPANY, PRIVATE_COMPANY, OTHER]");
    assertThat(luckyShrub().validate()).isEqualTo(luckyShrub());
  }

  @Test
  void retriesTheSetAfterAServerErrorAsItChangesNothingTwice() throws Exception {
    graph.enqueueError(503, 2, "Service temporarily unavailable");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().phoneNumbers().setBusinessComplianceInfo(luckyShrub());

    assertThat(graph.take().getBody().utf8()).isEqualTo(graph.take().getBody().utf8());
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void reportsMetasInvalidPhoneNumberError() {
    graph.enqueueError(400, 192, "Invalid phone number");

    assertThatThrownBy(() -> graph.client().phoneNumbers().setBusinessComplianceInfo(luckyShrub()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(192));
  }
}
