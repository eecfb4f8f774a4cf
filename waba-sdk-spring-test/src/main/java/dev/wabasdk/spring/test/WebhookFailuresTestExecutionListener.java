package dev.wabasdk.spring.test;

import dev.wabasdk.testkit.FakeWhatsApp;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Fails a test of an {@link AutoConfigureFakeWhatsApp} context when the app failed a webhook the fake delivered
 * (answered non-2xx, or reported a listener error) and the test did not call
 * {@link FakeWhatsApp#expectWebhookFailures()}, as {@code FakeWhatsAppExtension} does for plain JUnit tests. The
 * fake lives as long as the cached context, so each test starts with no failures. Stateless.
 */
public final class WebhookFailuresTestExecutionListener implements TestExecutionListener, Ordered {
  /** After Spring's own listeners have prepared the context, before the test's {@code @BeforeEach} methods run. */
  @Override
  public int getOrder() {
    return 10_000;
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    FakeWhatsApp fake = fake(testContext);
    if (fake != null) {
      fake.webhookFailures().clear();
    }
  }

  @Override
  public void afterTestMethod(TestContext testContext) {
    FakeWhatsApp fake = fake(testContext);
    // A test that already failed keeps its own failure: it says more than the webhooks it left behind.
    if (fake != null && testContext.getTestException() == null) {
      fake.webhookFailures().assertNoneUnexpected();
    }
  }

  /** The context's fake, without loading a context the test class does not have. */
  private static @Nullable FakeWhatsApp fake(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return null;
    }
    ApplicationContext context = testContext.getApplicationContext();
    return context.containsBean("fakeWhatsApp") ? context.getBean("fakeWhatsApp", FakeWhatsApp.class) : null;
  }
}
