package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.testkit.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The messages of every conversation: what the app sent (with status and pricing), what the users sent (with
 * the app's read marks) and what other responders of Conversation Routing sent. Not thread-safe: used under
 * {@link FakeEngine}'s lock.
 */
final class MessageLog {
  /** A message the app sent. */
  static final class SentRecord {
    long sequence;
    String id = "";
    String to = "";
    String type = "";
    Instant timestamp = Instant.EPOCH;
    DeliveryStatus status = DeliveryStatus.ACCEPTED;
    @Nullable GraphErrorResponse error;
    PricingCategory pricingCategory = PricingCategory.SERVICE;
    String pricingType = "free_customer_service";
    boolean billable;
    /** Core's price for it, decided at send time (the console's cost); null when core cannot price it. */
    dev.wabasdk.cost.@Nullable MessagePrice price;
    @Nullable Map<String, Object> conversation;
    String request = "";
    Map<String, Object> body = Map.of();
    @Nullable String callbackData;
    /** The recipient, for the BSUID and contact in the status webhooks (null for messages to a group). */
    Users.@Nullable UserState user;
    /** The charge a max-price Marketing Messages API delivery reports ({@code pricing.cost}), or null. */
    dev.wabasdk.cost.@Nullable Money maxPriceCost;

    SentMessage snapshot() {
      return new SentMessage(id, to, type, timestamp, status, error, pricingCategory, pricingType, billable, request);
    }
  }

  /** A message a user sent. */
  static final class InboundRecord {
    long sequence;
    String id = "";
    String from = "";
    String type = "";
    Instant timestamp = Instant.EPOCH;
    Map<String, Object> message = Map.of();
    UserMessage.ReadState readState = UserMessage.ReadState.UNREAD;

    UserMessage snapshot() {
      return new UserMessage(id, from, type, timestamp, Json.write(message), readState);
    }
  }

  /**
   * A text another responder of Conversation Routing sent the user ({@code role}: the thread's owner then, null when
   * unknown). Kept apart from what the app sent: only the console shows it, as the user's phone would.
   */
  record ResponderRecord(long sequence, String id, String to, Instant timestamp, @Nullable ThreadRole role,
      String text) {}

  private final List<SentRecord> sent = new ArrayList<>();
  private final Map<String, SentRecord> sentById = new HashMap<>();
  private final List<InboundRecord> inbound = new ArrayList<>();
  private final Map<String, InboundRecord> inboundById = new HashMap<>();
  private final List<ResponderRecord> responderSent = new ArrayList<>();

  void add(SentRecord record) {
    sent.add(record);
    sentById.put(record.id, record);
  }

  void add(InboundRecord record) {
    inbound.add(record);
    inboundById.put(record.id, record);
  }

  void add(ResponderRecord record) {
    responderSent.add(record);
  }

  /** What other responders sent, oldest first. */
  List<ResponderRecord> responderSent() {
    return responderSent;
  }

  /** What the app sent, oldest first (the live records). */
  List<SentRecord> sent() {
    return sent;
  }

  /** What the users sent, oldest first (the live records). */
  List<InboundRecord> inbound() {
    return inbound;
  }

  @Nullable SentRecord sent(String wamid) {
    return sentById.get(wamid);
  }

  @Nullable InboundRecord inbound(String wamid) {
    return inboundById.get(wamid);
  }

  boolean knows(String wamid) {
    return sentById.containsKey(wamid) || inboundById.containsKey(wamid);
  }

  /**
   * Marks a user's message read ({@code typing}: with a typing indicator); Meta's 131009 when no user sent it. A
   * typing indicator, once shown, stays on the record even when a later call only marks it read.
   */
  void markRead(String messageId, boolean typing) {
    InboundRecord record = inboundById.get(messageId);
    if (record == null) {
      throw GraphException.of(131009, "Param message_id must be a message received from a user: " + messageId
          + ".");
    }
    if (typing) {
      record.readState = UserMessage.ReadState.READ_WITH_TYPING_INDICATOR;
    } else if (record.readState == UserMessage.ReadState.UNREAD) {
      record.readState = UserMessage.ReadState.READ;
    }
  }

  /** Finds the reply a tap on {@code buttonId} produces, from the newest message sent to the user that has it. */
  Map<String, Object> buttonReply(String waId, String buttonId, String businessNumber, TemplateStore templates) {
    for (int i = sent.size() - 1; i >= 0; i--) {
      SentRecord record = sent.get(i);
      if (!record.to.equals(waId)) {
        continue;
      }
      Map<String, Object> context = obj("from", businessNumber, "id", record.id);
      if (record.type.equals("interactive")) {
        for (Object button : Json.list(record.body, "interactive", "action", "buttons")) {
          if (buttonId.equals(Json.string(button, "reply", "id"))) {
            if (record.body.get("category") != null) {
              // Direct Send delivers the message as a template, so the tap comes back in the template button
              // format ("Supported message types": reply button taps use the template webhook format).
              return obj("context", context, "type", "button",
                  "button", obj("payload", buttonId, "text", Json.string(button, "reply", "title")));
            }
            return obj("context", context, "type", "interactive", "interactive", obj("type", "button_reply",
                "button_reply", obj("id", buttonId, "title", Json.string(button, "reply", "title"))));
          }
        }
        // A quick reply on a media carousel card comes back as a button_reply too.
        for (Object card : Json.list(record.body, "interactive", "action", "cards")) {
          for (Object button : Json.list(card, "action", "buttons")) {
            if (buttonId.equals(Json.string(button, "quick_reply", "id"))) {
              return obj("context", context, "type", "interactive", "interactive", obj("type", "button_reply",
                  "button_reply", obj("id", buttonId, "title", Json.string(button, "quick_reply", "title"))));
            }
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
              String text = templates.buttonText(Json.map(record.body, "template"), Json.at(component, "index"));
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

  /** Finds the reply a choice of {@code rowId} produces, from the newest list message sent to the user. */
  Map<String, Object> listReply(String waId, String rowId, String businessNumber) {
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
            return obj("context", obj("from", businessNumber, "id", record.id), "type", "interactive",
                "interactive", obj("type", "list_reply", "list_reply", reply));
          }
        }
      }
    }
    throw new IllegalStateException("no list message with row id \"" + rowId + "\" was sent to " + waId);
  }

  void reset() {
    sent.clear();
    sentById.clear();
    inbound.clear();
    inboundById.clear();
    responderSent.clear();
  }
}
