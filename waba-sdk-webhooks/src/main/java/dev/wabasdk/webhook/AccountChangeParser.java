package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.username.UsernameStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the phone number fields ({@code phone_number_quality_update}, {@code phone_number_name_update},
 * {@code business_username_update}) and the
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
      case "business_username_update" ->
          new BusinessUsernameUpdate(
              c.header(),
              c.string("display_phone_number"),
              c.string("username"),
              c.open("status", UsernameStatus::of));
      case "account_update" -> accountUpdate(c);
      case "account_alerts" -> accountAlert(c);
      case "account_review_update" -> new AccountReviewUpdate(c.header(), c.open("decision", ReviewDecision::of));
      case "business_capability_update" ->
          new BusinessCapabilityUpdate(
              c.header(),
              c.firstString("max_daily_conversations_per_business", "max_daily_conversation_per_phone"),
              // Two limits, not two names of one: the portfolio's and the WhatsApp Business Account's.
              c.string("max_phone_numbers_per_business"),
              c.string("max_phone_numbers_per_waba"));
      default -> null;
    };
  }

  private static AccountUpdate accountUpdate(WebhookParser.Change c) {
    JsonView value = c.value();
    JsonView tier = value.object("volume_tier_info");
    JsonView waba = value.object("waba_info");
    JsonView ban = value.object("ban_info");
    JsonView violation = value.object("violation_info");
    JsonView disconnection = value.object("disconnection_info");
    JsonView auth = value.object("auth_international_rate_eligibility");
    JsonView certification = value.object("partner_client_certification_info");
    List<AccountUpdate.Restriction> restrictions = new ArrayList<>();
    for (JsonView restriction : value.objects("restriction_info")) {
      restrictions.add(new AccountUpdate.Restriction(
          restriction.string("restriction_type"), restriction.epochSecondsOrNull("expiration")));
    }
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
                tier.string("tier_update_time")),
        waba == null
            ? null
            : new AccountUpdate.WabaInfo(
                waba.string("waba_id"),
                waba.string("owner_business_id"),
                waba.string("partner_app_id"),
                waba.string("solution_id"),
                strings(waba, "solution_partner_business_ids"),
                waba.string("ad_account_id")),
        ban == null ? null : new AccountUpdate.BanInfo(ban.string("waba_ban_state"), ban.string("waba_ban_date")),
        restrictions,
        violation == null ? null : violation.string("violation_type"),
        disconnection == null ? null : disconnection.string("reason"),
        auth == null ? null : new AccountUpdate.AuthInternationalRateEligibility(
            auth.epochSecondsOrNull("start_time"), countryStarts(auth.objects("exception_countries"))),
        certification == null ? null : new AccountUpdate.PartnerClientCertification(
            certification.string("client_business_id"),
            certification.string("status"),
            strings(certification, "rejection_reasons")),
        c.string("business_verification_status"),
        c.string("primary_business_location"));
  }

  private static List<AccountUpdate.CountryStart> countryStarts(List<JsonView> countries) {
    List<AccountUpdate.CountryStart> result = new ArrayList<>(countries.size());
    for (JsonView country : countries) {
      result.add(new AccountUpdate.CountryStart(country.string("country_code"), country.epochSecondsOrNull("start_time")));
    }
    return result;
  }

  /** A list of strings (or numbers, kept as text); other items are skipped. */
  static List<String> strings(JsonView owner, String name) {
    if (!(owner.get(name) instanceof List<?> list)) {
      return List.of();
    }
    List<String> result = new ArrayList<>(list.size());
    for (Object item : list) {
      if (item instanceof String s) {
        result.add(s);
      } else if (item instanceof BigDecimal n) {
        result.add(n.toPlainString());
      }
    }
    return result;
  }

  private static AccountAlert accountAlert(WebhookParser.Change c) {
    JsonView info = c.value().object("alert_info");
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
