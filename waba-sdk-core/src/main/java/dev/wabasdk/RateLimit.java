package dev.wabasdk;

import dev.wabasdk.phone.PhoneNumber;
import dev.wabasdk.phone.ThroughputLevel;
import java.time.Duration;
import java.util.Objects;

/**
 * The client-side throughput limit for sends from one phone number, so the app smooths its traffic instead of
 * hitting Meta's 130429. Meta's throughput
 * (<a href="https://developers.facebook.com/docs/whatsapp/throughput">Throughput</a>): 80 messages per second per
 * number ({@code throughput.level} {@code STANDARD}), up to 1,000 once Meta upgrades the number ({@code HIGH}), and
 * 20 for a number shared with the WhatsApp Business app (coexistence). Follow the number's level with
 * {@link #of(PhoneNumber)} or {@link #forThroughput(ThroughputLevel)}:
 *
 * <pre>{@code
 * PhoneNumber number = whatsApp.phoneNumbers().get();
 * WhatsApp paced = WhatsApp.builder()...rateLimit(RateLimit.of(number)).build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param messagesPerSecond sends allowed per second, spread evenly
 * @param maxWait how long a send may wait for a permit before failing
 */
public record RateLimit(int messagesPerSecond, Duration maxWait) {

  /** 80 messages per second, waiting up to 30 s for a permit. */
  public static final RateLimit DEFAULT = new RateLimit(80, Duration.ofSeconds(30));

  public RateLimit {
    Objects.requireNonNull(maxWait, "maxWait");
    if (messagesPerSecond < 1) {
      throw new IllegalArgumentException("rateLimit.messagesPerSecond: must be at least 1, was " + messagesPerSecond);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("rateLimit.maxWait: must not be negative, was " + maxWait);
    }
  }

  /** Meta's upgraded throughput: up to 1,000 messages per second, waiting up to 30 s for a permit. */
  public static final RateLimit HIGH = new RateLimit(1000, DEFAULT.maxWait());

  /** A number in coexistence with the WhatsApp Business app: 20 messages per second. */
  public static final RateLimit COEXISTENCE = new RateLimit(20, DEFAULT.maxWait());

  /**
   * The limit for a {@code throughput.level}: {@link #HIGH} for {@code HIGH}, otherwise {@link #DEFAULT} (80 per
   * second), the standard level and the safe reading of an unknown one.
   *
   * @since 0.3
   */
  public static RateLimit forThroughput(ThroughputLevel level) {
    Objects.requireNonNull(level, "level");
    return ThroughputLevel.HIGH.equals(level) ? HIGH : DEFAULT;
  }

  /**
   * The limit for a phone number as the phone-number API describes it ({@code throughput.level}); {@link #DEFAULT}
   * when the level was not returned. A coexistence number (shared with the WhatsApp Business app) is limited to 20
   * per second by Meta whatever its level: use {@link #COEXISTENCE} for it.
   *
   * @since 0.3
   */
  public static RateLimit of(PhoneNumber phoneNumber) {
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    ThroughputLevel level = phoneNumber.throughputLevel();
    return level == null ? DEFAULT : forThroughput(level);
  }

  /** A limit of the given messages per second, waiting up to 30 s for a permit. */
  public static RateLimit perSecond(int messagesPerSecond) {
    return new RateLimit(messagesPerSecond, DEFAULT.maxWait());
  }
}
