package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.Referral;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.MessageLog.InboundRecord;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the users send and read: each message gets its id and timestamp, opens the window and becomes a signed
 * webhook; each read becomes a {@code read} status. Thread-safe: it works on the {@link FakeEngine}'s parts under
 * its lock.
 */
final class InboundMessages {
  private final FakeEngine engine;

  InboundMessages(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * The user sends {@code content} (a webhook {@code messages[]} object without {@code from}, {@code id} and
   * {@code timestamp}): the fake fills those in, opens the window and delivers the signed webhook.
   */
  UserMessage receive(String waId, Map<String, Object> content) {
    synchronized (engine.lock) {
      Object type = content.get("type");
      if (!(type instanceof String) || !content.containsKey(type)) {
        throw new IllegalArgumentException("a user message needs a \"type\" and an object of that name, was "
            + Json.write(content));
      }
      UserState user = engine.users.user(waId);
      Instant now = engine.now();
      // A user the business blocked cannot reach it: the message gets an id but no webhook, and opens no window.
      boolean blockedByBusiness = engine.admin.blocks(waId);
      Map<String, Object> message = new LinkedHashMap<>();
      Object context = content.get("context");
      if (context != null) {
        message.put("context", context);
      }
      if (!user.phoneHidden) {
        message.put("from", waId); // a username user whose number Meta withholds is known by contacts[].user_id
      }
      message.put("id", engine.ids.wamid(waId));
      message.put("timestamp", Long.toString(now.getEpochSecond()));
      for (Map.Entry<String, Object> e : content.entrySet()) {
        if (!e.getKey().equals("context")) {
          message.put(e.getKey(), Json.copy(e.getValue()));
        }
      }
      if (blockedByBusiness) {
        InboundRecord dropped = new InboundRecord();
        dropped.id = (String) message.get("id");
        dropped.from = waId;
        dropped.type = (String) type;
        dropped.timestamp = now;
        dropped.message = message;
        return dropped.snapshot();
      }
      ThreadRole entryPoint = engine.routing.entryPoint(user, content); // before the referral is consumed
      Referral r = user.wrote(now);
      if (r != null) {
        message.put("referral", obj("source_url", r.sourceUrl(), "source_id", r.sourceId(), "source_type",
            r.sourceType(), "headline", r.headline(), "body", r.body(), "ctwa_clid", r.ctwaClid()));
      }
      InboundRecord record = new InboundRecord();
      record.sequence = engine.ids.current();
      record.id = (String) message.get("id");
      record.from = waId;
      record.type = (String) type;
      record.timestamp = now;
      record.message = message;
      engine.messages.add(record);
      RoutingState.Route route = engine.routing.route(user, message, entryPoint, now);
      if (route != RoutingState.Route.ELSEWHERE) {
        engine.events.userMessage(user, message,
            route == RoutingState.Route.APP_WITH_SUMMARY ? engine.routing.summary(user) : null);
      }
      return record.snapshot();
    }
  }

  /** The user reads {@code wamid} (a message the app sent them): a {@code read} status webhook. */
  void read(String waId, String wamid) {
    synchronized (engine.lock) {
      SentRecord record = engine.messages.sent(wamid);
      if (record == null || !record.to.equals(waId)) {
        throw new IllegalArgumentException("no message " + wamid + " was sent to " + waId);
      }
      if (record.status.equals(DeliveryStatus.FAILED)) {
        throw new IllegalStateException("message " + wamid + " failed with " + record.error + "; it cannot be read");
      }
      if (!record.status.equals(DeliveryStatus.READ)) {
        engine.events.status(record, DeliveryStatus.READ, false, engine.now());
      }
    }
  }

  /** The user reads everything the app sent them that is not read yet. */
  void readAll(String waId) {
    synchronized (engine.lock) {
      for (SentRecord record : engine.messages.sent()) {
        if (record.to.equals(waId) && (record.status.equals(DeliveryStatus.SENT)
            || record.status.equals(DeliveryStatus.DELIVERED))) {
          engine.events.status(record, DeliveryStatus.READ, false, engine.now());
        }
      }
    }
  }
}
