package dev.wabasdk.phone;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.health.CanSendMessage;
import dev.wabasdk.health.HealthStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhoneNumbersApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String FIELDS_QUERY = "fields=id%2Cdisplay_phone_number%2Cverified_name%2Cquality_rating%2C"
      + "whatsapp_business_manager_messaging_limit%2Cmessaging_limit_tier%2Cthroughput%2Cname_status%2C"
      + "new_name_status%2Ccode_verification_status%2Cstatus%2Cplatform_type%2Caccount_mode%2C"
      + "is_official_business_account%2Chealth_status";

  private static final String NUMBER = """
      {"id":"106540352242922","display_phone_number":"+1 631-555-5555","verified_name":"Lucky Shrub",
       "quality_rating":"GREEN","whatsapp_business_manager_messaging_limit":"TIER_2K","messaging_limit_tier":"TIER_1K",
       "throughput":{"level":"STANDARD"},"name_status":"APPROVED","code_verification_status":"VERIFIED",
       "status":"CONNECTED","platform_type":"CLOUD_API","account_mode":"LIVE","is_official_business_account":false}""";

  private static String target(RecordedRequest request) {
    return request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery();
  }

  @Test
  void getsTheClientsOwnNumberWithEveryField() throws Exception {
    graph.enqueue(200, NUMBER);

    PhoneNumber number = graph.client().phoneNumbers().get();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(target(request)).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "?" + FIELDS_QUERY);
    GraphServerExtension.assertHeaders(request);
    assertThat(number).isEqualTo(new PhoneNumber("106540352242922", "+1 631-555-5555", "Lucky Shrub",
        QualityRating.GREEN, MessagingLimitTier.TIER_2K, ThroughputLevel.STANDARD, NameStatus.APPROVED, null,
        CodeVerificationStatus.VERIFIED, PhoneNumberStatus.CONNECTED, PlatformType.CLOUD_API, AccountMode.LIVE,
        false, null));
    assertThat(number.messagingLimitTier()).as("the current field wins over the deprecated one")
        .isSameAs(MessagingLimitTier.TIER_2K);
  }

  /**
   * Meta's "Messaging and Calling Health Status" response syntax for a business phone number, with the page's example
   * ids; a BLOCKED entity lists errors and a LIMITED one additional info, as the page describes (their texts here are
   * illustrative).
   */
  @Test
  void readsTheNumbersHealthStatus() throws Exception {
    graph.enqueue(200, """
        {"id":"106540352242922","health_status":{"can_send_message":"BLOCKED","entities":[
          {"entity_type":"PHONE_NUMBER","id":"106540352242922","can_send_message":"AVAILABLE",
           "can_receive_call_sip":"AVAILABLE"},
          {"entity_type":"WABA","id":"102290129340398","can_send_message":"BLOCKED","errors":[
           {"error_code":141010,"error_description":"The Business has not passed business verification.",
            "possible_solution":"Visit business settings and start or resolve the business verification request."}]},
          {"entity_type":"BUSINESS","id":"506914307656634","can_send_message":"LIMITED",
           "additional_info":["Your business portfolio has a messaging limit of 250."]},
          {"entity_type":"APP","id":"634974688087057","can_send_message":"AVAILABLE",
           "can_receive_call_sip":"BLOCKED"}]}}""");

    PhoneNumber number = graph.client().phoneNumbers().get();

    assertThat(target(graph.take())).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "?" + FIELDS_QUERY);
    HealthStatus health = number.healthStatus();
    assertThat(health).isNotNull();
    assertThat(health.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(health.entity(HealthStatus.EntityType.PHONE_NUMBER)).isEqualTo(new HealthStatus.Entity(
        HealthStatus.EntityType.PHONE_NUMBER, "106540352242922", CanSendMessage.AVAILABLE, CanSendMessage.AVAILABLE,
        List.of(), List.of()));
    assertThat(health.entity(HealthStatus.EntityType.WABA).errors()).containsExactly(new HealthStatus.Error(141010,
        "The Business has not passed business verification.",
        "Visit business settings and start or resolve the business verification request."));
    assertThat(health.entity(HealthStatus.EntityType.WABA).canReceiveCallSip()).isNull();
    assertThat(health.entity(HealthStatus.EntityType.BUSINESS).additionalInfo())
        .containsExactly("Your business portfolio has a messaging limit of 250.");
    assertThat(health.entity(HealthStatus.EntityType.APP).canReceiveCallSip()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(health.entity(HealthStatus.EntityType.MESSAGE_TEMPLATE)).isNull();
  }

  @Test
  void unknownValuesAreKeptAndTheDeprecatedTierIsAFallback() throws Exception {
    graph.enqueue(200, """
        {"id":"2","quality_rating":"PURPLE","messaging_limit_tier":"TIER_5K","throughput":{"level":"WARP"},
         "name_status":"SOMETHING_NEW","code_verification_status":"PENDING_2027","status":"HIBERNATING",
         "new_field":{"x":1}}""");

    PhoneNumber number = graph.client().phoneNumbers().getAsync("2").get(5, TimeUnit.SECONDS);

    assertThat(target(graph.take())).isEqualTo("/v26.0/2?" + FIELDS_QUERY);
    assertThat(number.qualityRating().value()).isEqualTo("PURPLE");
    assertThat(number.qualityRating().isKnown()).isFalse();
    assertThat(number.messagingLimitTier().isKnown()).isFalse();
    assertThat(number.messagingLimitTier().uniqueUsers()).isEqualTo(5000);
    assertThat(number.throughputLevel()).isEqualTo(new ThroughputLevel("WARP"));
    assertThat(number.nameStatus().isKnown()).isFalse();
    assertThat(number.codeVerificationStatus().value()).isEqualTo("PENDING_2027");
    assertThat(number.status().value()).isEqualTo("HIBERNATING");
    assertThat(number.displayPhoneNumber()).isNull();
    assertThat(number.officialBusinessAccount()).isNull();
  }

  @Test
  void listsEveryNumberOfTheAccountAcrossPages() throws Exception {
    graph.enqueue(200, "{\"data\":[" + NUMBER + "],\"paging\":{\"cursors\":{\"before\":\"A\",\"after\":\"QVFI\"},"
        + "\"next\":\"https://graph.facebook.com/v26.0/x?after=QVFI\"}}");
    graph.enqueue(200, "{\"data\":[{\"id\":\"3\",\"quality_rating\":\"RED\"}],"
        + "\"paging\":{\"cursors\":{\"before\":\"B\",\"after\":\"QVFJ\"}}}");

    List<PhoneNumber> numbers = graph.client().phoneNumbers().list();

    assertThat(numbers).extracting(PhoneNumber::id).containsExactly("106540352242922", "3");
    assertThat(numbers.get(1).qualityRating()).isSameAs(QualityRating.RED);
    assertThat(target(graph.take())).isEqualTo("/v26.0/" + WABA_ID + "/phone_numbers?" + FIELDS_QUERY);
    assertThat(target(graph.take())).isEqualTo("/v26.0/" + WABA_ID + "/phone_numbers?" + FIELDS_QUERY + "&after=QVFI");
  }

  @Test
  void listAsyncFollowsPagesToo() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"id\":\"1\"}],\"paging\":{\"cursors\":{\"after\":\"C1\"},\"next\":\"n\"}}");
    graph.enqueue(200, "{\"data\":[{\"id\":\"2\"}],\"paging\":{\"cursors\":{\"after\":\"C2\"},\"next\":\"n\"}}");
    graph.enqueue(200, "{\"data\":[{\"id\":\"3\"}],\"paging\":{\"cursors\":{\"after\":\"C3\"}}}");

    assertThat(graph.client().phoneNumbers().listAsync().get(5, TimeUnit.SECONDS))
        .extracting(PhoneNumber::id).containsExactly("1", "2", "3");
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void messagingLimitTiersGiveTheirReach() {
    assertThat(MessagingLimitTier.of("TIER_50").uniqueUsers()).isEqualTo(50);
    assertThat(MessagingLimitTier.TIER_250.uniqueUsers()).isEqualTo(250);
    assertThat(MessagingLimitTier.TIER_1K.uniqueUsers()).isEqualTo(1_000);
    assertThat(MessagingLimitTier.TIER_2K.uniqueUsers()).isEqualTo(2_000);
    assertThat(MessagingLimitTier.TIER_10K.uniqueUsers()).isEqualTo(10_000);
    assertThat(MessagingLimitTier.TIER_100K.uniqueUsers()).isEqualTo(100_000);
    assertThat(MessagingLimitTier.TIER_UNLIMITED.uniqueUsers()).isNull();
    assertThat(MessagingLimitTier.TIER_UNLIMITED.isUnlimited()).isTrue();
    assertThat(MessagingLimitTier.TIER_NOT_SET.uniqueUsers()).isNull();
    assertThat(MessagingLimitTier.of("tier_10k")).isSameAs(MessagingLimitTier.TIER_10K);
    assertThat(MessagingLimitTier.of("UNHEARD_OF").uniqueUsers()).isNull();
    assertThat(MessagingLimitTier.of("UNHEARD_OF").toString()).isEqualTo("UNHEARD_OF");
  }
}
