package dev.wabasdk.spring;

import static dev.wabasdk.spring.internal.Settings.apply;
import static dev.wabasdk.spring.internal.Settings.requireSecret;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.spring.internal.EventPublishingListener;
import dev.wabasdk.spring.internal.WebhookObserver;
import dev.wabasdk.spring.internal.WebhookStartupLog;
import dev.wabasdk.webhook.DeduplicationStore;
import dev.wabasdk.webhook.WebhookErrorHandler;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures the {@link WebhookProcessor} (signature check with {@code waba.app-secret}, handshake with
 * {@code waba.verify-token}) and, on servlet web applications with Spring MVC, the {@link WabaWebhookController}
 * at {@code waba.webhook.path}. Every event is published as a Spring application event and recorded in the policy
 * engine; {@link WebhookListener} beans, a {@link DeduplicationStore} bean and a {@link WebhookErrorHandler} bean
 * are used when present. Off with {@code waba.webhook.enabled=false}.
 */
@AutoConfiguration(after = WabaAutoConfiguration.class)
@ConditionalOnClass(WebhookProcessor.class)
@ConditionalOnProperty(name = "waba.webhook.enabled", havingValue = "true", matchIfMissing = true)
public final class WabaWebhookAutoConfiguration {

  WabaWebhookAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  WebhookProcessor wabaWebhookProcessor(WabaProperties p, ApplicationEventPublisher publisher,
      ObjectProvider<WebhookListener> listeners, ObjectProvider<PolicyEngine> policy,
      ObjectProvider<WhatsApp> whatsApp, ObjectProvider<DeduplicationStore> deduplication,
      ObjectProvider<WebhookErrorHandler> errorHandler,
      @Qualifier("applicationTaskExecutor") ObjectProvider<Executor> executor) {
    String appSecret = requireSecret(p.appSecret(), "waba.app-secret",
        "Set waba.app-secret to the App Secret in the App Dashboard (App settings > Basic); it checks that "
            + "webhooks come from Meta. Or turn the webhook endpoint off with waba.webhook.enabled=false.");
    String verifyToken = requireSecret(p.verifyToken(), "waba.verify-token",
        "Set waba.verify-token to the token you enter next to the callback URL in the App Dashboard "
            + "(WhatsApp > Configuration). Or turn the webhook endpoint off with waba.webhook.enabled=false.");
    WebhookProcessor.Builder builder = WebhookProcessor.builder();
    apply("waba.app-secret", () -> builder.appSecret(appSecret));
    apply("waba.verify-token", () -> builder.verifyToken(verifyToken));
    WabaProperties.Webhook w = p.webhook();
    apply("waba.webhook.max-body-size",
        () -> builder.maxBodyBytes((int) Math.min(w.maxBodySize().toBytes(), Integer.MAX_VALUE)));
    apply("waba.webhook.deduplication-ttl", () -> builder.deduplicationTtl(w.deduplicationTtl()));
    apply("waba.webhook.delivery-guarantee", () -> builder.deliveryGuarantee(w.deliveryGuarantee()));
    apply("waba.webhook.lease-ttl", () -> builder.leaseTtl(w.leaseTtl()));
    deduplication.ifUnique(builder::deduplicationStore);
    errorHandler.ifUnique(builder::errorHandler);
    if (w.async()) {
      Executor tasks = executor.getIfAvailable();
      if (tasks == null) {
        throw new WabaPropertyException("waba.webhook.async", "is true but there is no applicationTaskExecutor bean",
            "Keep Spring Boot's task execution auto-configuration, define an Executor bean named "
                + "applicationTaskExecutor, or set waba.webhook.async=false.");
      }
      builder.executor(tasks);
    }
    // The processor records on the policy engine before any listener runs, so an @EventListener replying to a
    // message sees the open window.
    PolicyEngine engine = policy.getIfUnique();
    if (engine != null) {
      WhatsApp client = whatsApp.getIfUnique();
      if (client == null) {
        builder.policyEngine(engine);
      } else {
        builder.policyEngine(engine, client.phoneNumberId());
      }
    }
    listeners.orderedStream().forEach(builder::listener);
    builder.listener(new EventPublishingListener(publisher));
    return builder.build();
  }

  /** The endpoint, on servlet web applications with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static final class Endpoint {

    Endpoint() {}

    @Bean
    @ConditionalOnMissingBean
    WabaWebhookController wabaWebhookController(WebhookProcessor processor,
        ObjectProvider<WebhookObserver> observers) {
      return new WabaWebhookController(processor, observers.orderedStream().toList());
    }

    @Bean
    WebhookStartupLog wabaWebhookStartupLog(ApplicationContext context, WabaProperties p) {
      return new WebhookStartupLog(context, p.webhook().path(), context.containsBean("wabaWebhookProcessor"));
    }
  }
}
