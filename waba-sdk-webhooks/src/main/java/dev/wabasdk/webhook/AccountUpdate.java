package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account changed ({@code account_update}): verification, restriction, ban, violation, offboarding,
 * reconnection, partner changes, a new volume-based pricing tier, and so on; every part Meta documents is kept.
 * Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param event what happened; a value this SDK does not know keeps Meta's string ({@link AccountUpdateType#isKnown()}
 *     is false)
 * @param phoneNumber the phone number concerned, when Meta sent one
 * @param volumeTierInfo the new tier, for {@code VOLUME_BASED_PRICING_TIER_UPDATE}, else null
 * @param wabaInfo {@code waba_info}: the account and its owner and partner, when Meta sent it
 * @param banInfo {@code ban_info}, for {@code DISABLED_UPDATE}
 * @param restrictions {@code restriction_info[]}, for {@code ACCOUNT_RESTRICTION} (empty otherwise)
 * @param violationType {@code violation_info.violation_type}, for {@code ACCOUNT_VIOLATION}
 * @param disconnectionReason {@code disconnection_info.reason}, when Meta sent it (e.g. with a partner removal)
 * @param authInternationalRateEligibility {@code auth_international_rate_eligibility}, for
 *     {@code AUTH_INTL_PRICE_ELIGIBILITY_UPDATE}
 * @param partnerClientCertification {@code partner_client_certification_info}, for
 *     {@code PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE}
 * @param businessVerificationStatus {@code business_verification_status}, for
 *     {@code BUSINESS_VERIFICATION_STATUS_UPDATE}
 * @param primaryBusinessLocation {@code primary_business_location}, for
 *     {@code BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE}
 */
public record AccountUpdate(
    ChangeHeader header,
    AccountUpdateType event,
    @Nullable String phoneNumber,
    @Nullable VolumeTierInfo volumeTierInfo,
    @Nullable WabaInfo wabaInfo,
    @Nullable BanInfo banInfo,
    List<Restriction> restrictions,
    @Nullable String violationType,
    @Nullable String disconnectionReason,
    @Nullable AuthInternationalRateEligibility authInternationalRateEligibility,
    @Nullable PartnerClientCertification partnerClientCertification,
    @Nullable String businessVerificationStatus,
    @Nullable String primaryBusinessLocation)
    implements AccountEvent {

  public AccountUpdate {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(event, "event == null");
    restrictions = List.copyOf(Objects.requireNonNull(restrictions, "restrictions == null"));
  }

  /**
   * {@code volume_tier_info}: the volume tier the business reached for a pricing category and market.
   *
   * @param effectiveMonth the month it applies to, e.g. {@code 2025-11}
   * @param pricingCategory the category, e.g. {@link PricingCategory#UTILITY}, null when absent
   * @param region the market, e.g. {@code INDIA}
   * @param tier the volume range, e.g. {@code 25000001:50000000}
   * @param tierUpdateTime {@code tier_update_time} as Meta sent it
   */
  public record VolumeTierInfo(
      @Nullable String effectiveMonth,
      @Nullable PricingCategory pricingCategory,
      @Nullable String region,
      @Nullable String tier,
      @Nullable String tierUpdateTime) {}

  /**
   * {@code waba_info}: which account, whose, and through which partner.
   *
   * @param wabaId {@code waba_id}
   * @param ownerBusinessId {@code owner_business_id}
   * @param partnerAppId {@code partner_app_id}
   * @param solutionId {@code solution_id}
   * @param solutionPartnerBusinessIds {@code solution_partner_business_ids}
   * @param adAccountId {@code ad_account_id}, for an ad account linked to the account
   */
  public record WabaInfo(
      @Nullable String wabaId,
      @Nullable String ownerBusinessId,
      @Nullable String partnerAppId,
      @Nullable String solutionId,
      List<String> solutionPartnerBusinessIds,
      @Nullable String adAccountId) {
    public WabaInfo {
      solutionPartnerBusinessIds = List.copyOf(solutionPartnerBusinessIds);
    }
  }

  /**
   * {@code ban_info}.
   *
   * @param state {@code waba_ban_state}, e.g. {@code SCHEDULE_FOR_DISABLE}, {@code DISABLE}, {@code REINSTATE}
   * @param date {@code waba_ban_date} as Meta sent it
   */
  public record BanInfo(@Nullable String state, @Nullable String date) {}

  /**
   * One {@code restriction_info[]} item.
   *
   * @param type {@code restriction_type}, e.g. {@code RESTRICTED_BIZ_INITIATED_MESSAGING}
   * @param expiration when it expires ({@code expiration}, Unix seconds), when valid
   */
  public record Restriction(@Nullable String type, @Nullable Instant expiration) {}

  /**
   * {@code auth_international_rate_eligibility}.
   *
   * @param startTime when the international authentication rate starts ({@code start_time}), when valid
   * @param exceptionCountries {@code exception_countries[]}: markets that start at another time
   */
  public record AuthInternationalRateEligibility(@Nullable Instant startTime, List<CountryStart> exceptionCountries) {
    public AuthInternationalRateEligibility {
      exceptionCountries = List.copyOf(exceptionCountries);
    }
  }

  /**
   * A market and when something starts there.
   *
   * @param countryCode {@code country_code}, e.g. {@code ID}
   * @param startTime {@code start_time}, when valid
   */
  public record CountryStart(@Nullable String countryCode, @Nullable Instant startTime) {}

  /**
   * {@code partner_client_certification_info}.
   *
   * @param clientBusinessId {@code client_business_id}
   * @param status {@code status}, e.g. {@code APPROVED}, {@code FAILED}
   * @param rejectionReasons {@code rejection_reasons}
   */
  public record PartnerClientCertification(
      @Nullable String clientBusinessId, @Nullable String status, List<String> rejectionReasons) {
    public PartnerClientCertification {
      rejectionReasons = List.copyOf(rejectionReasons);
    }
  }
}
