package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.internal.JsonObject;
import dev.wabasdk.phone.MessagingLimitTier;
import org.jspecify.annotations.Nullable;

/**
 * Parses the phone number fields ({@code phone_number_quality_update}, {@code phone_number_name_update}) and the
 * account fields ({@code account_update}, {@code account_alerts}, {@code account_review_update},
 * {@code business_capability_update}). Stateless.
 */
final class AccountChangeParser {
  private AccountChangeParser() {}

  /** The event of a phone number or account field, or null when the field is neither. */
  static @Nullable WebhookEvent parse(WebhookParser.Change c) {
    return switch (c.field()) {
      case "phone_number_quality_update" ->
          new PhoneNumberQualityUpdate(
              c.header(),
              c.string("display_phone_number"),
              PhoneNumberQualityEvent.of(WebhookParser.orEmpty(c.string("event"))),
              c.open("current_limit", MessagingLimitTier::of),
              c.open("old_limit", MessagingLimitTier::of),
              c.string("max_daily_conversations_per_business"));
      case "phone_number_name_update" ->
          new PhoneNumberNameUpdate(
              c.header(),
              c.string("display_phone_number"),
              c.open("decision", ReviewDecision::of),
              c.string("requested_verified_name"),
              c.string("rejection_reason"));
      case "account_update" -> accountUpdate(c);
      case "account_alerts" -> accountAlert(c);
      case "account_review_update" -> new AccountReviewUpdate(c.header(), c.open("decision", ReviewDecision::of));
      case "business_capability_update" ->
          new BusinessCapabilityUpdate(
              c.header(),
              c.firstString("max_daily_conversations_per_business", "max_daily_conversation_per_phone"),
              c.firstString("max_phone_numbers_per_business", "max_phone_numbers_per_waba"));
      default -> null;
    };
  }

  private static AccountUpdate accountUpdate(WebhookParser.Change c) {
    JsonObject tier = c.value().object("volume_tier_info");
    return new AccountUpdate(
        c.header(),
        AccountUpdateType.of(WebhookParser.orEmpty(c.string("event"))),
        c.string("phone_number"),
        tier == null
            ? null
            : new AccountUpdate.VolumeTierInfo(
                tier.string("effective_month"),
                WebhookParser.open(tier.string("pricing_category"), PricingCategory::of),
                tier.string("region"),
                tier.string("tier"),
                tier.string("tier_update_time")));
  }

  private static AccountAlert accountAlert(WebhookParser.Change c) {
    JsonObject info = c.value().object("alert_info");
    return new AccountAlert(
        c.header(),
        c.string("entity_type"),
        c.string("entity_id"),
        info == null ? null : WebhookParser.open(info.string("alert_severity"), AlertSeverity::of),
        info == null ? null : info.string("alert_status"),
        info == null ? null : info.string("alert_type"),
        info == null ? null : info.string("alert_description"));
  }
}
