package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RateLimit;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Several businesses from {@code waba.tenants.<name>.*} or a bean, against a fake holding both. */
class WabaTenantsTest {
  private static final String NUMBER_B = "300000000000001";
  private static final String WABA_B = "200000000000001";
  private static final String USER = "+4915112345678";

  private FakeWhatsApp fake;
  private ApplicationContextRunner runner;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().tenant(WABA_B, NUMBER_B, "token-b", "+49 30 1234567").start();
    runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class))
        .withPropertyValues("waba.base-url=" + fake.baseUrl(), "waba.policy.mode=off");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void tenantsFromPropertiesSendWithTheirOwnTokens() {
    fake.user(USER).sends("hi A");
    fake.tenant(NUMBER_B).user(USER).sends("hi B");
    runner.withPropertyValues(
            "waba.tenants.acme.phone-number-id=" + fake.phoneNumberId(),
            "waba.tenants.acme.business-account-id=" + fake.businessAccountId(),
            "waba.tenants.acme.access-token=" + fake.accessToken(),
            "waba.tenants.bistro.phone-number-id=" + NUMBER_B,
            "waba.tenants.bistro.business-account-id=" + WABA_B,
            "waba.tenants.bistro.access-token=token-b",
            "waba.tenants.bistro.messages-per-second=5")
        .run(context -> {
          assertThat(context).hasNotFailed();
          WabaTenants tenants = context.getBean(WabaTenants.class);
          assertThat(tenants.names()).containsExactly("acme", "bistro");
          WhatsApp root = context.getBean(WhatsApp.class);
          assertThat(tenants.get("acme")).isSameAs(root);
          assertThat(tenants.byPhoneNumberId(NUMBER_B)).isSameAs(tenants.get("bistro"));
          assertThat(tenants.get("bistro").businessAccountId()).isEqualTo(WABA_B);
          tenants.get("acme").messages().send(Message.text(USER, "answer A"));
          tenants.get("bistro").messages().send(Message.text(USER, "answer B"));
          assertThat(context.getBean(WabaTenantProperties.class).toString()).doesNotContain("token-b");
        });
    assertThat(fake.sentMessages()).extracting(SentMessage::text).containsExactly("answer A");
    assertThat(fake.tenant(NUMBER_B).sentMessages()).extracting(SentMessage::text).containsExactly("answer B");
  }

  @Test
  void tenantsFromABeanShareTheClientAndItsTokenProvider() {
    fake.tenant(NUMBER_B).user(USER).sends("hi B");
    runner.withPropertyValues("waba.phone-number-id=" + fake.phoneNumberId())
        .withBean(dev.wabasdk.AccessTokenProvider.class,
            () -> t -> WABA_B.equals(t.businessAccountId()) ? "token-b" : fake.accessToken())
        .withBean(WabaTenants.Source.class, () -> () -> {
          Map<String, WabaTenants.Definition> all = new LinkedHashMap<>();
          all.put("bistro", new WabaTenants.Definition(Tenant.of(NUMBER_B, WABA_B), RateLimit.perSecond(10)));
          return all;
        })
        .run(context -> {
          assertThat(context).hasNotFailed();
          WabaTenants tenants = context.getBean(WabaTenants.class);
          assertThat(tenants.names()).containsExactly("bistro");
          tenants.get("bistro").messages().send(Message.text(USER, "from a bean"));
        });
    assertThat(fake.tenant(NUMBER_B).sentMessages()).extracting(SentMessage::text).containsExactly("from a bean");
  }

  @Test
  void aTenantWithoutANumberOrTokenFailsStartUpNamingTheProperty() {
    runner.withPropertyValues("waba.phone-number-id=" + fake.phoneNumberId(), "waba.access-token=x",
            "waba.tenants.broken.business-account-id=" + WABA_B)
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("waba.tenants.broken.phone-number-id"));
    runner.withPropertyValues("waba.tenants.acme.phone-number-id=" + fake.phoneNumberId())
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("waba.access-token"));
  }
}
