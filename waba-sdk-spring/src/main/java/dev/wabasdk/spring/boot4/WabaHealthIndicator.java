package dev.wabasdk.spring.boot4;

import dev.wabasdk.spring.internal.PhoneNumberHealth;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the WhatsApp connection for Spring Boot 4 ({@code org.springframework.boot.health}): {@code UP} with
 * the phone number's quality rating and messaging limit tier when the token works, {@code DOWN} when Meta
 * refuses the token, {@code UNKNOWN} before the first look-up or while Meta cannot be reached. Probes never call
 * the Graph API themselves: the result is cached for {@code waba.health.cache-ttl} and refreshed in the
 * background. Thread-safe.
 */
public final class WabaHealthIndicator implements HealthIndicator {
  private final PhoneNumberHealth health;

  WabaHealthIndicator(PhoneNumberHealth health) {
    this.health = Objects.requireNonNull(health, "health");
  }

  /** The cached look-up behind this indicator. */
  PhoneNumberHealth probe() {
    return health;
  }

  @Override
  public Health health() {
    PhoneNumberHealth.Snapshot snapshot = health.current();
    Health.Builder builder = switch (snapshot.state()) {
      case UP -> Health.up();
      case DOWN -> Health.down();
      case UNKNOWN, ERROR -> Health.unknown();
    };
    builder.withDetails(snapshot.details());
    if (snapshot.checkedAt() != null) {
      builder.withDetail("checkedAt", snapshot.checkedAt().toString());
    }
    return builder.build();
  }
}
