package dev.wabasdk.samples.calling;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.Call;
import dev.wabasdk.webhook.CallDirection;
import dev.wabasdk.webhook.CallEvent;
import dev.wabasdk.webhook.CallEventType;
import dev.wabasdk.webhook.InboundCallPermissionReply;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.WebhookListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A support line with no agent free: a user's call is rejected and answered with a call permission request; once
 * the user grants it, the bot calls back. Signalling only: the SDP offer stands in for the one the app's WebRTC
 * stack (or media server) would create, and no audio flows. Thread-safe.
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
  public void onCallEvent(CallEvent event) {
    if (!(event instanceof Call call)) {
      return; // RINGING / ACCEPTED / REJECTED statuses of the bot's own call
    }
    String id = call.callId();
    WhatsAppUser user = call.user();
    if (call.event() == CallEventType.CONNECT && call.direction() == CallDirection.USER_INITIATED && user != null) {
      // The webhook processor's policy feed recorded the call: it opened the customer service window, so the
      // permission request may go as a free-form message.
      whatsApp.calling().reject(id);
      log.add("rejected call " + id + " from +" + user.waId() + " (no agent free)");
      whatsApp.messages().send(Message.callPermissionRequest(user.recipient(),
          "All our agents are busy. May we call you back in a few minutes?"));
      log.add("asked +" + user.waId() + " for a call permission");
    } else if (call.event() == CallEventType.CONNECT) {
      log.add("call " + id + " answered by +" + call.to() + ": the app's WebRTC stack takes the SDP answer");
    } else if (call.event() == CallEventType.TERMINATE) {
      log.add("call " + id + " ended: " + call.status()
          + (call.durationSeconds() == null ? "" : " after " + call.durationSeconds() + " s"));
    }
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    if (!(message instanceof InboundCallPermissionReply reply)) {
      return;
    }
    WhatsAppUser user = reply.header().from();
    if (!"accept".equals(reply.response())) {
      policy.recordCallPermissionRevoked(user);
      log.add("+" + user.waId() + " declined the call permission");
      return;
    }
    policy.recordCallPermission(user, reply.isPermanent() ? null : reply.expiration());
    Recipient to = user.recipient();
    policy.checkCall(to);   // ENFORCE: throws rather than calling without a granted, unexpired permission
    String callId = whatsApp.calling().connect(to, SDP_OFFER, "callback");
    log.add("+" + user.waId() + " granted the call permission; calling back: " + callId);
  }
}
