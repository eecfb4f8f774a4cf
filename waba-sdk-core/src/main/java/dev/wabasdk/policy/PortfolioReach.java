package dev.wabasdk.policy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the messaging limit is counted: since 2025-10-07 Meta sets the limit per business portfolio, shared by all
 * its phone numbers (Meta's "Messaging limits"
 * page and "Upcoming changes to messaging limits").
 * A sending number mapped to a portfolio counts its unique users in that portfolio's store (the ordinary
 * unique-user counting of a {@link ConversationStore}, one store per portfolio, so a Redis store with the
 * portfolio in its key prefix shares the count across app instances); an unmapped number counts in the engine's
 * own store, as before. Thread-safe.
 */
final class PortfolioReach {
  private final @Nullable Function<String, @Nullable String> portfolioOf;
  private final Function<String, ConversationStore> storeOf;
  private final Map<String, ConversationStore> stores = new ConcurrentHashMap<>();

  PortfolioReach(@Nullable Function<String, @Nullable String> portfolioOf,
      @Nullable Function<String, ConversationStore> storeOf) {
    this.portfolioOf = portfolioOf;
    // Without a portfolio function nothing is looked up; recordTier(portfolio, ..) then keeps the tier in memory.
    this.storeOf = storeOf != null ? storeOf : id -> new InMemoryConversationStore();
  }

  /** The portfolio of the sending number, or null when none is configured for it. */
  @Nullable String portfolio(@Nullable String phoneNumberId) {
    Function<String, @Nullable String> of = portfolioOf;
    return of == null || phoneNumberId == null ? null : of.apply(phoneNumberId);
  }

  /** The store counting the portfolio's unique users (created once per portfolio and kept). */
  ConversationStore store(String portfolioId) {
    return stores.computeIfAbsent(portfolioId, id -> Objects.requireNonNull(storeOf.apply(id),
        "the portfolio store function returned null for " + id));
  }

  /** The context of a decision: counted in the sending number's portfolio when it has one. */
  PolicyContext context(Message message, long now, ConversationStore engineStore, @Nullable String phoneNumberId) {
    String portfolio = portfolio(phoneNumberId);
    if (portfolio == null && message instanceof TemplateMessage template
        && !(engineStore instanceof InMemoryConversationStore)) {
      // Everything a template's rules may read, in one step (one round trip to a remote store that batches it).
      // The in-memory store reads without I/O, so there only what the rules ask for is read, as before.
      return new PolicyContext(template, now, engineStore, engineStore.readTemplateSend(template.recipient().value(),
          template.name(), template.language(), AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, now));
    }
    UserState user = engineStore.user(message.recipient().value());
    return portfolio == null ? new PolicyContext(message, now, user, engineStore)
        : new PolicyContext(message, now, user, engineStore, store(portfolio), portfolio);
  }

  /**
   * After a send from a portfolio's number: a template or Direct Send message outside the window counts the user
   * in the portfolio (a no-op when the claim already counted them, or they were already reached).
   */
  void recordSent(Message message, @Nullable String phoneNumberId, long at, ConversationStore engineStore) {
    String portfolio = portfolio(phoneNumberId);
    if (portfolio == null) {
      return;
    }
    boolean asTemplate = message instanceof TemplateMessage || message.envelope().directSend() != null;
    long lastInbound = asTemplate ? engineStore.user(message.recipient().value()).lastInboundAt() : 0;
    boolean windowOpen = lastInbound != 0 && at < lastInbound + ConversationStore.DAY_SECONDS;
    if (asTemplate && !windowOpen) {
      store(portfolio).claimReach(message.recipient().value(), at, Integer.MAX_VALUE);
    }
  }
}
