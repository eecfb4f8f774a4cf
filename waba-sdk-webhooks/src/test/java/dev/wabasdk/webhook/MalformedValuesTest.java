package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed values never throw to the app, and where one is reported (the 400 answer, an {@link UnknownEvent}'s
 * reason) the report names its JSON path; a number too long to convert cheaply is refused before conversion.
 */
class MalformedValuesTest {

  private static final String STATUS_PATH = "$.entry[0].changes[0].value.statuses[0]";

  private final WebhookProcessor processor =
      WebhookProcessor.builder()
          .appSecret(APP_SECRET)
          .verifyToken(VERIFY_TOKEN)
          .deduplicationStore(DeduplicationStore.disabled())
          .build();

  private static String fixture(String name) {
    return new String(Fixtures.bytes(name), StandardCharsets.UTF_8);
  }

  @Test
  void aSignedBodyWithAMillionDigitNumberIsAnswered400WithoutConvertingIt() {
    // given: a signed body just under the 1 MiB limit whose status timestamp is one number of a million digits
    String json = fixture("status-failed.json")
        .replace("\"timestamp\": \"1750857384\"", "\"timestamp\": " + "9".repeat(1_000_000));
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).isBetween(1_000_000, 1 << 20);

    // when
    long start = System.nanoTime();
    WebhookResponse response = processor.handle(signedHeaders(body), body);
    long millis = (System.nanoTime() - start) / 1_000_000;

    // then: the length check refused it (this message is only produced before any conversion is attempted)
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .isEqualTo("malformed JSON: " + STATUS_PATH + ".timestamp: number longer than 100 characters");
    assertThatThrownBy(() -> WebhookProcessor.parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith(STATUS_PATH + ".timestamp: number longer than 100 characters");
    // secondary, generous: converting it to a BigDecimal would have taken seconds
    assertThat(millis).isLessThan(2_000);
  }

  @Test
  void aStatusWithAMalformedTimestampBecomesAnUnknownEventNamingThePath() {
    // given
    String json = fixture("status-failed.json").replace("\"timestamp\": \"1750857384\"", "\"timestamp\": \"abc\"");
    byte[] body = json.getBytes(StandardCharsets.UTF_8);

    // when
    List<WebhookEvent> events = WebhookProcessor.parse(body);

    // then: nothing thrown, the status kept raw, the reason names where and what
    assertThat(events).singleElement().isInstanceOf(UnknownEvent.class);
    UnknownEvent unknown = (UnknownEvent) events.get(0);
    assertThat(unknown.reason())
        .isEqualTo("could not interpret status: " + STATUS_PATH
            + ".timestamp: expected a number or a numeric string, was \"abc\"");
    assertThat(unknown.raw().asMap()).containsEntry("id", "wamid.STATUSFAILED").containsEntry("timestamp", "abc");
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
  }

  @Test
  void aMessageWithATimestampOutOfRangeKeepsItsIdAndNamesThePath() {
    String json = fixture("text.json").replaceFirst("\"timestamp\":\"\\d+\"", "\"timestamp\":1e30");

    UnknownEvent unknown = single(json, UnknownEvent.class);

    assertThat(unknown.eventId()).startsWith("message:wamid.");
    assertThat(unknown.reason())
        .isEqualTo("message has no valid \"timestamp\": $.entry[0].changes[0].value.messages[0].timestamp: "
            + "expected whole Unix seconds, was 1E+30");
  }

  @Test
  void aMalformedOptionalValueReadsAsAbsent() {
    // entry time is optional: a wrong kind there leaves the event intact with no time
    String json = fixture("template-status.json").replace("\"time\": 1739321024", "\"time\": {\"a\": []}");

    TemplateStatusUpdate update = single(json, TemplateStatusUpdate.class);

    assertThat(update.time()).isNull();
    assertThat(update.templateName()).isEqualTo("order_confirmation");
  }

  @Test
  void templateAndPhoneNumberEventsShareOneHeader() {
    TemplateStatusUpdate update = Fixtures.single("template-status.json", TemplateStatusUpdate.class);

    ChangeHeader header = update.header();
    assertThat(header.field()).isEqualTo("message_template_status_update");
    assertThat(header.businessAccountId()).isEqualTo("102290129340398").isEqualTo(update.businessAccountId());
    assertThat(header.time()).isEqualTo(Instant.ofEpochSecond(1739321024)).isEqualTo(update.time());
    assertThat(header.eventId()).isEqualTo(update.eventId()).startsWith("message_template_status_update:");
    assertThat(header.raw()).isSameAs(update.raw());
    assertThat(update.raw().asMap()).containsEntry("event", "REJECTED");

    PhoneNumberQualityUpdate quality = Fixtures.single("phone-quality.json", PhoneNumberQualityUpdate.class);
    assertThat(quality.header().field()).isEqualTo("phone_number_quality_update");
    assertThat(quality.eventId()).startsWith("phone_number_quality_update:");
  }

  @Test
  void openValuesReturnTheConstantForAKnownValueAndKeepAnUnknownOne() {
    assertThat(AccountUpdateType.of("verified_account")).isSameAs(AccountUpdateType.VERIFIED_ACCOUNT);
    assertThat(AlertSeverity.of(" Warning ")).isSameAs(AlertSeverity.WARNING);
    assertThat(ReviewDecision.of("approved")).isSameAs(ReviewDecision.APPROVED);
    assertThat(SystemMessageType.of("USER_CHANGED_USER_ID")).isSameAs(SystemMessageType.USER_CHANGED_USER_ID);
    assertThat(UserPreferenceCategory.of("MARKETING_MESSAGES")).isSameAs(UserPreferenceCategory.MARKETING_MESSAGES);
    assertThat(UserPreferenceValue.of("Resume")).isSameAs(UserPreferenceValue.RESUME);
    assertThat(PhoneNumberQualityEvent.of("flagged")).isSameAs(PhoneNumberQualityEvent.FLAGGED);
    assertThat(PricingType.of("FREE_ENTRY_POINT")).isSameAs(PricingType.FREE_ENTRY_POINT);

    PhoneNumberQualityEvent later = PhoneNumberQualityEvent.of("QUARANTINED");
    assertThat(later.isKnown()).isFalse();
    assertThat(later.value()).isEqualTo("QUARANTINED");
    assertThat(later).isEqualTo(new PhoneNumberQualityEvent("QUARANTINED"));
    assertThat(PhoneNumberQualityEvent.FLAGGED.isKnown()).isTrue();
  }

  @Test
  void anUnknownStatusKeepsMetasValueAndItsEventId() {
    String json = fixture("status-failed.json").replace("\"status\": \"failed\"", "\"status\": \"Teleported\"");

    MessageStatus status = single(json, MessageStatus.class);

    assertThat(status.status()).isEqualTo(DeliveryStatus.of("Teleported"));
    assertThat(status.status().isKnown()).isFalse();
    assertThat(status.eventId()).isEqualTo("status:wamid.STATUSFAILED:teleported");
  }

  private static <T extends WebhookEvent> T single(String json, Class<T> type) {
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(events).singleElement().isInstanceOf(type);
    return type.cast(events.get(0));
  }
}
