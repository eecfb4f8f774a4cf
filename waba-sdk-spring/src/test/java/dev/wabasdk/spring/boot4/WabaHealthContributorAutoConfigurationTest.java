package dev.wabasdk.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.spring.WabaAutoConfiguration;
import dev.wabasdk.testkit.FakeWhatsApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Spring Boot 4 only (excluded from the {@code spring-boot-3.5} profile). */
class WabaHealthContributorAutoConfigurationTest {
  private final FakeWhatsApp fake = FakeWhatsApp.start();
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class,
          WabaHealthContributorAutoConfiguration.class,
          dev.wabasdk.spring.boot3.WabaHealthContributorAutoConfiguration.class))
      .withPropertyValues("waba.phone-number-id=" + fake.phoneNumberId(), "waba.base-url=" + fake.baseUrl());

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Test
  void reportsQualityAndTierFromACachedLookUp() {
    runner.withPropertyValues("waba.access-token=" + fake.accessToken()).run(context -> {
      WabaHealthIndicator indicator = context.getBean(WabaHealthIndicator.class);
      // The first probe does not wait for the network.
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
      indicator.probe().refresh().join();

      Health health = indicator.health();
      assertThat(health.getStatus()).as("%s", health.getDetails()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("phoneNumberId", fake.phoneNumberId())
          .containsKeys("qualityRating", "messagingLimitTier", "checkedAt");
      // The first probe may have started its own look-up before the explicit refresh: count from here on.
      long lookUps = fake.requests().stream().filter(r -> r.method().equals("GET")).count();
      assertThat(lookUps).isBetween(1L, 2L);
      indicator.health();
      indicator.health();
      assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET")).hasSize((int) lookUps);
    });
  }

  @Test
  void aRefusedTokenIsDown() {
    runner.withPropertyValues("waba.access-token=not-the-token").run(context -> {
      WabaHealthIndicator indicator = context.getBean(WabaHealthIndicator.class);
      indicator.probe().refresh().join();
      Health health = indicator.health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails().get("error").toString()).startsWith("WabaAuthenticationException")
          .doesNotContain("not-the-token");
    });
  }

  @Test
  void backsOffWhenDisabledOrWithoutBootHealth() {
    runner.withPropertyValues("waba.access-token=t", "management.health.waba.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(HealthIndicator.class));
    runner.withPropertyValues("waba.access-token=t")
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasNotFailed().hasBean("whatsApp").doesNotHaveBean("wabaHealthIndicator"));
  }

  @Test
  void onlyTheBoot4IndicatorIsRegistered() {
    runner.withPropertyValues("waba.access-token=t").run(context ->
        assertThat(context.getBean("wabaHealthIndicator")).isInstanceOf(WabaHealthIndicator.class));
  }
}
