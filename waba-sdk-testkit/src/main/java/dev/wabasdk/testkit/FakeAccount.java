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
}
