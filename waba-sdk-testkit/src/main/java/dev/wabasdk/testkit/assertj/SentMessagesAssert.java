package dev.wabasdk.testkit.assertj;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.SentMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The sent messages matching everything asserted so far; each step narrows them and fails when none is left,
 * showing what was sent instead. Not thread-safe: use it on the test's thread.
 */
public final class SentMessagesAssert extends AbstractAssert<SentMessagesAssert, List<SentMessage>> {
  private final String description;
  private final List<SentMessage> all;

  SentMessagesAssert(List<SentMessage> actual, String description, List<SentMessage> all) {
    super(actual, SentMessagesAssert.class);
    this.description = description;
    this.all = all;
  }

  /** Sent to {@code phone} (E.164, {@code +} optional). */
  public SentMessagesAssert to(String phone) {
    String waId = phone.replaceAll("[\\s()+\\-.]", "");
    return narrow("to " + waId, m -> m.to().equals(waId));
  }

  /** With {@code template.language.code}. */
  public SentMessagesAssert withLanguage(String code) {
    return narrow("in language " + code, m -> Objects.equals(m.templateLanguage(), code));
  }

  /** With exactly these template body parameter texts, in order. */
  public SentMessagesAssert withBodyParameters(String... texts) {
    List<String> expected = List.of(texts);
    return narrow("with body parameters " + expected, m -> m.templateBodyParameters().equals(expected));
  }

  /** Whose latest status is {@code status}. */
  public SentMessagesAssert withStatus(DeliveryStatus status) {
    return narrow("with status " + status, m -> m.status().equals(status));
  }

  /** That failed asynchronously with Graph error {@code code} (e.g. 131047). */
  public SentMessagesAssert failedWith(int code) {
    return narrow("failed with " + code, m -> m.error() != null && m.error().code() == code);
  }

  /** Priced with this {@code pricing.category} (e.g. {@link PricingCategory#MARKETING}). */
  public SentMessagesAssert withPricingCategory(PricingCategory category) {
    return narrow("with pricing category " + category, m -> m.pricingCategory().equals(category));
  }

  /** With this {@code biz_opaque_callback_data}. */
  public SentMessagesAssert withCallbackData(String data) {
    return narrow("with biz_opaque_callback_data " + data,
        m -> Objects.equals(m.field("biz_opaque_callback_data"), data));
  }

  /** Exactly {@code count} messages match. */
  public SentMessagesAssert times(int count) {
    if (actual.size() != count) {
      failWithMessage("Expected %s message(s) %s but found %s:%n%s", count, description, actual.size(),
          describe(actual));
    }
    return this;
  }

  /** Exactly one message matches; returns it. */
  public SentMessage single() {
    times(1);
    return actual.get(0);
  }

  private SentMessagesAssert narrow(String step, Predicate<SentMessage> filter) {
    List<SentMessage> matching = actual.stream().filter(filter).toList();
    String next = description + " " + step;
    if (matching.isEmpty()) {
      failWithMessage("Expected the app to have sent %s but among%n%s%nnone is %s; everything sent:%n%s",
          description, describe(actual), step, describe(all));
    }
    return new SentMessagesAssert(matching, next, all);
  }

  static String describe(List<SentMessage> messages) {
    if (messages.isEmpty()) {
      return "  (nothing)";
    }
    return messages.stream()
        .map(m -> "  " + m.id() + " to " + m.to() + " [" + m.status().value() + "] " + m.request())
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
