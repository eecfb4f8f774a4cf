package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.events;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.BilledPricing;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.QualityScore;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.username.UsernameStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Statuses, asynchronous errors and the non-message subscription fields (cloud-api.md §6.5, §6.6). */
class StatusAndFieldParsingTest {

  private static final Instant ENTRY_TIME = Instant.ofEpochSecond(1739321024L);

  @Test
  void sentStatusWithConversationAndCbpPricing() {
    MessageStatus s = single("status-sent-cbp.json", MessageStatus.class);
    assertThat(s.id()).isEqualTo("wamid.HBgNNTUxNjk5MjMxODIyMhUCABEYEjgxQkVFRDVBQTVDODFDOTg3MQA=");
    assertThat(s.status()).isSameAs(DeliveryStatus.SENT);
    assertThat(s.status().value()).isEqualTo("sent");
    assertThat(s.timestamp()).isEqualTo(Instant.ofEpochSecond(1750857384L));
    assertThat(s.recipient()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(s.conversation())
        .isEqualTo(
            new Conversation(
                "a75d17ad06104c51166f948319b03c6a",
                Instant.ofEpochSecond(1750943820L),
                PricingCategory.MARKETING));
    assertThat(s.pricing())
        .isEqualTo(
            new Pricing(true, PricingModel.CBP, null, PricingCategory.MARKETING));
    assertThat(s.pricing().toBilledPricing())
        .isEqualTo(new BilledPricing(PricingModel.CBP, PricingCategory.MARKETING, null, true));
    assertThat(s.eventId())
        .isEqualTo("status:wamid.HBgNNTUxNjk5MjMxODIyMhUCABEYEjgxQkVFRDVBQTVDODFDOTg3MQA=:sent");
    assertThat(s.errors()).isEmpty();
    assertThat(s.groupId()).isNull();
  }

  @Test
  void deliveredStatusWithPerMessagePricingTypeAndCallbackData() {
    MessageStatus s = single("status-delivered-pmp.json", MessageStatus.class);
    assertThat(s.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(s.bizOpaqueCallbackData()).isEqualTo("order-42");
    assertThat(s.conversation()).isNull();
    assertThat(s.pricing())
        .isEqualTo(
            new Pricing(true, PricingModel.PMP, PricingType.REGULAR, PricingCategory.UTILITY));
    assertThat(s.pricing().toBilledPricing().charged()).isTrue();
  }

  @Test
  void readStatusInFreeEntryPointConversation() {
    MessageStatus s = single("status-read-fep.json", MessageStatus.class);
    assertThat(s.status()).isEqualTo(DeliveryStatus.READ);
    assertThat(s.pricing().type()).isEqualTo(PricingType.FREE_ENTRY_POINT);
    assertThat(s.pricing().category()).isEqualTo(PricingCategory.REFERRAL_CONVERSION);
    assertThat(s.pricing().billable()).isFalse();
    assertThat(s.conversation().originType()).isEqualTo(PricingCategory.REFERRAL_CONVERSION);
  }

  @Test
  void failedStatusCarriesErrors() {
    MessageStatus s = single("status-failed.json", MessageStatus.class);
    assertThat(s.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(s.errors())
        .containsExactly(
            new WebhookError(
                131026,
                "Message undeliverable",
                "Message undeliverable",
                "Message Undeliverable.",
                "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes"));
    assertThat(s.pricing()).isNull();
  }

  @Test
  void groupStatusesConcernParticipantsAndHaveDistinctIds() {
    List<WebhookEvent> events = events("status-group.json");
    assertThat(events).hasSize(2);
    MessageStatus first = (MessageStatus) events.get(0);
    MessageStatus second = (MessageStatus) events.get(1);
    assertThat(first.groupId()).isEqualTo("Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD");
    assertThat(first.recipient()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(second.recipient()).isEqualTo(WhatsAppUser.ofWaId("16505559876"));
    assertThat(first.eventId()).isEqualTo("status:wamid.GROUPMSG:read:16505551234");
    assertThat(first.eventId()).isNotEqualTo(second.eventId());
  }

  /**
   * Meta's groups webhooks page, "Group message delivered": the participant is {@code participant_recipient_id}, and
   * a free group message is priced {@code free_group_customer_service} / {@code group_service} (groups pricing page).
   */
  @Test
  void aGroupStatusNamesItsParticipantUnderTheGroupsWebhooksPagesSpelling() {
    MessageStatus s = single("status-group-delivered.json", MessageStatus.class);
    assertThat(s.groupId()).isEqualTo("Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD");
    assertThat(s.recipient()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(s.eventId()).isEqualTo("status:wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3:delivered:16505551234");
    assertThat(s.pricing().type()).isSameAs(PricingType.FREE_GROUP_CUSTOMER_SERVICE);
    assertThat(s.pricing().category()).isSameAs(PricingCategory.GROUP_SERVICE);
    assertThat(s.pricing().category().isKnown()).isTrue();
    assertThat(s.pricing().toBilledPricing().charged()).isFalse();
  }

  /**
   * Meta's business-scoped user id page, "Status messages webhooks for groups": {@code recipient_participant_id} is
   * omitted for a participant named by BSUID ({@code recipient_participant_user_id}, parent in
   * {@code recipient_participant_parent_user_id}); each participant's read is an event of its own.
   */
  @Test
  void aGroupStatusOfAParticipantNamedByBsuidKeepsTheParticipantAndItsOwnEventId() {
    List<WebhookEvent> events = events("status-group-bsuid.json");
    MessageStatus first = (MessageStatus) events.get(0);
    MessageStatus second = (MessageStatus) events.get(1);
    assertThat(first.recipient())
        .isEqualTo(new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", null));
    assertThat(second.recipient()).isEqualTo(new WhatsAppUser("16505559876", "US.7781120093312", null, null));
    assertThat(first.eventId()).isEqualTo("status:wamid.GROUPMSG:read:US.13491208655302741918");
    assertThat(second.eventId()).isEqualTo("status:wamid.GROUPMSG:read:16505559876");
  }

  @Test
  void statusForUsernameUserWithoutPhoneNumber() {
    MessageStatus s = single("status-bsuid.json", MessageStatus.class);
    assertThat(s.recipient())
        .isEqualTo(
            new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", "@ana.codes"));
    assertThat(s.recipientProfileName()).isEqualTo("Ana");
    assertThat(s.pricing().type()).isEqualTo(PricingType.FREE_CUSTOMER_SERVICE);
    assertThat(s.pricing().category()).isEqualTo(PricingCategory.SERVICE);
  }

  @Test
  void identityChangeCheckHashesOfSendersAndRecipients() {
    // Meta's identity change check: contacts[].identity_key_hash on messages, recipient_identity_key_hash on statuses.
    InboundTextMessage text = single("text-identity-check.json", InboundTextMessage.class);
    assertThat(text.identityKeyHash()).isEqualTo("DF2lS5v2W6x=");
    assertThat(text.from()).isEqualTo(new WhatsAppUser("16505551234", "US.13491208655302741918", null, null));
    MessageStatus delivered = single("status-identity-check.json", MessageStatus.class);
    assertThat(delivered.recipientIdentityKeyHash()).isEqualTo("DF2lS5v2W6x=");
    assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);

    MessageStatus mismatch = single("status-identity-mismatch.json", MessageStatus.class);
    assertThat(mismatch.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(mismatch.recipientIdentityKeyHash()).isNull();
    assertThat(mismatch.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(137000);
      assertThat(e.title()).isEqualTo("Recipient identity key hash mismatch");
    });
    // Without the check, neither carries a hash.
    assertThat(single("text.json", InboundTextMessage.class).identityKeyHash()).isNull();
    assertThat(single("status-delivered-pmp.json", MessageStatus.class).recipientIdentityKeyHash()).isNull();
  }

  @Test
  void statusOfAMessageSentToABsuidHasTheBsuidAsUserId() {
    String json =
        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{\"statuses\":[{"
            + "\"id\":\"wamid.B\",\"status\":\"failed\",\"timestamp\":\"5\","
            + "\"recipient_id\":\"US.13491208655302741918\"}]}}]}]}";
    MessageStatus s = (MessageStatus) WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(s.recipient()).isEqualTo(WhatsAppUser.ofUserId("US.13491208655302741918"));
  }

  @Test
  void unknownStatusAndPricingValuesMapToUnknownKeepingTheRawValue() {
    MessageStatus s = single("status-unknown.json", MessageStatus.class);
    assertThat(s.status().isKnown()).isFalse();
    assertThat(s.status().value()).isEqualTo("teleported");
    assertThat(s.pricing())
        .isEqualTo(
            new Pricing(
                null,
                PricingModel.of("XYZ"),
                PricingType.FREE_GROUP_CUSTOMER_SERVICE,
                PricingCategory.of("quantum_marketing")));
    assertThat(s.pricing().pricingModel().isKnown()).isFalse();
    assertThat(s.pricing().category().isKnown()).isFalse();
    assertThat(s.pricing().category().value()).isEqualTo("quantum_marketing");
  }

  @Test
  void topLevelErrorsBecomeApiErrorEvent() {
    ApiErrorEvent e = single("api-errors.json", ApiErrorEvent.class);
    assertThat(e.errors())
        .containsExactly(
            new WebhookError(
                130429,
                "Rate limit hit",
                "Rate limit hit",
                "Cloud API message throughput has been reached.",
                "/documentation/business-messaging/whatsapp/support/error-codes"));
    assertThat(e.metadata().phoneNumberId()).isEqualTo("106540352242922");
    assertThat(e.eventId()).startsWith("errors:").hasSize("errors:".length() + 32);
  }

  @Test
  void templateRejected() {
    TemplateStatusUpdate t = single("template-status.json", TemplateStatusUpdate.class);
    assertThat(t.status()).isSameAs(TemplateStatus.REJECTED);
    assertThat(t.status().value()).isEqualTo("REJECTED");
    assertThat(t.templateId()).isEqualTo("1689556908129832");
    assertThat(t.templateName()).isEqualTo("order_confirmation");
    assertThat(t.language()).isEqualTo("en_US");
    assertThat(t.reason()).isSameAs(RejectionReason.INVALID_FORMAT);
    assertThat(t.category()).isSameAs(TemplateCategory.UTILITY);
    assertThat(t.time()).isEqualTo(ENTRY_TIME);
    assertThat(t.businessAccountId()).isEqualTo("102290129340398");
    assertThat(t.raw().asMap()).containsKey("rejection_info");
  }

  @Test
  void templatePausedKeepsEveryDigitOfALargeIdAndTheOtherInfo() {
    TemplateStatusUpdate t = single("template-paused.json", TemplateStatusUpdate.class);
    assertThat(t.status()).isEqualTo(TemplateStatus.PAUSED);
    assertThat(t.templateId()).isEqualTo("9007199254740993");
    assertThat(t.reason()).isNull();
    assertThat(t.otherInfoTitle()).isEqualTo("SECOND_PAUSE");
    assertThat(t.otherInfoDescription()).isEqualTo("Your template has been paused for 6 hours due to low quality.");
  }

  @Test
  void templateQuality() {
    TemplateQualityUpdate t = single("template-quality.json", TemplateQualityUpdate.class);
    assertThat(t.previousQuality()).isEqualTo(QualityScore.GREEN);
    assertThat(t.newQuality()).isSameAs(QualityScore.YELLOW);
    assertThat(t.newQuality().value()).isEqualTo("YELLOW");
  }

  @Test
  void templateValuesThisSdkDoesNotKnowKeepMetasString() {
    List<WebhookEvent> events = WebhookProcessor.parse(templateChange("message_template_status_update",
        "\"event\":\"SHADOW_PAUSED\",\"message_template_name\":\"promo\",\"message_template_language\":\"en\","
            + "\"message_template_category\":\"LOYALTY\",\"rejection_info\":{\"reason\":\"TOO_SPARKLY\"}"));
    TemplateStatusUpdate t = (TemplateStatusUpdate) events.get(0);
    assertThat(t.status().isKnown()).isFalse();
    assertThat(t.status().value()).isEqualTo("SHADOW_PAUSED");
    assertThat(t.category().isKnown()).isFalse();
    assertThat(t.category().value()).isEqualTo("LOYALTY");
    // No top-level reason: the reason of rejection_info is used.
    assertThat(t.reason()).isEqualTo(RejectionReason.of("TOO_SPARKLY"));
    assertThat(t.reason().isKnown()).isFalse();

    TemplateQualityUpdate q = (TemplateQualityUpdate) WebhookProcessor.parse(templateChange(
        "message_template_quality_update", "\"previous_quality_score\":\"UNKNOWN\",\"new_quality_score\":\"PURPLE\""))
        .get(0);
    assertThat(q.previousQuality()).isSameAs(QualityScore.UNKNOWN);
    assertThat(q.previousQuality().isKnown()).isTrue();
    assertThat(q.newQuality().isKnown()).isFalse();
    assertThat(q.newQuality().value()).isEqualTo("PURPLE");
  }

  private static byte[] templateChange(String field, String valueMembers) {
    return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"time\":1739321024,"
            + "\"changes\":[{\"field\":\"" + field + "\",\"value\":{" + valueMembers + "}}]}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void templateCategory() {
    TemplateCategoryUpdate t = single("template-category.json", TemplateCategoryUpdate.class);
    assertThat(t.previousCategory()).isSameAs(TemplateCategory.UTILITY);
    assertThat(t.newCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(t.correctCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(t.categoryUpdateTimestamp()).isNull();
  }

  @Test
  void anImpendingTemplateCategoryChangeSaysWhenAndKeepsTheCurrentCategory() {
    TemplateCategoryUpdate t = single("template-category-impending.json", TemplateCategoryUpdate.class);
    assertThat(t.newCategory()).isSameAs(TemplateCategory.UTILITY); // Meta: still the current category
    assertThat(t.correctCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(t.categoryUpdateTimestamp()).isEqualTo(java.time.Instant.ofEpochSecond(1746169200L));
    assertThat(t.previousCategory()).isNull();
  }

  @Test
  void templateComponents() {
    TemplateComponentsUpdate t = single("template-components.json", TemplateComponentsUpdate.class);
    assertThat(t.element()).isEqualTo("Your order {{1}} is confirmed.");
    assertThat(t.title()).isEqualTo("Order update");
    assertThat(t.footer()).isEqualTo("Acme Inc.");
    assertThat(t.raw().asMap()).containsKey("message_template_buttons");
  }

  @Test
  void phoneNumberQuality() {
    PhoneNumberQualityUpdate p = single("phone-quality.json", PhoneNumberQualityUpdate.class);
    assertThat(p.displayPhoneNumber()).isEqualTo("15550783881");
    assertThat(p.event()).isEqualTo(PhoneNumberQualityEvent.THROUGHPUT_UPGRADE);
    assertThat(p.oldLimit()).isSameAs(MessagingLimitTier.TIER_2K);
    assertThat(p.currentLimit()).isSameAs(MessagingLimitTier.TIER_10K);
    assertThat(p.maxDailyConversationsPerBusiness()).isEqualTo("TIER_10K");
    assertThat(p.messagingLimit()).isSameAs(MessagingLimitTier.TIER_10K);
  }

  @Test
  void phoneNumberQualityWithoutCurrentLimitTakesTheLimitFromMaxDailyConversations() {
    // Meta removed current_limit in Feb 2026; the tier now comes in max_daily_conversations_per_business.
    PhoneNumberQualityUpdate p = (PhoneNumberQualityUpdate) WebhookProcessor.parse(templateChange(
        "phone_number_quality_update", "\"display_phone_number\":\"15550783881\",\"event\":\"UPGRADE\","
            + "\"old_limit\":\"TIER_250\",\"max_daily_conversations_per_business\":\"TIER_2K\"")).get(0);
    assertThat(p.currentLimit()).isNull();
    assertThat(p.oldLimit()).isSameAs(MessagingLimitTier.TIER_250);
    assertThat(p.messagingLimit()).isSameAs(MessagingLimitTier.TIER_2K);
  }

  @Test
  void phoneNumberName() {
    PhoneNumberNameUpdate p = single("phone-name.json", PhoneNumberNameUpdate.class);
    assertThat(p.decision()).isEqualTo(ReviewDecision.APPROVED);
    assertThat(p.requestedVerifiedName()).isEqualTo("Acme Support");
    assertThat(p.rejectionReason()).isNull();
  }

  @Test
  void businessUsernameApprovedAndDeleted() {
    BusinessUsernameUpdate approved = single("business-username-approved.json", BusinessUsernameUpdate.class);
    assertThat(approved.displayPhoneNumber()).isEqualTo("15550783881");
    assertThat(approved.username()).isEqualTo("jaspers.market");
    assertThat(approved.status()).isSameAs(UsernameStatus.APPROVED);
    assertThat(approved.businessAccountId()).isEqualTo("102290129340398");
    assertThat(approved.time()).isEqualTo(Instant.ofEpochSecond(1764979200));
    assertThat(approved.header().field()).isEqualTo("business_username_update");
    // Meta omits the username of a deleted one.
    BusinessUsernameUpdate deleted = single("business-username-deleted.json", BusinessUsernameUpdate.class);
    assertThat(deleted.username()).isNull();
    assertThat(deleted.status()).isSameAs(UsernameStatus.DELETED);
    // A status Meta adds later is kept as sent.
    BusinessUsernameUpdate later = (BusinessUsernameUpdate) WebhookProcessor.parse(templateChange(
        "business_username_update", "\"display_phone_number\":\"15550783881\",\"username\":\"jaspers\","
            + "\"status\":\"suspended\"")).get(0);
    assertThat(later.status()).isEqualTo(new UsernameStatus("suspended"));
    assertThat(later.status().isKnown()).isFalse();
  }

  @Test
  void accountUpdateWithVolumeTier() {
    AccountUpdate a = single("account-update.json", AccountUpdate.class);
    assertThat(a.event()).isEqualTo(AccountUpdateType.VOLUME_BASED_PRICING_TIER_UPDATE);
    assertThat(a.volumeTierInfo())
        .isEqualTo(
            new AccountUpdate.VolumeTierInfo("2025-11", PricingCategory.UTILITY, "INDIA", "25000001:50000000", "1761955200"));
  }

  @Test
  void accountAlert() {
    AccountAlert a = single("account-alerts.json", AccountAlert.class);
    assertThat(a.entityType()).isEqualTo("BUSINESS");
    assertThat(a.entityId()).isEqualTo("506914307656634");
    assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(a.alertStatus()).isEqualTo("ACTIVE");
    assertThat(a.alertType()).isEqualTo("INCREASED_CAPABILITIES_ELIGIBILITY_NEED_MORE_INFO");
    assertThat(a.description()).isEqualTo("Provide more information to increase your messaging limit.");
  }

  @Test
  void accountReviewAndBusinessCapability() {
    assertThat(single("account-review.json", AccountReviewUpdate.class).decision())
        .isEqualTo(ReviewDecision.APPROVED);
    BusinessCapabilityUpdate b = single("business-capability.json", BusinessCapabilityUpdate.class);
    assertThat(b.maxDailyConversationsPerBusiness()).isEqualTo("TIER_10K");
    assertThat(b.maxPhoneNumbersPerBusiness()).isEqualTo("25");
    assertThat(b.maxPhoneNumbersPerWaba()).isNull();
    assertThat(b.messagingLimit()).isSameAs(MessagingLimitTier.TIER_10K);
  }

  /** Meta's payload example sends the limit as a count (2000), not as the TIER_* its table names. */
  @Test
  void businessCapabilityWithMetasExampleCountNamesTheTier() {
    BusinessCapabilityUpdate b = single("business-capability-count.json", BusinessCapabilityUpdate.class);
    assertThat(b.maxDailyConversationsPerBusiness()).isEqualTo("2000");
    assertThat(b.messagingLimit()).isSameAs(MessagingLimitTier.TIER_2K);
    // The WhatsApp Business Account's limit, not the portfolio's.
    assertThat(b.maxPhoneNumbersPerWaba()).isEqualTo("25");
    assertThat(b.maxPhoneNumbersPerBusiness()).isNull();
  }

  /** Meta's syntax sends both phone number limits: the business portfolio's and the WhatsApp Business Account's. */
  @Test
  void businessCapabilityKeepsBothPhoneNumberLimits() {
    BusinessCapabilityUpdate b = (BusinessCapabilityUpdate) WebhookProcessor.parse(templateChange(
        "business_capability_update", "\"max_daily_conversations_per_business\":\"TIER_2K\","
            + "\"max_phone_numbers_per_business\":20,\"max_phone_numbers_per_waba\":2")).get(0);
    assertThat(b.maxPhoneNumbersPerBusiness()).isEqualTo("20");
    assertThat(b.maxPhoneNumbersPerWaba()).isEqualTo("2");
  }

  /** Meta's values: 250, 2000, 10000, 100000, and -1 for unlimited; also as text, and in the older per-phone field. */
  @Test
  void businessCapabilityCountsMapToTheirTiers() {
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":250")).isSameAs(MessagingLimitTier.TIER_250);
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":\"10000\""))
        .isSameAs(MessagingLimitTier.TIER_10K);
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":100000"))
        .isSameAs(MessagingLimitTier.TIER_100K);
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":-1"))
        .isSameAs(MessagingLimitTier.TIER_UNLIMITED);
    assertThat(capabilityLimit("\"max_daily_conversation_per_phone\":1000")).isSameAs(MessagingLimitTier.TIER_1K);
    assertThat(capabilityLimit("\"max_daily_conversation_per_phone\":\" -1 \""))
        .isSameAs(MessagingLimitTier.TIER_UNLIMITED);
  }

  @Test
  void businessCapabilityWithACountNoTierHasKeepsTheCount() {
    BusinessCapabilityUpdate b = (BusinessCapabilityUpdate) WebhookProcessor.parse(templateChange(
        "business_capability_update", "\"max_daily_conversation_per_phone\":5000,\"max_phone_numbers_per_waba\":2"))
        .get(0);
    assertThat(b.maxDailyConversationsPerBusiness()).isEqualTo("5000");
    assertThat(b.messagingLimit()).isNull();
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":2000.5")).isNull();
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":-2")).isNull();
    assertThat(capabilityLimit("\"max_daily_conversations_per_business\":\"\"")).isNull();
  }

  private static @Nullable MessagingLimitTier capabilityLimit(String valueMembers) {
    return ((BusinessCapabilityUpdate) WebhookProcessor.parse(templateChange("business_capability_update",
        valueMembers)).get(0)).messagingLimit();
  }

  @Test
  void marketingOptOut() {
    UserPreferenceUpdate u = single("user-preferences.json", UserPreferenceUpdate.class);
    assertThat(u.user()).isEqualTo(WhatsAppUser.ofWaId("16505551234"));
    assertThat(u.profileName()).isEqualTo("Sheena Nelson");
    assertThat(u.category()).isEqualTo(UserPreferenceCategory.MARKETING_MESSAGES);
    assertThat(u.value()).isEqualTo(UserPreferenceValue.STOP);
    assertThat(u.detail()).isEqualTo("User requested to stop marketing messages");
    assertThat(u.timestamp()).isEqualTo(Instant.ofEpochSecond(1731705721L));
  }

  @Test
  void unknownFieldBecomesUnknownEventWithRawValue() {
    UnknownEvent u = single("unknown-field.json", UnknownEvent.class);
    assertThat(u.field()).isEqualTo("future_field");
    assertThat(u.reason()).isEqualTo("unknown field \"future_field\"");
    assertThat(u.raw().asMap()).containsKey("future_field");
    assertThat(u.eventId()).startsWith("future_field:");
  }

  @Test
  void contentIdsAreStableAcrossRedeliveryAndDifferForDifferentContent() {
    String first = single("template-status.json", TemplateStatusUpdate.class).eventId();
    String again = single("template-status.json", TemplateStatusUpdate.class).eventId();
    String other = single("template-paused.json", TemplateStatusUpdate.class).eventId();
    assertThat(first).isEqualTo(again).isNotEqualTo(other).startsWith("message_template_status_update:");
  }

  @Test
  void multiEntryPayloadYieldsEveryEventInOrder() {
    List<WebhookEvent> events = events("multi-entry.json");
    assertThat(events).extracting(WebhookEvent::eventId)
        .containsExactly(
            "message:wamid.M1",
            "message:wamid.M2",
            "status:wamid.OUT1:sent",
            "status:wamid.OUT1:delivered",
            events.get(4).eventId(),
            "message:wamid.M3");
    assertThat(events.get(0)).isInstanceOf(InboundTextMessage.class);
    assertThat(((InboundMessage) events.get(0)).profileName()).isEqualTo("Sheena Nelson");
    assertThat(((InboundMessage) events.get(1)).profileName()).isEqualTo("Jane Doe");
    assertThat(((InboundMessage) events.get(1)).from()).isEqualTo(WhatsAppUser.ofWaId("16505559876"));
    assertThat(events.get(2)).isInstanceOf(MessageStatus.class);
    assertThat(events.get(4)).isInstanceOf(TemplateQualityUpdate.class);
    assertThat(events.get(4).businessAccountId()).isEqualTo("200000000000001");
    InboundReactionMessage reaction = (InboundReactionMessage) events.get(5);
    assertThat(reaction.isRemoval()).isTrue();
    assertThat(reaction.metadata().phoneNumberId()).isEqualTo("300000000000001");
    assertThat(reaction.profileName()).isEqualTo("Max");
  }

  @Test
  void unknownMembersAnywhereAreIgnored() {
    String json =
        "{\"object\":\"whatsapp_business_account\",\"new_top\":[1,2],\"entry\":[{\"id\":\"1\",\"x\":{},"
            + "\"changes\":[{\"field\":\"messages\",\"extra\":true,\"value\":{\"messaging_product\":\"whatsapp\","
            + "\"metadata\":{\"phone_number_id\":\"2\",\"display_phone_number\":\"3\",\"new\":1},"
            + "\"contacts\":[{\"wa_id\":\"4\",\"profile\":{\"name\":\"N\",\"avatar\":\"a\"},"
            + "\"identity_key_hash\":\"k\"}],"
            + "\"messages\":[{\"from\":\"4\",\"id\":\"wamid.X\",\"timestamp\":\"5\",\"type\":\"text\","
            + "\"text\":{\"body\":\"hi\",\"preview_url\":false},\"whatever\":[null]}]}}]}]}";
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(events).hasSize(1);
    InboundTextMessage m = (InboundTextMessage) events.get(0);
    assertThat(m.body()).isEqualTo("hi");
    assertThat(m.profileName()).isEqualTo("N");
  }

  @Test
  void unknownInteractiveReplyTypeBecomesUnknownMessage() {
    String json =
        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{"
            + "\"messages\":[{\"from\":\"4\",\"id\":\"wamid.C\",\"timestamp\":\"5\",\"type\":\"interactive\","
            + "\"interactive\":{\"type\":\"poll_vote_reply\","
            + "\"poll_vote_reply\":{\"option\":\"2\"}}}]}}]}]}";
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(events).singleElement().isInstanceOf(InboundUnknownMessage.class);
    assertThat(((InboundMessage) events.get(0)).type()).isEqualTo("interactive");
  }

  @Test
  void messageWithoutAnySenderIdentityBecomesUnknownEventInsteadOfFailing() {
    String json =
        "{\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{"
            + "\"messages\":[{\"id\":\"wamid.NOBODY\",\"timestamp\":\"5\",\"type\":\"text\","
            + "\"text\":{\"body\":\"?\"}}]}}]}]}";
    UnknownEvent u = (UnknownEvent) WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(u.eventId()).isEqualTo("message:wamid.NOBODY");
    assertThat(u.reason()).contains("no sender");
  }
}
