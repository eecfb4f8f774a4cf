package dev.wabasdk.samples.quickstart;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.webhook.InboundButtonReplyMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.InboundMessage;

/**
 * The bot: a text from a user gets reply buttons, a tapped button gets a list. It only answers users, so every
 * message it sends is inside the customer service window the user's message just opened.
 */
final class ShoeShopBot implements WebhookListener {
  private final WhatsApp whatsApp;

  ShoeShopBot(WhatsApp whatsApp) {
    this.whatsApp = whatsApp;
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    if (message instanceof InboundTextMessage text) {
      whatsApp.messages().send(ReplyButtonsMessage.builder()
          .to(text.from().recipient())
          .body("Happy to help! Which shoes are you looking for?")
          .button("road", "Road running")
          .button("trail", "Trail running")
          .button("track", "Track spikes")
          .build());
    } else if (message instanceof InboundButtonReplyMessage tap) {
      whatsApp.messages().send(ListMessage.builder()
          .to(tap.from().recipient())
          .body(tap.title() + " shoes are in stock in these sizes. Pick yours and we reserve a pair.")
          .button("Sizes")
          .section(ListMessage.Section.of("EU sizes",
              ListMessage.Row.of(tap.replyId() + "-41", "41"),
              ListMessage.Row.of(tap.replyId() + "-42", "42"),
              ListMessage.Row.of(tap.replyId() + "-43", "43")))
          .build());
    }
  }
}
