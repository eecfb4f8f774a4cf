package dev.wabasdk.testkit.assertj;

import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link FakeWhatsApp}: what the app sent. Not thread-safe: use it on the test's thread. */
public final class FakeWhatsAppAssert extends AbstractAssert<FakeWhatsAppAssert, FakeWhatsApp> {

  FakeWhatsAppAssert(FakeWhatsApp actual) {
    super(actual, FakeWhatsAppAssert.class);
  }

  /** The app sent at least one template named {@code name}; narrow further on the result. */
  public SentMessagesAssert sentTemplate(String name) {
    return select("a template named \"" + name + "\"", m -> Objects.equals(m.templateName(), name));
  }

  /** The app sent at least one text message with exactly this body. */
  public SentMessagesAssert sentText(String body) {
    return select("a text \"" + body + "\"", m -> Objects.equals(m.text(), body));
  }

  /** The app sent at least one message of this {@code type} ({@code interactive}, {@code image}, ...). */
  public SentMessagesAssert sentMessageOfType(String type) {
    return select("a message of type " + type, m -> m.type().equals(type));
  }

  /** The app sent exactly {@code count} messages. */
  public FakeWhatsAppAssert sentMessages(int count) {
    isNotNull();
    List<SentMessage> sent = actual.sentMessages();
    if (sent.size() != count) {
      failWithMessage("Expected the app to have sent %s messages but it sent %s:%n%s", count, sent.size(),
          SentMessagesAssert.describe(sent));
    }
    return this;
  }

  /** The app sent nothing at all. */
  public FakeWhatsAppAssert sentNothing() {
    return sentMessages(0);
  }

  /** The app sent nothing to {@code phone}. */
  public FakeWhatsAppAssert sentNothingTo(String phone) {
    isNotNull();
    List<SentMessage> sent = actual.sentMessagesTo(phone);
    if (!sent.isEmpty()) {
      failWithMessage("Expected nothing sent to %s but found:%n%s", phone, SentMessagesAssert.describe(sent));
    }
    return this;
  }

  private SentMessagesAssert select(String description, Predicate<SentMessage> filter) {
    isNotNull();
    List<SentMessage> all = actual.sentMessages();
    List<SentMessage> matching = all.stream().filter(filter).toList();
    if (matching.isEmpty()) {
      failWithMessage("Expected the app to have sent %s but it sent:%n%s", description,
          SentMessagesAssert.describe(all));
    }
    return new SentMessagesAssert(matching, description, all);
  }
}
