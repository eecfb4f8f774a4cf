package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.FakeEngine;
import java.time.Duration;
import java.util.Objects;

/** Account handle of {@link FakeWhatsApp#account()}. Thread-safe, like the fake. */
public final class FakeAccount {
  /** Meta's restriction type for business-initiated messaging. */
  public static final String RESTRICTED_BIZ_INITIATED_MESSAGING = "RESTRICTED_BIZ_INITIATED_MESSAGING";

  private final FakeEngine engine;

  FakeAccount(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * Meta restricts business-initiated messaging for {@code duration} from now: the {@code account_update}
   * webhook with {@code event: ACCOUNT_RESTRICTION} and {@code RESTRICTED_BIZ_INITIATED_MESSAGING}.
   */
  public FakeAccount restrict(Duration duration) {
    return restrict(RESTRICTED_BIZ_INITIATED_MESSAGING, duration);
  }

  /** Meta restricts the account in the way {@code restrictionType} names, for {@code duration} from now. */
  public FakeAccount restrict(String restrictionType, Duration duration) {
    Objects.requireNonNull(restrictionType, "restrictionType");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration: must be positive, was " + duration);
    }
    engine.restrictAccount(restrictionType, engine.now().plus(duration));
    return this;
  }

  /**
   * Whether the business has completed Marketing Messages API onboarding (signed the terms); false at first. An
   * onboarded business's {@code /marketing_messages} sends are priced {@code marketing_lite}; otherwise they fall
   * back to Cloud API ({@code marketing}), or are refused when {@code product_policy} is {@code STRICT}.
   */
  public FakeAccount marketingMessagesOnboarded(boolean onboarded) {
    engine.marketingMessagesOnboarded(onboarded);
    return this;
  }

  /**
   * The account's {@code disable_marketing_messages_on_cloud_api}: when true, a marketing template sent through
   * Cloud API ({@code /messages}, or a {@code /marketing_messages} fallback) is refused with 131063.
   */
  public FakeAccount disableMarketingMessagesOnCloudApi(boolean disabled) {
    engine.disableMarketingMessagesOnCloudApi(disabled);
    return this;
  }
}
