package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.webhook.InboundFlowReplyMessage;
import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.webhook.flow.FlowEndpointProcessor;
import dev.wabasdk.webhook.flow.FlowHandler;
import dev.wabasdk.webhook.flow.FlowResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The Flow endpoint from {@code waba.flows.*}, and flow completions as application events. */
class WabaFlowAutoConfigurationTest {
  private static final String[] PROPERTIES = {
      "waba.access-token=EAAG-secret-token", "waba.phone-number-id=" + Payloads.PHONE_NUMBER_ID,
      "waba.app-secret=" + Payloads.APP_SECRET, "waba.verify-token=verify-token-from-the-dashboard"};
  private static KeyPair keys;
  private static String privatePem;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class,
          WabaFlowAutoConfiguration.class))
      .withPropertyValues(PROPERTIES);
  private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class,
          WabaFlowAutoConfiguration.class))
      .withPropertyValues(PROPERTIES);

  @BeforeAll
  static void keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
    privatePem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(keys.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
  }

  @Test
  void servesTheFlowEndpointWithTheKeyFromAPropertyAndTheHandlerBean() throws Exception {
    webRunner.withUserConfiguration(Handler.class).withPropertyValues("waba.flows.private-key=" + privatePem)
        .run(context -> {
          assertThat(context).hasSingleBean(FlowEndpointProcessor.class);
          WabaFlowEndpointController controller = context.getBean(WabaFlowEndpointController.class);
          byte[] aesKey = new byte[16];
          byte[] iv = new byte[16];
          iv[0] = 7;
          aesKey[3] = 9;
          byte[] body = encrypted("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"booking-42\"}", aesKey,
              iv);
          LinkedMultiValueMap<String, String> headers = new LinkedMultiValueMap<>();
          Payloads.signedHeaders(body).forEach(headers::put);

          ResponseEntity<String> response = controller.request(headers, new ByteArrayInputStream(body));

          assertThat(response.getStatusCode().value()).isEqualTo(200);
          assertThat(decrypted(response.getBody(), aesKey, iv))
              .isEqualTo("{\"screen\":\"APPOINTMENT\",\"data\":{\"clinic\":\"Berlin\"}}");
          assertThat(context.getBean(Handler.class).tokens).containsExactly("booking-42");

          // A body whose signature does not match: Meta's 432.
          LinkedMultiValueMap<String, String> wrong = new LinkedMultiValueMap<>();
          Payloads.signedHeaders("other".getBytes(StandardCharsets.UTF_8)).forEach(wrong::put);
          assertThat(controller.request(wrong, new ByteArrayInputStream(body)).getStatusCode().value())
              .isEqualTo(432);
        });
  }

  @Test
  void readsThePrivateKeyFromAFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("private.pem"), privatePem);
    runner.withUserConfiguration(Handler.class).withPropertyValues("waba.flows.private-key-file=" + file)
        .run(context -> assertThat(context).hasSingleBean(FlowEndpointProcessor.class)
            .doesNotHaveBean(WabaFlowEndpointController.class));
  }

  @Test
  void noHandlerBeanNoEndpoint() {
    webRunner.withPropertyValues("waba.flows.private-key=" + privatePem).run(context ->
        assertThat(context).doesNotHaveBean(FlowEndpointProcessor.class)
            .doesNotHaveBean(WabaFlowEndpointController.class));
    webRunner.withUserConfiguration(Handler.class)
        .withPropertyValues("waba.flows.private-key=" + privatePem, "waba.flows.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(FlowEndpointProcessor.class));
  }

  @Test
  void aMissingKeyFailsStartUpNamingTheProperty() {
    runner.withUserConfiguration(Handler.class).run(context -> assertThat(context).hasFailed()
        .getFailure().rootCause().hasMessageContaining("waba.flows.private-key"));
  }

  @Test
  void flowCompletionsArePublishedAsApplicationEvents() {
    byte[] nfmReply = ("""
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{\
        "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
        "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],\
        "messages":[{"context":{"from":"15550783881","id":"wamid.gBGGEiRVVgBPAgm7FUgc73noXjo"},\
        "from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUZMT1cA","timestamp":"1749416390",\
        "type":"interactive","interactive":{"type":"nfm_reply","nfm_reply":{"name":"flow","body":"Sent",\
        "response_json":"{\\"flow_token\\":\\"booking-42\\",\\"booking\\":\\"confirmed\\"}"}}}]},\
        "field":"messages"}]}]}""").getBytes(StandardCharsets.UTF_8);
    runner.withUserConfiguration(Completions.class).run(context -> {
      assertThat(context.getBean(WebhookProcessor.class).handle(Payloads.signedHeaders(nfmReply), nfmReply)
          .statusCode()).isEqualTo(200);
      assertThat(context.getBean(Completions.class).replies).singleElement().satisfies(reply ->
          assertThat(reply.responseJson()).isEqualTo("{\"flow_token\":\"booking-42\",\"booking\":\"confirmed\"}"));
    });
  }

  private static byte[] encrypted(String json, byte[] aesKey, byte[] iv) throws Exception {
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(Cipher.ENCRYPT_MODE, keys.getPublic(),
        new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
    Base64.Encoder b64 = Base64.getEncoder();
    return ("{\"encrypted_flow_data\":\"" + b64.encodeToString(aes.doFinal(json.getBytes(StandardCharsets.UTF_8)))
        + "\",\"encrypted_aes_key\":\"" + b64.encodeToString(rsa.doFinal(aesKey)) + "\",\"initial_vector\":\""
        + b64.encodeToString(iv) + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private static String decrypted(String body, byte[] aesKey, byte[] iv) throws Exception {
    byte[] flipped = iv.clone();
    for (int i = 0; i < flipped.length; i++) {
      flipped[i] = (byte) ~flipped[i];
    }
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, flipped));
    return new String(aes.doFinal(Base64.getDecoder().decode(body)), StandardCharsets.UTF_8);
  }

  @Configuration(proxyBeanMethods = false)
  static class Handler {
    final List<String> tokens = new CopyOnWriteArrayList<>();

    @Bean
    FlowHandler bookingHandler() {
      return request -> {
        tokens.add(request.flowToken());
        return FlowResponse.screen("APPOINTMENT", Map.of("clinic", "Berlin"));
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Completions {
    final List<InboundFlowReplyMessage> replies = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InboundFlowReplyMessage reply) {
      replies.add(reply);
    }
  }
}
