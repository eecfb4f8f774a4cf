package dev.wabasdk.policy;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.CallPermissionRequestMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the engine turns sends, statuses and echoes into store facts, kept out of {@link PolicyEngine}. Thread-safe:
 * it holds no state of its own.
 */
final class FactRecorder {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

  private final ConversationStore store;
  private final PolicyMode mode;
  private final @Nullable PairRateRule pairRate;

  FactRecorder(ConversationStore store, PolicyMode mode, @Nullable PairRateRule pairRate) {
    this.store = store;
    this.mode = mode;
    this.pairRate = pairRate;
  }

  void recordSent(Message message, SendResult result, long when) {
    String key = message.recipient().value();
    // Meta may answer with a wa_id that differs from the number as sent (e.g. Brazil's ninth digit): link them.
    if (result.waId() != null && !result.waId().equals(key)) {
      store.link(key, result.waId());
    }
    if (result.userId() != null && !result.userId().equals(key)) {
      store.link(key, result.userId());
    }
    boolean businessInitiated = false;
    boolean marketing = false;
    boolean requestsCallPermission = message instanceof CallPermissionRequestMessage;
    if (message instanceof TemplateMessage template) {
      long lastInbound = store.user(key).lastInboundAt();
      businessInitiated = lastInbound == 0 || when >= lastInbound + ConversationStore.DAY_SECONDS;
      TemplateInfo info = store.template(template.name(), template.language());
      // An unknown category counts as marketing, as in evaluate: the strictest reading.
      marketing = info == null || info.category() == null || TemplateCategory.MARKETING.equals(info.category());
      requestsCallPermission = info != null && info.requestsCallPermission();
    } else if (message.envelope().directSend() != null) {
      // Delivered as a utility or authentication template: outside the window it reaches a user like one.
      long lastInbound = store.user(key).lastInboundAt();
      businessInitiated = lastInbound == 0 || when >= lastInbound + ConversationStore.DAY_SECONDS;
    }
    long pairRateInterval = pairRate == null || mode == PolicyMode.ENFORCE ? 0 : pairRate.intervalSeconds();
    store.recordSent(SentMessage.of(key, when).withPairRateInterval(pairRateInterval)
        .withBusinessInitiated(businessInitiated).withMarketing(marketing));
    if (requestsCallPermission) {
      store.recordCallPermissionRequest(key, when);
    }
  }

  void recordStatus(StatusUpdate status, String key) {
    if (PricingType.FREE_ENTRY_POINT.equals(status.pricingType())
        || PricingCategory.REFERRAL_CONVERSION.equals(status.pricingCategory())) {
      Instant until = status.conversationExpiresAt();
      long end = until != null
          ? until.getEpochSecond()
          : status.timestamp().getEpochSecond() + ConversationStore.FREE_ENTRY_POINT_SECONDS;
      store.recordFreeEntryPoint(key, end);
    }
    Integer code = status.errorCode();
    if (code != null && code == 131050) {
      store.recordOptOut(key, OptOut.MARKETING, status.timestamp().getEpochSecond());
    }
    if (code != null && code == MarketingBackOffRule.ERROR_CODE) {
      recordMarketingNotDelivered(key, status.timestamp().getEpochSecond());
    }
  }

  void recordMarketingNotDelivered(String key, long at) {
    try {
      store.recordMarketingNotDelivered(key, at);
    } catch (UnsupportedOperationException e) {
      LOG.warn("The conversation store cannot record 131049, so the marketing back-off is not applied: {}",
          e.getMessage());
    }
  }

  void recordEcho(String key, long at) {
    store.recordSent(SentMessage.of(key, at).withPairRateInterval(pairRate == null ? 0 : pairRate.intervalSeconds()));
  }
}
