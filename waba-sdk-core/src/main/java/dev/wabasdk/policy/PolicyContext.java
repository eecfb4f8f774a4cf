package dev.wabasdk.policy;

import dev.wabasdk.message.CallPermissionRequestMessage;
import dev.wabasdk.message.DirectSend;
import dev.wabasdk.message.DirectSendCategory;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link PolicyRule} sees of one outgoing message: the message, the recipient's state and derived facts
 * (window open, business-initiated, template category, messaging limit usage). Store look-ups that only some
 * rules need (template, tier, reached users) are made once, on first use (for a template on a remote store, all in
 * one step up front: {@link ConversationStore#readTemplateSend}). One context per evaluation; not
 * shared between threads.
 * Made for one evaluation and read by it; not meant to be shared between threads.
 */
public final class PolicyContext {
  private final Message message;
  private final long now;
  private final UserState user;
  private final ConversationStore store;
  private final ConversationStore reachStore;
  private final @Nullable String portfolioId;
  private final @Nullable TemplateMessage template;
  private @Nullable TemplateInfo templateInfo;
  private boolean templateLooked;
  private @Nullable MessagingLimitTier tier;
  private boolean tierLooked;
  private int reachedUsers = -1;
  private long pairRateNextAllowedAt = Long.MIN_VALUE;
  private @Nullable Map<String, String> notes;
  /** A template send's reads made in one step, answered from here; the looked-up flags above still say which facts. */
  private final @Nullable TemplateSendReads reads;

  PolicyContext(Message message, long now, UserState user, ConversationStore store) {
    this(message, now, user, store, store, null);
  }

  /** A context whose messaging limit is counted in {@code reachStore}, the store of portfolio {@code portfolioId}. */
  PolicyContext(Message message, long now, UserState user, ConversationStore store, ConversationStore reachStore,
      @Nullable String portfolioId) {
    this(message, now, user, store, reachStore, portfolioId, null);
  }

  /** A template's context whose store reads were made in one step ({@link ConversationStore#readTemplateSend}). */
  PolicyContext(TemplateMessage message, long now, ConversationStore store, TemplateSendReads reads) {
    this(message, now, reads.user(), store, store, null, reads);
  }

  private PolicyContext(Message message, long now, UserState user, ConversationStore store,
      ConversationStore reachStore, @Nullable String portfolioId, @Nullable TemplateSendReads reads) {
    this.reads = reads;
    this.message = message;
    this.now = now;
    this.user = user;
    this.store = store;
    this.reachStore = reachStore;
    this.portfolioId = portfolioId;
    this.template = message instanceof TemplateMessage t ? t : null;
  }

  /**
   * The business portfolio whose messaging limit this message counts toward, when the engine knows the sending
   * number's portfolio ({@code PolicyEngine.Builder#portfolio}); null when it counts in the engine's own store.
   *
   * @since 0.3
   */
  public @Nullable String portfolioId() {
    return portfolioId;
  }

  /** The store the messaging limit is counted in: the portfolio's, or the engine's. */
  ConversationStore reachStore() {
    return reachStore;
  }

  /** The message being evaluated. */
  public Message message() {
    return message;
  }

  /** Its recipient. */
  public Recipient recipient() {
    return message.recipient();
  }

  /** The engine's current time. */
  public Instant now() {
    return Instant.ofEpochSecond(now);
  }

  /** The engine's current time in epoch seconds (the unit of {@link UserState}). */
  public long nowEpochSecond() {
    return now;
  }

  /** What the store knows about the recipient. */
  public UserState user() {
    return user;
  }

  /** Whether the message is a template; everything else is free-form. */
  public boolean isTemplate() {
    return template != null;
  }

  /** The template's name, for a template. */
  public @Nullable String templateName() {
    return template == null ? null : template.name();
  }

  /** The template's language code, for a template. */
  public @Nullable String templateLanguage() {
    return template == null ? null : template.language();
  }

  /** The template's recorded status, or null (free-form, or status not recorded). */
  public @Nullable TemplateStatus templateStatus() {
    TemplateInfo info = templateInfo();
    return info == null ? null : info.status();
  }

  /**
   * The template's category; {@link TemplateCategory#MARKETING} when none was recorded (the strictest choice, see
   * {@link #templateCategoryAssumed()}). Null for free-form messages.
   */
  public @Nullable TemplateCategory templateCategory() {
    if (template == null) {
      return null;
    }
    TemplateInfo info = templateInfo();
    return info == null || info.category() == null ? TemplateCategory.MARKETING : info.category();
  }

  /** True for a template whose category was not recorded, so MARKETING is assumed. */
  public boolean templateCategoryAssumed() {
    if (template == null) {
      return false;
    }
    TemplateInfo info = templateInfo();
    return info == null || info.category() == null;
  }

  /**
   * Whether this message asks the user for permission to call: an interactive call permission request, or a template
   * recorded as having a call permission request component ({@link PolicyEngine#recordTemplate}).
   */
  public boolean requestsCallPermission() {
    if (message instanceof CallPermissionRequestMessage) {
      return true;
    }
    TemplateInfo info = template == null ? null : templateInfo();
    return info != null && info.requestsCallPermission();
  }

  /** Whether this is a marketing template (recorded or assumed). */
  public boolean isMarketing() {
    return template != null && TemplateCategory.MARKETING.equals(templateCategory());
  }

  /** Whether the customer service window is open: the user messaged within the last 24 hours. */
  public boolean customerServiceWindowOpen() {
    long last = user.lastInboundAt();
    return last != 0 && now < last + ConversationStore.DAY_SECONDS;
  }

  /** Whether a free entry point window is open: messages are free of charge. */
  public boolean freeEntryPointOpen() {
    return now < user.freeEntryPointUntil();
  }

  /**
   * The Direct Send {@code category} of a text or interactive message Meta delivers as a template, or null.
   *
   * @since 0.3
   */
  public @Nullable DirectSendCategory directSendCategory() {
    DirectSend directSend = message.envelope().directSend();
    return directSend == null ? null : directSend.category();
  }

  /**
   * A template, or a Direct Send message (delivered as a template), outside the customer service window: it counts
   * toward the messaging limit.
   */
  public boolean businessInitiated() {
    return (template != null || directSendCategory() != null) && !customerServiceWindowOpen();
  }

  /** Whether this user already counts toward the messaging limit in the moving 24 hours. */
  public boolean alreadyReached() {
    long reached = reachStore == store ? user.reachedAt() : reachStore.user(recipient().value()).reachedAt();
    return reached != 0 && now < reached + ConversationStore.DAY_SECONDS;
  }

  /**
   * Until when Meta restricted the account in this way (e.g. {@code RESTRICTED_BIZ_INITIATED_MESSAGING}), as
   * recorded in the store; null when not restricted now.
   */
  public @Nullable Instant restrictedUntil(String restrictionType) {
    long until = reads != null && restrictionType.equals(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING)
        ? reads.restrictedUntil() : store.restrictedUntil(restrictionType);
    return until > now ? Instant.ofEpochSecond(until) : null;
  }

  /** The messaging limit tier recorded in the store (the portfolio's first, when it has one), or null. */
  public @Nullable MessagingLimitTier tier() {
    if (!tierLooked) {
      // The portfolio's tier when recorded there, else the one recorded for the engine.
      MessagingLimitTier portfolioTier = reachStore == store ? null : reachStore.tier();
      tier = portfolioTier != null ? portfolioTier : reads != null ? reads.tier() : store.tier();
      tierLooked = true;
    }
    return tier;
  }

  /** Unique users reached by business-initiated messages in the moving 24 hours (by the whole portfolio). */
  public int reachedUsers() {
    if (reachedUsers < 0) {
      reachedUsers = reads != null ? reads.reachedUsers() : reachStore.reachedUsers(now);
    }
    return reachedUsers;
  }

  /** Adds a fact to the decision, e.g. {@code note("local_time", "22:15 America/New_York")}. */
  public void note(String key, String value) {
    if (notes == null) {
      notes = new LinkedHashMap<>();
    }
    notes.put(key, value);
  }

  /** What the pair-rate rule found: the first epoch second a message to this user is allowed. */
  void pairRateNextAllowedAt(long epochSecond) {
    pairRateNextAllowedAt = epochSecond;
  }

  private @Nullable TemplateInfo templateInfo() {
    if (!templateLooked && template != null) {
      templateInfo = reads != null ? reads.template() : store.template(template.name(), template.language());
      templateLooked = true;
    }
    return templateInfo;
  }

  /** Whether a free entry point window is open, or this message (a first reply to a referral) opens one. */
  boolean freeEntryPointOpenOrOpening() {
    long referral = user.referralAt();
    return freeEntryPointOpen() || (referral != 0 && now < referral + ConversationStore.FREE_ENTRY_POINT_REPLY_SECONDS
        && user.freeEntryPointUntil() < referral);
  }

  Facts facts() {
    return new Facts(now, user, tierLooked || reachedUsers >= 0 ? tier() : null, reachedUsers,
        template != null && alreadyReached(), templateStatus(), templateCategory(), templateCategoryAssumed(),
        pairRateNextAllowedAt, notes == null ? Map.of() : notes);
  }
}
