package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.error.WabaRecipientException;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.spring.internal.WabaMeters;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.webhook.WebhookProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.LinkedMultiValueMap;

class WabaMetricsAutoConfigurationTest {
  private final FakeWhatsApp fake = FakeWhatsApp.start();
  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class,
          WabaMetricsAutoConfiguration.class))
      .withPropertyValues("waba.access-token=" + fake.accessToken(), "waba.phone-number-id=" + fake.phoneNumberId(),
          "waba.base-url=" + fake.baseUrl(), "waba.app-secret=" + Payloads.APP_SECRET, "waba.verify-token=v",
          // The SDK's engine never saw the user's message (no webhook here), so it must not hold the sends back.
          "waba.policy.mode=off");

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Test
  void metersExistOnlyWithARegistryBeanAndMicrometerOnTheClasspath() {
    runner.run(context -> assertThat(context).doesNotHaveBean(WabaMeters.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(context -> assertThat(context).hasSingleBean(WabaMeters.class));
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(context -> assertThat(context).doesNotHaveBean(WabaMeters.class));
  }

  @Test
  void countsSendsByTypeAndOutcomeAndGraphErrorsByCode() {
    fake.user("+4915112345678").sends("hi");
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      WhatsApp whatsApp = context.getBean(WhatsApp.class);
      MeterRegistry registry = context.getBean(MeterRegistry.class);

      whatsApp.messages().send(Message.text("+4915112345678", "Hello back"));
      fake.faults().nextCalls(1).failWith(GraphErrorResponse.of(131026));
      assertThatThrownBy(() -> whatsApp.messages().send(Message.text("+4915112345678", "Hello again")))
          .isInstanceOf(WabaRecipientException.class);

      assertThat(registry.get("waba.messages.sent").tags("type", "text", "outcome", "sent").counter().count())
          .isEqualTo(1.0);
      assertThat(registry.get("waba.messages.sent").tags("type", "text", "outcome", "failed").counter().count())
          .isEqualTo(1.0);
      assertThat(registry.get("waba.graph.errors").tags("code", "131026").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("waba.graph.requests").tags("endpoint", "messages", "method", "POST", "status", "200")
          .timer().count()).isEqualTo(1);
    });
  }

  @Test
  void countsWebhookEventsAndSignatureFailures() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      WabaWebhookController controller = context.getBean(WabaWebhookController.class);
      LinkedMultiValueMap<String, String> signed = new LinkedMultiValueMap<>();
      signed.add("X-Hub-Signature-256", Payloads.signature(Payloads.INBOUND_TEXT));
      controller.notification(signed, new ByteArrayInputStream(Payloads.INBOUND_TEXT));
      controller.notification(new LinkedMultiValueMap<>(), new ByteArrayInputStream(Payloads.INBOUND_TEXT));

      assertThat(registry.get("waba.webhook.events").tag("type", "InboundTextMessage").counter().count())
          .isEqualTo(1.0);
      assertThat(registry.get("waba.webhook.signature.failures").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("waba.webhook.requests").tag("status", "200").timer().count()).isEqualTo(1);
      assertThat(registry.get("waba.webhook.requests").tag("status", "401").timer().count()).isEqualTo(1);
      assertThat(context.getBean(WebhookProcessor.class)).isNotNull();
    });
  }

  @Test
  void countsPolicyDecisionsByVerdictAndReason() {
    runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("waba.policy.mode=enforce",
            "waba.policy.pair-rate-burst=1")
        .run(context -> {
          WhatsApp whatsApp = context.getBean(WhatsApp.class);
          PolicyEngine policy = context.getBean(PolicyEngine.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);

          // Outside the customer service window: the client's admit says a template is required.
          assertThatThrownBy(() -> whatsApp.messages().send(Message.text("+4915112345678", "Hello")))
              .isInstanceOf(WabaPolicyException.class);
          policy.recordInbound(WhatsAppUser.ofWaId("4915112345678"), Instant.now());
          whatsApp.messages().send(Message.text("+4915112345678", "Hello back"));
          assertThat(policy.evaluate(Message.text("+4915112345678", "Again")).reasonCode())
              .isEqualTo("pair_rate_limit");

          assertThat(registry.get("waba.policy.decisions")
              .tags("verdict", "template_required", "reason", "customer_service_window_closed").counter().count())
              .isEqualTo(1.0);
          assertThat(registry.get("waba.policy.decisions").tags("verdict", "allow", "reason", "allowed")
              .counter().count()).isEqualTo(1.0);
          assertThat(registry.get("waba.policy.decisions").tags("verdict", "deny", "reason", "pair_rate_limit")
              .counter().count()).isEqualTo(1.0);
          assertThat(registry.find("waba.policy.decisions").counters()).hasSize(3);
        });
  }
}
