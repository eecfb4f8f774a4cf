package dev.wabasdk.springtest.failures;

import dev.wabasdk.webhook.InboundTextMessage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.event.EventListener;

/** An app whose webhook listener throws when a user writes "boom". */
@SpringBootApplication
public class BoomApplication {

  @EventListener
  void on(InboundTextMessage message) {
    if (message.body().equals("boom")) {
      throw new IllegalStateException("the order table is missing");
    }
  }
}
