package dev.wabasdk.testkit;

import dev.wabasdk.Referral;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.AddressValues;
import dev.wabasdk.testkit.internal.FakeEngine;
import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp user played by the test. Each action becomes Meta's webhook JSON, signed with the app secret and
 * POSTed to the app's webhook URL; messages open (or refresh) the user's 24 h customer service window.
 * Thread-safe: a handle on the fake's state, which the fake guards.
 */
public final class FakeUser {
  private final FakeEngine engine;
  private final String waId;

  FakeUser(FakeEngine engine, String waId) {
    this.engine = engine;
    this.waId = waId;
  }

  /** The user's {@code wa_id} (digits, no {@code +}). */
  public String waId() {
    return waId;
  }

  /**
   * The user's business-scoped user id (BSUID) in this business, e.g. {@code DE.1349120865530274191}: in every
   * webhook's {@code contacts[].user_id} and statuses' {@code recipient_user_id}; a send with
   * {@code "recipient": "<BSUID>"} instead of {@code to} reaches this user.
   */
  public String userId() {
    return engine.userId(waId);
  }

  /** The user adopts a WhatsApp username: webhooks carry it in {@code contacts[].profile.username}. */
  public FakeUser adoptsUsername(String username) {
    engine.userUsername(waId, Objects.requireNonNull(username, "username"), false);
    return this;
  }

  /**
   * The user adopts {@code username} and Meta withholds their phone number from the business (Meta's BSUID
   * rollout, from June 2026): webhooks omit {@code wa_id}, {@code from} and {@code recipient_id}, and the app can
   * reach the user only by their BSUID.
   */
  public FakeUser hidesPhoneNumber(String username) {
    engine.userUsername(waId, Objects.requireNonNull(username, "username"), true);
    return this;
  }

  /** Sets the profile name webhooks carry in {@code contacts[].profile.name}. */
  public FakeUser named(String name) {
    engine.userName(waId, Objects.requireNonNull(name, "name"));
    return this;
  }

  /** Sends a text message. */
  public UserMessage sends(String text) {
    return send(obj("type", "text", "text", obj("body", text)));
  }

  /** Sends a text message quoting {@code wamid} (a reply with {@code context}). */
  public UserMessage repliesTo(String wamid, String text) {
    requireKnown(wamid);
    return send(obj("context", obj("from", engine.businessNumber(), "id", wamid), "type", "text", "text", obj("body", text)));
  }

  /**
   * Taps a reply button the app sent: an interactive reply button ({@code button_reply}) or a template
   * quick-reply button ({@code type: button} with its payload), found in the newest message that has it.
   */
  public UserMessage tapsButton(String buttonIdOrPayload) {
    return send(engine.buttonTap(waId, buttonIdOrPayload));
  }

  /**
   * Opens the flow message the app sent with this {@code flow_token} (an interactive flow, or a template's FLOW button
   * sent with that token) and completes it as the WhatsApp client would:
   * screen by screen from the flow's uploaded Flow JSON, each screen's form filled with {@code answers.get(screenId)}
   * (field name to value; a screen without answers submits an empty form), following each Footer's action. A
   * {@code data_exchange} (and the {@code INIT} of a flow sent with {@code flow_action: data_exchange}) calls the
   * flow's {@code endpoint_uri} through Meta's encrypted protocol, with the business public key registered through
   * the API and the app secret; the endpoint's {@code SUCCESS} answer or a {@code complete} action ends the flow.
   * Then the {@code nfm_reply} webhook is sent, replying to the flow message.
   *
   * <pre>{@code
   * fake.user("+4915112345678").completeFlow("booking-42", Map.of(
   *     "APPOINTMENT", Map.of("department", "shopping", "date", "2024-01-01"),
   *     "DETAILS", Map.of("name", "Ada", "email", "ada@example.com")));
   * }</pre>
   *
   * @return the {@code nfm_reply} message
   * @throws IllegalStateException when the flow cannot be run (no Flow JSON, no endpoint or key, the endpoint
   *     answered an error status, a screen without a Footer action)
   */
  public UserMessage completeFlow(String flowToken, Map<String, ? extends Map<String, ?>> answers) {
    return engine.userCompletesFlow(waId, Objects.requireNonNull(flowToken, "flowToken"),
        Objects.requireNonNull(answers, "answers"));
  }

  /**
   * Opens the newest flow the app sent this user with this {@code flow_token} (an interactive flow message, or a
   * template's FLOW button sent with it) and leaves it open on its first screen, to walk it step by step (with the
   * back button too). A flow sent with {@code flow_action: data_exchange} asks the endpoint ({@code INIT}) first.
   *
   * @throws IllegalArgumentException when no message to this user has this flow token
   * @throws IllegalStateException when the flow cannot be opened (unknown to the fake, deprecated, its endpoint fails)
   */
  public FakeFlow opensFlow(String flowToken) {
    return new FakeFlow(engine.userOpensFlow(waId, Objects.requireNonNull(flowToken, "flowToken")));
  }

  /** Picks a row of the newest list message the app sent that has it ({@code list_reply}). */
  public UserMessage selectsListRow(String rowId) {
    return send(engine.listSelection(waId, rowId));
  }

  /**
   * Fills in and submits the form of the newest address message ({@code interactive} {@code address_message},
   * India) the app sent this user: Meta's inbound {@code interactive} message of type {@code nfm_reply}, named
   * {@code address_message}, replying to the address message ({@code context}), its {@code response_json} the
   * JSON string {@code {"values": {...}}} with exactly {@code values} (a pre-filled field the user keeps is one you
   * pass), its {@code body} the address as text (name, phone number, then PIN code, address, landmark, city,
   * state joined with ", ").
   *
   * <pre>{@code
   * fake.user("+919876543210").submitsAddress(AddressValues.builder().name("Priya Sharma")
   *     .phoneNumber("+919876543210").inPinCode("400063").address("Wing A, Cello Triumph").city("Mumbai").build());
   * }</pre>
   *
   * @throws IllegalStateException when the app sent this user no address message (or only failed ones)
   * @throws IllegalArgumentException for an {@code in_pin_code} over the form's 6 characters
   */
  public UserMessage submitsAddress(AddressValues values) {
    return engine.addresses().submits(waId, Objects.requireNonNull(values, "values"));
  }

  /**
   * Picks saved address {@code id} of the newest address message the app sent this user: the same
   * {@code nfm_reply} as {@link #submitsAddress(AddressValues)}, its {@code response_json}
   * {@code {"saved_address_id": id, "values": <that saved address's value>}}.
   *
   * <pre>{@code
   * fake.user("+919876543210").picksSavedAddress("address1");
   * }</pre>
   *
   * @throws IllegalStateException when the app sent this user no address message (or only failed ones)
   * @throws IllegalArgumentException listing the saved address ids when {@code id} is not one of them
   */
  public UserMessage picksSavedAddress(String id) {
    return engine.addresses().picksSaved(waId, Objects.requireNonNull(id, "id"));
  }

  /** Reacts to a message with an emoji; an empty emoji removes the reaction. */
  public UserMessage reactsTo(String wamid, String emoji) {
    requireKnown(wamid);
    return send(obj("type", "reaction", "reaction", obj("message_id", wamid, "emoji", emoji)));
  }

  /** Sends an image; the bytes are stored so the app can retrieve and download them as media. */
  public UserMessage sendsImage(byte[] bytes, String mimeType, @Nullable String caption) {
    String[] media = engine.storeUserMedia(bytes, mimeType);
    return send(obj("type", "image", "image", obj("caption", caption, "mime_type", mimeType, "sha256", media[1],
        "id", media[0])));
  }

  /** Sends a document; the bytes are stored so the app can download them. */
  public UserMessage sendsDocument(byte[] bytes, String mimeType, String filename) {
    String[] media = engine.storeUserMedia(bytes, mimeType);
    return send(obj("type", "document", "document", obj("filename", filename, "mime_type", mimeType,
        "sha256", media[1], "id", media[0])));
  }

  /** Shares a location. */
  public UserMessage sendsLocation(double latitude, double longitude, @Nullable String name,
      @Nullable String address) {
    return send(obj("type", "location", "location", obj("latitude", latitude, "longitude", longitude,
        "name", name, "address", address)));
  }

  /**
   * Sends any webhook {@code messages[]} object, without {@code from}, {@code id} and {@code timestamp}, e.g.
   * {@code {"type":"text","text":{"body":"hi"}}}; the fake fills those in.
   */
  public UserMessage sendsRaw(String messageJson) {
    return send(Json.parseObject(messageJson));
  }

  /**
   * The user's next message comes from a Click-to-WhatsApp ad (it carries {@code referral}); a reply within
   * 24 h opens the 72 h free entry point window.
   */
  public FakeUser comesFromAd(Referral referral) {
    engine.userComesFrom(waId, Objects.requireNonNull(referral, "referral"));
    return this;
  }

  // ---------------------------------------------------------------- calls (signalling only)

  /** Answers the business's ringing call: ACCEPTED status and a {@code connect} webhook with the SDP answer. */
  public FakeUser answersCall(String callId) {
    engine.userAnswersCall(waId, callId);
    return this;
  }

  /** Declines the business's ringing call: REJECTED status and a {@code terminate} webhook. */
  public FakeUser declinesCall(String callId) {
    engine.userDeclinesCall(waId, callId);
    return this;
  }

  /** Ends a call (or cancels one still ringing): a {@code terminate} webhook. */
  public FakeUser hangsUp(String callId) {
    engine.userHangsUp(waId, callId);
    return this;
  }

  /**
   * Grants the business permission to call: an interactive {@code call_permission_reply} message
   * ({@code "response": "accept"}), temporary (7 days) or permanent.
   */
  public UserMessage grantsCallPermission(boolean permanent) {
    return engine.userRepliesToCallPermission(waId, true, permanent);
  }

  /** Declines (or revokes) the call permission: a {@code call_permission_reply} with {@code "response": "reject"}. */
  public UserMessage declinesCallPermission() {
    return engine.userRepliesToCallPermission(waId, false, false);
  }

  // ---------------------------------------------------------------- groups

  /**
   * Opens a group's invite link: joins (a {@code group_participants_update} webhook), or, when the group requires
   * approval, sends a join request.
   *
   * @return the join request id when approval is required, else null
   * @throws IllegalStateException when the user is in the group already, the group is full, or the business removed
   *     the user from it (Meta lets a removed participant no longer join through the invite link)
   */
  public @Nullable String joinsGroup(String groupId) {
    return engine.userJoinsGroup(waId, groupId);
  }

  /** Leaves a group: a {@code group_participants_update} webhook. */
  public FakeUser leavesGroup(String groupId) {
    engine.userLeavesGroup(waId, groupId);
    return this;
  }

  /**
   * Writes in a group: a {@code messages} webhook whose message carries {@code group_id}; the group's customer
   * service window opens.
   *
   * @return the message id
   */
  public String writesInGroup(String groupId, String text) {
    return String.valueOf(engine.userWritesInGroup(waId, groupId, text).get("id"));
  }

  // ---------------------------------------------------------------- payments

  /**
   * Pays the India payment gateway order the app sent this user with {@code order_details} and this
   * {@code reference_id}: the payment becomes {@code captured} with a successful UPI transaction, and Meta's
   * {@code statuses[]} webhook of {@code type: payment} (status {@code captured}) reaches the app.
   *
   * @throws IllegalStateException naming the reason when WhatsApp would not take the payment: an unknown order, an
   *     order sent to another user, a canceled, expired or already captured order, a configuration that is not
   *     {@code Active}, or an order WhatsApp does not report payments for (Brazil, payment links, UPI intent)
   */
  public FakeUser pays(String referenceId) {
    engine.payments().pays(waId, Objects.requireNonNull(referenceId, "referenceId"));
    return this;
  }

  /**
   * The user's attempt to pay the India payment gateway order {@code referenceId} fails: a failed transaction with
   * the gateway's {@code error.code} and {@code error.reason} (e.g. {@code BAD_REQUEST_ERROR}, {@code incorrect_pin}),
   * and a payment webhook with status {@code pending}. The order can still be paid, and no longer canceled.
   *
   * @throws IllegalStateException as {@link #pays(String)}
   */
  public FakeUser failsToPay(String referenceId, String errorCode, String reason) {
    engine.payments().failsToPay(waId, Objects.requireNonNull(referenceId, "referenceId"),
        Objects.requireNonNull(errorCode, "errorCode"), Objects.requireNonNull(reason, "reason"));
    return this;
  }

  /**
   * Confirms the one-click card payment of the Brazilian order {@code referenceId} (an {@code order_details} with
   * an {@code offsite_card_pay} setting): Meta's inbound {@code interactive} message of type
   * {@code payment_method} with the card's {@code last_four_digits} and {@code credential_id}. The business then
   * charges the card with its PSP and sends {@code order_status}.
   *
   * @throws IllegalStateException for an unknown order, another user's, a canceled, expired or captured order, or
   *     an order without an {@code offsite_card_pay} setting
   */
  public UserMessage confirmsCardPayment(String referenceId) {
    return engine.payments().confirmsCardPayment(waId, Objects.requireNonNull(referenceId, "referenceId"));
  }

  /** Reads a message the app sent: a {@code read} status webhook. */
  public FakeUser reads(String wamid) {
    engine.userReads(waId, wamid);
    return this;
  }

  /** Reads every sent or delivered message the app sent to this user. */
  public FakeUser readsAll() {
    engine.userReadsAll(waId);
    return this;
  }

  /**
   * Opens the chat with the business: returns the ice breakers the app set (conversational components), which the
   * user may tap with {@link #sends(String)}; the first time, with the welcome message on, Meta's
   * {@code request_welcome} message webhook reaches the app.
   */
  public List<String> opensChat() {
    return engine.userOpensChat(waId);
  }

  /**
   * Taps the body or call-to-action ({@code "body"} or {@code "cta"}) of marketing message {@code wamid}: Meta sends a
   * {@code user_actions} webhook for a message sent through the Marketing Messages API in the last 7 days, nothing
   * for others.
   *
   * @return whether Meta reported the click
   * @throws IllegalArgumentException when the app sent this user no message {@code wamid}
   */
  public boolean clicksMarketingMessage(String wamid, String clickComponent) {
    Objects.requireNonNull(wamid, "wamid");
    if (!clickComponent.equals("body") && !clickComponent.equals("cta")) {
      throw new IllegalArgumentException("clickComponent: must be \"body\" or \"cta\", was \"" + clickComponent + "\"");
    }
    return engine.userClicksMarketingMessage(waId, wamid, clickComponent);
  }

  /**
   * The user's current identity hash: in their messages' {@code contacts[].identity_key_hash} and the statuses'
   * {@code recipient_identity_key_hash} while the number's identity change check is on
   * ({@code POST /{phone-number-id}/settings} with {@code user_identity_change}).
   */
  public String identityKeyHash() {
    return engine.userIdentityKeyHash(waId);
  }

  /**
   * The user's identity changes (a new phone, or the number now belongs to someone else): they get a new identity
   * hash, and a message sent with the old one ({@code recipient_identity_key_hash}) fails with 137000.
   */
  public FakeUser changesIdentity() {
    engine.userChangesIdentity(waId);
    return this;
  }

  /** Blocks the business: later messages fail asynchronously with 131026. */
  public FakeUser blocks() {
    engine.userBlocks(waId, true);
    return this;
  }

  public FakeUser unblocks() {
    engine.userBlocks(waId, false);
    return this;
  }

  /** Stops marketing messages from the business: marketing templates then fail with 131050. */
  public FakeUser stopsMarketingMessages() {
    engine.userStopsMarketing(waId, true);
    return this;
  }

  public FakeUser resumesMarketingMessages() {
    engine.userStopsMarketing(waId, false);
    return this;
  }

  /**
   * The user calls the business (Calling API): Meta's {@code calls} webhook with {@code event: connect} and an SDP
   * offer. Like a message, the call opens the user's 24 h customer service window (and, when the number's
   * callback permission is on, grants a 7-day call permission). The app answers with
   * {@code calling().preAccept/accept/reject}; the user ends it with {@link FakeCall#hangsUp()}.
   */
  public FakeCall calls() {
    String callId = engine.userCalls(waId);
    return new FakeCall(engine, waId, callId, engine.now());
  }

  /**
   * The business sends {@code text} to this user from the WhatsApp Business app (coexistence): Meta's
   * {@code smb_message_echoes} webhook. Returns the echoed message's id.
   */
  public String receivesFromBusinessApp(String text) {
    return engine.businessAppSends(waId, Objects.requireNonNull(text, "text"));
  }

  /** Messages the app sent to this user, oldest first. */
  public List<SentMessage> receivedMessages() {
    return engine.sentMessages().stream().filter(m -> m.to().equals(waId)).toList();
  }

  /** The newest message the app sent to this user. */
  public SentMessage lastReceivedMessage() {
    List<SentMessage> received = receivedMessages();
    if (received.isEmpty()) {
      throw new IllegalStateException("the app sent nothing to " + waId);
    }
    return received.get(received.size() - 1);
  }

  private void requireKnown(String wamid) {
    if (!engine.knowsMessage(wamid)) {
      throw new IllegalArgumentException("unknown message id " + wamid);
    }
  }

  private UserMessage send(Map<String, Object> content) {
    return engine.userSends(waId, content);
  }

  @Override
  public String toString() {
    return "FakeUser[" + waId + "]";
  }
}
