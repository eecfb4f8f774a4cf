package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.DeliveryStatus;
import dev.wabasdk.testkit.FakeClock;
import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.FakeTemplate;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.Referral;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fake's state and Meta's rules. Every method takes the one lock, so the fake is thread-safe; webhooks are
 * handed to the {@link WebhookSender} under the lock, so they leave in the order the events happened.
 */
public final class FakeEngine {
  static final Duration WINDOW = Duration.ofHours(24);
  static final Duration FREE_ENTRY_POINT = Duration.ofHours(72);
  static final Duration MEDIA_URL_TTL = Duration.ofMinutes(5);
  static final Duration MEDIA_TTL = Duration.ofDays(30);
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9_]{1,512}");
  private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");

  final FakeConfig config;
  final FakeClock clock;
  private final WebhookSender webhooks;
  final Object lock = new Object();

  // Package-private so the console's read-only view (ConsoleApi) can snapshot them under the lock.
  final Map<String, UserState> users = new LinkedHashMap<>();
  final List<SentRecord> sent = new ArrayList<>();
  private final Map<String, SentRecord> sentById = new HashMap<>();
  final List<InboundRecord> inbound = new ArrayList<>();
  private final Map<String, InboundRecord> inboundById = new HashMap<>();
  final Map<String, TemplateRecord> templates = new LinkedHashMap<>();
  private final Map<String, MediaRecord> media = new HashMap<>();
  private final List<FakeRequest> journal = new ArrayList<>();
  private final List<FaultRule> faults = new ArrayList<>();
  private final Deque<Instant> recentSends = new ArrayDeque<>();
  final Map<String, Instant> businessInitiated = new LinkedHashMap<>();
  private final Map<String, Object> profile = new LinkedHashMap<>();
  private long counter;

  static final class UserState {
    final String waId;
    String name;
    @Nullable Instant lastInbound;
    @Nullable Instant referralAt;
    @Nullable Instant freeEntryPointUntil;
    boolean blocked;
    boolean marketingStopped;
    double pairTokens = -1;
    @Nullable Instant pairRefilled;
    @Nullable Referral pendingReferral;
    final Map<String, String[]> conversations = new HashMap<>();

    UserState(String waId) {
      this.waId = waId;
      this.name = "User " + waId.substring(Math.max(0, waId.length() - 4));
    }

    boolean windowOpen(Instant now) {
      return lastInbound != null && now.isBefore(lastInbound.plus(WINDOW));
    }
  }

  static final class SentRecord {
    long sequence;
    String id = "";
    String to = "";
    String type = "";
    Instant timestamp = Instant.EPOCH;
    DeliveryStatus status = DeliveryStatus.ACCEPTED;
    @Nullable GraphErrorResponse error;
    String pricingCategory = "service";
    String pricingType = "free_customer_service";
    boolean billable;
    @Nullable Map<String, Object> conversation;
    String request = "";
    Map<String, Object> body = Map.of();
    @Nullable String callbackData;

    SentMessage snapshot() {
      return new SentMessage(id, to, type, timestamp, status, error, pricingCategory, pricingType, billable, request);
    }
  }

  static final class InboundRecord {
    long sequence;
    String id = "";
    String from = "";
    String type = "";
    Instant timestamp = Instant.EPOCH;
    Map<String, Object> message = Map.of();
    boolean read;
    boolean typing;

    UserMessage snapshot() {
      return new UserMessage(id, from, type, timestamp, Json.write(message), read, typing);
    }
  }

  static final class TemplateRecord {
    String id = "";
    String name = "";
    String language = "";
    String category = "";
    TemplateStatus status = TemplateStatus.PENDING;
    @Nullable String reason;
    String parameterFormat = "POSITIONAL";
    List<Object> components = List.of();
    Instant submitted = Instant.EPOCH;

    Map<String, Object> node() {
      Map<String, Object> node = obj("name", name, "parameter_format", parameterFormat, "components", components,
          "language", language, "status", status.value(), "category", category, "id", id);
      if (status.equals(TemplateStatus.REJECTED)) {
        node.put("rejected_reason", reason == null ? "NONE" : reason);
      }
      return node;
    }

    FakeTemplate snapshot() {
      return new FakeTemplate(id, name, language, category, status, reason, parameterFormat, Json.write(node()));
    }
  }

  static final class MediaRecord {
    String id = "";
    String mimeType = "";
    byte[] bytes = new byte[0];
    String sha256 = "";
    Instant uploaded = Instant.EPOCH;
  }

  public FakeEngine(FakeConfig config, FakeClock clock) {
    this.config = config;
    this.clock = clock;
    this.webhooks = new WebhookSender(config.appSecret(), config.webhookUrl(), config.webhookMaxAttempts(),
        config.webhookInitialBackoff());
    initialState();
  }

  private void initialState() {
    profile.putAll(obj("about", "Hello from the fake WhatsApp", "address", "", "description", "", "email", "",
        "profile_picture_url", "", "websites", new ArrayList<>(), "vertical", "OTHER"));
    for (String json : config.templates()) {
      try {
        preloadTemplate(Json.parseObject(json));
      } catch (GraphException e) {
        throw new IllegalArgumentException("invalid template " + json + ": " + e.error().details(), e);
      }
    }
  }

  /** The business number as digits (webhook {@code metadata.display_phone_number}, reply contexts). */
  public String businessNumber() {
    return config.displayDigits();
  }

  public WebhookSender webhooks() {
    return webhooks;
  }

  public void reset() {
    synchronized (lock) {
      users.clear();
      sent.clear();
      sentById.clear();
      inbound.clear();
      inboundById.clear();
      templates.clear();
      media.clear();
      journal.clear();
      faults.clear();
      recentSends.clear();
      businessInitiated.clear();
      profile.clear();
      counter = 0;
      webhooks.reset();
      initialState();
    }
  }

  Instant now() {
    return clock.instant();
  }

  // ---------------------------------------------------------------- ids

  private String nextWamid(String waId) {
    long n = ++counter;
    String raw = "FAKE" + waId + "15" + String.format(Locale.ROOT, "%016X", n);
    return "wamid." + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  private String nextNumericId(long base) {
    return Long.toString(base + ++counter);
  }

  public String nextTraceId() {
    long n;
    synchronized (lock) {
      n = ++counter;
    }
    String raw = String.format(Locale.ROOT, "fake-trace-%06d", n);
    return "A" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  // ---------------------------------------------------------------- journal and faults

  int record(FakeRequest request) {
    synchronized (lock) {
      journal.add(request);
      return journal.size() - 1;
    }
  }

  void answered(int index, int code) {
    synchronized (lock) {
      if (index < journal.size()) {
        FakeRequest r = journal.get(index);
        journal.set(index, new FakeRequest(r.method(), r.path(), r.query(), r.contentType(), r.body(), code));
      }
    }
  }

  public List<FakeRequest> requests() {
    synchronized (lock) {
      return List.copyOf(journal);
    }
  }

  public void addFault(FaultRule rule) {
    synchronized (lock) {
      faults.add(rule);
    }
  }

  public void clearFaults() {
    synchronized (lock) {
      faults.clear();
    }
  }

  @Nullable FaultRule claimFault(FakeRequest request) {
    synchronized (lock) {
      for (Iterator<FaultRule> it = faults.iterator(); it.hasNext(); ) {
        FaultRule rule = it.next();
        if (rule.claim(request)) {
          if (rule.exhausted()) {
            it.remove();
          }
          return rule;
        }
      }
      return null;
    }
  }

  // ---------------------------------------------------------------- users

  public static String waId(String phone) {
    String digits = phone.replaceAll("[\\s()+\\-.]", "");
    if (!digits.matches("\\d{7,15}")) {
      throw new IllegalArgumentException("phone must be an E.164 number such as +4915112345678, was \"" + phone
          + "\"");
    }
    return digits;
  }

  private UserState user(String waId) {
    return users.computeIfAbsent(waId, UserState::new);
  }

  public void userName(String waId, String name) {
    synchronized (lock) {
      user(waId).name = name;
    }
  }

  public void userBlocks(String waId, boolean blocked) {
    synchronized (lock) {
      user(waId).blocked = blocked;
    }
  }

  /** Records the user's marketing preference and emits Meta's {@code user_preferences} webhook. */
  public void userStopsMarketing(String waId, boolean stopped) {
    synchronized (lock) {
      UserState user = user(waId);
      user.marketingStopped = stopped;
      Map<String, Object> preference = obj("wa_id", waId, "detail", stopped
          ? "User requested to stop marketing messages" : "User requested to resume marketing messages",
          "category", "marketing_messages", "value", stopped ? "stop" : "resume",
          "timestamp", now().getEpochSecond());
      Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
          "contacts", List.of(obj("profile", obj("name", user.name), "wa_id", waId)),
          "user_preferences", List.of(preference));
      webhooks.submit("user_preferences", Json.write(envelope("user_preferences", value, false)));
    }
  }

  public void userComesFrom(String waId, Referral referral) {
    synchronized (lock) {
      user(waId).pendingReferral = referral;
    }
  }

  /**
   * The user sends {@code content} (a webhook {@code messages[]} object without {@code from}, {@code id} and
   * {@code timestamp}): the fake fills those in, opens the window and delivers the signed webhook.
   */
  public UserMessage userSends(String waId, Map<String, Object> content) {
    synchronized (lock) {
      Object type = content.get("type");
      if (!(type instanceof String) || !content.containsKey(type)) {
        throw new IllegalArgumentException("a user message needs a \"type\" and an object of that name, was "
            + Json.write(content));
      }
      UserState user = user(waId);
      Instant now = now();
      Map<String, Object> message = new LinkedHashMap<>();
      Object context = content.get("context");
      if (context != null) {
        message.put("context", context);
      }
      message.put("from", waId);
      message.put("id", nextWamid(waId));
      message.put("timestamp", Long.toString(now.getEpochSecond()));
      for (Map.Entry<String, Object> e : content.entrySet()) {
        if (!e.getKey().equals("context")) {
          message.put(e.getKey(), Json.copy(e.getValue()));
        }
      }
      if (user.pendingReferral != null) {
        Referral r = user.pendingReferral;
        message.put("referral", obj("source_url", r.sourceUrl(), "source_id", r.sourceId(), "source_type",
            r.sourceType(), "headline", r.headline(), "body", r.body(), "ctwa_clid", r.ctwaClid()));
        user.referralAt = now;
        user.freeEntryPointUntil = null;
        user.pendingReferral = null;
      }
      user.lastInbound = now;
      InboundRecord record = new InboundRecord();
      record.sequence = counter;
      record.id = (String) message.get("id");
      record.from = waId;
      record.type = (String) type;
      record.timestamp = now;
      record.message = message;
      inbound.add(record);
      inboundById.put(record.id, record);
      Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
          "contacts", List.of(obj("profile", obj("name", user.name), "wa_id", waId)),
          "messages", List.of(message));
      webhooks.submit("messages", Json.write(envelope("messages", value, false)));
      return record.snapshot();
    }
  }

  /** The user reads {@code wamid} (a message the app sent them): a {@code read} status webhook. */
  public void userReads(String waId, String wamid) {
    synchronized (lock) {
      SentRecord record = sentById.get(wamid);
      if (record == null || !record.to.equals(waId)) {
        throw new IllegalArgumentException("no message " + wamid + " was sent to " + waId);
      }
      if (record.status == DeliveryStatus.FAILED) {
        throw new IllegalStateException("message " + wamid + " failed with " + record.error + "; it cannot be read");
      }
      if (record.status != DeliveryStatus.READ) {
        emitStatus(record, DeliveryStatus.READ, false);
      }
    }
  }

  public void userReadsAll(String waId) {
    synchronized (lock) {
      for (SentRecord record : sent) {
        if (record.to.equals(waId) && (record.status == DeliveryStatus.SENT
            || record.status == DeliveryStatus.DELIVERED)) {
          emitStatus(record, DeliveryStatus.READ, false);
        }
      }
    }
  }

  /** Finds the reply a tap on {@code buttonId} produces, from the newest message sent to the user that has it. */
  public Map<String, Object> buttonTap(String waId, String buttonId) {
    synchronized (lock) {
      for (int i = sent.size() - 1; i >= 0; i--) {
        SentRecord record = sent.get(i);
        if (!record.to.equals(waId)) {
          continue;
        }
        Map<String, Object> context = obj("from", config.displayDigits(), "id", record.id);
        if (record.type.equals("interactive")) {
          for (Object button : Json.list(record.body, "interactive", "action", "buttons")) {
            if (buttonId.equals(Json.string(button, "reply", "id"))) {
              return obj("context", context, "type", "interactive", "interactive", obj("type", "button_reply",
                  "button_reply", obj("id", buttonId, "title", Json.string(button, "reply", "title"))));
            }
          }
        }
        if (record.type.equals("template")) {
          for (Object component : Json.list(record.body, "template", "components")) {
            if (!"quick_reply".equals(Json.string(component, "sub_type"))) {
              continue;
            }
            for (Object parameter : Json.list(component, "parameters")) {
              if (buttonId.equals(Json.string(parameter, "payload"))) {
                String text = templateButtonText(record, Json.at(component, "index"));
                return obj("context", context, "type", "button",
                    "button", obj("payload", buttonId, "text", text == null ? buttonId : text));
              }
            }
          }
        }
      }
      throw new IllegalStateException("no interactive button or template quick reply with id/payload \"" + buttonId
          + "\" was sent to " + waId);
    }
  }

  private @Nullable String templateButtonText(SentRecord record, @Nullable Object index) {
    TemplateRecord template = findTemplate(Json.string(record.body, "template", "name"),
        Json.string(record.body, "template", "language", "code"));
    if (template == null || index == null) {
      return null;
    }
    int i;
    try {
      i = Integer.parseInt(String.valueOf(index));
    } catch (NumberFormatException e) {
      return null;
    }
    for (Object component : template.components) {
      if ("BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        List<Object> buttons = Json.list(component, "buttons");
        return i < buttons.size() ? Json.string(buttons.get(i), "text") : null;
      }
    }
    return null;
  }

  /** Finds the reply a choice of {@code rowId} produces, from the newest list message sent to the user. */
  public Map<String, Object> listSelection(String waId, String rowId) {
    synchronized (lock) {
      for (int i = sent.size() - 1; i >= 0; i--) {
        SentRecord record = sent.get(i);
        if (!record.to.equals(waId) || !"list".equals(Json.string(record.body, "interactive", "type"))) {
          continue;
        }
        for (Object section : Json.list(record.body, "interactive", "action", "sections")) {
          for (Object row : Json.list(section, "rows")) {
            if (rowId.equals(Json.string(row, "id"))) {
              Map<String, Object> reply = obj("id", rowId, "title", Json.string(row, "title"), "description",
                  Json.string(row, "description"));
              return obj("context", obj("from", config.displayDigits(), "id", record.id), "type", "interactive",
                  "interactive", obj("type", "list_reply", "list_reply", reply));
            }
          }
        }
      }
      throw new IllegalStateException("no list message with row id \"" + rowId + "\" was sent to " + waId);
    }
  }

  public boolean knowsMessage(String wamid) {
    synchronized (lock) {
      return sentById.containsKey(wamid) || inboundById.containsKey(wamid);
    }
  }

  /** Stores media a user sends, so the app can download it; returns its id and sha256. */
  public String[] storeUserMedia(byte[] bytes, String mimeType) {
    synchronized (lock) {
      MediaRecord record = new MediaRecord();
      record.id = nextNumericId(1_000_000_000_000_000L);
      record.mimeType = mimeType;
      record.bytes = bytes.clone();
      record.sha256 = Signatures.sha256Hex(bytes);
      record.uploaded = now();
      media.put(record.id, record);
      return new String[] {record.id, record.sha256};
    }
  }

  // ---------------------------------------------------------------- snapshots

  public List<SentMessage> sentMessages() {
    synchronized (lock) {
      return sent.stream().map(SentRecord::snapshot).toList();
    }
  }

  /** Waits until the app has sent at least {@code count} messages; {@link AssertionError} on timeout. */
  public List<SentMessage> awaitSent(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (sent.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected the app to send " + count + " messages within " + timeout
              + " but it sent " + sent.size() + ": " + sent.stream().map(r -> r.request).toList());
        }
        try {
          java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(lock, left);
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
      return inbound.stream().map(InboundRecord::snapshot).toList();
    }
  }

  public List<FakeTemplate> templates() {
    synchronized (lock) {
      return templates.values().stream().map(TemplateRecord::snapshot).toList();
    }
  }

  public boolean windowOpen(String waId) {
    synchronized (lock) {
      UserState user = users.get(waId);
      return user != null && user.windowOpen(now());
    }
  }

  // ---------------------------------------------------------------- webhooks

  Map<String, Object> metadata() {
    return obj("display_phone_number", config.displayDigits(), "phone_number_id", config.phoneNumberId());
  }

  private Map<String, Object> envelope(String field, Map<String, Object> value, boolean withTime) {
    Map<String, Object> entry = obj("id", config.businessAccountId());
    if (withTime) {
      entry.put("time", now().getEpochSecond());
    }
    entry.put("changes", List.of(obj("value", value, "field", field)));
    return obj("object", "whatsapp_business_account", "entry", List.of(entry));
  }

  private void emitStatus(SentRecord record, DeliveryStatus status, boolean withPricing) {
    record.status = status;
    Map<String, Object> s = obj("id", record.id, "status", status.wireName(),
        "timestamp", Long.toString(now().getEpochSecond()), "recipient_id", record.to);
    if (status == DeliveryStatus.FAILED && record.error != null) {
      GraphErrorResponse e = record.error;
      s.put("errors", List.of(obj("code", e.code(), "title", e.title(), "message", e.title(),
          "error_data", obj("details", e.details()),
          "href", "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes")));
    } else if (withPricing) {
      if (record.conversation != null) {
        Map<String, Object> conversation = new LinkedHashMap<>(record.conversation);
        if (status != DeliveryStatus.SENT) {
          conversation.remove("expiration_timestamp");
        }
        s.put("conversation", conversation);
      }
      s.put("pricing", obj("billable", record.billable, "pricing_model", "PMP", "type", record.pricingType,
          "category", record.pricingCategory));
    }
    if (record.callbackData != null) {
      s.put("biz_opaque_callback_data", record.callbackData);
    }
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
        "statuses", List.of(s));
    webhooks.submit("messages", Json.write(envelope("messages", value, false)));
  }

  private void emitTemplateStatus(TemplateRecord t) {
    Map<String, Object> value = obj("event", t.status.value(), "message_template_id", Long.parseLong(t.id),
        "message_template_name", t.name, "message_template_language", t.language,
        "reason", t.reason == null ? "NONE" : t.reason, "message_template_category", t.category);
    if (t.status.equals(TemplateStatus.PAUSED)) {
      value.put("other_info", obj("title", "FIRST_PAUSE", "description",
          "Your message template has been paused because of low quality."));
    }
    webhooks.submit("message_template_status_update",
        Json.write(envelope("message_template_status_update", value, true)));
  }

  // ---------------------------------------------------------------- sending

  /** {@code POST /{phone-number-id}/messages}: validates like Meta, applies the rules, answers Meta's JSON. */
  Map<String, Object> send(String version, Map<String, Object> body, String raw) {
    if (!body.containsKey("messaging_product")) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "Param messaging_product must be \"whatsapp\".");
    }
    if (body.containsKey("status") || body.containsKey("message_id") || body.containsKey("typing_indicator")) {
      return markRead(body);
    }
    String type = MessageValidator.validate(body);
    String input = String.valueOf(body.get("to"));
    String to;
    try {
      to = waId(input);
    } catch (IllegalArgumentException e) {
      throw GraphException.of(131009, "Param to must be a phone number in E.164 format, was \"" + input + "\".");
    }
    if (to.equals(config.displayDigits())) {
      throw GraphException.of(131021, "Recipient cannot be the sender's own number.");
    }
    synchronized (lock) {
      Instant now = now();
      UserState user = user(to);
      TemplateRecord template = type.equals("template") ? checkTemplate(Json.map(body, "template")) : null;
      if (type.equals("reaction")) {
        String target = Json.string(body, "reaction", "message_id");
        if (!sentById.containsKey(target) && !inboundById.containsKey(target)) {
          throw GraphException.of(131009, "Param reaction['message_id'] is not a message in this conversation: "
              + target + ".");
        }
      }
      throttle(now);
      pairRate(user, now);

      SentRecord record = new SentRecord();
      record.id = nextWamid(to);
      record.sequence = counter;
      record.to = to;
      record.type = type;
      record.timestamp = now;
      record.request = raw;
      record.body = body;
      record.callbackData = Json.string(body, "biz_opaque_callback_data");
      price(record, user, template, version, now);
      sent.add(record);
      sentById.put(record.id, record);
      lock.notifyAll();
      recentSends.addLast(now);

      GraphErrorResponse failure = asyncFailure(record, user, template, now);
      if (failure != null) {
        record.error = failure;
        emitStatus(record, DeliveryStatus.FAILED, false);
      } else {
        emitStatus(record, DeliveryStatus.SENT, true);
        if (config.autoDeliver()) {
          emitStatus(record, DeliveryStatus.DELIVERED, true);
          if (config.autoRead()) {
            emitStatus(record, DeliveryStatus.READ, false);
          }
        }
      }
      Map<String, Object> message = obj("id", record.id);
      if (template != null) {
        message.put("message_status", "accepted");
      }
      return obj("messaging_product", "whatsapp", "contacts", List.of(obj("input", input, "wa_id", to)),
          "messages", List.of(message));
    }
  }

  private Map<String, Object> markRead(Map<String, Object> body) {
    if (!"read".equals(body.get("status"))) {
      throw GraphException.of(131009, "Param status must be \"read\", was \"" + body.get("status") + "\".");
    }
    String messageId = Json.string(body, "message_id");
    if (messageId == null) {
      throw GraphException.of(131008, "The parameter message_id is required.");
    }
    Object indicator = body.get("typing_indicator");
    if (indicator != null && !"text".equals(Json.string(indicator, "type"))) {
      throw GraphException.of(131009, "Param typing_indicator['type'] must be \"text\".");
    }
    synchronized (lock) {
      InboundRecord record = inboundById.get(messageId);
      if (record == null) {
        throw GraphException.of(131009, "Param message_id must be a message received from a user: " + messageId
            + ".");
      }
      record.read = true;
      record.typing |= indicator != null;
    }
    return obj("success", true);
  }

  private void throttle(Instant now) {
    Instant horizon = now.minusSeconds(1);
    while (!recentSends.isEmpty() && !recentSends.peekFirst().isAfter(horizon)) {
      recentSends.removeFirst();
    }
    if (config.throughputMps() > 0 && recentSends.size() >= config.throughputMps()) {
      throw GraphException.of(130429, "Cloud API message throughput has been reached: " + config.throughputMps()
          + " messages per second.");
    }
  }

  private void pairRate(UserState user, Instant now) {
    if (config.pairRateBurst() <= 0) {
      return;
    }
    if (user.pairTokens < 0 || user.pairRefilled == null) {
      user.pairTokens = config.pairRateBurst();
      user.pairRefilled = now;
    }
    double elapsed = Duration.between(user.pairRefilled, now).toNanos();
    user.pairTokens = Math.min(config.pairRateBurst(),
        user.pairTokens + elapsed / config.pairRateInterval().toNanos());
    user.pairRefilled = now;
    if (user.pairTokens < 1) {
      throw GraphException.of(131056, "Too many messages sent from this phone number to the same recipient ("
          + user.waId + ") in a short period of time.");
    }
    user.pairTokens -= 1;
  }

  private @Nullable GraphErrorResponse asyncFailure(SentRecord record, UserState user, @Nullable TemplateRecord template,
      Instant now) {
    if (user.blocked) {
      return GraphErrorResponse.of(131026, "Message undeliverable: the recipient cannot receive this message.");
    }
    boolean open = user.windowOpen(now);
    if (template == null) {
      if (!open && config.enforceCustomerServiceWindow()) {
        return GraphErrorResponse.of(131047, "Message failed to send because more than 24 hours have passed since the "
            + "customer last replied to this number.");
      }
    } else {
      if (template.category.equals("MARKETING") && user.marketingStopped) {
        return GraphErrorResponse.of(131050, "Unable to deliver the message. This recipient has chosen to stop receiving "
            + "marketing messages on WhatsApp from your business.");
      }
      if (!open) {
        Instant horizon = now.minus(WINDOW);
        businessInitiated.values().removeIf(at -> !at.isAfter(horizon));
        if (!businessInitiated.containsKey(user.waId)) {
          if (businessInitiated.size() >= config.messagingLimitUsers()) {
            return GraphErrorResponse.of(131026, "Message undeliverable: the business portfolio reached its messaging "
                + "limit (" + config.messagingLimit().value() + ", " + config.messagingLimitUsers()
                + " unique users in 24 hours).");
          }
          businessInitiated.put(user.waId, now);
        }
      }
    }
    String mediaId = Json.string(record.body, record.type, "id");
    if (mediaId != null && !media.containsKey(mediaId)) {
      return GraphErrorResponse.of(131053, "Media upload error: unknown media id " + mediaId + ".");
    }
    return null;
  }

  /** Per-message pricing (PMP, cloud-api.md §9.3) and, for v23 and older or free entry points, a conversation. */
  private void price(SentRecord record, UserState user, @Nullable TemplateRecord template, String version,
      Instant now) {
    boolean open = user.windowOpen(now);
    if (user.freeEntryPointUntil == null && user.referralAt != null
        && now.isBefore(user.referralAt.plus(WINDOW)) && open) {
      user.freeEntryPointUntil = now.plus(FREE_ENTRY_POINT);
    }
    String origin;
    if (user.freeEntryPointUntil != null && now.isBefore(user.freeEntryPointUntil)) {
      record.pricingType = "free_entry_point";
      record.pricingCategory = "referral_conversion";
      record.billable = false;
      origin = "referral_conversion";
    } else if (template == null) {
      record.pricingType = "free_customer_service";
      record.pricingCategory = "service";
      record.billable = false;
      origin = "service";
    } else {
      String category = template.category.toLowerCase(Locale.ROOT);
      record.pricingCategory = category;
      boolean free = category.equals("utility") && open;
      record.pricingType = free ? "free_customer_service" : "regular";
      record.billable = !free;
      origin = category;
    }
    int major = majorVersion(version);
    if (major <= 23 || origin.equals("referral_conversion")) {
      String[] conversation = user.conversations.get(origin);
      long nowSeconds = now.getEpochSecond();
      if (conversation == null || Long.parseLong(conversation[1]) <= nowSeconds) {
        Duration length = origin.equals("referral_conversion") ? FREE_ENTRY_POINT : WINDOW;
        String id = Signatures.sha256Hex((user.waId + ":" + origin + ":" + (++counter))
            .getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        conversation = new String[] {id, Long.toString(nowSeconds + length.toSeconds())};
        user.conversations.put(origin, conversation);
      }
      record.conversation = obj("id", conversation[0], "expiration_timestamp", conversation[1],
          "origin", obj("type", origin));
    }
  }

  static int majorVersion(String version) {
    Matcher m = Pattern.compile("v(\\d+)").matcher(version);
    return m.lookingAt() ? Integer.parseInt(m.group(1)) : 99;
  }

  // ---------------------------------------------------------------- templates

  private @Nullable TemplateRecord findTemplate(@Nullable String name, @Nullable String language) {
    for (TemplateRecord t : templates.values()) {
      if (t.name.equals(name) && t.language.equals(language)) {
        return t;
      }
    }
    return null;
  }

  private TemplateRecord checkTemplate(@Nullable Map<String, Object> send) {
    String name = Json.string(send, "name");
    String language = Json.string(send, "language", "code");
    synchronized (lock) {
      TemplateRecord t = findTemplate(name, language);
      if (t == null) {
        throw GraphException.of(132001, "template name (" + name + ") does not exist in " + language);
      }
      if (t.status.equals(TemplateStatus.PAUSED)) {
        throw GraphException.of(132015, "Template " + name + " is paused due to low quality.");
      }
      if (t.status.equals(TemplateStatus.DISABLED)) {
        throw GraphException.of(132016, "Template " + name + " is disabled.");
      }
      if (!t.status.equals(TemplateStatus.APPROVED)) {
        throw GraphException.of(132001, "template name (" + name + ") in " + language
            + " is not approved (status " + t.status.value() + ")");
      }
      for (String part : List.of("header", "body")) {
        List<String> expected = variables(t, part.toUpperCase(Locale.ROOT));
        List<Object> given = List.of();
        for (Object component : Json.list(send, "components")) {
          if (part.equalsIgnoreCase(Json.string(component, "type"))) {
            given = Json.list(component, "parameters");
          }
        }
        if (part.equals("header") && expected.isEmpty()) {
          continue;
        }
        if (given.size() != expected.size()) {
          throw GraphException.of(132000, part + ": number of localizable_params (" + given.size()
              + ") does not match the expected number of params (" + expected.size() + ")");
        }
        boolean named = t.parameterFormat.equals("NAMED");
        for (Object parameter : given) {
          String parameterName = Json.string(parameter, "parameter_name");
          if (named != (parameterName != null)) {
            throw GraphException.of(132012, part + ": template " + name + " uses " + t.parameterFormat
                + " parameters" + (named ? "; every parameter needs parameter_name" : "; parameter_name is not "
                + "allowed"));
          }
          if (named && !expected.contains(parameterName)) {
            throw GraphException.of(132000, part + ": unknown parameter_name \"" + parameterName + "\"; expected "
                + expected);
          }
        }
      }
      checkHeaderFormat(t, send);
      checkUrlButtons(t, send);
      return t;
    }
  }

  /** A media or location header needs a header parameter of that kind (Meta: 132012, format mismatch). */
  private static void checkHeaderFormat(TemplateRecord t, @Nullable Map<String, Object> send) {
    for (Object component : t.components) {
      String format = Json.string(component, "format");
      if (!"HEADER".equalsIgnoreCase(Json.string(component, "type")) || format == null
          || !Set.of("IMAGE", "VIDEO", "DOCUMENT", "LOCATION").contains(format.toUpperCase(Locale.ROOT))) {
        continue;
      }
      String expected = format.toLowerCase(Locale.ROOT);
      String received = "nothing";
      for (Object sent : Json.list(send, "components")) {
        if ("header".equalsIgnoreCase(Json.string(sent, "type"))) {
          List<Object> parameters = Json.list(sent, "parameters");
          received = parameters.isEmpty() ? "nothing" : String.valueOf(Json.string(parameters.get(0), "type"));
        }
      }
      if (!received.equals(expected)) {
        throw GraphException.of(132012, "header: Format mismatch, expected " + format.toUpperCase(Locale.ROOT)
            + ", received " + received.toUpperCase(Locale.ROOT));
      }
    }
  }

  /** A URL button whose URL ends in a placeholder needs its {@code button} component with one parameter. */
  private static void checkUrlButtons(TemplateRecord t, @Nullable Map<String, Object> send) {
    for (Object component : t.components) {
      if (!"BUTTONS".equalsIgnoreCase(Json.string(component, "type"))) {
        continue;
      }
      List<Object> buttons = Json.list(component, "buttons");
      for (int i = 0; i < buttons.size(); i++) {
        String url = Json.string(buttons.get(i), "url");
        if (!"URL".equalsIgnoreCase(Json.string(buttons.get(i), "type")) || url == null
            || !VARIABLE.matcher(url).find()) {
          continue;
        }
        int given = 0;
        for (Object sent : Json.list(send, "components")) {
          Object index = Json.at(sent, "index");
          if ("button".equalsIgnoreCase(Json.string(sent, "type"))
              && "url".equalsIgnoreCase(Json.string(sent, "sub_type"))
              && index != null && String.valueOf(index).equals(Integer.toString(i))) {
            given = Json.list(sent, "parameters").size();
          }
        }
        if (given != 1) {
          throw GraphException.of(132000, "button at index " + i + ": number of localizable_params (" + given
              + ") does not match the expected number of params (1)");
        }
      }
    }
  }

  private static List<String> variables(TemplateRecord t, String componentType) {
    Set<String> names = new LinkedHashSet<>();
    for (Object component : t.components) {
      if (componentType.equalsIgnoreCase(Json.string(component, "type"))) {
        String text = Json.string(component, "text");
        if (text != null && (componentType.equals("BODY") || "TEXT".equalsIgnoreCase(
            Json.string(component, "format")))) {
          Matcher m = VARIABLE.matcher(text);
          while (m.find()) {
            names.add(m.group(1));
          }
        }
      }
    }
    return List.copyOf(names);
  }

  /** Validates a create/edit payload's fields the way the template endpoints do. */
  private static void validateDefinition(Map<String, Object> body, boolean create) {
    if (create) {
      String name = Json.string(body, "name");
      if (name == null) {
        throw GraphException.of(100, "The parameter name is required.");
      }
      if (!TEMPLATE_NAME.matcher(name).matches()) {
        throw GraphException.of(100, "Param name must be at most 512 lowercase letters, digits or underscores, was \""
            + name + "\".");
      }
      if (Json.string(body, "language") == null) {
        throw GraphException.of(100, "The parameter language is required.");
      }
    }
    String category = Json.string(body, "category");
    if ((create || category != null) && (category == null || !CATEGORIES.contains(category))) {
      throw GraphException.of(100, "Param category must be one of MARKETING, UTILITY, AUTHENTICATION, was "
          + category + ".");
    }
    String format = Json.string(body, "parameter_format");
    if (format != null && !format.equals("POSITIONAL") && !format.equals("NAMED")) {
      throw GraphException.of(100, "Param parameter_format must be POSITIONAL or NAMED, was " + format + ".");
    }
    if (create || body.containsKey("components")) {
      List<Object> components = Json.list(body, "components");
      long bodies = components.stream().filter(c -> "BODY".equalsIgnoreCase(Json.string(c, "type"))).count();
      if (bodies != 1) {
        throw GraphException.of(100, "A template needs exactly one BODY component, had " + bodies + ".");
      }
      for (Object c : components) {
        String type = String.valueOf(Json.string(c, "type")).toUpperCase(Locale.ROOT);
        String text = Json.string(c, "text");
        int limit = switch (type) {
          case "BODY" -> 1024;
          case "HEADER", "FOOTER" -> 60;
          default -> Integer.MAX_VALUE;
        };
        if (text != null && text.length() > limit) {
          throw GraphException.of(100, type + " text must be at most " + limit + " characters, was "
              + text.length() + ".");
        }
      }
    }
  }

  private TemplateRecord preloadTemplate(Map<String, Object> definition) {
    validateDefinition(definition, true);
    TemplateRecord t = new TemplateRecord();
    t.id = definition.get("id") != null ? String.valueOf(definition.get("id"))
        : nextNumericId(2_000_000_000_000_000L);
    t.name = String.valueOf(definition.get("name"));
    t.language = String.valueOf(definition.get("language"));
    t.category = String.valueOf(definition.get("category"));
    String status = Json.string(definition, "status");
    t.status = status == null ? TemplateStatus.APPROVED : TemplateStatus.of(status);
    t.parameterFormat = definition.get("parameter_format") == null ? "POSITIONAL"
        : String.valueOf(definition.get("parameter_format"));
    t.components = Json.list(Json.copy(definition), "components");
    t.submitted = now();
    templates.put(t.id, t);
    return t;
  }

  /** Adds a template as if Meta had already reviewed it ({@code status} in the JSON, APPROVED by default). */
  public FakeTemplate preload(Map<String, Object> definition) {
    synchronized (lock) {
      try {
        if (findTemplate(Json.string(definition, "name"), Json.string(definition, "language")) != null) {
          throw new IllegalArgumentException("template " + definition.get("name") + " in "
              + definition.get("language") + " already exists");
        }
        return preloadTemplate(definition).snapshot();
      } catch (GraphException e) {
        throw new IllegalArgumentException("invalid template: " + e.error().details(), e);
      }
    }
  }

  Map<String, Object> createTemplate(Map<String, Object> body) {
    validateDefinition(body, true);
    synchronized (lock) {
      if (findTemplate(Json.string(body, "name"), Json.string(body, "language")) != null) {
        throw GraphException.of(100, "Message template \"" + body.get("name") + "\" already exists in "
            + body.get("language") + ".");
      }
      Map<String, Object> definition = new LinkedHashMap<>(body);
      definition.remove("id");
      definition.put("status", "PENDING");
      TemplateRecord t = preloadTemplate(definition);
      return obj("id", t.id, "status", t.status.value(), "category", t.category);
    }
  }

  Map<String, Object> editTemplate(TemplateRecord t, Map<String, Object> body) {
    validateDefinition(body, false);
    if (!t.status.equals(TemplateStatus.APPROVED) && !t.status.equals(TemplateStatus.REJECTED)
        && !t.status.equals(TemplateStatus.PAUSED)) {
      throw GraphException.of(100, "Only APPROVED, REJECTED or PAUSED templates can be edited; " + t.name
          + " is " + t.status + ".");
    }
    if (body.containsKey("components")) {
      t.components = Json.list(Json.copy(body), "components");
    }
    if (body.get("category") != null) {
      t.category = String.valueOf(body.get("category"));
    }
    if (body.get("parameter_format") != null) {
      t.parameterFormat = String.valueOf(body.get("parameter_format"));
    }
    t.status = TemplateStatus.PENDING;
    t.reason = null;
    t.submitted = now();
    return obj("success", true);
  }

  /** Sets a template's status (the review outcome) and emits {@code message_template_status_update}. */
  public FakeTemplate setTemplateStatus(String templateId, TemplateStatus status, @Nullable String reason) {
    synchronized (lock) {
      TemplateRecord t = templates.get(templateId);
      if (t == null) {
        throw new IllegalArgumentException("no template with id " + templateId + "; known: " + templates.keySet());
      }
      t.status = status;
      t.reason = status.equals(TemplateStatus.APPROVED) ? null : reason;
      emitTemplateStatus(t);
      return t.snapshot();
    }
  }

  public @Nullable FakeTemplate template(String name, String language) {
    synchronized (lock) {
      TemplateRecord t = findTemplate(name, language);
      return t == null ? null : t.snapshot();
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
      for (TemplateRecord t : templates.values()) {
        if (t.status.equals(TemplateStatus.PENDING) && !now.isBefore(t.submitted.plus(delay))) {
          t.status = TemplateStatus.APPROVED;
          t.reason = null;
          emitTemplateStatus(t);
        }
      }
    }
  }

  @Nullable TemplateRecord templateById(String id) {
    return templates.get(id);
  }

  List<TemplateRecord> templateList() {
    return new ArrayList<>(templates.values());
  }

  int deleteTemplates(@Nullable String name, @Nullable String hsmId) {
    int before = templates.size();
    templates.values().removeIf(t -> (name == null || t.name.equals(name)) && (hsmId == null || t.id.equals(hsmId)));
    return before - templates.size();
  }

  // ---------------------------------------------------------------- media and profile

  MediaRecord upload(String mimeType, byte[] bytes) {
    synchronized (lock) {
      MediaRecord record = new MediaRecord();
      record.id = nextNumericId(1_000_000_000_000_000L);
      record.mimeType = mimeType;
      record.bytes = bytes;
      record.sha256 = Signatures.sha256Hex(bytes);
      record.uploaded = now();
      media.put(record.id, record);
      return record;
    }
  }

  @Nullable MediaRecord media(String id) {
    synchronized (lock) {
      MediaRecord record = media.get(id);
      if (record != null && !now().isBefore(record.uploaded.plus(MEDIA_TTL))) {
        media.remove(id);
        return null;
      }
      return record;
    }
  }

  boolean deleteMedia(String id) {
    synchronized (lock) {
      return media.remove(id) != null;
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
}
