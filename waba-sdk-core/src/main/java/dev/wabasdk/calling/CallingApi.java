package dev.wabasdk.calling;

import dev.wabasdk.message.Recipient;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The WhatsApp Calling API of the client's phone number: its call settings, the signalling of user-initiated and
 * business-initiated calls ({@code POST /{phone-number-id}/calls}) and users' call permissions. Obtain it from
 * {@code WhatsApp.calling()}. Thread-safe.
 *
 * <p>Signalling only: the app brings the WebRTC media. For a user's call, the {@code calls} webhook's
 * {@code connect} event carries the user's SDP offer; the app answers with {@link #preAccept} (optional, faster
 * media), then {@link #accept} with its SDP answer, or {@link #reject}; either side ends it ({@link #terminate}).
 * For a business-initiated call the user must have granted a call permission; {@link #connect} sends the app's SDP
 * offer and Meta's {@code calls} webhook brings the user's SDP answer. {@code connect} and {@code accept} take
 * {@link CallOptions} to record or transcribe the call ({@link CallRecording}, {@link CallTranscription}).
 *
 * <pre>{@code
 * // webhook: a user calls; sdpAnswer comes from the app's WebRTC stack
 * whatsApp.calling().preAccept(callId, sdpAnswer);
 * whatsApp.calling().accept(callId, sdpAnswer);
 * // later
 * whatsApp.calling().terminate(callId);
 * }</pre>
 */
public interface CallingApi {
  /** The number's calling settings ({@code GET /{phone-number-id}/settings}, its {@code calling} object). */
  CallingSettings settings();

  /** The asynchronous twin of {@link #settings()}. */
  CompletableFuture<CallingSettings> settingsAsync();

  /** Updates the fields set in {@code settings} ({@code POST /{phone-number-id}/settings}). */
  void updateSettings(CallingSettings settings);

  /** The asynchronous twin of {@link #updateSettings}. */
  CompletableFuture<Void> updateSettingsAsync(CallingSettings settings);

  /**
   * Pre-accepts a user's call with the app's SDP answer, so the media connection is set up before the call is
   * accepted ({@code "action": "pre_accept"}).
   *
   * @param callId the {@code wacid...} id from the {@code calls} webhook
   * @param sdpAnswer the app's SDP answer (RFC 8866) to the user's offer
   */
  void preAccept(String callId, String sdpAnswer);

  /** The asynchronous twin of {@link #preAccept}. */
  CompletableFuture<Void> preAcceptAsync(String callId, String sdpAnswer);

  /** Accepts a user's call with the app's SDP answer ({@code "action": "accept"}); media flows from now. */
  void accept(String callId, String sdpAnswer);

  /**
   * As {@link #accept(String, String)}, with {@code biz_opaque_callback_data} (at most 512 characters) that Meta
   * echoes in the call's later webhooks.
   */
  void accept(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData);

  /** The asynchronous twin of {@link #accept(String, String, String)}. */
  CompletableFuture<Void> acceptAsync(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData);

  /**
   * As {@link #accept(String, String, String)}, with {@code options}: Meta's {@code recording} and
   * {@code transcription} objects (see {@link CallRecording}, {@link CallTranscription}), whose results arrive
   * after the call in the {@code calls} webhook.
   */
  void accept(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData, CallOptions options);

  /** The asynchronous twin of {@link #accept(String, String, String, CallOptions)}. */
  CompletableFuture<Void> acceptAsync(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData,
      CallOptions options);

  /** Rejects a user's call ({@code "action": "reject"}). */
  void reject(String callId);

  /** The asynchronous twin of {@link #reject}. */
  CompletableFuture<Void> rejectAsync(String callId);

  /** Ends a call ({@code "action": "terminate"}). */
  void terminate(String callId);

  /** The asynchronous twin of {@link #terminate}. */
  CompletableFuture<Void> terminateAsync(String callId);

  /**
   * Calls a user who granted a call permission ({@code "action": "connect"} with the app's SDP offer). Meta rings
   * the user; the {@code calls} webhook brings the user's SDP answer, then the call's status.
   *
   * @param to the user (a phone number or business-scoped user id)
   * @param sdpOffer the app's SDP offer (RFC 8866)
   * @param bizOpaqueCallbackData echoed in the call's webhooks (at most 512 characters), or null
   * @return the new call's id ({@code wacid...})
   */
  String connect(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData);

  /** As {@link #connect(Recipient, String, String)}, to a phone number, without callback data. */
  String connect(String to, String sdpOffer);

  /** The asynchronous twin of {@link #connect(Recipient, String, String)}. */
  CompletableFuture<String> connectAsync(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData);

  /**
   * As {@link #connect(Recipient, String, String)}, with {@code options}: Meta's {@code recording} and
   * {@code transcription} objects (see {@link CallRecording}, {@link CallTranscription}), whose results arrive
   * after the call in the {@code calls} webhook.
   */
  String connect(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData, CallOptions options);

  /** The asynchronous twin of {@link #connect(Recipient, String, String, CallOptions)}. */
  CompletableFuture<String> connectAsync(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData,
      CallOptions options);

  /**
   * The user's call permission and whether the business may call or ask now
   * ({@code GET /{phone-number-id}/call_permissions?user_wa_id=...} for a phone number,
   * {@code ?recipient=...} for a business-scoped user id or parent BSUID).
   */
  CallPermission permission(Recipient user);

  /** The asynchronous twin of {@link #permission}. */
  CompletableFuture<CallPermission> permissionAsync(Recipient user);
}
