package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.MessagingLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fake's settings, fixed when it is built. */
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
    MessagingLimit messagingLimit,
    boolean enforceCustomerServiceWindow,
    boolean autoDeliver,
    boolean autoRead,
    @Nullable Duration templateReviewDelay,
    @Nullable String webhookUrl,
    int webhookMaxAttempts,
    Duration webhookInitialBackoff,
    List<String> templates) {

  /** The business number as digits, the way webhook {@code metadata.display_phone_number} carries it. */
  public String displayDigits() {
    return displayPhoneNumber.replaceAll("\\D", "");
  }

  @Override
  public String toString() {
    // Secrets never appear in logs or toString().
    return "FakeConfig[phoneNumberId=" + phoneNumberId + ", businessAccountId=" + businessAccountId + "]";
  }
}
