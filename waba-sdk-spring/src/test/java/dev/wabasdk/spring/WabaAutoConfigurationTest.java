package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.Message;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MarketingFrequencyCapRule;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyContext;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.policy.PolicyRule;
import dev.wabasdk.policy.QuietHoursRule;
import dev.wabasdk.spring.internal.WabaPropertyFailureAnalyzer;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class WabaAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class))
      .withPropertyValues("waba.access-token=EAAG-secret-token", "waba.phone-number-id=106540352242922");

  @Test
  void createsTheClientPolicyEngineStoreAndCostEstimatorFromTwoProperties() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(WhatsApp.class).hasSingleBean(PolicyEngine.class)
          .hasSingleBean(InMemoryConversationStore.class).hasSingleBean(CostEstimator.class);
      WhatsApp whatsApp = context.getBean(WhatsApp.class);
      assertThat(whatsApp.phoneNumberId()).isEqualTo("106540352242922");
      assertThat(whatsApp.apiVersion()).isEqualTo("v26.0");
      assertThat(whatsApp.businessAccountId()).isNull();
      assertThat(whatsApp.appId()).isNull();
      // The engine is installed as a send interceptor: outside the window it refuses before any request.
      assertThatThrownBy(() -> whatsApp.messages().send(Message.text("+4915112345678", "Hello")))
          .isInstanceOf(WabaPolicyException.class);
      PolicyEngine policy = context.getBean(PolicyEngine.class);
      assertThat(policy.mode()).isEqualTo(PolicyMode.ENFORCE);
      assertThat(policy.store()).isSameAs(context.getBean(ConversationStore.class));
      assertThat(policy.costEstimator()).isSameAs(context.getBean(CostEstimator.class));
      assertThat(policy.rules()).hasSameSizeAs(PolicyEngine.defaultRules());
    });
  }

  @Test
  void bindsEveryGroupOfProperties() {
    runner.withPropertyValues(
            "waba.business-account-id=102290129340398",
            "waba.app-id=1234567890123456",
            "waba.api-version=v25.0",
            "waba.policy.mode=warn",
            "waba.policy.pair-rate-spacing=10s",
            "waba.policy.pair-rate-burst=20",
            "waba.policy.marketing-frequency-cap.max-messages=2",
            "waba.policy.quiet-hours.start=21:00",
            "waba.policy.quiet-hours.end=08:00",
            "waba.cost.currency=EUR",
            "waba.cost.exchange-rates.USD=0.92",
            "waba.cost.zone=Europe/Berlin",
            "waba.retry.max-attempts=5",
            "waba.rate-limit.messages-per-second=20",
            "waba.webhook.path=/hooks/wa")
        .run(context -> {
          WabaProperties properties = context.getBean(WabaProperties.class);
          assertThat(properties.retry().maxAttempts()).isEqualTo(5);
          assertThat(properties.rateLimit().messagesPerSecond()).isEqualTo(20);
          assertThat(properties.webhook().path()).isEqualTo("/hooks/wa");
          assertThat(properties.webhook().maxBodySize().toBytes()).isEqualTo(1024 * 1024);
          WhatsApp whatsApp = context.getBean(WhatsApp.class);
          assertThat(whatsApp.apiVersion()).isEqualTo("v25.0");
          assertThat(whatsApp.businessAccountId()).isEqualTo("102290129340398");
          assertThat(whatsApp.appId()).isEqualTo("1234567890123456");
          PolicyEngine policy = context.getBean(PolicyEngine.class);
          assertThat(policy.mode()).isEqualTo(PolicyMode.WARN);
          assertThat(policy.rules()).contains(new PairRateRule(Duration.ofSeconds(10), 20),
              new MarketingFrequencyCapRule(2, Duration.ofDays(7)));
          assertThat(policy.rules()).hasAtLeastOneElementOfType(QuietHoursRule.class);
          CostEstimator cost = context.getBean(CostEstimator.class);
          assertThat(cost.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        });
  }

  @Test
  void aZeroPairRateSpacingRemovesThePairRateRule() {
    runner.withPropertyValues("waba.policy.pair-rate-spacing=0s").run(context ->
        assertThat(context.getBean(PolicyEngine.class).rules()).noneMatch(PairRateRule.class::isInstance));
  }

  @Test
  void policyRuleBeansAreAddedAfterTheBuiltInRules() {
    runner.withBean("noMarketingOnSundays", PolicyRule.class, () -> new SundayRule()).run(context -> {
      PolicyEngine policy = context.getBean(PolicyEngine.class);
      assertThat(policy.rules()).last().isInstanceOf(SundayRule.class);
      assertThat(policy.rules()).hasSize(PolicyEngine.defaultRules().size() + 1);
    });
  }

  @Test
  void missingAccessTokenFailsStartUpNamingTheProperty() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class))
        .withPropertyValues("waba.phone-number-id=106540352242922")
        .run(context -> {
          assertThat(context).hasFailed();
          WabaPropertyException e = rootCause(context.getStartupFailure());
          assertThat(e.property()).isEqualTo("waba.access-token");
          assertThat(e).hasMessage("waba.access-token is not set");
          FailureAnalysis analysis = new WabaPropertyFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).contains("waba.access-token is not set");
          assertThat(analysis.getAction()).startsWith("Set waba.access-token").contains("System User");
        });
  }

  @Test
  void missingPhoneNumberIdFailsStartUpNamingTheProperty() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class))
        .withPropertyValues("waba.access-token=EAAG-secret-token")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(rootCause(context.getStartupFailure()).property()).isEqualTo("waba.phone-number-id");
          assertThat(context.getStartupFailure()).rootCause().hasMessage("waba.phone-number-id is not set");
        });
  }

  @Test
  void anInvalidValueFailsNamingThePropertyAndTheRule() {
    runner.withPropertyValues("waba.api-version=26").run(context -> {
      assertThat(context).hasFailed();
      WabaPropertyException e = rootCause(context.getStartupFailure());
      assertThat(e.property()).isEqualTo("waba.api-version");
      assertThat(e).hasMessage("waba.api-version is invalid: apiVersion: must look like 'v26.0', was '26'");
    });
    runner.withPropertyValues("waba.policy.quiet-hours.start=9pm", "waba.policy.quiet-hours.end=08:00")
        .run(context -> assertThat(rootCause(context.getStartupFailure()))
            .hasMessage("waba.policy.quiet-hours.start is not a time of day (HH:mm): '9pm'"));
    runner.withPropertyValues("waba.app-id=my app/1").run(context -> {
      WabaPropertyException e = rootCause(context.getStartupFailure());
      assertThat(e.property()).isEqualTo("waba.app-id");
      assertThat(e).hasMessageStartingWith("waba.app-id is invalid: appId: ").hasMessageContaining("my app/1");
    });
  }

  @Test
  void secretsNeverAppearInTheFailureOrInToString() {
    runner.withPropertyValues("waba.api-version=bad", "waba.app-secret=app-secret-value").run(context -> {
      assertThat(context.getStartupFailure()).rootCause().message().doesNotContain("EAAG-secret-token");
    });
    runner.withPropertyValues("waba.app-secret=app-secret-value", "waba.verify-token=verify-value")
        .run(context -> {
          String text = context.getBean(WabaProperties.class).toString() + context.getBean(WhatsApp.class);
          assertThat(text).contains("106540352242922")
              .doesNotContain("EAAG-secret-token").doesNotContain("app-secret-value").doesNotContain("verify-value");
        });
  }

  @Test
  void everyBeanBacksOffWhenTheApplicationDefinesItsOwn() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context).hasSingleBean(WhatsApp.class).hasSingleBean(PolicyEngine.class)
          .hasSingleBean(CostEstimator.class).hasSingleBean(ConversationStore.class);
      assertThat(context.getBean(WhatsApp.class)).isSameAs(context.getBean("myWhatsApp"));
      assertThat(context.getBean(PolicyEngine.class)).isSameAs(context.getBean("myPolicy"));
      assertThat(context.getBean(CostEstimator.class)).isSameAs(context.getBean("myCost"));
      assertThat(context).doesNotHaveBean("wabaConversationStore").doesNotHaveBean("wabaHttpClient");
    });
  }

  @Test
  void aConversationStoreBeanReplacesTheInMemoryOneInThePolicyEngine() {
    ConversationStore mine = new InMemoryConversationStore();
    runner.withBean("redisLikeStore", ConversationStore.class, () -> mine).withPropertyValues("waba.store=redis")
        .run(context -> {
          assertThat(context).hasSingleBean(ConversationStore.class).doesNotHaveBean("wabaConversationStore");
          assertThat(context.getBean(PolicyEngine.class).store()).isSameAs(mine);
        });
  }

  @Test
  void redisStoreWithoutAStoreBeanFailsWithAnActionableMessage() {
    runner.withPropertyValues("waba.store=redis").run(context -> {
      assertThat(context).hasFailed();
      WabaPropertyException e = rootCause(context.getStartupFailure());
      assertThat(e.property()).isEqualTo("waba.store");
      assertThat(e.action()).contains("waba-sdk-redis");
    });
  }

  @Test
  void backsOffWithoutTheSdkOnTheClasspath() {
    runner.withClassLoader(new FilteredClassLoader(WhatsApp.class))
        .run(context -> assertThat(context).doesNotHaveBean(WabaProperties.class).doesNotHaveBean("whatsApp"));
  }

  @Test
  void customizersSeeTheBuilders() {
    runner.withBean(WhatsAppBuilderCustomizer.class, () -> builder -> builder.businessAccountId("42"))
        .run(context -> assertThat(context.getBean(WhatsApp.class).businessAccountId()).isEqualTo("42"));
  }

  static WabaPropertyException rootCause(Throwable failure) {
    Throwable t = failure;
    while (t != null && !(t instanceof WabaPropertyException)) {
      t = t.getCause();
    }
    assertThat(t).as("a WabaPropertyException in %s", failure).isNotNull();
    return (WabaPropertyException) t;
  }

  static final class SundayRule implements PolicyRule {
    @Override
    public Decision evaluate(PolicyContext context) {
      return Decision.allow();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    @Bean(destroyMethod = "close")
    WhatsApp myWhatsApp() {
      return WhatsApp.builder().accessToken("own").phoneNumberId("1").build();
    }

    @Bean
    PolicyEngine myPolicy() {
      return PolicyEngine.builder().build();
    }

    @Bean
    CostEstimator myCost() {
      return CostEstimator.ofDefaults();
    }

    @Bean
    ConversationStore myStore() {
      return new InMemoryConversationStore();
    }
  }
}
