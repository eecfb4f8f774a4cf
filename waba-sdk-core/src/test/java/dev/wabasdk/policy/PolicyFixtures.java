package dev.wabasdk.policy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Shared helpers: a controlled clock at {@link #T}, messages and engines. */
abstract class PolicyFixtures {
  static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  static final String WA_ID = "16505551234";
  static final String BSUID = "US.13491208655302741918";
  static final WhatsAppUser USER = WhatsAppUser.ofWaId(WA_ID);

  final MutableClock clock = new MutableClock(T);
  final InMemoryConversationStore store = new InMemoryConversationStore();

  PolicyEngine engine(PolicyRule... rules) {
    return PolicyEngine.builder().clock(clock).store(store).rules(List.of(rules)).build();
  }

  PolicyEngine defaultEngine() {
    return PolicyEngine.builder().clock(clock).store(store).build();
  }

  void at(Instant instant) {
    clock.set(instant);
  }

  void at(Duration afterT) {
    clock.set(T.plus(afterT));
  }

  static TextMessage text(String to) {
    return Message.text(to, "Hello");
  }

  static TextMessage text(Recipient to) {
    return TextMessage.builder().to(to).body("Hello").build();
  }

  static TemplateMessage template(String to, String name) {
    return Message.template(to, name, "en_US");
  }

  static String number(int i) {
    return String.valueOf(4915110000000L + i);
  }

  static SendResult accepted(String waId) {
    return new SendResult("wamid." + waId, "+" + waId, waId, null, null);
  }

  /** Records a template sent to {@code waId} now, as the client does after Meta accepted it. */
  void sendTemplate(PolicyEngine engine, String waId, String name) {
    engine.recordSent(template(waId, name), accepted(waId), clock.instant());
  }
}
