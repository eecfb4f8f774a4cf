package dev.wabasdk.testkit.internal;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.testkit.FakeAudience;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The fake's settings, fixed when it is built. Immutable and thread-safe. */
public record FakeConfig(
    String accessToken,
    String appSecret,
    String phoneNumberId,
    String businessAccountId,
    String displayPhoneNumber,
    String verifiedName,
    String defaultApiVersion,
    Instant start,
    int throughputMps,
    int pairRateBurst,
    Duration pairRateInterval,
    MessagingLimitTier messagingLimit,
    boolean enforceCustomerServiceWindow,
    boolean autoDeliver,
    boolean autoRead,
    @Nullable Duration templateReviewDelay,
    @Nullable String webhookUrl,
    int webhookMaxAttempts,
    Duration webhookInitialBackoff,
    List<String> templates,
    boolean directSendEligible,
    @Nullable FakeAudience audience,
    String appId) {

  private static final Pattern NON_DIGIT = Pattern.compile("\\D");

  /** Unique users the messaging limit allows per moving 24 hours. */
  public int messagingLimitUsers() {
    Integer users = messagingLimit.uniqueUsers();
    return users == null ? Integer.MAX_VALUE : users;
  }

  /** The business number as digits, the way webhook {@code metadata.display_phone_number} carries it. */
  public String displayDigits() {
    return NON_DIGIT.matcher(displayPhoneNumber).replaceAll("");
  }

  @Override
  public String toString() {
    // Secrets never appear in logs or toString().
    return "FakeConfig[phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId + "]";
  }
}
