package dev.wabasdk.spring.e2e;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.webhook.InboundTextMessage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** The README's minimal application: answers every text message through the auto-configured client. */
@SpringBootApplication
public class EchoBotApplication {

  @Bean
  EchoBot echoBot(WhatsApp whatsApp) {
    return new EchoBot(whatsApp);
  }

  static final class EchoBot {
    private final WhatsApp whatsApp;

    EchoBot(WhatsApp whatsApp) {
      this.whatsApp = whatsApp;
    }

    @EventListener
    void on(InboundTextMessage message) {
      whatsApp.messages().send(Message.text(message.from().recipient(), "You said: " + message.body()));
    }
  }
}
