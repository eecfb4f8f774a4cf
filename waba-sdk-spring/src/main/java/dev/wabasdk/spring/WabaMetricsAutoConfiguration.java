package dev.wabasdk.spring;

import dev.wabasdk.spring.internal.WabaMeters;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters ({@code waba.messages.sent}, {@code waba.graph.errors}, {@code waba.graph.requests},
 * {@code waba.webhook.events}, {@code waba.webhook.signature.failures}, {@code waba.webhook.requests},
 * {@code waba.policy.decisions}, the last through the policy engine's decision listener) and the campaign meters
 * ({@link WabaCampaignMeters}) when
 * Micrometer is on the classpath and a {@link MeterRegistry} bean exists. Ordered after Boot's metrics
 * auto-configurations of both generations by name, so it loads on either.
 */
@AutoConfiguration(before = {WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class}, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class WabaMetricsAutoConfiguration {

  WabaMetricsAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  WabaMeters wabaMeters(MeterRegistry registry) {
    return new WabaMeters(registry);
  }

  /** Campaign meters; the app gives the bean to its {@code CampaignRunner} as a listener. */
  @Bean
  @ConditionalOnMissingBean
  WabaCampaignMeters wabaCampaignMeters(MeterRegistry registry) {
    return new WabaCampaignMeters(registry);
  }
}
