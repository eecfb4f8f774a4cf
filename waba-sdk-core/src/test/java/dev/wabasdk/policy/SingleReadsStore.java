package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import org.jspecify.annotations.Nullable;

/**
 * A store passing every operation to another one, except {@link ConversationStore#readTemplateSend} and
 * {@link ConversationStore#claimSendAndReach}, which keep the SPI's defaults (the single reads and claims): so an
 * engine over it takes the batched path through the single calls. Shared with other modules' tests through the core
 * test-jar.
 */
public final class SingleReadsStore implements ConversationStore {
  private final ConversationStore store;

  public SingleReadsStore(ConversationStore store) {
    this.store = store;
  }

  @Override
  public UserState user(String key) {
    return store.user(key);
  }

  @Override
  public void link(String key, String otherKey) {
    store.link(key, otherKey);
  }

  @Override
  public void recordInbound(String key, long at, boolean referral) {
    store.recordInbound(key, at, referral);
  }

  @Override
  public void recordSent(SentMessage sent) {
    store.recordSent(sent);
  }

  @Override
  public boolean claimSend(String key, long at, long intervalSeconds, int burst) {
    return store.claimSend(key, at, intervalSeconds, burst);
  }

  @Override
  public boolean claimReach(String key, long at, int limit) {
    return store.claimReach(key, at, limit);
  }

  @Override
  public void recordFreeEntryPoint(String key, long until) {
    store.recordFreeEntryPoint(key, until);
  }

  @Override
  public void recordOptOut(String key, OptOut optOut, long at) {
    store.recordOptOut(key, optOut, at);
  }

  @Override
  public void recordMarketingNotDelivered(String key, long at) {
    store.recordMarketingNotDelivered(key, at);
  }

  @Override
  public int reachedUsers(long now) {
    return store.reachedUsers(now);
  }

  @Override
  public @Nullable MessagingLimitTier tier() {
    return store.tier();
  }

  @Override
  public void recordTier(MessagingLimitTier tier) {
    store.recordTier(tier);
  }

  @Override
  public @Nullable TemplateInfo template(String name, String language) {
    return store.template(name, language);
  }

  @Override
  public void recordTemplateStatus(String name, String language, TemplateStatus status) {
    store.recordTemplateStatus(name, language, status);
  }

  @Override
  public void recordTemplateCategory(String name, String language, TemplateCategory category) {
    store.recordTemplateCategory(name, language, category);
  }

  @Override
  public void recordTemplateCallPermissionRequest(String name, String language, boolean requestsCallPermission) {
    store.recordTemplateCallPermissionRequest(name, language, requestsCallPermission);
  }

  @Override
  public void recordRestriction(String type, long until) {
    store.recordRestriction(type, until);
  }

  @Override
  public long restrictedUntil(String type) {
    return store.restrictedUntil(type);
  }

  @Override
  public void recordCallPermission(String key, long until) {
    store.recordCallPermission(key, until);
  }

  @Override
  public void recordCallPermissionRequest(String key, long at) {
    store.recordCallPermissionRequest(key, at);
  }

  @Override
  public void recordCallConnected(String key, long at, boolean businessInitiated) {
    store.recordCallConnected(key, at, businessInitiated);
  }
}
