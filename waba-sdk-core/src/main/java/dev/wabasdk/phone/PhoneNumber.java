package dev.wabasdk.phone;

import dev.wabasdk.health.HealthStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A business phone number of the WhatsApp Business Account ({@code GET /{phone-number-id}}). Fields Meta did not
 * return are null.
 * Immutable and thread-safe.
 *
 * @param id the phone number id (not the number)
 * @param displayPhoneNumber the number as shown, e.g. {@code +1 631-555-5555}
 * @param verifiedName the approved display name
 * @param qualityRating the quality rating
 * @param messagingLimitTier the business portfolio's messaging limit ({@code
 *     whatsapp_business_manager_messaging_limit}, or the deprecated {@code messaging_limit_tier} when only that came)
 * @param throughputLevel the throughput level
 * @param nameStatus the display name's review status
 * @param newNameStatus the review status of a display-name change
 * @param codeVerificationStatus the ownership verification status
 * @param status the connection status
 * @param platformType where the number is served from
 * @param accountMode live or sandbox
 * @param officialBusinessAccount whether it has the official business account badge
 * @param healthStatus whether messages can be sent from it ({@code health_status}: the number, its WhatsApp
 *     Business Account, the business portfolio and the app, with what blocks or limits each)
 */
public record PhoneNumber(
    String id,
    @Nullable String displayPhoneNumber,
    @Nullable String verifiedName,
    @Nullable QualityRating qualityRating,
    @Nullable MessagingLimitTier messagingLimitTier,
    @Nullable ThroughputLevel throughputLevel,
    @Nullable NameStatus nameStatus,
    @Nullable NameStatus newNameStatus,
    @Nullable CodeVerificationStatus codeVerificationStatus,
    @Nullable PhoneNumberStatus status,
    @Nullable PlatformType platformType,
    @Nullable AccountMode accountMode,
    @Nullable Boolean officialBusinessAccount,
    @Nullable HealthStatus healthStatus) {

  public PhoneNumber {
    Objects.requireNonNull(id, "id");
  }
}
