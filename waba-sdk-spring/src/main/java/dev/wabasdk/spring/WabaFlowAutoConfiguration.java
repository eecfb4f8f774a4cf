package dev.wabasdk.spring;

import static dev.wabasdk.spring.internal.Settings.apply;
import static dev.wabasdk.spring.internal.Settings.requireSecret;

import dev.wabasdk.webhook.flow.FlowEndpointProcessor;
import dev.wabasdk.webhook.flow.FlowHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures the WhatsApp Flow endpoint when the application defines a {@link FlowHandler} bean: a
 * {@link FlowEndpointProcessor} (signature checked with {@code waba.app-secret}, requests decrypted with the private
 * key from {@code waba.flows.private-key} or {@code waba.flows.private-key-file}, optionally password-protected) and,
 * on servlet web applications with Spring MVC, the {@link WabaFlowEndpointController} at {@code waba.flows.path}.
 * Flow completions need nothing here: the {@code nfm_reply} message arrives at the webhook endpoint and is published
 * as an {@code InboundFlowReplyMessage} application event. Off with {@code waba.flows.enabled=false}.
 */
@AutoConfiguration(after = WabaAutoConfiguration.class)
@ConditionalOnClass(FlowEndpointProcessor.class)
@ConditionalOnBean(FlowHandler.class)
@ConditionalOnProperty(name = "waba.flows.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties({WabaProperties.class, WabaFlowProperties.class})
public final class WabaFlowAutoConfiguration {

  WabaFlowAutoConfiguration() {}

  @Bean
  @ConditionalOnMissingBean
  FlowEndpointProcessor wabaFlowEndpointProcessor(WabaProperties p, WabaFlowProperties flows, FlowHandler handler) {
    String appSecret = requireSecret(p.appSecret(), "waba.app-secret",
        "Set waba.app-secret to the App Secret in the App Dashboard (App settings > Basic); it checks that Flow "
            + "endpoint requests come from Meta. Or turn the Flow endpoint off with waba.flows.enabled=false.");
    String pem = privateKeyPem(flows);
    FlowEndpointProcessor.Builder builder = FlowEndpointProcessor.builder();
    apply("waba.app-secret", () -> builder.appSecret(appSecret));
    String password = flows.privateKeyPassword();
    String keyProperty = flows.privateKey() != null ? "waba.flows.private-key" : "waba.flows.private-key-file";
    if (password == null) {
      apply(keyProperty, () -> builder.privateKeyPem(pem));
    } else {
      apply(keyProperty, () -> builder.privateKeyPem(pem, password.toCharArray()));
    }
    apply("waba.flows.max-body-size",
        () -> builder.maxBodyBytes((int) Math.min(flows.maxBodySize().toBytes(), Integer.MAX_VALUE)));
    return builder.handler(handler).build();
  }

  private static String privateKeyPem(WabaFlowProperties flows) {
    if (flows.privateKey() != null && !flows.privateKey().isBlank()) {
      return flows.privateKey();
    }
    Path file = flows.privateKeyFile();
    if (file == null) {
      throw new WabaPropertyException("waba.flows.private-key", "is not set (nor waba.flows.private-key-file)",
          "Set waba.flows.private-key-file to the PEM file of the private key whose public key you registered "
              + "with flows().setBusinessPublicKey(..), or waba.flows.private-key to its PEM text. Or turn the "
              + "Flow endpoint off with waba.flows.enabled=false.");
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new WabaPropertyException("waba.flows.private-key-file", "cannot be read: " + file,
          "Point waba.flows.private-key-file at a readable PEM file.");
    }
  }

  /** The endpoint, on servlet web applications with Spring MVC. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static final class Endpoint {

    Endpoint() {}

    @Bean
    @ConditionalOnMissingBean
    WabaFlowEndpointController wabaFlowEndpointController(FlowEndpointProcessor processor,
        WabaFlowProperties flows) {
      return new WabaFlowEndpointController(processor,
          (int) Math.min(flows.maxBodySize().toBytes(), Integer.MAX_VALUE));
    }
  }
}
