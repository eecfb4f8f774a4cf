package dev.wabasdk.internal;

import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The HTTP implementation of {@link MarketingMessagesApi}: {@link RealMessagesApi}'s send, interceptor chain and
 * answer, addressed to {@code /marketing_messages}. Thread-safe.
 */
final class RealMarketingMessagesApi implements MarketingMessagesApi {
  private final RealMessagesApi messages;

  RealMarketingMessagesApi(RealMessagesApi messages) {
    this.messages = messages;
  }

  @Override
  public SendResult send(TemplateMessage message, MarketingMessageOptions options) {
    return messages.send(message, Objects.requireNonNull(options, "options"));
  }

  @Override
  public CompletableFuture<SendResult> sendAsync(TemplateMessage message, MarketingMessageOptions options) {
    return messages.sendAsync(message, Objects.requireNonNull(options, "options"));
  }
}
