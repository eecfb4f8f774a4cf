package dev.wabasdk.spring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.policy.PolicyEngine;
import io.micrometer.core.instrument.MeterRegistry;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.spring.test.AutoConfigureFakeWhatsApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest(classes = EchoBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureFakeWhatsApp
class EchoBotEndToEndTest {
  private static final OkHttpClient HTTP = new OkHttpClient();

  @Autowired FakeWhatsApp fake;
  @Autowired PolicyEngine policy;
  @Autowired MeterRegistry meters;
  @Autowired ApplicationContext context;
  @Value("${local.server.port}") int port;

  @AfterAll
  static void closeHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  @Test
  void theFakeUsersMessageReachesTheListenerWhichRepliesThroughTheAutoConfiguredClient() {
    fake.user("+4915112345678").sends("hello");
    fake.awaitWebhooks();

    assertThat(fake.sentMessagesTo("+4915112345678")).singleElement().satisfies((SentMessage reply) -> {
      assertThat(reply.type()).isEqualTo("text");
      assertThat(reply.text()).isEqualTo("You said: hello");
    });
    // The webhook went to the running app's endpoint, signed with the fake's app secret, and was accepted.
    assertThat(fake.webhooks()).isNotEmpty().allSatisfy(delivery -> {
      assertThat(delivery.delivered()).isTrue();
      assertThat(delivery.lastStatusCode()).isEqualTo(200);
    });
    // The policy engine shares the fake's clock and learnt the open window from the webhook.
    assertThat(policy.clock()).isSameAs(fake.clock());
    // Boot's own metrics auto-configuration made the registry; ours was ordered after it.
    assertThat(meters.get("waba.webhook.events").tag("type", "InboundTextMessage").counter().count()).isEqualTo(1.0);
    assertThat(meters.get("waba.messages.sent").tags("type", "text", "outcome", "sent").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void theHealthIndicatorOfThisBootGenerationIsRegistered() {
    assertThat(context.containsBean("wabaHealthIndicator")).isTrue();
    assertThat(context.getBean("wabaHealthIndicator").getClass().getPackageName())
        .isEqualTo(isBoot4() ? "dev.wabasdk.spring.boot4" : "dev.wabasdk.spring.boot3");
  }

  private static boolean isBoot4() {
    try {
      Class.forName("org.springframework.boot.health.contributor.HealthIndicator");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void theEndpointAnswersMetasHandshakeAndRefusesUnsignedNotifications() throws IOException {
    Request handshake = new Request.Builder().url("http://localhost:" + port
        + "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=fake-verify-token&hub.challenge=1158201444").build();
    try (Response response = HTTP.newCall(handshake).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).isEqualTo("1158201444");
    }
    Request unsigned = new Request.Builder().url("http://localhost:" + port + "/webhooks/whatsapp")
        .post(RequestBody.create("{\"object\":\"whatsapp_business_account\",\"entry\":[]}"
            .getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"))).build();
    try (Response response = HTTP.newCall(unsigned).execute()) {
      assertThat(response.code()).isEqualTo(401);
    }
  }
}
