package dev.wabasdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.WebhookReceiver;
import dev.wabasdk.webhook.DeliveryGuarantee;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The extension fails a test whose webhook listener threw (seen as a 500 answer, or reported through the SDK's
 * error handler), and lets it pass when the test expects it. The example tests are nested classes that Surefire
 * does not run on its own; this test runs them through the JUnit Platform and reads their results.
 */
class WebhookFailuresTest {
  private static final String USER = "+4915112345678";

  /** The app under test: the SDK's webhook processor over HTTP, with a listener that throws on "boom". */
  static WebhookHttpServer app(FakeWhatsApp fake, DeliveryGuarantee guarantee) {
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret())
        .verifyToken("fake-verify-token").deliveryGuarantee(guarantee)
        .errorHandler((event, listener, error) -> fake.webhookFailures().record(error))
        .on(InboundTextMessage.class, m -> {
          if (m.body().equals("boom")) {
            throw new IllegalStateException("the order table is missing");
          }
        }).build();
    WebhookHttpServer server = WebhookHttpServer.start(processor,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp");
    fake.webhookUrl("http://127.0.0.1:" + server.port() + "/webhooks/whatsapp");
    return server;
  }

  @WabaTest
  static class ListenerThrows {
    @Test
    void userSendsBoom(FakeWhatsApp fake) {
      try (WebhookHttpServer server = app(fake, DeliveryGuarantee.AT_LEAST_ONCE)) {
        fake.user(USER).sends("boom");
        fake.awaitWebhooks();
      }
    }
  }

  @WabaTest
  static class ListenerThrowsButAnswers200 {
    @Test
    void userSendsBoom(FakeWhatsApp fake) {
      try (WebhookHttpServer server = app(fake, DeliveryGuarantee.AT_MOST_ONCE)) {
        fake.user(USER).sends("boom");
        fake.awaitWebhooks();
      }
    }
  }

  @WabaTest
  static class ListenerThrowsAsExpected {
    @Test
    void userSendsBoom(FakeWhatsApp fake) {
      fake.expectWebhookFailures();
      try (WebhookHttpServer server = app(fake, DeliveryGuarantee.AT_LEAST_ONCE)) {
        fake.user(USER).sends("boom");
        fake.awaitWebhooks();
      }
      assertThat(fake.webhookFailures().all()).isNotEmpty();
    }
  }

  @WabaTest
  static class ListenerIsFine {
    @Test
    void userSendsHi(FakeWhatsApp fake, WebhookReceiver receiver) {
      receiver.failNext(1, 503); // the test's own failure, not the app's
      fake.user(USER).sends("hi");
      fake.awaitWebhooks();
      assertThat(receiver.payloads()).hasSize(1);
    }
  }

  private static List<TestExecutionResult> run(Class<?> testClass) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
        .build();
    List<TestExecutionResult> results = new ArrayList<>();
    LauncherFactory.create().execute(request, new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          results.add(result);
        }
      }
    });
    return results;
  }

  @Test
  void aListenerThatThrowsFailsTheTestWithTheAppsAnswer() {
    List<TestExecutionResult> results = run(ListenerThrows.class);

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
      Throwable failure = r.getThrowable().orElseThrow();
      assertThat(failure).isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("The app failed ")
          .hasMessageContaining("call fake.expectWebhookFailures()")
          .hasMessageContaining("webhook #1 (messages), attempt 1: the app answered 500");
      // and the processor's listener error, reported through its error handler, is the cause
      assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class)
          .hasMessage("the order table is missing");
    });
  }

  @Test
  void aListenerErrorReportedThroughTheSdkFailsTheTestThoughTheAppAnswered200() {
    List<TestExecutionResult> results = run(ListenerThrowsButAnswers200.class);

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
      Throwable failure = r.getThrowable().orElseThrow();
      assertThat(failure).hasMessageContaining(
          "a webhook listener threw java.lang.IllegalStateException: the order table is missing")
          .hasMessageNotContaining("answered 500");
      assertThat(failure.getCause()).hasMessage("the order table is missing");
    });
  }

  @Test
  void aTestThatExpectsTheFailurePasses() {
    assertThat(run(ListenerThrowsAsExpected.class)).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }

  @Test
  void failuresTheTestAskedTheReceiverForAreNotTheApps() {
    assertThat(run(ListenerIsFine.class)).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL));
  }

  @Test
  void withoutTheExtensionTheFakeListsTheFailuresAndAResetForgetsThem() {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WebhookHttpServer server = app(fake, DeliveryGuarantee.AT_LEAST_ONCE)) {
      fake.user(USER).sends("boom");
      fake.awaitWebhooks();

      assertThat(fake.webhookFailures().all())
          .contains("a webhook listener threw java.lang.IllegalStateException: the order table is missing")
          .anySatisfy(f -> assertThat(f).startsWith("webhook #1 (messages), attempt 1: the app answered 500"));
      assertThat(fake.webhookFailures().listenerErrors()).first().hasFieldOrPropertyWithValue("message",
          "the order table is missing");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> fake.webhookFailures().assertNoneUnexpected())
          .isInstanceOf(AssertionError.class).hasMessageContaining("the app answered 500");

      fake.reset();
      assertThat(fake.webhookFailures().all()).isEmpty();
      fake.webhookFailures().assertNoneUnexpected();
    }
  }
}
