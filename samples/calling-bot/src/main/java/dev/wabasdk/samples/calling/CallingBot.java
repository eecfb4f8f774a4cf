package dev.wabasdk.samples.calling;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.UnknownEvent;
import dev.wabasdk.webhook.WebhookListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A support line with no agent free: a user's call is rejected and answered with a call permission request; once
 * the user grants it, the bot calls back. Signalling only: the SDP offer stands in for the one the app's WebRTC
 * stack (or media server) would create, and no audio flows. Until the webhooks module types the {@code calls}
 * field and {@code call_permission_reply}, the bot reads both from the raw JSON. Thread-safe.
 */
public final class CallingBot implements WebhookListener {
  /** What a real app gets from its WebRTC stack; here a fixed placeholder, since the SDK carries no media. */
  static final String SDP_OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
      + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n";

  private final WhatsApp whatsApp;
  private final PolicyEngine policy;
  private final List<String> log = new CopyOnWriteArrayList<>();

  public CallingBot(WhatsApp whatsApp, PolicyEngine policy) {
    this.whatsApp = whatsApp;
    this.policy = policy;
  }

  /** What the bot did, in order. */
  public List<String> log() {
    return List.copyOf(log);
  }

  @Override
  public void onUnknownEvent(UnknownEvent event) {
    if (!"calls".equals(event.field())) {
      return;
    }
    for (Object o : list(value(event.raw().asMap()), "calls")) {
      if (o instanceof Map<?, ?> call) {
        onCall(call);
      }
    }
  }

  private void onCall(Map<?, ?> call) {
    String id = String.valueOf(call.get("id"));
    String event = String.valueOf(call.get("event"));
    boolean fromUser = "USER_INITIATED".equals(call.get("direction"));
    if (event.equals("connect") && fromUser) {
      String from = String.valueOf(call.get("from"));
      // The call opened the customer service window: the permission request may go as a free-form message.
      policy.recordCall(WhatsAppUser.ofWaId(from), Instant.now(policy.clock()));
      whatsApp.calling().reject(id);
      log.add("rejected call " + id + " from +" + from + " (no agent free)");
      whatsApp.messages().send(Message.callPermissionRequest("+" + from,
          "All our agents are busy. May we call you back in a few minutes?"));
      log.add("asked +" + from + " for a call permission");
    } else if (event.equals("connect")) {
      log.add("call " + id + " answered by +" + call.get("to") + ": the app's WebRTC stack takes the SDP answer");
    } else if (event.equals("terminate")) {
      log.add("call " + id + " ended: " + call.get("status")
          + (call.get("duration") == null ? "" : " after " + call.get("duration") + " s"));
    }
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    Map<String, @Nullable Object> raw = message.header().raw().asMap();
    Object interactive = raw.get("interactive");
    if (!(interactive instanceof Map<?, ?> i) || !"call_permission_reply".equals(i.get("type"))
        || !(i.get("call_permission_reply") instanceof Map<?, ?> reply)) {
      return;
    }
    WhatsAppUser user = message.header().from();
    if (!"accept".equals(reply.get("response"))) {
      policy.recordCallPermissionRevoked(user);
      log.add("+" + user.waId() + " declined the call permission");
      return;
    }
    Object expires = reply.get("expiration_timestamp");
    policy.recordCallPermission(user, Boolean.TRUE.equals(reply.get("is_permanent")) || expires == null ? null
        : Instant.ofEpochSecond(Long.parseLong(String.valueOf(expires).replace(".0", ""))));
    Recipient to = Recipient.phoneNumber(user.waId());
    policy.checkCall(to);   // ENFORCE: throws rather than calling without a granted, unexpired permission
    String callId = whatsApp.calling().connect(to, SDP_OFFER, "callback");
    log.add("+" + user.waId() + " granted the call permission; calling back: " + callId);
  }

  private static @Nullable Object value(Map<String, @Nullable Object> raw) {
    // The raw JSON of an unknown change is its value object (or the change holding it).
    return raw.containsKey("calls") ? raw : raw.get("value");
  }

  private static List<?> list(@Nullable Object map, String key) {
    return map instanceof Map<?, ?> m && m.get(key) instanceof List<?> l ? l : List.of();
  }
}
