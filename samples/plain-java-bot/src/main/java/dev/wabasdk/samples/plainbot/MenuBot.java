package dev.wabasdk.samples.plainbot;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.OptOutKeywords;
import dev.wabasdk.webhook.InboundButtonReplyMessage;
import dev.wabasdk.webhook.InboundListReplyMessage;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "menu" shows three buttons, "Products" opens a list, anything else is echoed. STOP and START are handled by the
 * policy engine (the webhook processor records them before this listener runs); the bot only confirms them.
 */
final class MenuBot implements WebhookListener {
  private static final Logger LOG = LoggerFactory.getLogger(MenuBot.class);

  private final WhatsApp whatsApp;

  MenuBot(WhatsApp whatsApp) {
    this.whatsApp = whatsApp;
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    Recipient user = message.from().recipient();
    if (message instanceof InboundTextMessage text) {
      onText(user, text.body());
    } else if (message instanceof InboundButtonReplyMessage tap) {
      onButton(user, tap.replyId());
    } else if (message instanceof InboundListReplyMessage choice) {
      reply(Message.text(user,
          "Good choice: " + choice.title() + ". It is waiting for you at the counter."));
    }
  }

  private void onText(Recipient user, String body) {
    OptOut optOut = OptOutKeywords.DEFAULT.match(body);
    if (optOut == OptOut.NONE) {
      reply(Message.text(user, "Welcome back! You will get our offers again."));
    } else if (optOut != null) {
      reply(Message.text(user,
          "Done: no more offers from us. You can still write to us any time; send START to get offers again."));
    } else if (body.strip().toLowerCase(Locale.ROOT).equals("menu")) {
      reply(ReplyButtonsMessage.builder()
          .to(user)
          .body("How can we help?")
          .button("products", "Products")
          .button("hours", "Opening hours")
          .button("human", "Talk to a person")
          .build());
    } else {
      reply(Message.text(user, "You said: " + body + "\nSend MENU to see what I can do."));
    }
  }

  private void onButton(Recipient user, String id) {
    switch (id) {
      case "products" -> reply(ListMessage.builder()
          .to(user)
          .body("Our bestsellers. Pick one and we put it aside for you.")
          .button("Products")
          .section(ListMessage.Section.of("Coffee",
              new ListMessage.Row("espresso", "Espresso beans", "1 kg, dark roast"),
              new ListMessage.Row("filter", "Filter beans", "1 kg, light roast")))
          .section(ListMessage.Section.of("Gear",
              new ListMessage.Row("grinder", "Hand grinder", "Ceramic burrs")))
          .build());
      case "hours" -> reply(Message.text(user, "We are open Monday to Saturday, 8:00 to 18:00."));
      default -> reply(Message.text(user, "A colleague will answer you here shortly."));
    }
  }

  private void reply(Message message) {
    try {
      whatsApp.messages().send(message);
    } catch (WabaPolicyException e) {
      // Nothing was sent. E.g. two quick messages from a user: the second answer would break the 6 s pair rate.
      LOG.warn("Answer not sent, {} ({}): {}", e.decision().verdict(), e.decision().reasonCode(),
          e.decision().explanation());
    }
  }
}
