package dev.wabasdk.testkit;

/**
 * The business portfolio's messaging limit: how many unique users may receive business-initiated messages
 * (outside their customer service window) in a moving 24 hours.
 */
public enum MessagingLimit {
  TIER_50(50),
  TIER_250(250),
  TIER_2K(2_000),
  TIER_10K(10_000),
  TIER_100K(100_000),
  TIER_UNLIMITED(Integer.MAX_VALUE);

  private final int uniqueUsers;

  MessagingLimit(int uniqueUsers) {
    this.uniqueUsers = uniqueUsers;
  }

  /** Unique users per moving 24 hours. */
  public int uniqueUsers() {
    return uniqueUsers;
  }
}
