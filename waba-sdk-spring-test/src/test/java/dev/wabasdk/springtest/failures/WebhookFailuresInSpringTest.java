package dev.wabasdk.springtest.failures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.wabasdk.spring.test.AutoConfigureFakeWhatsApp;
import dev.wabasdk.testkit.FakeWhatsApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With {@code @AutoConfigureFakeWhatsApp}, a test whose app failed a webhook fails, unless it expects it; the next
 * test on the same cached context starts clean. The example tests are nested classes that Surefire does not run on
 * its own (and outside {@code dev.wabasdk.spring}, so the Boot 3.5 run's class pattern does not select them); this
 * test runs them through the JUnit Platform and reads their results.
 */
class WebhookFailuresInSpringTest {
  private static final String USER = "+4915112345678";

  @SpringBootTest(classes = BoomApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  @AutoConfigureFakeWhatsApp
  static class Examples {
    @Autowired FakeWhatsApp fake;

    @Test
    void listenerThrows() {
      fake.user(USER).sends("boom");
      fake.awaitWebhooks();
    }

    @Test
    void listenerThrowsAsExpected() {
      fake.expectWebhookFailures();
      fake.user(USER).sends("boom");
      fake.awaitWebhooks();
      assertThat(fake.webhookFailures().all()).isNotEmpty();
    }

    @Test
    void listenerIsFine() {
      fake.user(USER).sends("hi");
      fake.awaitWebhooks();
    }
  }

  @Test
  void aFailedWebhookFailsTheTestUnlessExpectedAndTheNextTestStartsClean() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Examples.class))
        .build();
    List<String> passed = new ArrayList<>();
    List<Throwable> failed = new ArrayList<>();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
          return;
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
          passed.add(id.getDisplayName());
        } else {
          failed.add(result.getThrowable().orElseThrow());
        }
      }
    });

    assertThat(passed).containsExactlyInAnyOrder("listenerThrowsAsExpected()", "listenerIsFine()");
    assertThat(failed).singleElement().satisfies(failure -> assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("The app failed ")
        .hasMessageContaining("call fake.expectWebhookFailures()")
        .hasMessageContaining("the app answered"));
  }
}
