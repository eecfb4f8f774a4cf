package dev.wabasdk.spring.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.spring.test.AutoConfigureFakeWhatsApp;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Without an embedded server the client still talks to the fake; webhooks stay in the fake (no URL). */
@SpringBootTest(classes = EchoBotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureFakeWhatsApp
class MockWebEnvironmentTest {
  @Autowired FakeWhatsApp fake;
  @Autowired WhatsApp whatsApp;

  @Test
  void theClientSendsToTheFakeAndNoWebhookUrlIsSet() {
    assertThat(fake.webhookUrl()).isNull();
    fake.templates().approved("hello_world", "en_US", TemplateCategory.UTILITY, "Hello World");
    whatsApp.messages().send(Message.template("+4915112345678", "hello_world", "en_US"));
    assertThat(fake.sentMessagesTo("+4915112345678")).singleElement()
        .satisfies(sent -> assertThat(sent.type()).isEqualTo("template"));
  }
}
