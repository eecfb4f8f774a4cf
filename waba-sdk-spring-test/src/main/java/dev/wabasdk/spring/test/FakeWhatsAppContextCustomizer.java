package dev.wabasdk.spring.test;

import dev.wabasdk.testkit.FakeWhatsApp;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts the fake, overrides the {@code waba.*} connection properties and wires the webhook URL. */
final class FakeWhatsAppContextCustomizer implements ContextCustomizer {
  static final String VERIFY_TOKEN = "fake-verify-token";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
    FakeWhatsApp fake = FakeWhatsApp.start();
    TestPropertyValues.of(
            "waba.base-url=" + fake.baseUrl(),
            "waba.access-token=" + fake.accessToken(),
            "waba.phone-number-id=" + fake.phoneNumberId(),
            "waba.business-account-id=" + fake.businessAccountId(),
            "waba.app-secret=" + fake.appSecret(),
            "waba.verify-token=" + VERIFY_TOKEN)
        .applyTo(context);
    context.getBeanFactory().registerSingleton("fakeWhatsApp", fake);
    context.getBeanFactory().registerSingleton("fakeWhatsAppClock", fake.clock());
    context.addApplicationListener(event -> {
      if (event instanceof ContextRefreshedEvent refreshed && refreshed.getApplicationContext() == context) {
        fake.webhookUrl(webhookUrl(context.getEnvironment()));
      } else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
        fake.close();
      }
    });
  }

  /** The app's webhook URL once the embedded server listens; null without one (mock web environment). */
  private static @Nullable String webhookUrl(Environment environment) {
    String port = environment.getProperty("local.server.port");
    if (port == null) {
      return null;
    }
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    String path = environment.getProperty("waba.webhook.path", "/webhooks/whatsapp");
    return "http://localhost:" + port + contextPath + path;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    // Every customizer does the same, so test classes with the annotation share a cached context.
    return other instanceof FakeWhatsAppContextCustomizer;
  }

  @Override
  public int hashCode() {
    return FakeWhatsAppContextCustomizer.class.hashCode();
  }
}
