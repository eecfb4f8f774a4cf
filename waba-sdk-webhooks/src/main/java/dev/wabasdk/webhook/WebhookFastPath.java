package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds the change nearly all traffic is, a {@code messages} change of {@code text} messages and/or statuses, from
 * the body's tokens straight into events, without the {@link JsonView} tree of the whole body. It takes on only
 * what Meta sends: the members in Meta's order where an event needs one before another ({@code entry.id} before
 * {@code changes}; {@code metadata} and {@code contacts} before {@code messages} and {@code statuses}), at most one
 * contact, strings where Meta writes strings, Unix seconds as a string of digits, each member it reads once. On
 * anything else (another message type or field, an {@code errors} or {@code user_actions} change, a payment status
 * ({@code type: payment} or a {@code payment} member, see {@link PaymentStatusUpdate}), a value the
 * general path would turn into an {@link UnknownEvent}, malformed input...) it gives up and the general path
 * ({@link WebhookJsonReader} and {@link WebhookParser}) reads the body, as the plain reader gives up to Moshi.
 *
 * <p>What it takes on gives exactly the events the general path gives (WebhookFastPathTest runs both on every
 * fixture and on variations of them): it shares their builders ({@link InboundMessageParser#header},
 * {@link StatusParser}, {@link Identities}) and reads the nested parts it does not bind itself (context,
 * referral, errors) as views. Members it does not need are skipped, but validated
 * as the plain reader validates them; each event's {@link RawJson} is its object's span of the body, parsed only
 * when asked for. Thread-safe: each parse uses an instance of its own.
 */
final class WebhookFastPath {

  /** Thrown (without a stack trace) when the body is not one this path takes on. */
  private static final GiveUp GIVE_UP = new GiveUp();

  // The depth of each object the path reads itself, as the plain reader counts it (the document is at 1): skipped
  // members are read at their object's depth, so the plain reader's depth limit holds for them too.
  private static final int ROOT = 1;
  private static final int ENTRY = 3;
  private static final int CHANGE = 5;
  private static final int VALUE = 6;
  private static final int METADATA = 7;
  private static final int ITEM = 8;
  private static final int PART = 9; // a message's text, a status's conversation or pricing, a contact's profile

  // Each object's members in the order Meta writes them (its documentation's examples and real payloads): most names
  // are then matched with a word compare or two. Any other order reads the same, a little slower.
  private static final MemberOrder DOCUMENT_ORDER = MemberOrder.of("object", "entry");
  private static final MemberOrder ENTRY_ORDER = MemberOrder.of("id", "changes");
  private static final MemberOrder CHANGE_ORDER = MemberOrder.of("value", "field");
  private static final MemberOrder VALUE_ORDER =
      MemberOrder.of("messaging_product", "metadata", "contacts", "messages", "statuses");
  private static final MemberOrder METADATA_ORDER = MemberOrder.of("display_phone_number", "phone_number_id");
  private static final MemberOrder CONTACT_ORDER = MemberOrder.of("profile", "wa_id", "user_id");
  private static final MemberOrder PROFILE_ORDER = MemberOrder.of("name");
  private static final MemberOrder MESSAGE_ORDER = MemberOrder.of("from", "id", "timestamp", "text", "type");
  private static final MemberOrder TEXT_ORDER = MemberOrder.of("body");
  private static final MemberOrder STATUS_ORDER = MemberOrder.of("id", "status", "timestamp", "recipient_id",
      "recipient_user_id", "biz_opaque_callback_data", "conversation", "pricing");
  private static final MemberOrder CONVERSATION_ORDER = MemberOrder.of("id", "expiration_timestamp", "origin");
  private static final MemberOrder ORIGIN_ORDER = MemberOrder.of("type");
  private static final MemberOrder PRICING_ORDER =
      MemberOrder.of("billable", "pricing_model", "type", "category", "cost");

  private final byte[] body;
  private final WebhookJsonReader in;

  private WebhookFastPath(byte[] body) {
    this.body = body;
    this.in = WebhookJsonReader.over(body);
  }

  /**
   * The events of a body this path takes on, or null when the general path must read it (which then also names
   * the error of a malformed body).
   */
  static @Nullable List<WebhookEvent> parse(byte[] body) {
    try {
      return new WebhookFastPath(body).document();
    } catch (RuntimeException e) {
      return null; // GIVE_UP, or the plain reader leaving the plain road: the general path takes over
    }
  }

  private List<WebhookEvent> document() {
    List<WebhookEvent> events = new ArrayList<>(2);
    boolean entries = false;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(DOCUMENT_ORDER, at);
      at = DOCUMENT_ORDER.after(name, at);
      if (name.equals("entry")) {
        entries = once(entries);
        for (boolean item = in.open('['); item; item = in.next(']')) {
          entry(events);
        }
      } else {
        in.any(ROOT);
      }
    }
    if (!entries || !in.atEnd()) {
      throw GIVE_UP;
    }
    return events;
  }

  private void entry(List<WebhookEvent> events) {
    String businessAccountId = null;
    boolean id = false;
    boolean changes = false;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(ENTRY_ORDER, at);
      at = ENTRY_ORDER.after(name, at);
      switch (name) {
        case "id" -> {
          id = once(id);
          require(!changes); // the events of the changes name it
          businessAccountId = in.text();
        }
        case "changes" -> {
          changes = once(changes);
          for (boolean item = in.open('['); item; item = in.next(']')) {
            change(businessAccountId, events);
          }
        }
        default -> in.any(ENTRY);
      }
    }
  }

  /**
   * A change. Its events are added before its {@code field} (which Meta sends after the value) is known: when the
   * field is not messages, the whole body goes to the general path anyway.
   */
  private void change(@Nullable String businessAccountId, List<WebhookEvent> events) {
    boolean value = false;
    String field = null;
    boolean fieldSeen = false;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(CHANGE_ORDER, at);
      at = CHANGE_ORDER.after(name, at);
      switch (name) {
        case "value" -> {
          value = once(value);
          value(businessAccountId, events);
        }
        case "field" -> {
          fieldSeen = once(fieldSeen);
          field = in.text();
        }
        default -> in.any(CHANGE);
      }
    }
    require(value && "messages".equals(field));
  }

  /** The value of a messages change: its messages' events, then its statuses' (Meta never sends both). */
  private void value(@Nullable String businessAccountId, List<WebhookEvent> events) {
    Shared shared = new Shared(businessAccountId);
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(VALUE_ORDER, at);
      at = VALUE_ORDER.after(name, at);
      switch (name) {
        case "metadata" -> {
          seen = once(seen, 1);
          require(shared.none()); // the items name it
          shared.metadata = metadata();
        }
        case "contacts" -> {
          seen = once(seen, 2);
          require(shared.none());
          shared.contacts = contacts();
        }
        case "messages" -> {
          seen = once(seen, 4);
          require(shared.statuses == 0); // their events come first
          for (boolean item = in.open('['); item; item = in.next(']')) {
            events.add(message(shared));
            shared.messages++;
          }
        }
        case "statuses" -> {
          seen = once(seen, 8);
          for (boolean item = in.open('['); item; item = in.next(']')) {
            events.add(status(shared));
            shared.statuses++;
          }
        }
        case "errors", "user_actions" -> throw GIVE_UP; // events of their own, from the whole value
        case "conversation_context" -> throw GIVE_UP; // Conversation Routing's summary, read by the general path
        default -> in.any(VALUE);
      }
    }
    require(!shared.none()); // else an UnknownEvent of the whole value
  }

  private WebhookMetadata metadata() {
    String phoneNumberId = null;
    String displayPhoneNumber = null;
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(METADATA_ORDER, at);
      at = METADATA_ORDER.after(name, at);
      switch (name) {
        case "phone_number_id" -> {
          seen = once(seen, 1);
          phoneNumberId = in.text();
        }
        case "display_phone_number" -> {
          seen = once(seen, 2);
          displayPhoneNumber = in.text();
        }
        default -> in.any(METADATA);
      }
    }
    return new WebhookMetadata(phoneNumberId, displayPhoneNumber);
  }

  /** A {@code contacts} array of at most one contact. */
  private List<Identities.Contact> contacts() {
    List<Identities.Contact> contacts = List.of();
    for (boolean more = in.open('['); more; more = in.next(']')) {
      // With more than one, which contact is an item's depends on how many items there are: not known yet.
      require(contacts.isEmpty());
      contacts = List.of(contact());
    }
    return contacts;
  }

  /** A contact, as {@link Identities.Contact#of} reads it. */
  private Identities.Contact contact() {
    String waId = null;
    String userId = null;
    String parentUserId = null;
    String username = null;
    String profileName = null;
    String identityKeyHash = null;
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(CONTACT_ORDER, at);
      at = CONTACT_ORDER.after(name, at);
      switch (name) {
        case "wa_id" -> {
          seen = once(seen, 1);
          waId = in.text();
        }
        case "user_id" -> {
          seen = once(seen, 1 << 1);
          userId = in.text();
        }
        case "parent_user_id" -> {
          seen = once(seen, 1 << 2);
          parentUserId = in.text();
        }
        case "identity_key_hash" -> {
          seen = once(seen, 1 << 6);
          identityKeyHash = in.text();
        }
        case "profile" -> {
          seen = once(seen, 1 << 3);
          for (boolean member = in.open('{'); member; member = in.next('}')) {
            switch (in.name(PROFILE_ORDER, 0)) {
              case "name" -> {
                seen = once(seen, 1 << 4);
                profileName = in.text();
              }
              case "username" -> {
                seen = once(seen, 1 << 5);
                username = in.text();
              }
              default -> in.any(PART);
            }
          }
        }
        default -> in.any(ITEM);
      }
    }
    return new Identities.Contact(waId, userId, parentUserId, username, profileName, identityKeyHash);
  }

  /** A text message (anything else gives up), as {@link InboundMessageParser#message} builds it. */
  private WebhookEvent message(Shared shared) {
    int start = in.position();
    String id = null;
    Instant timestamp = null;
    String from = null;
    String fromUserId = null;
    String fromParentUserId = null;
    String groupId = null;
    String type = null;
    String text = null;
    JsonView context = null;
    JsonView referral = null;
    List<WebhookError> errors = List.of();
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(MESSAGE_ORDER, at);
      at = MESSAGE_ORDER.after(name, at);
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          id = in.text();
        }
        case "timestamp" -> {
          seen = once(seen, 1 << 1);
          timestamp = in.epochSecondsText();
        }
        case "from" -> {
          seen = once(seen, 1 << 2);
          from = in.text();
        }
        case "from_user_id" -> {
          seen = once(seen, 1 << 3);
          fromUserId = in.text();
        }
        case "from_parent_user_id" -> {
          seen = once(seen, 1 << 4);
          fromParentUserId = in.text();
        }
        case "group_id" -> {
          seen = once(seen, 1 << 5);
          groupId = in.text();
        }
        case "type" -> {
          seen = once(seen, 1 << 6);
          type = in.text();
        }
        case "text" -> {
          seen = once(seen, 1 << 7);
          text = textBody();
        }
        case "context" -> {
          seen = once(seen, 1 << 8);
          context = object(in.any(ITEM));
        }
        case "referral" -> {
          seen = once(seen, 1 << 9);
          referral = object(in.any(ITEM));
        }
        case "errors" -> {
          seen = once(seen, 1 << 10);
          errors = errors(in.any(ITEM));
        }
        default -> in.any(ITEM);
      }
    }
    if (id == null || timestamp == null || !"text".equals(type) || text == null) {
      throw GIVE_UP; // another type, or what the general path makes an UnknownEvent or InboundUnknownMessage
    }
    // At most one contact: which one is the sender's does not depend on the number of messages (given as 1).
    MessageHeader header = InboundMessageParser.header(id, timestamp, from, fromUserId, fromParentUserId,
        shared.contacts, shared.messages, 1, groupId, context, referral, errors, shared.metadata,
        shared.businessAccountId, RawJson.span(body, start, in.position()), null);
    if (header == null) {
      throw GIVE_UP;
    }
    return new InboundTextMessage(header, text);
  }

  /** The {@code body} of a {@code text} object. */
  private @Nullable String textBody() {
    String text = null;
    boolean seen = false;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      if (in.name(TEXT_ORDER, 0).equals("body")) {
        seen = once(seen);
        text = in.text();
      } else {
        in.any(PART);
      }
    }
    return text;
  }

  /** A status, as {@link StatusParser#status} builds it. */
  private WebhookEvent status(Shared shared) {
    int start = in.position();
    String id = null;
    String status = null;
    Instant timestamp = null;
    String recipientType = null;
    String recipientId = null;
    String participantId = null;
    String formerParticipantId = null;
    String participantUserId = null;
    String participantParentUserId = null;
    String userId = null;
    String parentUserId = null;
    String formerParentUserId = null;
    String identityKeyHash = null;
    String bizOpaqueCallbackData = null;
    Conversation conversation = null;
    Pricing pricing = null;
    List<WebhookError> errors = List.of();
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(STATUS_ORDER, at);
      at = STATUS_ORDER.after(name, at);
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          id = in.text();
        }
        case "status" -> {
          seen = once(seen, 1 << 1);
          status = in.text();
        }
        case "timestamp" -> {
          seen = once(seen, 1 << 2);
          timestamp = in.epochSecondsText();
        }
        case "recipient_type" -> {
          seen = once(seen, 1 << 3);
          recipientType = in.text();
        }
        case "recipient_id" -> {
          seen = once(seen, 1 << 4);
          recipientId = in.text();
        }
        case "recipient_participant_id" -> {
          seen = once(seen, 1 << 5);
          participantId = in.text();
        }
        case "participant_recipient_id" -> {
          seen = once(seen, 1 << 15);
          formerParticipantId = in.text();
        }
        case "recipient_participant_user_id" -> {
          seen = once(seen, 1 << 16);
          participantUserId = in.text();
        }
        case "recipient_participant_parent_user_id" -> {
          seen = once(seen, 1 << 17);
          participantParentUserId = in.text();
        }
        case "recipient_user_id" -> {
          seen = once(seen, 1 << 6);
          userId = in.text();
        }
        case "recipient_parent_user_id" -> {
          seen = once(seen, 1 << 7);
          parentUserId = in.text();
        }
        case "parent_recipient_user_id" -> {
          seen = once(seen, 1 << 8);
          formerParentUserId = in.text();
        }
        case "biz_opaque_callback_data" -> {
          seen = once(seen, 1 << 9);
          bizOpaqueCallbackData = in.text();
        }
        case "recipient_identity_key_hash" -> {
          seen = once(seen, 1 << 13);
          identityKeyHash = in.text();
        }
        case "conversation" -> {
          seen = once(seen, 1 << 10);
          conversation = conversation();
        }
        case "pricing" -> {
          seen = once(seen, 1 << 11);
          pricing = pricing();
        }
        case "errors" -> {
          seen = once(seen, 1 << 12);
          errors = errors(in.any(ITEM));
        }
        case "type" -> {
          seen = once(seen, 1 << 14);
          // A payment status (rare) is no MessageStatus: StatusParser makes it a PaymentStatusUpdate.
          require(!"payment".equalsIgnoreCase(in.text()));
        }
        case "payment" -> throw GIVE_UP;
        default -> in.any(ITEM);
      }
    }
    if (id == null || status == null || timestamp == null) {
      throw GIVE_UP;
    }
    return StatusParser.status(id, status, timestamp, recipientType, recipientId,
        participantId != null ? participantId : formerParticipantId, participantUserId, participantParentUserId, userId,
        parentUserId != null ? parentUserId : formerParentUserId, identityKeyHash, bizOpaqueCallbackData,
        conversation, pricing, errors, shared.contacts, shared.statuses, 1, shared.metadata, shared.businessAccountId,
        RawJson.span(body, start, in.position()));
  }

  /** A status's {@code conversation}, as {@link StatusParser} reads it. */
  private Conversation conversation() {
    String id = null;
    Instant expiration = null;
    String originType = null;
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(CONVERSATION_ORDER, at);
      at = CONVERSATION_ORDER.after(name, at);
      switch (name) {
        case "id" -> {
          seen = once(seen, 1);
          id = in.text();
        }
        case "expiration_timestamp" -> {
          seen = once(seen, 1 << 1);
          expiration = in.epochSecondsText();
        }
        case "origin" -> {
          seen = once(seen, 1 << 2);
          originType = null;
          for (boolean member = in.open('{'); member; member = in.next('}')) {
            if (in.name(ORIGIN_ORDER, 0).equals("type")) {
              seen = once(seen, 1 << 3);
              originType = in.text();
            } else {
              in.any(PART + 1);
            }
          }
        }
        default -> in.any(PART);
      }
    }
    return StatusParser.conversation(id, expiration, originType);
  }

  /** A status's {@code pricing}, as {@link StatusParser} reads it. */
  private Pricing pricing() {
    Object billable = null;
    String model = null;
    String type = null;
    String category = null;
    Object cost = null;
    int seen = 0;
    int at = 0;
    for (boolean more = in.open('{'); more; more = in.next('}')) {
      String name = in.name(PRICING_ORDER, at);
      at = PRICING_ORDER.after(name, at);
      switch (name) {
        case "billable" -> {
          seen = once(seen, 1);
          billable = in.any(PART);
        }
        case "pricing_model" -> {
          seen = once(seen, 1 << 1);
          model = in.text();
        }
        case "type" -> {
          seen = once(seen, 1 << 2);
          type = in.text();
        }
        case "category" -> {
          seen = once(seen, 1 << 3);
          category = in.text();
        }
        case "cost" -> {
          seen = once(seen, 1 << 4);
          cost = in.any(PART); // read as the general path reads it: a view, so both judge it alike
        }
        default -> in.any(PART);
      }
    }
    return StatusParser.pricing(billable, model, type, category, StatusParser.cost(object(cost)));
  }

  /** What {@link JsonView#object} gives for a member read as {@code value}. */
  private static @Nullable JsonView object(@Nullable Object value) {
    return value instanceof JsonView view ? view : null;
  }

  /** What {@link Identities#errors(JsonView)} gives for an {@code errors} member read as {@code value}. */
  private static List<WebhookError> errors(@Nullable Object value) {
    return value instanceof JsonView.Items items ? Identities.errors(items) : List.of();
  }

  private static boolean once(boolean seen) {
    require(!seen); // a repeated member: its last value counts, which the general path handles
    return true;
  }

  private static int once(int seen, int bit) {
    require((seen & bit) == 0);
    return seen | bit;
  }

  private static void require(boolean condition) {
    if (!condition) {
      throw GIVE_UP;
    }
  }

  /** What the messages and statuses of one change value share, and how many of each were read so far. */
  private static final class Shared {
    final @Nullable String businessAccountId;
    WebhookMetadata metadata = new WebhookMetadata(null, null);
    List<Identities.Contact> contacts = List.of();
    int messages;
    int statuses;

    Shared(@Nullable String businessAccountId) {
      this.businessAccountId = businessAccountId;
    }

    boolean none() {
      return messages == 0 && statuses == 0;
    }
  }

  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super("not taken on by the fast path", null, false, false);
    }
  }
}
