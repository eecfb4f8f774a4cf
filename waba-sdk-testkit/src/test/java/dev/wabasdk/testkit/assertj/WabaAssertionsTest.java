package dev.wabasdk.testkit.assertj;

import static dev.wabasdk.testkit.assertj.WabaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WabaAssertionsTest {
  private static final OkHttpClient CLIENT = new OkHttpClient();
  private FakeWhatsApp fake;

  @BeforeEach
  void start() throws IOException {
    fake = FakeWhatsApp.builder()
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
        .start();
    fake.user("+4915112345678").sends("hi");
    send("{\"messaging_product\":\"whatsapp\",\"to\":\"+4915112345678\",\"type\":\"template\",\"template\":{"
        + "\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\","
        + "\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}]}]}}");
    send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"text\",\"text\":{\"body\":\"Thanks!\"}}");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private void send(String json) throws IOException {
    Request request = new Request.Builder().url(fake.graphUrl() + fake.phoneNumberId() + "/messages")
        .header("Authorization", "Bearer " + fake.accessToken())
        .post(RequestBody.create(json, MediaType.get("application/json"))).build();
    try (Response response = CLIENT.newCall(request).execute()) {
      org.assertj.core.api.Assertions.assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void matchingAssertionsPass() {
    assertThat(fake).sentMessages(2);
    assertThat(fake).sentTemplate("order_update").to("+4915112345678").withLanguage("en_US")
        .withBodyParameters("Jane", "#42").withStatus(DeliveryStatus.DELIVERED).withPricingCategory(PricingCategory.UTILITY)
        .single();
    assertThat(fake).sentText("Thanks!").to("+16505551234").failedWith(131047).times(1);
    assertThat(fake).sentMessageOfType("template").times(1);
    assertThat(fake).sentNothingTo("+4400000000");
  }

  @Test
  void failuresExplainWhatWasSent() {
    assertThatThrownBy(() -> assertThat(fake).sentTemplate("order_update").to("+4915112345678")
        .withBodyParameters("John", "#42"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("none is with body parameters [John, #42]")
        .hasMessageContaining("\"text\":\"Jane\"");
    assertThatThrownBy(() -> assertThat(fake).sentTemplate("welcome"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a template named \"welcome\"")
        .hasMessageContaining("Thanks!");
    assertThatThrownBy(() -> assertThat(fake).sentNothing())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the app to have sent 0 messages but it sent 2");
  }
}
