package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.OptOutRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.webhook.DeduplicationStore;
import dev.wabasdk.webhook.InboundAddressMessage;
import dev.wabasdk.webhook.InboundFlowReplyMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.webhook.WebhookResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

class WabaWebhookAutoConfigurationTest {
  private static final String[] PROPERTIES = {
      "waba.access-token=EAAG-secret-token", "waba.phone-number-id=" + Payloads.PHONE_NUMBER_ID,
      "waba.app-secret=" + Payloads.APP_SECRET, "waba.verify-token=verify-token-from-the-dashboard"};

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
      .withPropertyValues(PROPERTIES);
  private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
      .withPropertyValues(PROPERTIES);

  @Test
  void publishesEveryWebhookEventAsAnApplicationEvent() {
    runner.withUserConfiguration(Listeners.class).run(context -> {
      WebhookResponse response = context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
      assertThat(response.statusCode()).isEqualTo(200);
      Listeners listeners = context.getBean(Listeners.class);
      assertThat(listeners.texts).singleElement().satisfies(m -> {
        assertThat(m.body()).isEqualTo("Does it come in another color?");
        assertThat(m.from().waId()).isEqualTo("16505551234");
      });
      assertThat(listeners.all).hasSize(1);
      // A redelivery of the same message is dropped before listeners.
      context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
      assertThat(listeners.all).hasSize(1);
    });
  }

  @Test
  void aSubmittedAddressIsPublishedAsAnInboundAddressMessageNotAsAFlowReply() {
    runner.withUserConfiguration(AddressListeners.class).run(context -> {
      assertThat(context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.ADDRESS_REPLY), Payloads.ADDRESS_REPLY).statusCode()).isEqualTo(200);
      AddressListeners listeners = context.getBean(AddressListeners.class);
      assertThat(listeners.addresses).singleElement().satisfies(address -> {
        assertThat(address.savedAddressId()).isEqualTo("address1");
        assertThat(address.values().inPinCode()).isEqualTo("400063");
        assertThat(address.values().buildingName()).isEmpty();
        assertThat(address.body()).isEqualTo("CUSTOMER_NAME\n+91xxxxxxxxxx\n400063, 8, Goregaon, Mumbai");
        assertThat(address.context().id()).isEqualTo("wamid.ADDRESSMSG1");
      });
      assertThat(listeners.flowReplies).isEmpty();
    });
  }

  @Test
  void inboundMessagesOpenTheCustomerServiceWindowInThePolicyEngine() {
    Instant anHourLater = Instant.ofEpochSecond(Payloads.INBOUND_TEXT_TIMESTAMP).plusSeconds(3600);
    runner.withBean(Clock.class, () -> Clock.fixed(anHourLater, ZoneOffset.UTC)).run(context -> {
      PolicyEngine policy = context.getBean(PolicyEngine.class);
      Message reply = Message.text("+16505551234", "Blue and red");
      assertThat(policy.evaluate(reply).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
      context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
      assertThat(policy.evaluate(reply).verdict()).isEqualTo(Verdict.ALLOW);
    });
  }

  @Test
  void aUserWhoStoppedMarketingGetsNoMarketingTemplates() {
    runner.run(context -> {
      PolicyEngine policy = context.getBean(PolicyEngine.class);
      // A template whose category was never learnt counts as marketing.
      Message offer = Message.template("+16505551234", "spring_sale", "en_US");
      assertThat(policy.evaluate(offer).reasonCode()).isNotEqualTo(OptOutRule.REASON_MARKETING);
      context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.USER_STOPPED_MARKETING), Payloads.USER_STOPPED_MARKETING);
      assertThat(policy.evaluate(offer).verdict()).isEqualTo(Verdict.DENY);
      assertThat(policy.evaluate(offer).reasonCode()).isEqualTo(OptOutRule.REASON_MARKETING);
    });
  }

  @Test
  void eventsForAnotherBusinessNumberAreNotLearnt() {
    Instant anHourLater = Instant.ofEpochSecond(Payloads.INBOUND_TEXT_TIMESTAMP).plusSeconds(3600);
    runner.withPropertyValues("waba.phone-number-id=999999999")
        .withBean(Clock.class, () -> Clock.fixed(anHourLater, ZoneOffset.UTC))
        .run(context -> {
          context.getBean(WebhookProcessor.class)
              .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
          assertThat(context.getBean(PolicyEngine.class).evaluate(Message.text("+16505551234", "Hi")).verdict())
              .isEqualTo(Verdict.TEMPLATE_REQUIRED);
        });
  }

  @Test
  void wrongSignaturesAreRejectedBeforeAnyListener() {
    runner.withUserConfiguration(Listeners.class).run(context -> {
      byte[] tampered = new String(Payloads.INBOUND_TEXT).replace("color", "colour").getBytes();
      WebhookResponse response = context.getBean(WebhookProcessor.class)
          .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), tampered);
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(context.getBean(Listeners.class).all).isEmpty();
    });
  }

  @Test
  void webhookListenerAndDeduplicationStoreBeansAreUsed() {
    List<WebhookEvent> seen = new CopyOnWriteArrayList<>();
    runner.withBean(WebhookListener.class, () -> new WebhookListener() {
          @Override
          public void onEvent(WebhookEvent event) {
            seen.add(event);
          }
        })
        .withBean(DeduplicationStore.class, DeduplicationStore::disabled)
        .run(context -> {
          WebhookProcessor processor = context.getBean(WebhookProcessor.class);
          processor.handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
          processor.handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
          assertThat(seen).hasSize(2).allMatch(InboundTextMessage.class::isInstance);
        });
  }

  @Test
  void missingAppSecretOrVerifyTokenFailsStartUpNamingTheProperty() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
        .withPropertyValues("waba.access-token=t", "waba.phone-number-id=1", "waba.verify-token=v")
        .run(context -> {
          assertThat(context).hasFailed();
          WabaPropertyException e = WabaAutoConfigurationTest.rootCause(context.getStartupFailure());
          assertThat(e).hasMessage("waba.app-secret is not set");
          assertThat(e.action()).contains("waba.webhook.enabled=false");
        });
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
        .withPropertyValues("waba.access-token=t", "waba.phone-number-id=1", "waba.app-secret=s")
        .run(context -> assertThat(WabaAutoConfigurationTest.rootCause(context.getStartupFailure()))
            .hasMessage("waba.verify-token is not set"));
  }

  @Test
  void turnedOffItNeedsNoWebhookProperties() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class))
        .withPropertyValues("waba.access-token=t", "waba.phone-number-id=1", "waba.webhook.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookProcessor.class)
            .doesNotHaveBean(WabaWebhookController.class));
  }

  @Test
  void theEndpointExistsOnlyInServletWebApplicationsWithSpringMvc() {
    webRunner.run(context -> assertThat(context).hasSingleBean(WabaWebhookController.class));
    runner.run(context ->
        assertThat(context).hasSingleBean(WebhookProcessor.class).doesNotHaveBean(WabaWebhookController.class));
    webRunner.withClassLoader(new FilteredClassLoader("org.springframework.web.servlet.DispatcherServlet"))
        .run(context -> assertThat(context).hasSingleBean(WebhookProcessor.class)
            .doesNotHaveBean(WabaWebhookController.class));
  }

  @Test
  void theEndpointAnswersTheHandshakeAndPassesTheRawBody() {
    webRunner.withUserConfiguration(Listeners.class).run(context -> {
      WabaWebhookController controller = context.getBean(WabaWebhookController.class);
      ResponseEntity<String> handshake = controller.verify("subscribe", "verify-token-from-the-dashboard", "1158201444");
      assertThat(handshake.getStatusCode().value()).isEqualTo(200);
      assertThat(handshake.getBody()).isEqualTo("1158201444");
      assertThat(controller.verify("subscribe", "wrong", "1158201444").getStatusCode().value()).isEqualTo(403);

      LinkedMultiValueMap<String, String> headers = new LinkedMultiValueMap<>();
      headers.add("x-hub-signature-256", Payloads.signature(Payloads.INBOUND_TEXT));
      ResponseEntity<String> ok =
          controller.notification(headers, new ByteArrayInputStream(Payloads.INBOUND_TEXT));
      assertThat(ok.getStatusCode().value()).isEqualTo(200);
      assertThat(context.getBean(Listeners.class).texts).hasSize(1);
    });
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
    webRunner.withPropertyValues("waba.webhook.max-body-size=100B").run(context -> {
      WabaWebhookController controller = context.getBean(WabaWebhookController.class);
      LinkedMultiValueMap<String, String> headers = new LinkedMultiValueMap<>();
      headers.add("X-Hub-Signature-256", Payloads.signature(Payloads.INBOUND_TEXT));
      ByteArrayInputStream body = new ByteArrayInputStream(Payloads.INBOUND_TEXT);
      assertThat(controller.notification(headers, body).getStatusCode().value()).isEqualTo(413);
      assertThat(body.available()).isEqualTo(Payloads.INBOUND_TEXT.length - 101);
    });
  }

  @Test
  void theProcessorAndEndpointBackOff() {
    WebhookProcessor mine = WebhookProcessor.builder().appSecret("x").verifyToken("y").build();
    webRunner.withBean(WebhookProcessor.class, () -> mine).run(context -> {
      assertThat(context.getBean(WebhookProcessor.class)).isSameAs(mine);
      assertThat(context).hasSingleBean(WabaWebhookController.class);
    });
    webRunner.withBean("myController", WabaWebhookController.class,
            () -> new WabaWebhookController(mine, List.of()))
        .run(context -> assertThat(context).hasSingleBean(WabaWebhookController.class).hasBean("myController"));
  }

  @Test
  void asyncDispatchRunsListenersOnTheApplicationTaskExecutor() {
    List<Runnable> queued = new CopyOnWriteArrayList<>();
    runner.withPropertyValues("waba.webhook.async=true").withUserConfiguration(Listeners.class)
        .withBean("applicationTaskExecutor", Executor.class, () -> queued::add)
        .run(context -> {
          WebhookResponse response = context.getBean(WebhookProcessor.class)
              .handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT);
          // Meta is answered before any listener ran.
          assertThat(response.statusCode()).isEqualTo(200);
          assertThat(context.getBean(Listeners.class).texts).isEmpty();
          queued.forEach(Runnable::run);
          assertThat(context.getBean(Listeners.class).texts).hasSize(1);
        });
    runner.withPropertyValues("waba.webhook.async=true").run(context ->
        assertThat(WabaAutoConfigurationTest.rootCause(context.getStartupFailure()).property())
            .isEqualTo("waba.webhook.async"));
  }

  @Test
  void aFailingEventListenerIsAnswered500SoMetaRedeliversUnlessAtMostOnceIsAsked() {
    webRunner.withUserConfiguration(FailingOnce.class).run(context -> {
      WabaWebhookController controller = context.getBean(WabaWebhookController.class);
      LinkedMultiValueMap<String, String> headers = new LinkedMultiValueMap<>();
      headers.add("X-Hub-Signature-256", Payloads.signature(Payloads.INBOUND_TEXT));
      headers.add("Content-Type", "application/json");
      assertThat(controller.notification(headers, new ByteArrayInputStream(Payloads.INBOUND_TEXT))
          .getStatusCode().value()).isEqualTo(500);
      assertThat(controller.notification(headers, new ByteArrayInputStream(Payloads.INBOUND_TEXT))
          .getStatusCode().value()).isEqualTo(200);
      assertThat(controller.notification(headers, new ByteArrayInputStream(Payloads.INBOUND_TEXT))
          .getStatusCode().value()).isEqualTo(200);
      assertThat(context.getBean(FailingOnce.class).calls).hasSize(2); // the redelivery ran it, then a duplicate
    });
    webRunner.withUserConfiguration(FailingOnce.class)
        .withPropertyValues("waba.webhook.delivery-guarantee=at-most-once", "waba.webhook.lease-ttl=30s")
        .run(context -> {
          WebhookProcessor processor = context.getBean(WebhookProcessor.class);
          assertThat(processor.toString()).contains("guarantee=AT_MOST_ONCE");
          assertThat(processor.handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT)
              .statusCode()).isEqualTo(200);
          assertThat(processor.handle(Payloads.signedHeaders(Payloads.INBOUND_TEXT), Payloads.INBOUND_TEXT)
              .statusCode()).isEqualTo(200);
          assertThat(context.getBean(FailingOnce.class).calls).hasSize(1);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class FailingOnce {
    final List<String> calls = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InboundTextMessage message) {
      calls.add(message.id());
      if (calls.size() == 1) {
        throw new IllegalStateException("database down");
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class AddressListeners {
    final List<InboundAddressMessage> addresses = new CopyOnWriteArrayList<>();
    final List<InboundFlowReplyMessage> flowReplies = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InboundAddressMessage address) {
      addresses.add(address);
    }

    @EventListener
    void on(InboundFlowReplyMessage reply) {
      flowReplies.add(reply);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Listeners {
    final List<InboundTextMessage> texts = new CopyOnWriteArrayList<>();
    final List<WebhookEvent> all = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InboundTextMessage message) {
      texts.add(message);
    }

    @EventListener
    void any(WebhookEvent event) {
      all.add(event);
    }
  }
}
