package dev.wabasdk.spring.boot4;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.spring.WabaAutoConfiguration;
import dev.wabasdk.spring.WabaProperties;
import dev.wabasdk.spring.internal.PhoneNumberHealth;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Registers the {@code waba} health indicator on Spring Boot 4 ({@code org.springframework.boot.health}) when a
 * {@link WhatsApp} bean exists; off with {@code management.health.waba.enabled=false}.
 */
@AutoConfiguration(after = WabaAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(WhatsApp.class)
@ConditionalOnEnabledHealthIndicator("waba")
public final class WabaHealthContributorAutoConfiguration {

  private static final Duration DEFAULT_CACHE_TTL = Duration.ofMinutes(5);

  WabaHealthContributorAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean(name = "wabaHealthIndicator")
  WabaHealthIndicator wabaHealthIndicator(WhatsApp whatsApp, ObjectProvider<PolicyEngine> policy,
      ObjectProvider<WabaProperties> properties, ObjectProvider<Clock> clock) {
    WabaProperties p = properties.getIfAvailable();
    return new WabaHealthIndicator(new PhoneNumberHealth(whatsApp, policy.getIfUnique(),
        p == null ? DEFAULT_CACHE_TTL : p.health().cacheTtl(), clock.getIfUnique(Clock::systemUTC)));
  }
}
