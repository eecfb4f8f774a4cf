package dev.wabasdk.group;

import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Groups API of the client's phone number. Obtain it from {@code WhatsApp.groups()}. Thread-safe.
 *
 * <p>Groups are invite-only: create one, then send its invite link to users; a {@code group_lifecycle_update}
 * webhook confirms the creation (with the group id), {@code group_participants_update} webhooks say who joined,
 * left or asks to join. Meta's limits: 8 participants per group, 10,000 groups per business number; the business
 * must be an Official Business Account.
 *
 * <pre>{@code
 * String requestId = whatsApp.groups().create(NewGroup.of("Order #1234 support"));
 * // group_lifecycle_update webhook -> groupId
 * String link = whatsApp.groups().inviteLink(groupId);
 * whatsApp.messages().send(Message.text(Recipient.group(groupId), "Welcome!"));
 * }</pre>
 */
public interface GroupsApi {
  /** Meta's limit on groups per business phone number. */
  int MAX_GROUPS = 10_000;
  /** Meta's limit on participants removed in one request. */
  int MAX_PARTICIPANTS_PER_REMOVAL = 8;

  /**
   * Asks Meta to create a group ({@code POST /{phone-number-id}/groups}). Creation finishes asynchronously: the
   * {@code group_lifecycle_update} webhook carries the group id and invite link, and this request id.
   *
   * @return Meta's {@code request_id}
   */
  String create(NewGroup group);

  /** The asynchronous twin of {@link #create}. */
  CompletableFuture<String> createAsync(NewGroup group);

  /** The group's invite link ({@code GET /{group-id}/invite_link}). */
  String inviteLink(String groupId);

  /** The asynchronous twin of {@link #inviteLink}. */
  CompletableFuture<String> inviteLinkAsync(String groupId);

  /** Revokes the invite link and returns the new one ({@code POST /{group-id}/invite_link}). */
  String resetInviteLink(String groupId);

  /** The asynchronous twin of {@link #resetInviteLink}. */
  CompletableFuture<String> resetInviteLinkAsync(String groupId);

  /** Every active group of the number ({@code GET /{phone-number-id}/groups}, all pages). */
  List<GroupSummary> list();

  /** The asynchronous twin of {@link #list()}. */
  CompletableFuture<List<GroupSummary>> listAsync();

  /**
   * Every active group, read lazily: {@code limit} groups per request ({@code GET /{phone-number-id}/groups?limit=}),
   * the next page requested when iteration reaches it.
   *
   * @param limit groups per page, {@value GroupPageRequest#MIN_LIMIT} to {@value GroupPageRequest#MAX_LIMIT}
   * @throws IllegalArgumentException when {@code limit} is out of Meta's range; nothing is sent
   */
  Paged<GroupSummary> listPaged(int limit);

  /**
   * One page of active groups: Meta's {@code limit}, {@code after} and {@code before}. The page's
   * {@link Page#after()} and {@link Page#before()} are the cursors of the pages next to it.
   */
  Page<GroupSummary> listPage(GroupPageRequest request);

  /** The asynchronous twin of {@link #listPage}. */
  CompletableFuture<Page<GroupSummary>> listPageAsync(GroupPageRequest request);

  /** A group's subject, description, settings and participants ({@code GET /{group-id}}). */
  GroupInfo info(String groupId);

  /** The asynchronous twin of {@link #info}. */
  CompletableFuture<GroupInfo> infoAsync(String groupId);

  /** Changes the group's subject, description or photo ({@code POST /{group-id}}). */
  void update(String groupId, GroupUpdate update);

  /** The asynchronous twin of {@link #update}. */
  CompletableFuture<Void> updateAsync(String groupId, GroupUpdate update);

  /**
   * Removes participants ({@code DELETE /{group-id}/participants}), at most {@value #MAX_PARTICIPANTS_PER_REMOVAL}
   * at a time. A removed participant can no longer join through the invite link.
   *
   * @param users the participants' phone numbers ({@code +16505551234} or {@code wa_id}s) or business-scoped user
   *     ids ({@code US.13491208655302741918}), each checked before the call
   */
  void removeParticipants(String groupId, List<String> users);

  /** The asynchronous twin of {@link #removeParticipants}. */
  CompletableFuture<Void> removeParticipantsAsync(String groupId, List<String> users);

  /** The open join requests ({@code GET /{group-id}/join_requests}, all pages). */
  List<JoinRequest> joinRequests(String groupId);

  /** The asynchronous twin of {@link #joinRequests}. */
  CompletableFuture<List<JoinRequest>> joinRequestsAsync(String groupId);

  /** Approves join requests ({@code POST /{group-id}/join_requests}); the users join the group. */
  JoinRequestResult approveJoinRequests(String groupId, List<String> joinRequestIds);

  /** The asynchronous twin of {@link #approveJoinRequests}. */
  CompletableFuture<JoinRequestResult> approveJoinRequestsAsync(String groupId, List<String> joinRequestIds);

  /** Rejects join requests ({@code DELETE /{group-id}/join_requests}). */
  JoinRequestResult rejectJoinRequests(String groupId, List<String> joinRequestIds);

  /** The asynchronous twin of {@link #rejectJoinRequests}. */
  CompletableFuture<JoinRequestResult> rejectJoinRequestsAsync(String groupId, List<String> joinRequestIds);

  /** Deletes the group and removes every participant ({@code DELETE /{group-id}}). */
  void delete(String groupId);

  /** The asynchronous twin of {@link #delete}. */
  CompletableFuture<Void> deleteAsync(String groupId);
}
