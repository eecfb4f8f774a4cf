package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.Referral;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.FakeClock;
import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.FakeTemplate;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.MediaStore.MediaRecord;
import dev.wabasdk.testkit.internal.MessageLog.InboundRecord;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The fake's state and Meta's rules, as one entry point over the parts it is made of: the {@link RequestJournal},
 * the {@link Users}, the {@link MessageLog}, the {@link TemplateStore}, the {@link MediaStore}, the
 * {@link SendRules}, the {@link Pricing} and the {@link WebhookEvents}.
 *
 * <p>Locking rule: those parts are not thread-safe; they are touched only while holding {@link #lock}, which every
 * method here takes (the dispatcher and the console take it too when they read several parts at once). Webhooks
 * are queued under the same lock, so they leave in the order the events happened. Thread-safe.
 */
public final class FakeEngine {
  final FakeConfig config;
  final FakeClock clock;
  final Object lock = new Object();
  private final WebhookSender webhooks;
  final Ids ids = new Ids();
  private final RequestJournal journal = new RequestJournal();
  final Users users;
  final MessageLog messages = new MessageLog();
  final TemplateStore templates = new TemplateStore();
  final MediaStore media = new MediaStore();
  final Uploads uploads = new Uploads();
  final SendRules rules;
  final Pricing pricing = new Pricing();
  final CommerceRoutes.CommerceSettings commerce = new CommerceRoutes.CommerceSettings();
  final WebhookEvents events;
  private final Map<String, Object> profile = new LinkedHashMap<>();
  private final OutboundMessages outbound = new OutboundMessages(this);
  final MarketingMessagesRoutes marketingMessages = new MarketingMessagesRoutes(this);
  private final InboundMessages inbound = new InboundMessages(this);
  final CallRoutes calls = new CallRoutes(this);
  final GroupRoutes groups = new GroupRoutes(this);
  final TemplateGroupRoutes templateGroups = new TemplateGroupRoutes(this);
  final FlowRoutes flows = new FlowRoutes(this);
  final AccountOpsRoutes accountOps = new AccountOpsRoutes(this);
  final AdminRoutes admin = new AdminRoutes(this);
  final PaymentConfigurations paymentConfigurations = new PaymentConfigurations(this);
  final PaymentRoutes payments = new PaymentRoutes(this);
  final AddressReplies addresses = new AddressReplies(this);
  final RoutingState routing = new RoutingState(this);
  private final FlowRunner flowRunner = new FlowRunner(this);
  private final FlowSessions flowSessions = new FlowSessions(this);
  private List<FakeEngine> business = List.of();

  /**
   * Makes this engine's wamids and numeric ids differ from another engine's in the same fake (Meta's ids are unique
   * across numbers and accounts); {@code index} is the engine's place among them (1 for the first other business).
   * Call before any traffic.
   */
  public void distinctIds(String phoneNumberId, int index) {
    synchronized (lock) {
      ids.salt(phoneNumberId, index);
    }
  }

  public FakeEngine(FakeConfig config, FakeClock clock) {
    this.config = config;
    this.clock = clock;
    this.webhooks = new WebhookSender(config.appSecret(), config.webhookUrl(), config.webhookMaxAttempts(),
        config.webhookInitialBackoff());
    this.rules = new SendRules(config);
    this.users = new Users(config.audience(), config.businessAccountId());
    this.events = new WebhookEvents(config, webhooks, users);
    initialState();
  }

  private void initialState() {
    profile.putAll(obj("about", "Hello from the fake WhatsApp", "address", "", "description", "", "email", "",
        "profile_picture_url", "", "websites", new ArrayList<>(), "vertical", "OTHER"));
    for (String json : config.templates()) {
      try {
        templates.add(Json.parseObject(json), ids, now());
      } catch (GraphException e) {
        throw new IllegalArgumentException("invalid template " + json + ": " + e.error().details(), e);
      }
    }
  }

  /** The business number as digits (webhook {@code metadata.display_phone_number}, reply contexts). */
  public String businessNumber() {
    return config.displayDigits();
  }

  /** Registration, verification codes, display name, webhook subscription and tokens of this business. */
  public AccountOpsRoutes accountOps() {
    return accountOps;
  }

  /** The Payments API's orders of this business and its users' payments. */
  public PaymentRoutes payments() {
    return payments;
  }

  /** The users' answers to the address messages of this business. */
  public AddressReplies addresses() {
    return addresses;
  }

  /** The payment configurations of this business. */
  public PaymentConfigurations paymentConfigurations() {
    return paymentConfigurations;
  }

  /** Conversation Routing on this number: its configuration, the threads and the other responders. */
  public RoutingState routing() {
    return routing;
  }

  public WebhookSender webhooks() {
    return webhooks;
  }

  public void reset() {
    synchronized (lock) {
      users.reset();
      messages.reset();
      templates.reset();
      media.reset();
      uploads.reset();
      journal.reset();
      rules.reset();
      pricing.reset();
      commerce.reset();
      profile.clear();
      ids.reset();
      webhooks.reset();
      calls.reset();
      groups.reset();
      templateGroups.reset();
      flows.reset();
      flowSessions.reset();
      accountOps.reset();
      admin.reset();
      marketingMessages.reset();
      paymentConfigurations.reset();
      payments.reset();
      routing.reset();
      initialState();
    }
  }

  public Instant now() {
    return clock.instant();
  }

  public String nextTraceId() {
    synchronized (lock) {
      return ids.traceId();
    }
  }

  /** Digits of an E.164 number ({@code wa_id}); {@link IllegalArgumentException} naming the value otherwise. */
  public static String waId(String phone) {
    return Users.waId(phone);
  }

  // ---------------------------------------------------------------- journal and faults

  int record(FakeRequest request) {
    synchronized (lock) {
      return journal.record(request);
    }
  }

  void answered(int index, int code) {
    synchronized (lock) {
      journal.answered(index, code);
    }
  }

  public List<FakeRequest> requests() {
    synchronized (lock) {
      return journal.requests();
    }
  }

  public void addFault(FaultRule rule) {
    synchronized (lock) {
      journal.addFault(rule);
    }
  }

  public void clearFaults() {
    synchronized (lock) {
      journal.clearFaults();
    }
  }

  @Nullable FaultRule claimFault(FakeRequest request) {
    synchronized (lock) {
      return journal.claimFault(request);
    }
  }

  // ---------------------------------------------------------------- users

  public void userName(String waId, String name) {
    synchronized (lock) {
      users.user(waId).name = name;
    }
  }

  /** The user's business-scoped user id (BSUID) in this business. */
  public String userId(String waId) {
    synchronized (lock) {
      return users.user(waId).userId;
    }
  }

  /**
   * Sets the user's WhatsApp username (null: none) and whether Meta withholds their phone number from this business
   * (only a username user's can be withheld).
   */
  public void userUsername(String waId, @Nullable String username, boolean phoneHidden) {
    if (phoneHidden && username == null) {
      throw new IllegalStateException("only a user with a username can hide their phone number");
    }
    synchronized (lock) {
      UserState user = users.user(waId);
      user.username = username;
      user.phoneHidden = phoneHidden;
    }
  }

  /** The user's identity changed (a new phone, a number that changed hands): Meta gives them a new hash. */
  public void userChangesIdentity(String waId) {
    synchronized (lock) {
      users.changeIdentity(users.user(waId));
    }
  }

  /** The user's current identity hash. */
  public String userIdentityKeyHash(String waId) {
    synchronized (lock) {
      return users.user(waId).identityKeyHash;
    }
  }

  /**
   * {@code POST /{phone-number-id}/settings}: the identity change check ({@code user_identity_change}) here, the
   * {@code calling} settings by {@link CallRoutes}; either or both.
   */
  Map<String, Object> updateSettings(Map<String, Object> body) {
    Map<String, Object> identity = Json.map(body, "user_identity_change");
    if (identity == null) {
      if (Json.map(body, "calling") == null) {
        throw GraphException.of(100, "The parameter calling or user_identity_change is required.");
      }
      return calls.updateSettings(body);
    }
    if (!(identity.get("enable_identity_key_check") instanceof Boolean enabled)) {
      throw GraphException.of(100, "Param user_identity_change['enable_identity_key_check'] must be a boolean.");
    }
    Map<String, Object> answer = Json.map(body, "calling") == null ? obj("success", true) : calls.updateSettings(body);
    synchronized (lock) {
      users.identityKeyCheck = enabled;
    }
    return answer;
  }

  public void userBlocks(String waId, boolean blocked) {
    synchronized (lock) {
      users.user(waId).blocked = blocked;
    }
  }

  /** The users the business blocked with the Block Users API, oldest block first. */
  public List<String> blockedByBusiness() {
    return admin.blockedUsers();
  }

  /**
   * The user opens the chat with the business: returns the ice breakers they see; the first time, with the welcome
   * message on, Meta's {@code request_welcome} webhook.
   */
  public List<String> userOpensChat(String waId) {
    return admin.userOpensChat(waId);
  }

  /** Records the user's marketing preference and emits Meta's {@code user_preferences} webhook. */
  public void userStopsMarketing(String waId, boolean stopped) {
    synchronized (lock) {
      UserState user = users.user(waId);
      user.marketingStopped = stopped;
      events.userPreference(user, stopped, now());
    }
  }

  /** The business sends {@code text} to the user from the WhatsApp Business app: an echo webhook. */
  public String businessAppSends(String waId, String text) {
    synchronized (lock) {
      String wamid = ids.wamid(waId);
      events.echo(users.user(waId), wamid, text, now());
      return wamid;
    }
  }

  /** Meta restricts the account until {@code until}: an {@code account_update} webhook. */
  public void restrictAccount(String restrictionType, Instant until) {
    synchronized (lock) {
      rules.restrict(restrictionType, until);
      events.accountRestriction(restrictionType, until, now());
    }
  }

  /** Groups templates for template group analytics; answers the group's id. */
  public String templateGroup(String name, List<String> templateIds) {
    synchronized (lock) {
      return templateGroups.add(name, templateIds);
    }
  }

  public void userComesFrom(String waId, Referral referral) {
    synchronized (lock) {
      users.user(waId).pendingReferral = referral;
    }
  }

  /**
   * The user sends {@code content} (a webhook {@code messages[]} object without {@code from}, {@code id} and
   * {@code timestamp}): the fake fills those in, opens the window and delivers the signed webhook.
   */
  public UserMessage userSends(String waId, Map<String, Object> content) {
    return inbound.receive(waId, content);
  }

  /** The user reads {@code wamid} (a message the app sent them): a {@code read} status webhook. */
  /** The user calls the business; returns the call id. */
  public String userCalls(String waId) {
    return calls.userCalls(waId);
  }

  public void userAnswersCall(String waId, String callId) {
    calls.userAnswers(waId, callId);
  }

  public void userDeclinesCall(String waId, String callId) {
    calls.userDeclines(waId, callId);
  }

  public void userHangsUp(String waId, String callId) {
    calls.userHangsUp(waId, callId);
  }

  /**
   * The user opens the flow message with {@code flowToken}, fills each screen with {@code answers} (screen id to
   * field values), drives the flow (and its endpoint) to the end and sends the {@code nfm_reply}.
   */
  public UserMessage userCompletesFlow(String waId, String flowToken, Map<String, ? extends Map<String, ?>> answers) {
    FlowSession session = userOpensFlow(waId, flowToken);
    for (int step = 0; step < 100; step++) {
      Map<String, ?> form = answers.get(session.screen());
      session.submit(form == null ? Map.of() : form);
      UserMessage reply = session.reply();
      if (reply != null) {
        return reply;
      }
    }
    throw new IllegalStateException("the flow did not complete in 100 screens");
  }

  /** The user opens the newest flow message (or flow template button) sent to them with {@code flowToken}. */
  public FlowSession userOpensFlow(String waId, String flowToken) {
    return flowSessions.open(flowRunner.start(waId, flowToken));
  }

  /** The recipient of flow message {@code wamid} opens it (the console's "Open flow"). */
  FlowSession openFlowMessage(String wamid) {
    return flowSessions.open(flowRunner.startMessage(wamid));
  }

  FlowRunner flowRunner() {
    return flowRunner;
  }

  /** An opened flow by its session id, or null. */
  @Nullable FlowSession flowSession(String id) {
    return flowSessions.find(id);
  }

  /** Makes these engines one business: flows migrate between their accounts. Call before any traffic. */
  public void sameBusiness(List<FakeEngine> engines) {
    synchronized (lock) {
      business = List.copyOf(engines);
    }
  }

  /**
   * The account a migration ({@code migrate_flows}, {@code migrate_message_templates}) copies from: another
   * account of the same business; Meta's invalid-parameter error otherwise.
   */
  FakeEngine migrationSource(@Nullable String sourceWaba) {
    if (sourceWaba == null || sourceWaba.isBlank()) {
      throw GraphException.of(100, "Param source_waba_id is required.");
    }
    if (sourceWaba.equals(config.businessAccountId())) {
      throw GraphException.of(100, "Param source_waba_id must be another WhatsApp Business Account than the "
          + "destination, was " + sourceWaba + ".");
    }
    FakeEngine source = peer(sourceWaba);
    if (source == null) {
      throw GraphException.of(100, "Param source_waba_id (" + sourceWaba + ") is not a WhatsApp Business Account "
          + "of the same business.");
    }
    return source;
  }

  /** The engine of another account of the same business, by its WABA id, or null. */
  @Nullable FakeEngine peer(String businessAccountId) {
    List<FakeEngine> all;
    synchronized (lock) {
      all = business;
    }
    for (FakeEngine e : all) {
      if (e != this && e.config.businessAccountId().equals(businessAccountId)) {
        return e;
      }
    }
    return null;
  }

  /** The user answers a call permission request (an inbound {@code call_permission_reply} message). */

  public UserMessage userRepliesToCallPermission(String waId, boolean accept, boolean permanent) {
    return userSends(waId, calls.permissionReply(waId, accept, permanent));
  }

  /** The user opens a group's invite link; the join request id when the group requires approval, else null. */
  public @Nullable String userJoinsGroup(String waId, String groupId) {
    return groups.userJoins(waId, groupId);
  }

  public void userLeavesGroup(String waId, String groupId) {
    groups.userLeaves(waId, groupId);
  }

  /** A participant writes in a group; returns the webhook's message object. */
  public Map<String, Object> userWritesInGroup(String waId, String groupId, String text) {
    return groups.userWrites(waId, groupId, text);
  }

  /** The fake's calls, oldest first: id, wa_id, direction, status. */
  public List<Map<String, Object>> calls() {
    synchronized (lock) {
      return calls.view();
    }
  }

  /** The fake's groups: id, subject, invite link, participants, join requests, conversation. */
  public List<Map<String, Object>> groups() {
    return groups.view();
  }

  public void userReads(String waId, String wamid) {
    inbound.read(waId, wamid);
  }

  /** The user reads everything the app sent them that is not read yet. */
  public void userReadsAll(String waId) {
    inbound.readAll(waId);
  }

  /** Finds the reply a tap on {@code buttonId} produces, from the newest message sent to the user that has it. */
  public Map<String, Object> buttonTap(String waId, String buttonId) {
    synchronized (lock) {
      return messages.buttonReply(waId, buttonId, config.displayDigits(), templates);
    }
  }

  /** Finds the reply a choice of {@code rowId} produces, from the newest list message sent to the user. */
  public Map<String, Object> listSelection(String waId, String rowId) {
    synchronized (lock) {
      return messages.listReply(waId, rowId, config.displayDigits());
    }
  }

  public boolean knowsMessage(String wamid) {
    synchronized (lock) {
      return messages.knows(wamid);
    }
  }

  /** Stores media a user sends, so the app can download it; returns its id and sha256. */
  public String[] storeUserMedia(byte[] bytes, String mimeType) {
    synchronized (lock) {
      MediaRecord record = media.store(ids.numeric(1_000_000_000_000_000L), mimeType, bytes.clone(), now());
      return new String[] {record.id, record.sha256};
    }
  }

  public boolean windowOpen(String waId) {
    synchronized (lock) {
      UserState user = users.find(waId);
      return user != null && user.windowOpen(now());
    }
  }

  // ---------------------------------------------------------------- snapshots

  public List<SentMessage> sentMessages() {
    synchronized (lock) {
      return messages.sent().stream().map(SentRecord::snapshot).toList();
    }
  }

  /** Waits until the app has sent at least {@code count} messages; {@link AssertionError} on timeout. */
  public List<SentMessage> awaitSent(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (messages.sent().size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected the app to send " + count + " messages within " + timeout
              + " but it sent " + messages.sent().size() + ": "
              + messages.sent().stream().map(r -> r.request).toList());
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for sent messages", e);
        }
      }
      return sentMessages();
    }
  }

  public List<UserMessage> userMessages() {
    synchronized (lock) {
      return messages.inbound().stream().map(InboundRecord::snapshot).toList();
    }
  }

  // ---------------------------------------------------------------- templates

  /** Adds a template as if Meta had already reviewed it ({@code status} in the JSON, APPROVED by default). */
  public FakeTemplate preload(Map<String, Object> definition) {
    synchronized (lock) {
      try {
        if (templates.find(Json.string(definition, "name"), Json.string(definition, "language")) != null) {
          throw new IllegalArgumentException("template " + definition.get("name") + " in "
              + definition.get("language") + " already exists");
        }
        return templates.add(definition, ids, now()).snapshot();
      } catch (GraphException e) {
        throw new IllegalArgumentException("invalid template: " + e.error().details(), e);
      }
    }
  }

  Map<String, Object> createTemplate(Map<String, Object> body) {
    uploads.checkHeaderHandles(body);
    synchronized (lock) {
      TemplateRecord t = templates.create(body, ids, now());
      return obj("id", t.id, "status", t.status.value(), "category", t.category.value());
    }
  }

  /** Sets a template's status (the review outcome) and emits {@code message_template_status_update}. */
  public FakeTemplate setTemplateStatus(String templateId, TemplateStatus status, @Nullable RejectionReason reason) {
    synchronized (lock) {
      TemplateRecord t = templates.setStatus(templateId, status, reason);
      events.templateStatus(t, now());
      return t.snapshot();
    }
  }

  public @Nullable FakeTemplate template(String name, String language) {
    synchronized (lock) {
      TemplateRecord t = templates.find(name, language);
      return t == null ? null : t.snapshot();
    }
  }

  public List<FakeTemplate> templates() {
    synchronized (lock) {
      return templates.all().stream().map(TemplateRecord::snapshot).toList();
    }
  }

  /** Approves templates whose review delay has passed on the fake clock. */
  public void onClockAdvanced() {
    Duration delay = config.templateReviewDelay();
    if (delay == null) {
      return;
    }
    synchronized (lock) {
      Instant now = now();
      for (TemplateRecord t : templates.review(delay, now)) {
        events.templateStatus(t, now);
      }
    }
  }

  // ---------------------------------------------------------------- media and profile

  MediaRecord upload(String mimeType, byte[] bytes) {
    synchronized (lock) {
      return media.store(ids.numeric(1_000_000_000_000_000L), mimeType, bytes, now());
    }
  }

  @Nullable MediaRecord media(String id) {
    synchronized (lock) {
      return media.get(id, now());
    }
  }

  boolean deleteMedia(String id) {
    synchronized (lock) {
      return media.delete(id);
    }
  }

  Map<String, Object> profile() {
    synchronized (lock) {
      return new LinkedHashMap<>(profile);
    }
  }

  void updateProfile(Map<String, Object> changes) {
    synchronized (lock) {
      profile.putAll(changes);
    }
  }

  // ---------------------------------------------------------------- sending

  /** {@code POST /{phone-number-id}/messages}: validates like Meta, applies the rules, answers Meta's JSON. */
  Map<String, Object> send(String version, Map<String, Object> body, String raw) {
    return outbound.send(version, body, raw, null, null);
  }

  /** A template send priced as {@code route} ({@code marketing_lite} or a Cloud API fallback's {@code marketing}). */
  Map<String, Object> sendOn(String version, Map<String, Object> body, String raw,
      dev.wabasdk.cost.PricingCategory route, java.math.@Nullable BigDecimal bidMultiplier) {
    return outbound.send(version, body, raw, route, bidMultiplier);
  }

  /** {@code POST /{phone-number-id}/marketing_messages}. */
  Map<String, Object> sendMarketing(String version, Map<String, Object> body, String raw) {
    return marketingMessages.send(version, body, raw);
  }

  /** Whether the business completed Marketing Messages API onboarding (signed the terms). */
  public void marketingMessagesOnboarded(boolean onboarded) {
    marketingMessages.onboarded(onboarded);
  }

  /** The WABA's {@code disable_marketing_messages_on_cloud_api}. */
  public void disableMarketingMessagesOnCloudApi(boolean disabled) {
    marketingMessages.disableOnCloudApi(disabled);
  }

  /** A user taps a marketing message's body or call-to-action; true when Meta reports it ({@code user_actions}). */
  public boolean userClicksMarketingMessage(String waId, String wamid, String component) {
    return marketingMessages.click(waId, wamid, component, now());
  }
}
