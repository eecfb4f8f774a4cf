package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.routing.ThreadControlApi;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.RoutingConfiguration;
import dev.wabasdk.testkit.RoutingConfiguration.EscalationPartner;
import dev.wabasdk.testkit.internal.MessageLog.InboundRecord;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Meta's Conversation Routing on one business number: the routing configuration (off by default: every message goes
 * to the app, as without routing), each user's thread (idle, or owned by a role) and what moves it: the users'
 * messages, the app's thread control calls ({@code POST /{phone-number-id}/thread_control}) and service sends, and
 * the other responders the test plays. It emits Meta's {@code standby} and {@code messaging_handovers} webhooks to
 * the app.
 *
 * <p>Meta's thread control reference was not readable; the body, answer, 24 h idle timeout and error 2494191 come
 * from third-party SDKs and partner docs that agree (see the testkit README). Thread-safe: every method takes the
 * {@link FakeEngine}'s lock (the package-private ones are called with it held).
 */
public final class RoutingState {
  /** A thread with no message from its user for this long is idle again (UNCONFIRMED, every source agrees). */
  static final Duration IDLE_AFTER = Duration.ofHours(24);
  /** A take by a responder that is not the escalation partner (UNCONFIRMED: partner docs). */
  static final int TAKE_NOT_PERMITTED = 2494191;
  /** The handover metadata of a take by a service message (a third-party SDK's fixture of Meta's example). */
  static final String IMPLICIT_TAKE = "Control taken via service message";

  /** One user's thread: its owner (null: idle) and when the idle clock started. */
  private static final class UserThread {
    @Nullable ThreadRole owner;
    Instant since = Instant.EPOCH;
  }

  /** Where a user's message goes: to the app (with Meta's summary of a thread just assigned to it), or elsewhere. */
  enum Route { APP, APP_WITH_SUMMARY, ELSEWHERE }

  private final FakeEngine engine;
  private @Nullable RoutingConfiguration configuration;
  private final Map<String, UserThread> threads = new HashMap<>();

  RoutingState(FakeEngine engine) {
    this.engine = engine;
  }

  /** Turns routing on, or changes its configuration; threads keep their owners (Meta moves an idle thread only). */
  public void enable(RoutingConfiguration configuration) {
    synchronized (engine.lock) {
      this.configuration = configuration;
    }
  }

  /** Turns routing off and forgets the threads: every message goes to the app again. */
  public void disable() {
    synchronized (engine.lock) {
      reset();
    }
  }

  /** The configuration, or null while routing is off. */
  public @Nullable RoutingConfiguration configuration() {
    synchronized (engine.lock) {
      return configuration;
    }
  }

  /** The role owning the user's thread, or null when it is idle (or routing is off). */
  public @Nullable ThreadRole owner(String waId) {
    synchronized (engine.lock) {
      UserThread t = threads.get(waId);
      return configuration == null || t == null ? null : current(t, engine.now());
    }
  }

  /** Whether the app owns the user's thread (false while routing is off). */
  public boolean appOwns(String waId) {
    synchronized (engine.lock) {
      ThreadRole owner = owner(waId);
      return owner != null && requireConfiguration().appRoles().contains(owner);
    }
  }

  void reset() {
    configuration = null;
    threads.clear();
  }

  // ---------------------------------------------------------------- the users' messages

  /**
   * The entry point of a user's message, by its primary role: a message from an ad (a pending referral) is Click to
   * WhatsApp, a reply to a marketing or utility template is Marketing or Utility Response, the rest is Service; null
   * when routing is off or for a call permission reply, which Meta routes by the Call entry point without touching
   * the thread. Call before the user's message consumes the referral.
   */
  @Nullable ThreadRole entryPoint(UserState user, Map<String, Object> content) {
    if (configuration == null || "call_permission_reply".equals(Json.string(content, "interactive", "type"))) {
      return null;
    }
    if (user.pendingReferral != null) {
      return ThreadRole.CTWA;
    }
    String repliedTo = Json.string(content, "context", "id");
    SentRecord replied = repliedTo == null ? null : engine.messages.sent(repliedTo);
    if (replied != null && replied.type.equals("template")) {
      if (replied.pricingCategory.equals(PricingCategory.MARKETING)
          || replied.pricingCategory.equals(PricingCategory.MARKETING_LITE)) {
        return ThreadRole.MARKETING;
      }
      if (replied.pricingCategory.equals(PricingCategory.UTILITY)) {
        return ThreadRole.UTILITY;
      }
    }
    return ThreadRole.CUSTOMER_SERVICE;
  }

  /**
   * Routes a user's message: an idle thread goes to the entry point's primary, which becomes its owner. The app
   * gets it on {@code messages} when routing is off or it owns the thread (with Meta's summary when the thread was
   * just assigned to it and the configuration has summaries); otherwise a {@code standby} copy when it has standby
   * visibility, else nothing.
   */
  Route route(UserState user, Map<String, Object> message, @Nullable ThreadRole entryPoint, Instant now) {
    RoutingConfiguration s = configuration;
    if (s == null || entryPoint == null) {
      return Route.APP;
    }
    UserThread t = thread(user.waId);
    ThreadRole owner = current(t, now);
    boolean assigned = owner == null;
    if (assigned) {
      owner = s.primaryFor(entryPoint);
      t.owner = owner;
    }
    t.since = now; // the idle clock runs from the user's last message
    if (s.appRoles().contains(owner)) {
      return assigned && summarizes(s) ? Route.APP_WITH_SUMMARY : Route.APP;
    }
    if (s.appHasStandby()) {
      engine.events.change("standby", obj("standby", obj("contacts", List.of(WebhookEvents.contact(user)),
          "messages", List.of(message))));
    }
    return Route.ELSEWHERE;
  }

  // ---------------------------------------------------------------- the app's sends and thread control

  /**
   * Checks a service (non-template) send by the app: refused while another responder owns the thread, unless the
   * app is the escalation partner, whose service send takes the thread (true: call {@link #implicitTake} once the
   * send is admitted). Meta documents no error code for the refusal; the fake answers 100.
   */
  boolean checkServiceSend(UserState user, Instant now) {
    RoutingConfiguration s = configuration;
    if (s == null) {
      return false;
    }
    ThreadRole owner = current(thread(user.waId), now);
    if (owner != null && s.appRoles().contains(owner)) {
      return false;
    }
    if (s.escalationPartner() == EscalationPartner.APP) {
      return true;
    }
    if (owner == null) {
      return false; // an idle thread: the app may write, and the user's answer is routed by its entry point
    }
    throw GraphException.of(100, "The thread with " + user.waId + " is owned by another responder (role " + owner
        + "); your app may send it templates only until that responder passes the thread to it (the escalation"
        + " partner may take it). Pass or take control first.");
  }

  /** The app, as the escalation partner, took the thread by a service send; Meta tells only the previous owner. */
  void implicitTake(UserState user, Instant now) {
    own(thread(user.waId), ThreadRole.ESCALATION, now);
  }

  /** {@code POST /{phone-number-id}/thread_control}: Meta's checks, then pass, release or take. */
  Map<String, Object> threadControl(Map<String, Object> body) {
    if (!body.containsKey("messaging_product")) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "Param messaging_product must be \"whatsapp\".");
    }
    Object to = body.get("to");
    Object recipient = body.get("recipient");
    if ((to == null) == (recipient == null)) {
      throw GraphException.of(100, "Give exactly one of to (the user's phone number) and recipient (their"
          + " business-scoped user id), was " + (to == null ? "neither" : "both") + ".");
    }
    Object action = body.get("action");
    if (!(action instanceof String a) || !Set.of("pass", "release", "take").contains(a)) {
      throw GraphException.of(100, "Param action must be one of pass, release, take, was " + Json.write(action)
          + ".");
    }
    Object metadata = body.get("metadata");
    if (metadata != null && !(metadata instanceof String)) {
      throw GraphException.of(100, "Param metadata must be a string, was " + Json.write(metadata) + ".");
    }
    @Nullable String tooLong = metadata instanceof String m ? tooLong(m) : null;
    if (tooLong != null) {
      throw GraphException.of(100, "Param metadata " + tooLong + ".");
    }
    ThreadRole target = targetRole(body, a);
    synchronized (engine.lock) {
      RoutingConfiguration s = configuration;
      if (s == null) {
        throw GraphException.of(100, "Thread control is not available: this phone number has no Conversation"
            + " Routing configuration (the fake's routing is off).");
      }
      UserState user = user(to, recipient);
      Instant now = engine.now();
      UserThread t = thread(user.waId);
      ThreadRole owner = current(t, now);
      switch (a) {
        case "pass" -> pass(s, user, t, owner, target);
        case "release" -> {
          if (owner != null && !s.appRoles().contains(owner)) {
            throw GraphException.of(100, "The thread with " + user.waId + " is owned by another responder (role "
                + owner + "): only its owner can release it; the escalation partner must take it first.");
          }
          t.owner = null; // Meta sends no handover for a release; an idle thread's release succeeds
        }
        default -> {
          if (s.escalationPartner() != EscalationPartner.APP) {
            throw GraphException.of(TAKE_NOT_PERMITTED, "Take is not permitted: only the escalation partner can"
                + " take a thread, and the business has not designated your app as the escalation partner of this"
                + " phone number.");
          }
          own(t, ThreadRole.ESCALATION, now); // control_taken goes to the previous owner, never to the taker
        }
      }
      return obj("messaging_product", "whatsapp", "request_id", engine.ids.traceId());
    }
  }

  private static @Nullable ThreadRole targetRole(Map<String, Object> body, String action) {
    if (!body.containsKey("control_pass")) {
      return null;
    }
    if (!action.equals("pass")) {
      throw GraphException.of(100, "Param control_pass is only allowed with action pass, was action " + action
          + ".");
    }
    Object role = Json.at(body.get("control_pass"), "target_role");
    if (!(body.get("control_pass") instanceof Map) || !(role instanceof String r)) {
      throw GraphException.of(100, "Param control_pass['target_role'] is required with control_pass, was "
          + Json.write(body.get("control_pass")) + ".");
    }
    ThreadRole target = ThreadRole.of(r);
    if (!target.isKnown() || !target.value().equals(r)) {
      throw GraphException.of(100, "Param control_pass['target_role'] must be one of " + ThreadRole.DOCUMENTED
          + ", was \"" + r + "\".");
    }
    return target;
  }

  /** The app passes its thread: to the target role, or to the escalation partner when it names none. */
  private void pass(RoutingConfiguration s, UserState user, UserThread t, @Nullable ThreadRole owner,
      @Nullable ThreadRole target) {
    if (owner == null) {
      throw GraphException.of(100, "The thread with " + user.waId + " is idle: only its owner can pass it, and it"
          + " has none until the user writes again.");
    }
    if (!s.appRoles().contains(owner)) {
      throw GraphException.of(100, "The thread with " + user.waId + " is owned by another responder (role " + owner
          + "), not by your app: only the owner can pass it.");
    }
    ThreadRole to = target != null ? target : ThreadRole.ESCALATION;
    if (!s.enabled(to)) {
      throw GraphException.of(100, target == null
          ? "This phone number has no escalation partner: an untargeted pass goes to it; give control_pass."
          : "Param control_pass['target_role'] " + to + " is not enabled on this phone number"
              + (to == ThreadRole.AI_AGENT ? " (Meta Business Agent is off)." : "."));
    }
    if (s.appRoles().contains(to)) {
      throw GraphException.of(100, "The target role " + to + " is your app's own role: it already owns the thread;"
          + " pass to another responder's role.");
    }
    t.owner = to; // control_passed goes to the new owner, never to the app that passed
  }

  private UserState user(@Nullable Object to, @Nullable Object recipient) {
    if (to != null) {
      try {
        return engine.users.user(Users.waId(String.valueOf(to)));
      } catch (IllegalArgumentException e) {
        throw GraphException.of(100, "Param to must be a phone number in E.164 format, was \"" + to + "\".");
      }
    }
    UserState user = engine.users.byUserId(String.valueOf(recipient));
    if (user == null) {
      throw GraphException.of(100, "Param recipient is not a business-scoped user id of a user of this business,"
          + " was \"" + recipient + "\".");
    }
    return user;
  }

  // ---------------------------------------------------------------- the other responders (played by the test)

  /**
   * The other responder owning the thread passes it to the app: to {@code target} (one of the app's roles), or,
   * when null, to the escalation partner if that is the app, else to the app's first entry-point role. The app gets
   * {@code control_passed}.
   */
  public void passToApp(String waId, @Nullable ThreadRole target, @Nullable String metadata) {
    checkMetadata(metadata);
    synchronized (engine.lock) {
      RoutingConfiguration s = requireConfiguration();
      Instant now = engine.now();
      UserThread t = thread(waId);
      ThreadRole owner = current(t, now);
      if (owner == null) {
        throw new IllegalStateException("the thread with " + waId + " is idle: only its owner can pass it; let the"
            + " user write first");
      }
      if (s.appRoles().contains(owner)) {
        throw new IllegalStateException("the app already owns the thread with " + waId + " (role " + owner + ")");
      }
      ThreadRole to = target != null ? target : s.escalationPartner() == EscalationPartner.APP
          ? ThreadRole.ESCALATION : s.appPrimaryFor().stream().findFirst().orElse(null);
      if (to == null || !s.appRoles().contains(to)) {
        throw new IllegalStateException("target: the app holds no role " + (to == null ? "to pass to" : to)
            + "; it holds " + s.appRoles());
      }
      t.owner = to;
      UserState user = engine.users.user(waId);
      handover(user, "control_passed", owner, to, metadata, summarizes(s) ? summary(user) : null, now);
    }
  }

  /** The other responder, as the escalation partner, takes the thread; {@code control_taken} if the app owned it. */
  public void takeFromApp(String waId, @Nullable String metadata) {
    checkMetadata(metadata);
    synchronized (engine.lock) {
      RoutingConfiguration s = requireConfiguration();
      if (s.escalationPartner() != EscalationPartner.OTHER_RESPONDER) {
        throw new IllegalStateException("only the escalation partner can take a thread, and the configuration's"
            + " escalation partner is " + s.escalationPartner() + ", not OTHER_RESPONDER");
      }
      takeByOther(s, engine.users.user(waId), metadata, engine.now());
    }
  }

  /**
   * Another responder sends {@code text} to the user: the app, with standby visibility, gets the echo and then the
   * {@code sent} and {@code delivered} statuses on {@code standby}. As the escalation partner it takes the thread
   * from the app (service send); otherwise it may not write into a thread the app owns. The console shows it in
   * the conversation; the app's own records ({@code sentMessages()}) never list it. Returns the wamid.
   */
  public String otherResponderSends(String waId, String text) {
    synchronized (engine.lock) {
      RoutingConfiguration s = requireConfiguration();
      Instant now = engine.now();
      UserState user = engine.users.user(waId);
      UserThread t = thread(waId);
      ThreadRole owner = current(t, now);
      if (!user.windowOpen(now)) {
        throw new IllegalStateException("the customer service window of " + waId + " is closed: another responder"
            + " too can send only templates outside it");
      }
      if (s.escalationPartner() == EscalationPartner.OTHER_RESPONDER) {
        takeByOther(s, user, IMPLICIT_TAKE, now);
      } else if (owner != null && s.appRoles().contains(owner)) {
        throw new IllegalStateException("the app owns the thread with " + waId + " (role " + owner + "): another"
            + " responder may write only after the app passes or releases it");
      }
      String wamid = engine.ids.wamid(waId);
      // The user's phone shows it whatever the app sees: the console reads it from the log, apart from the app's.
      engine.messages.add(new MessageLog.ResponderRecord(engine.ids.current(), wamid, waId, now, current(t, now),
          text));
      if (s.appHasStandby()) {
        String timestamp = Long.toString(now.getEpochSecond());
        Map<String, Object> send = obj("messaging_product", "whatsapp");
        send.put(user.phoneHidden ? "recipient" : "to", user.phoneHidden ? user.userId : waId);
        send.putAll(obj("recipient_type", "individual", "type", "text", "text", obj("body", text)));
        engine.events.change("standby", obj("standby", obj("message_echoes",
            List.of(obj("id", wamid, "timestamp", timestamp, "message", send)))));
        for (String status : List.of("sent", "delivered")) {
          Map<String, Object> item = obj("id", wamid, "status", status, "timestamp", timestamp);
          if (!user.phoneHidden) {
            item.put("recipient_id", waId);
          }
          item.put("recipient_user_id", user.userId);
          item.put("pricing", obj("billable", false, "pricing_model", "PMP", "type", "free_customer_service",
              "category", "service"));
          engine.events.change("standby", obj("standby", obj("statuses", List.of(item))));
        }
      }
      return wamid;
    }
  }

  private void takeByOther(RoutingConfiguration s, UserState user, @Nullable String metadata, Instant now) {
    UserThread t = thread(user.waId);
    ThreadRole owner = current(t, now);
    own(t, ThreadRole.ESCALATION, now);
    if (owner != null && s.appRoles().contains(owner)) {
      handover(user, "control_taken", owner, ThreadRole.ESCALATION, metadata, null, now);
    }
  }

  // ---------------------------------------------------------------- parts

  /** A {@code messaging_handovers} webhook: the user in {@code sender}, the business number in {@code recipient}. */
  private void handover(UserState user, String type, ThreadRole previous, ThreadRole next,
      @Nullable String metadata, @Nullable Map<String, Object> conversationContext, Instant now) {
    Map<String, Object> change = obj("previous_owner_role", previous.value(), "new_owner_role", next.value());
    if (metadata != null) {
      change.put("metadata", metadata);
    }
    if (conversationContext != null) {
      change.put("conversation_context", conversationContext);
    }
    // Meta shows only the phone number here; for a user whose number it withholds it documents nothing.
    Map<String, Object> sender = user.phoneHidden ? obj() : obj("phone_number", user.waId);
    engine.events.handover(obj("messaging_product", "whatsapp", "sender", sender, "recipient",
        obj("phone_number_id", engine.config.phoneNumberId(), "display_phone_number", engine.config.displayDigits()),
        "type", type, "timestamp", Long.toString(now.getEpochSecond()), type, change));
  }

  /** Meta sends its summary only to an eligible business's responder that gets no standby copies. */
  private static boolean summarizes(RoutingConfiguration s) {
    return s.summaries() && !s.appHasStandby();
  }

  /**
   * The fake's stand-in for Meta's AI-written summary ({@code {"type":"summary","summary":{"text":...}}}): what the
   * user wrote last, so a test can tell it from another thread's.
   */
  Map<String, Object> summary(UserState user) {
    String last = null;
    for (InboundRecord r : engine.messages.inbound()) {
      if (r.from.equals(user.waId) && r.type.equals("text")) {
        last = Json.string(r.message, "text", "body");
      }
    }
    return obj("type", "summary", "summary", obj("text", last == null ? "The user has not written yet."
        : "The user last wrote: \"" + last + "\""));
  }

  private RoutingConfiguration requireConfiguration() {
    RoutingConfiguration s = configuration;
    if (s == null) {
      throw new IllegalStateException("Conversation Routing is off: enable it first (fake.routing().enable(...))");
    }
    return s;
  }

  private static void checkMetadata(@Nullable String metadata) {
    @Nullable String tooLong = metadata == null ? null : tooLong(metadata);
    if (tooLong != null) {
      throw new IllegalArgumentException("metadata: " + tooLong);
    }
  }

  /**
   * What is wrong with a thread control {@code metadata} that is too long, or null: counted in characters as the SDK
   * counts them (code points: an emoji is one).
   */
  private static @Nullable String tooLong(String metadata) {
    int characters = metadata.codePointCount(0, metadata.length());
    return characters > ThreadControlApi.MAX_METADATA_LENGTH
        ? "must be at most " + ThreadControlApi.MAX_METADATA_LENGTH + " characters, was " + characters : null;
  }

  private UserThread thread(String waId) {
    return threads.computeIfAbsent(waId, w -> new UserThread());
  }

  /** The owner, after the idle timeout: 24 h without a message from the user makes the thread idle. */
  private @Nullable ThreadRole current(UserThread t, Instant now) {
    if (t.owner != null && !now.isBefore(t.since.plus(IDLE_AFTER))) {
      t.owner = null;
    }
    return t.owner;
  }

  /** Gives the thread to {@code role}; an idle thread's idle clock starts now (the user has not written since). */
  private void own(UserThread t, ThreadRole role, Instant now) {
    if (current(t, now) == null) {
      t.since = now;
    }
    t.owner = role;
  }
}
