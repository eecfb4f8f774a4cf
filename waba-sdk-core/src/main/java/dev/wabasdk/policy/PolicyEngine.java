package dev.wabasdk.policy;

import dev.wabasdk.Referral;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.cost.MessagePrice;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before a message is sent, whether WhatsApp's rules allow it: the customer service window, the messaging
 * limit, the pair rate, opt-outs, template status and your own rules. {@link #evaluate} never sends anything; add
 * the engine to a client as a send interceptor, {@code WhatsApp.builder().addInterceptor(engine)}, and it evaluates
 * every send, acting on the {@link PolicyMode}, and records what was sent. The decision travels back on the result:
 * {@code result.tag(Decision.class)}.
 *
 * <pre>{@code
 * PolicyEngine policy = PolicyEngine.builder()
 *     .mode(PolicyMode.ENFORCE)
 *     .rule(new MarketingFrequencyCapRule(2, Duration.ofDays(7)))
 *     .build();
 * Decision decision = policy.evaluate(Message.text("+16505551234", "Hi"));
 * }</pre>
 *
 * <p>The engine learns only from facts: the client records every send, the webhook processor records inbound
 * messages, statuses, template and tier updates. A user is known by {@code wa_id} or business-scoped user id;
 * once a fact carried both, state recorded under one is found under the other. Thread-safe.
 */
public final class PolicyEngine implements SendInterceptor {
  /** The reason code of a decision made without the store's state (see {@link StoreFailureMode}). */
  public static final String STORE_UNAVAILABLE = "store_unavailable";
  /** The reason code for a Marketing Messages API send of a template recorded as not marketing. @since 0.4 */
  public static final String NOT_A_MARKETING_TEMPLATE = "not_a_marketing_template";

  private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);
  /** The WARN-mode line: the same logger name as before the engine became an interceptor. */
  private static final Logger WARN_LOG = LoggerFactory.getLogger("dev.wabasdk.policy");
  /** Claims lost to another instance before the decision is re-made from the new state: bounded, never loops. */
  private static final int CLAIM_ATTEMPTS = 3;

  private final PolicyMode mode;
  private final StoreFailureMode storeFailureMode;
  private final ConversationStore store;
  /** The clock the user set on the engine on purpose, or null to follow the client's (one clock). */
  private final @Nullable Clock ownClock;
  /** The clock of the client that last sent through the engine; the system clock before any send. */
  private volatile Clock clientClock = Clock.systemUTC();
  private final PolicyRule[] rules;
  /** {@link #rules} without the built-in rules that allow every plain free-form message ({@link FreeFormRules}). */
  private final PolicyRule[] freeFormRules;
  private final @Nullable PairRateRule pairRate;
  private final OptOutKeywords keywords;
  private final @Nullable CostEstimator costEstimator;
  private final DecisionListener[] listeners;
  private final PortfolioReach portfolios;
  private final CallPolicy calls;
  private final SendClaims claims;
  private final FactRecorder facts;

  private PolicyEngine(Builder b) {
    this.portfolios = new PortfolioReach(b.portfolioOf, b.portfolioStore);
    this.listeners = b.listeners.toArray(new DecisionListener[0]);
    this.costEstimator = b.costEstimator;
    this.mode = b.mode;
    this.storeFailureMode = b.storeFailureMode;
    this.store = b.store != null ? b.store : new InMemoryConversationStore();
    this.ownClock = b.clock;
    this.rules = b.rules.toArray(new PolicyRule[0]);
    this.freeFormRules = FreeFormRules.of(this.rules);
    this.pairRate = SendClaims.pairRate(this.rules);
    this.claims = new SendClaims(store, pairRate, this.rules);
    this.keywords = b.keywords;
    this.calls = new CallPolicy(store, b.callRule);
    this.facts = new FactRecorder(store, mode, pairRate);
  }

  /** A builder with the default rules, the in-memory store, the system clock and {@link PolicyMode#ENFORCE}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The built-in rules that are on by default, in order: customer service window, free entry point, template
   * status, opt-out, markets without marketing delivery (US since 2025-04-01), marketing back-off after 131049,
   * account restriction, messaging limit, pair rate, group message types, call permission request limits. The
   * marketing frequency cap and quiet hours are off by default.
   */
  public static List<PolicyRule> defaultRules() {
    return List.of(new CustomerServiceWindowRule(), new FreeEntryPointRule(), new TemplateStatusRule(false),
        new OptOutRule(), new MarketingMarketsRule(), new MarketingBackOffRule(), new AccountRestrictionRule(),
        new MessagingLimitRule(null), new PairRateRule(), new GroupMessageRule(),
        new CallPermissionRequestLimitRule());
  }

  /**
   * Evaluates a business-initiated call to {@code to} now (Calling API): allowed only when the user granted a call
   * permission that has not expired and the business has not reached the daily limit of connected calls with the
   * user ({@link CallPermissionRule}). Records nothing; the decision carries the facts.
   */
  public Decision evaluateCall(Recipient to) {
    Objects.requireNonNull(to, "to");
    try {
      return calls.evaluate(to, epochSecond(clock()));
    } catch (ConversationStoreException e) {
      return storeFailure(e);
    }
  }

  /**
   * Checks a business-initiated call before {@code whatsApp.calling().connect(..)}, in the engine's mode: in
   * {@code ENFORCE} a denial throws, in {@code WARN} it is logged, in {@code OFF} nothing is checked.
   *
   * @throws WabaPolicyException in {@code ENFORCE} mode when the user has no granted, unexpired call permission
   */
  public Decision checkCall(Recipient to) {
    if (mode == PolicyMode.OFF) {
      return Decision.allow();
    }
    Decision decision = evaluateCall(to);
    if (!decision.isAllowed()) {
      if (mode == PolicyMode.ENFORCE) {
        throw new WabaPolicyException(decision);
      }
      LOG.warn("Policy {} for a call to {} ({}): {}", decision.verdict(), to.value(), decision.reasonCode(),
          decision.explanation());
    }
    return decision;
  }

  /**
   * Evaluates a message now. Rules run in order; the first {@link Verdict#DENY} wins, otherwise the first
   * {@link Verdict#TEMPLATE_REQUIRED}, otherwise {@link Verdict#ALLOW}. Sends nothing and records nothing. When the
   * store fails, the decision follows the {@link StoreFailureMode}.
   */
  public Decision evaluate(Message message) {
    return evaluateFrom(message, clock(), null);
  }

  private Decision evaluateFrom(Message message, Clock clock, @Nullable String from) {
    Objects.requireNonNull(message, "message");
    Decision decision;
    try {
      decision = decide(message, epochSecond(clock), null, from);
    } catch (ConversationStoreException e) {
      decision = storeFailure(e);
    }
    return notifyListeners(message, decision);
  }

  /** As {@link #evaluate(Message)}, sent from {@code phoneNumberId} (its portfolio's limit). @since 0.3 */
  public Decision evaluate(Message message, String phoneNumberId) {
    return evaluateFrom(message, clock(), Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
  }

  /** As {@link #admit(Message)}, sent from {@code phoneNumberId} (its portfolio's limit). @since 0.3 */
  public Decision admit(Message message, String phoneNumberId) {
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    return notifyListeners(Objects.requireNonNull(message, "message"), claimAndDecide(message, clock(), phoneNumberId));
  }

  /** The messaging limit tier of portfolio {@code portfolioId} ({@link Builder#portfolio}). @since 0.3 */
  public void recordTier(String portfolioId, MessagingLimitTier tier) {
    portfolios.store(Objects.requireNonNull(portfolioId, "portfolioId")).recordTier(Objects.requireNonNull(tier));
  }

  /**
   * Evaluates a message that is about to be sent and, when it is allowed, atomically claims what the pair rate and
   * the messaging limit grant it in the store (pair-rate credit, a place among the reached users), so app instances
   * sharing a store never both pass a check only one may pass. A claim lost to another instance re-makes the
   * decision from the new state. The client calls this in {@link PolicyMode#ENFORCE}; a claimed message that is
   * then not sent keeps its claim (the safe side: its pair-rate credit stays used, and the user counts as reached).
   */
  public Decision admit(Message message) {
    Objects.requireNonNull(message, "message");
    return notifyListeners(message, claimAndDecide(message, clock(), null));
  }

  private Decision claimAndDecide(Message message, Clock clock, @Nullable String from) {
    try {
      Decision decision;
      int attempt = 0;
      do {
        ClaimResult claim = new ClaimResult();
        decision = decide(message, epochSecond(clock), claim, from);
        if (!claim.lost || !decision.isAllowed()) {
          return decision;
        }
      } while (++attempt < CLAIM_ATTEMPTS);
      return Decision.deny(PairRateRule.REASON, "Other app instances kept claiming this user's send while it was"
          + " checked; try again.").withFacts(decision.facts());
    } catch (ConversationStoreException e) {
      return storeFailure(e);
    }
  }

  private Decision notifyListeners(Message message, Decision decision) {
    for (DecisionListener listener : listeners) {
      try {
        listener.onDecision(message, decision);
      } catch (RuntimeException e) {
        // An observer (a meter, an audit log) must never break a send.
        LOG.warn("DecisionListener {} failed on decision {}", listener, decision.reasonCode(), e);
      }
    }
    return decision;
  }

  /** What a claim did: {@code lost} when another instance took the capacity between the read and the claim. */
  private static final class ClaimResult {
    boolean lost;
  }

  private Decision decide(Message message, long now, @Nullable ClaimResult claim, @Nullable String from) {
    PolicyContext context = portfolios.context(message, now, store, from);
    Decision decision = null;
    Decision explainedAllow = null;
    for (PolicyRule rule : FreeFormRules.isPlainFreeForm(message) ? freeFormRules : rules) {
      Decision d = Objects.requireNonNull(rule.evaluate(context), "a PolicyRule returned null; return Decision.allow()");
      if (d.verdict() == Verdict.DENY) {
        decision = d;
        break;
      }
      if (d.verdict() == Verdict.TEMPLATE_REQUIRED && decision == null) {
        decision = d;
      }
      if (d.verdict() == Verdict.ALLOW && explainedAllow == null && !d.equals(Decision.allow())) {
        explainedAllow = d;
      }
    }
    if (decision == null && claim != null && !claims.claim(context)) {
      claim.lost = true;
      // Re-read: the rule that lost its claim now explains the denial from the other instance's state.
      return decide(message, now, null, from);
    }
    MessagePrice price = costEstimator == null ? null : DecisionPrice.of(costEstimator, context);
    Decision result = (decision != null ? decision : explainedAllow != null ? explainedAllow : Decision.allow())
        .withFacts(context.facts());
    return price == null ? result : result.withExpectedPrice(price);
  }

  /** The clock's time in epoch seconds, without the {@code Instant} that {@link Clock#instant()} makes. */
  private static long epochSecond(Clock clock) {
    return Math.floorDiv(clock.millis(), 1000L);
  }

  private Decision storeFailure(ConversationStoreException e) {
    if (storeFailureMode == StoreFailureMode.ALLOW) {
      LOG.warn("Conversation store unavailable, allowing the message unchecked (StoreFailureMode.ALLOW): {}",
          e.getMessage());
      return new Decision(Verdict.ALLOW, STORE_UNAVAILABLE, "The conversation store is unavailable ("
          + e.getMessage() + "), so the message is allowed without checking the rules (StoreFailureMode.ALLOW).",
          Facts.NONE, null);
    }
    LOG.warn("Conversation store unavailable, denying the message (StoreFailureMode.DENY): {}", e.getMessage());
    return Decision.deny(STORE_UNAVAILABLE, "The conversation store is unavailable (" + e.getMessage()
        + "), so the rules cannot be checked and the message is denied (StoreFailureMode.DENY).");
  }

  /**
   * Evaluates the send before it goes on ({@link #admit} in {@code ENFORCE} mode, {@link #evaluate} in {@code WARN}
   * mode, nothing when {@code OFF}), records it once Meta accepted it, and tags the result with the decision.
   *
   * @throws WabaPolicyException in {@code ENFORCE} mode when the decision is not ALLOW (nothing was sent)
   */
  @Override
  public SendResult intercept(Chain chain) {
    Message message = chain.message();
    Clock clock = ownClock;
    if (clock == null) {
      // One clock: the engine follows the client's unless it was given its own on purpose.
      clock = chain.clock();
      clientClock = clock;
    }
    Decision decision = check(message, clock, chain.phoneNumberId(), chain.marketingMessageOptions() != null);
    SendResult result;
    try {
      result = chain.proceed(message);
    } catch (WabaApiException e) {
      if (e.code() == MarketingBackOffRule.ERROR_CODE) {
        facts.recordMarketingNotDelivered(message.recipient().value(), epochSecond(clock));
      }
      throw e;
    }
    try {
      Instant sentAt = clock.instant(); // one reading for both records
      recordSent(message, result, sentAt);
      portfolios.recordSent(message, chain.phoneNumberId(), sentAt.getEpochSecond(), store);
    } catch (RuntimeException e) {
      // The message is sent; a failing store must not turn that into an error the caller would retry.
      LOG.error("Policy engine could not record the send of {}", result.messageId(), e);
    }
    return decision == null ? result : result.withTag(Decision.class, decision);
  }

  private @Nullable Decision check(Message message, Clock clock, String from, boolean marketingMessages) {
    if (mode == PolicyMode.OFF) {
      return null;
    }
    // ENFORCE claims the pair-rate slot and messaging-limit place atomically, so instances sharing a store agree.
    Decision decision;
    Decision refusal = marketingMessages ? MarketingMessagesCheck.refusal(message, store) : null;
    if (refusal != null) {
      decision = notifyListeners(message, refusal);
    } else if (mode == PolicyMode.ENFORCE) {
      decision = notifyListeners(message, claimAndDecide(message, clock, from));
    } else {
      decision = evaluateFrom(message, clock, from);
    }
    if (!decision.isAllowed()) {
      if (mode == PolicyMode.ENFORCE) {
        throw new WabaPolicyException(decision);
      }
      // The recipient is not logged: explanations and facts carry no personal data.
      WARN_LOG.warn("Policy {} ({}), sending anyway (WARN mode): {} [{}]", decision.verdict(),
          decision.reasonCode(), decision.explanation(), decision.facts());
    }
    return decision;
  }

  /** The mode the client acts on. */
  public PolicyMode mode() {
    return mode;
  }

  /** What decisions are when the store fails. */
  public StoreFailureMode storeFailureMode() {
    return storeFailureMode;
  }

  /** The rules, in evaluation order. */
  public List<PolicyRule> rules() {
    return List.of(rules);
  }

  /** The cost estimator pricing each decision, when configured. */
  public @Nullable CostEstimator costEstimator() {
    return costEstimator;
  }

  /** The state store. */
  public ConversationStore store() {
    return store;
  }

  /**
   * The engine's clock: the one given to {@link Builder#clock}, otherwise the clock of the client it is added to
   * (the system UTC clock until that client sent through it).
   */
  public Clock clock() {
    Clock own = ownClock;
    return own != null ? own : clientClock;
  }

  /**
   * The user called the business (whether or not the call was accepted), or accepted the business's call ({@code calls}
   * webhook): like a message, it opens or refreshes the customer service window for 24 h.
   */
  public void recordCall(WhatsAppUser user, Instant at) {
    Objects.requireNonNull(at, "at");
    store.recordInbound(link(Objects.requireNonNull(user, "user")), at.getEpochSecond(), false);
  }

  /**
   * The user answered a call permission request, or the permission changed ({@code call_permission_reply}, or a
   * call with callback permission on): {@code expiresAt} is when a temporary permission ends, null for a permanent
   * one. {@link #recordCallPermissionRevoked} records a decline or revocation.
   */
  public void recordCallPermission(WhatsAppUser user, @Nullable Instant expiresAt) {
    store.recordCallPermission(link(Objects.requireNonNull(user, "user")),
        expiresAt == null ? UserState.PERMANENT : Math.max(1, expiresAt.getEpochSecond()));
  }

  /** The user declined or revoked the call permission: business-initiated calls are denied again. */
  public void recordCallPermissionRevoked(WhatsAppUser user) {
    store.recordCallPermission(link(Objects.requireNonNull(user, "user")), 0);
  }

  /**
   * A call between the business and the user connected at {@code at} (a {@code calls} webhook: the user answered
   * the business's call, or a user's call was answered): it resets Meta's call permission request limits
   * ({@link CallPermissionRequestLimitRule}), and a {@code businessInitiated} one counts toward the daily
   * connected-call limit of {@link CallPermissionRule}.
   *
   * @since 0.4
   */
  public void recordCallConnected(WhatsAppUser user, Instant at, boolean businessInitiated) {
    store.recordCallConnected(link(Objects.requireNonNull(user, "user")),
        Objects.requireNonNull(at, "at").getEpochSecond(), businessInitiated);
  }

  /**
   * A participant wrote in a group (a message webhook with {@code group_id}): the customer service window opens
   * for the whole group, for 24 h, as Meta's Groups API pricing describes.
   */
  public void recordGroupInbound(String groupId, Instant at) {
    String key = Recipient.group(groupId).value();
    store.recordInbound(key, Objects.requireNonNull(at, "at").getEpochSecond(), false);
  }

  /** The user messaged the business: the customer service window opens for 24 h. */
  public void recordInbound(WhatsAppUser user, Instant at) {
    recordInbound(user, at, null, null);
  }

  /**
   * The user messaged the business. A {@code referral} (click-to-WhatsApp ad, Page CTA) makes a reply within 24 h
   * open a free entry point window; a {@code text} that is a stop or start keyword opts the user out or in.
   *
   * @param text the body of a text message (or a button's text), when there is one
   */
  public void recordInbound(WhatsAppUser user, Instant at, @Nullable String text, @Nullable Referral referral) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(at, "at");
    String key = link(user);
    store.recordInbound(key, at.getEpochSecond(), referral != null);
    OptOut optOut = keywords.match(text);
    if (optOut != null) {
      store.recordOptOut(key, optOut, at.getEpochSecond());
    }
  }

  /**
   * The client sent {@code message} and Meta accepted it as {@code result}. The send takes its pair-rate credit
   * here unless the engine is in {@link PolicyMode#ENFORCE}: there the client sent it after {@link #admit}, which
   * claimed the credit already.
   */
  public void recordSent(Message message, SendResult result, Instant at) {
    facts.recordSent(Objects.requireNonNull(message, "message"), Objects.requireNonNull(result, "result"),
        Objects.requireNonNull(at, "at").getEpochSecond());
  }

  /**
   * A status webhook: links the recipient's {@code wa_id} and user id, opens the free entry point window Meta
   * reports ({@code free_entry_point} pricing), records a marketing opt-out when Meta failed a message with
   * 131050 (the user stopped marketing messages) and the marketing back-off when it failed one with 131049.
   */
  public void recordStatus(StatusUpdate status) {
    Objects.requireNonNull(status, "status");
    facts.recordStatus(status, link(status.recipient()));
  }

  /**
   * Meta did not deliver a marketing template to the user (error 131049, from a send or a failed status): the
   * {@link MarketingBackOffRule} refuses marketing to the user for its back-off.
   *
   * @since 0.3
   */
  public void recordMarketingNotDelivered(WhatsAppUser user, Instant at) {
    facts.recordMarketingNotDelivered(link(Objects.requireNonNull(user, "user")),
        Objects.requireNonNull(at, "at").getEpochSecond());
  }

  /**
   * The business sent the user a message outside this client, e.g. from the WhatsApp Business app (an
   * {@code smb_message_echoes} echo): it takes the user's pair-rate credit like any business message. It opens no
   * window and does not count toward the messaging limit.
   */
  public void recordEcho(WhatsAppUser user, Instant at) {
    Objects.requireNonNull(at, "at");
    facts.recordEcho(link(Objects.requireNonNull(user, "user")), at.getEpochSecond());
  }

  /**
   * Meta restricted the account ({@code account_update} {@code ACCOUNT_RESTRICTION}) until {@code until}; for
   * {@link AccountRestrictionRule#BUSINESS_INITIATED_MESSAGING} the {@link AccountRestrictionRule} then denies
   * business-initiated messages until it expires.
   */
  public void recordRestriction(String restrictionType, Instant until) {
    Objects.requireNonNull(restrictionType, "restrictionType");
    store.recordRestriction(restrictionType, Objects.requireNonNull(until, "until").getEpochSecond());
  }

  /** The business portfolio's messaging limit tier, from the phone-number API or a webhook. */
  public void recordTier(MessagingLimitTier tier) {
    store.recordTier(Objects.requireNonNull(tier, "tier"));
  }

  /** A template's status, from a {@code message_template_status_update} webhook or a templates look-up. */
  public void recordTemplateStatus(String name, String language, TemplateStatus status) {
    store.recordTemplateStatus(Objects.requireNonNull(name, "name"), Objects.requireNonNull(language, "language"),
        Objects.requireNonNull(status, "status"));
  }

  /**
   * A template's status, category and call permission request component ({@link CallPermissionRequestLimitRule})
   * from a templates look-up, e.g. {@code whatsApp.templates().list().forEach(policy::recordTemplate)}.
   */
  public void recordTemplate(Template template) {
    Objects.requireNonNull(template, "template");
    recordTemplateStatus(template.name(), template.language(), template.status());
    recordTemplateCategory(template.name(), template.language(), template.category());
    store.recordTemplateCallPermissionRequest(template.name(), template.language(), template.requestsCallPermission());
  }

  /** A template's category, from a {@code template_category_update} webhook or a templates look-up. */
  public void recordTemplateCategory(String name, String language, TemplateCategory category) {
    store.recordTemplateCategory(Objects.requireNonNull(name, "name"), Objects.requireNonNull(language, "language"),
        Objects.requireNonNull(category, "category"));
  }

  /**
   * The user opted out, via your API or the {@code user_preferences} webhook ({@link OptOut#MARKETING}).
   *
   * @param optOut {@link OptOut#MARKETING} or {@link OptOut#ALL}
   */
  public void recordOptOut(WhatsAppUser user, OptOut optOut, Instant at) {
    Objects.requireNonNull(optOut, "optOut");
    if (optOut == OptOut.NONE) {
      throw new IllegalArgumentException("optOut: must be MARKETING or ALL, was NONE (use recordOptIn)");
    }
    store.recordOptOut(link(Objects.requireNonNull(user, "user")), optOut, Objects.requireNonNull(at, "at")
        .getEpochSecond());
  }

  /** The user opted back in to every message. */
  public void recordOptIn(WhatsAppUser user, Instant at) {
    store.recordOptOut(link(Objects.requireNonNull(user, "user")), OptOut.NONE, Objects.requireNonNull(at, "at")
        .getEpochSecond());
  }

  /** A fact that names a user by both {@code wa_id} and user id (e.g. a {@code user_id_update} webhook). */
  public void recordUser(WhatsAppUser user) {
    link(Objects.requireNonNull(user, "user"));
  }

  private String link(WhatsAppUser user) {
    if (user.waId() != null && user.userId() != null) {
      store.link(user.waId(), user.userId());
    }
    return user.key();
  }

  @Override
  public String toString() {
    return "PolicyEngine{mode=" + mode + ", rules=" + rules.length + ", store=" + store.getClass().getSimpleName()
        + "}";
  }

  /** Configures a {@link PolicyEngine}. Not thread-safe. */
  public static final class Builder {
    private PolicyMode mode = PolicyMode.ENFORCE;
    private StoreFailureMode storeFailureMode = StoreFailureMode.DENY;
    private @Nullable ConversationStore store;
    private @Nullable Clock clock;
    private final List<PolicyRule> rules = new ArrayList<>(defaultRules());
    private OptOutKeywords keywords = OptOutKeywords.DEFAULT;
    private @Nullable CostEstimator costEstimator;
    private final List<DecisionListener> listeners = new ArrayList<>();
    private @Nullable Function<String, @Nullable String> portfolioOf;
    private @Nullable Function<String, ConversationStore> portfolioStore;
    private CallPermissionRule callRule = new CallPermissionRule();

    private Builder() {}

    /**
     * Counts the messaging limit per business portfolio, as Meta sets it since 2025-10-07: {@code portfolioOf}
     * maps a sending phone number id to its portfolio id (null: counted in the engine's store);
     * {@code portfolioStore} gives the store a portfolio's count and tier live in (called once per portfolio), e.g.
     * a {@code RedisConversationStore} with the portfolio id in its key prefix to share it across instances.
     *
     * @since 0.3
     */
    public Builder portfolio(Function<String, @Nullable String> portfolioOf,
        Function<String, ConversationStore> portfolioStore) {
      this.portfolioOf = Objects.requireNonNull(portfolioOf, "portfolioOf");
      this.portfolioStore = Objects.requireNonNull(portfolioStore, "portfolioStore");
      return this;
    }

    /**
     * The rule for business-initiated calls ({@link PolicyEngine#evaluateCall}); default
     * {@code new CallPermissionRule()}, with Meta's daily connected-call limit.
     *
     * @since 0.4
     */
    public Builder callPermissionRule(CallPermissionRule rule) {
      this.callRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Adds a listener called with every final decision of {@link PolicyEngine#evaluate} and
     * {@link PolicyEngine#admit} (e.g. a meter counting decisions by verdict and reason). Listeners run in the
     * order added; an exception from one is logged and ignored.
     */
    public Builder decisionListener(DecisionListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Prices every decision ({@link Decision#expectedPrice()}): the template's category (or service for free-form),
     * the customer service and free entry point windows, the recipient's market. Default none.
     */
    public Builder costEstimator(CostEstimator costEstimator) {
      this.costEstimator = Objects.requireNonNull(costEstimator, "costEstimator");
      return this;
    }

    /** What the client does with a decision that is not ALLOW; default {@link PolicyMode#ENFORCE}. */
    public Builder mode(PolicyMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * What to decide when the store fails (e.g. Redis is unreachable): {@link StoreFailureMode#DENY} (default)
     * denies with reason {@value PolicyEngine#STORE_UNAVAILABLE}, {@link StoreFailureMode#ALLOW} allows and logs a
     * warning.
     */
    public Builder storeFailureMode(StoreFailureMode storeFailureMode) {
      this.storeFailureMode = Objects.requireNonNull(storeFailureMode, "storeFailureMode");
      return this;
    }

    /** The state store; default a new {@link InMemoryConversationStore}. */
    public Builder store(ConversationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * A clock of the engine's own for decisions and client-recorded sends. Default none: the engine uses the clock
     * of the client it is added to ({@code WhatsApp.builder().clock(..)}), so both agree on "now"; set one here
     * only to make the two differ on purpose.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Replaces all rules, e.g. {@code rules(List.of())} to start from none. */
    public Builder rules(List<? extends PolicyRule> rules) {
      Objects.requireNonNull(rules, "rules");
      List<PolicyRule> copy = new ArrayList<>(rules.size());
      for (PolicyRule rule : rules) {
        copy.add(Objects.requireNonNull(rule, "rules contains null"));
      }
      this.rules.clear();
      this.rules.addAll(copy);
      return this;
    }

    /** Adds a rule after the current ones. */
    public Builder rule(PolicyRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Removes every rule of this class, e.g. {@code withoutRule(PairRateRule.class)}. */
    public Builder withoutRule(Class<? extends PolicyRule> type) {
      Objects.requireNonNull(type, "type");
      rules.removeIf(type::isInstance);
      return this;
    }

    /** Replaces the rule of the same class (keeping its position), or adds it; e.g. a different pair rate. */
    public Builder replaceRule(PolicyRule rule) {
      Objects.requireNonNull(rule, "rule");
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).getClass() == rule.getClass()) {
          rules.set(i, rule);
          return this;
        }
      }
      rules.add(rule);
      return this;
    }

    /** Stop and start keywords; default {@link OptOutKeywords#DEFAULT}, {@link OptOutKeywords#NONE} to turn off. */
    public Builder optOutKeywords(OptOutKeywords keywords) {
      this.keywords = Objects.requireNonNull(keywords, "keywords");
      return this;
    }

    /** Builds the engine. */
    public PolicyEngine build() {
      return new PolicyEngine(this);
    }
  }
}
