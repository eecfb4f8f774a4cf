package dev.wabasdk.internal;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.group.GroupInfo;
import dev.wabasdk.group.GroupPageRequest;
import dev.wabasdk.group.GroupSummary;
import dev.wabasdk.group.GroupUpdate;
import dev.wabasdk.group.GroupsApi;
import dev.wabasdk.group.JoinApprovalMode;
import dev.wabasdk.group.JoinRequest;
import dev.wabasdk.group.JoinRequestResult;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link GroupsApi}. Thread-safe. */
final class RealGroupsApi implements GroupsApi {
  static final String INFO_FIELDS =
      "subject,description,participants,join_approval_mode,total_participant_count,suspended,creation_timestamp";
  private static final MediaType JPEG = MediaType.get("image/jpeg");

  private final GraphClient graph;
  private final String phoneNumberId;

  RealGroupsApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.phoneNumberId = phoneNumberId;
  }

  @Override
  public String create(NewGroup group) {
    return graph.execute(createCall(group), RealGroupsApi::parseRequestId);
  }

  @Override
  public CompletableFuture<String> createAsync(NewGroup group) {
    return graph.executeAsync(createCall(group), RealGroupsApi::parseRequestId);
  }

  private GraphCall createCall(NewGroup group) {
    Objects.requireNonNull(group, "group");
    Map<String, Object> body = product();
    body.put("subject", group.subject());
    if (group.description() != null) {
      body.put("description", group.description());
    }
    if (group.joinApprovalMode() != null) {
      body.put("join_approval_mode", group.joinApprovalMode().value());
    }
    // Repeating a create after an unknown outcome could make a second group.
    return GraphCall.post(graph.url(phoneNumberId, "groups"), body, false);
  }

  @Override
  public String inviteLink(String groupId) {
    return graph.execute(GraphCall.get(url(groupId, "invite_link")), RealGroupsApi::parseInviteLink);
  }

  @Override
  public CompletableFuture<String> inviteLinkAsync(String groupId) {
    return graph.executeAsync(GraphCall.get(url(groupId, "invite_link")), RealGroupsApi::parseInviteLink);
  }

  @Override
  public String resetInviteLink(String groupId) {
    return graph.execute(resetCall(groupId), RealGroupsApi::parseInviteLink);
  }

  @Override
  public CompletableFuture<String> resetInviteLinkAsync(String groupId) {
    return graph.executeAsync(resetCall(groupId), RealGroupsApi::parseInviteLink);
  }

  private GraphCall resetCall(String groupId) {
    // A second reset only revokes the link the first made: harmless.
    return GraphCall.post(url(groupId, "invite_link"), product(), true);
  }

  @Override
  public List<GroupSummary> list() {
    List<GroupSummary> all = new ArrayList<>();
    String after = null;
    do {
      Page<GroupSummary> page = graph.execute(GraphCall.get(listUrl(after)), RealGroupsApi::parseGroups);
      all.addAll(page.items());
      after = next(after, page);
    } while (after != null);
    return List.copyOf(all);
  }

  @Override
  public CompletableFuture<List<GroupSummary>> listAsync() {
    return pages(after -> graph.executeAsync(GraphCall.get(listUrl(after)), RealGroupsApi::parseGroups), null,
        new ArrayList<>());
  }

  private HttpUrl listUrl(@Nullable String after) {
    return listUrl(new GroupPageRequest(null, after, null));
  }

  @Override
  public Paged<GroupSummary> listPaged(int limit) {
    GroupPageRequest first = GroupPageRequest.first(limit); // checks the limit now, before any request
    return Paged.of(after -> listPage(after == null ? first : GroupPageRequest.after(after).withLimit(limit)));
  }

  @Override
  public Page<GroupSummary> listPage(GroupPageRequest request) {
    return graph.execute(GraphCall.get(listUrl(request)), RealGroupsApi::parseGroups);
  }

  @Override
  public CompletableFuture<Page<GroupSummary>> listPageAsync(GroupPageRequest request) {
    return graph.executeAsync(GraphCall.get(listUrl(request)), RealGroupsApi::parseGroups);
  }

  private HttpUrl listUrl(GroupPageRequest request) {
    Objects.requireNonNull(request, "request");
    HttpUrl.Builder b = graph.urlBuilder().addPathSegment(phoneNumberId).addPathSegment("groups");
    if (request.limit() != null) {
      b.addQueryParameter("limit", request.limit().toString());
    }
    if (request.after() != null) {
      b.addQueryParameter("after", request.after());
    }
    if (request.before() != null) {
      b.addQueryParameter("before", request.before());
    }
    return b.build();
  }

  @Override
  public GroupInfo info(String groupId) {
    return graph.execute(GraphCall.get(infoUrl(groupId)), r -> parseInfo(groupId, r));
  }

  @Override
  public CompletableFuture<GroupInfo> infoAsync(String groupId) {
    return graph.executeAsync(GraphCall.get(infoUrl(groupId)), r -> parseInfo(groupId, r));
  }

  private HttpUrl infoUrl(String groupId) {
    return graph.urlBuilder().addPathSegment(id(groupId)).addQueryParameter("fields", INFO_FIELDS).build();
  }

  @Override
  public void update(String groupId, GroupUpdate update) {
    graph.execute(updateCall(groupId, update), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateAsync(String groupId, GroupUpdate update) {
    return graph.executeAsync(updateCall(groupId, update), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(String groupId, GroupUpdate update) {
    Objects.requireNonNull(update, "update");
    HttpUrl url = url(groupId);
    byte[] photo = update.photoJpeg();
    if (photo == null) {
      Map<String, Object> body = product();
      if (update.subject() != null) {
        body.put("subject", update.subject());
      }
      if (update.description() != null) {
        body.put("description", update.description());
      }
      return GraphCall.post(url, body, true);
    }
    // The photo is a file upload, as Meta's Upload Media endpoint takes one (part "file"), so the whole update goes
    // as multipart form data.
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("messaging_product", "whatsapp");
    if (update.subject() != null) {
      form.addFormDataPart("subject", update.subject());
    }
    if (update.description() != null) {
      form.addFormDataPart("description", update.description());
    }
    form.addFormDataPart("file", "group.jpg", RequestBody.create(photo, JPEG));
    return GraphCall.post(url, form.build(), true);
  }

  @Override
  public void removeParticipants(String groupId, List<String> waIds) {
    graph.execute(removeCall(groupId, waIds), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> removeParticipantsAsync(String groupId, List<String> waIds) {
    return graph.executeAsync(removeCall(groupId, waIds), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall removeCall(String groupId, List<String> waIds) {
    Objects.requireNonNull(waIds, "participants");
    if (waIds.isEmpty() || waIds.size() > MAX_PARTICIPANTS_PER_REMOVAL) {
      throw new IllegalArgumentException("participants: must name 1 to " + MAX_PARTICIPANTS_PER_REMOVAL
          + " participants, named " + waIds.size());
    }
    List<Object> participants = new ArrayList<>();
    for (int i = 0; i < waIds.size(); i++) {
      participants.add(Map.of("user", participant(i, waIds.get(i))));
    }
    Map<String, Object> body = product();
    body.put("participants", participants);
    return GraphCall.delete(url(groupId, "participants"), body);
  }

  /**
   * A participant to remove as Meta takes it ("a user's phone number or BSUID"): a BSUID as it is, checked as
   * {@link Recipient#userId} checks one (it starts with its two-letter country, which no phone number does), else
   * the digits of a phone number, checked as {@link Recipient#phoneNumber} checks one.
   */
  private static String participant(int index, @Nullable String user) {
    String field = "participants[" + index + "].user";
    Objects.requireNonNull(user, field);
    try {
      return !user.isEmpty() && Character.isLetter(user.charAt(0))
          ? new Recipient.UserId(user).value() : Recipient.phoneNumber(user).waId();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": must be a phone number or a business-scoped user id (BSUID), was '"
          + user + "' (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public List<JoinRequest> joinRequests(String groupId) {
    List<JoinRequest> all = new ArrayList<>();
    String after = null;
    do {
      Page<JoinRequest> page =
          graph.execute(GraphCall.get(joinRequestsUrl(groupId, after)), RealGroupsApi::parseJoinRequests);
      all.addAll(page.items());
      after = next(after, page);
    } while (after != null);
    return List.copyOf(all);
  }

  @Override
  public CompletableFuture<List<JoinRequest>> joinRequestsAsync(String groupId) {
    id(groupId);
    return pages(after -> graph.executeAsync(GraphCall.get(joinRequestsUrl(groupId, after)),
        RealGroupsApi::parseJoinRequests), null, new ArrayList<>());
  }

  private HttpUrl joinRequestsUrl(String groupId, @Nullable String after) {
    HttpUrl.Builder b = url(groupId, "join_requests").newBuilder();
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  @Override
  public JoinRequestResult approveJoinRequests(String groupId, List<String> joinRequestIds) {
    return graph.execute(joinCall(groupId, joinRequestIds, true), r -> parseJoinResult(r, "approved_join_requests"));
  }

  @Override
  public CompletableFuture<JoinRequestResult> approveJoinRequestsAsync(String groupId, List<String> joinRequestIds) {
    return graph.executeAsync(joinCall(groupId, joinRequestIds, true),
        r -> parseJoinResult(r, "approved_join_requests"));
  }

  @Override
  public JoinRequestResult rejectJoinRequests(String groupId, List<String> joinRequestIds) {
    return graph.execute(joinCall(groupId, joinRequestIds, false), r -> parseJoinResult(r, "rejected_join_requests"));
  }

  @Override
  public CompletableFuture<JoinRequestResult> rejectJoinRequestsAsync(String groupId, List<String> joinRequestIds) {
    return graph.executeAsync(joinCall(groupId, joinRequestIds, false),
        r -> parseJoinResult(r, "rejected_join_requests"));
  }

  private GraphCall joinCall(String groupId, List<String> joinRequestIds, boolean approve) {
    Objects.requireNonNull(joinRequestIds, "join_requests");
    if (joinRequestIds.isEmpty()) {
      throw new IllegalArgumentException("join_requests: must name at least one join request, named none");
    }
    List<Object> ids = new ArrayList<>();
    for (String id : joinRequestIds) {
      ids.add(GraphIds.check("join_requests", id));
    }
    Map<String, Object> body = product();
    body.put("join_requests", ids);
    HttpUrl url = url(groupId, "join_requests");
    // Approving or rejecting a request twice leaves it decided: safe to retry.
    return approve ? GraphCall.post(url, body, true) : GraphCall.delete(url, body);
  }

  @Override
  public void delete(String groupId) {
    graph.execute(GraphCall.delete(url(groupId)), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String groupId) {
    return graph.executeAsync(GraphCall.delete(url(groupId)), ResponseHandler.success()).thenApply(ok -> null);
  }

  private <T> CompletableFuture<List<T>> pages(
      Function<@Nullable String, CompletableFuture<Page<T>>> fetch, @Nullable String after, List<T> acc) {
    return fetch.apply(after).thenCompose(page -> {
      acc.addAll(page.items());
      String next = next(after, page);
      return next == null ? CompletableFuture.completedFuture(List.copyOf(acc)) : pages(fetch, next, acc);
    });
  }

  private static @Nullable String next(@Nullable String after, Page<?> page) {
    return page.items().isEmpty() || Objects.equals(after, page.after()) ? null : page.after();
  }

  private HttpUrl url(String groupId, String... more) {
    String[] segments = new String[more.length + 1];
    segments[0] = id(groupId);
    System.arraycopy(more, 0, segments, 1, more.length);
    return graph.url(segments);
  }

  private static String id(String groupId) {
    Objects.requireNonNull(groupId, "groupId");
    return new Recipient.Group(groupId).value();
  }

  private static Map<String, Object> product() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    return body;
  }

  // An answer the SDK cannot read throws Json.MalformedJsonException naming the path: GraphClient reports it as an
  // unreadable answer (never retried), not as a network failure (which a GET would repeat, and a create might).

  private static String parseRequestId(Response response) throws IOException {
    JsonObject root = root(response);
    return required(root.string("request_id"), root.pathOf("request_id"));
  }

  private static String parseInviteLink(Response response) throws IOException {
    JsonObject root = root(response);
    return required(root.string("invite_link"), root.pathOf("invite_link"));
  }

  @SuppressWarnings("unchecked")
  private static Page<GroupSummary> parseGroups(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<GroupSummary> groups = new ArrayList<>();
    // Meta nests the list: {"data": {"groups": [...]}, "paging": {...}}.
    for (Object o : Json.list(Json.object(root, "data"), "groups")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> g = (Map<String, Object>) m;
        String id = Json.string(g, "id");
        if (id != null) {
          groups.add(new GroupSummary(id, Json.string(g, "subject"), epoch(Json.longValue(g, "created_at"))));
        }
      }
    }
    // Graph sends paging.next only when a page follows, paging.previous only when one precedes.
    Map<String, Object> paging = Json.object(root, "paging");
    Map<String, Object> cursors = Json.object(paging, "cursors");
    String after = Json.string(paging, "next") == null ? null : Json.string(cursors, "after");
    String before = Json.string(paging, "previous") == null ? null : Json.string(cursors, "before");
    return new Page<>(groups, after, before);
  }

  private static GroupInfo parseInfo(String groupId, Response response) throws IOException {
    JsonObject g = root(response);
    List<WhatsAppUser> participants = new ArrayList<>();
    for (JsonObject p : g.objects("participants")) {
      participants.add(user(p));
    }
    String mode = g.string("join_approval_mode");
    String id = g.string("id");
    return new GroupInfo(id == null ? groupId : id, g.string("subject"), g.string("description"),
        mode == null ? null : JoinApprovalMode.of(mode), g.bool("suspended"),
        g.epochSecondsOrNull("creation_timestamp"),
        g.get("total_participant_count") == null ? participants.size() : g.intOrZero("total_participant_count"),
        participants);
  }

  /** A page of {@code {"data": [join request], "paging": {...}}}. */
  private static Page<JoinRequest> parseJoinRequests(Response response) throws IOException {
    JsonObject root = root(response);
    List<JoinRequest> requests = new ArrayList<>();
    for (JsonObject r : root.objects("data")) {
      requests.add(new JoinRequest(required(r.string("join_request_id"), r.pathOf("join_request_id")), user(r),
          r.epochSecondsOrNull("creation_timestamp")));
    }
    JsonObject paging = root.object("paging");
    JsonObject cursors = paging == null ? null : paging.object("cursors");
    // Graph omits paging.next on the last page even when it still sends cursors.
    String after = paging == null || paging.string("next") == null || cursors == null ? null : cursors.string("after");
    return new Page<>(requests, after);
  }

  /**
   * The user an item names: {@code wa_id} (omitted since 2026 for users with a username), {@code user_id} (BSUID),
   * {@code parent_user_id}, {@code username}.
   */
  private static WhatsAppUser user(JsonObject item) {
    String waId = item.string("wa_id");
    String userId = item.string("user_id");
    if (waId == null && userId == null) {
      throw new Json.MalformedJsonException(item.path(), "names no user (neither wa_id nor user_id)");
    }
    return new WhatsAppUser(waId, userId, item.string("parent_user_id"), item.string("username"));
  }

  @SuppressWarnings("unchecked")
  private static JoinRequestResult parseJoinResult(Response response, String succeededKey) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<String> succeeded = new ArrayList<>();
    for (Object o : Json.list(root, succeededKey)) {
      if (o != null) {
        succeeded.add(o.toString());
      }
    }
    List<JoinRequestResult.Failure> failed = new ArrayList<>();
    for (Object o : Json.list(root, "failed_join_requests")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> f = (Map<String, Object>) m;
        Map<String, Object> error = Json.firstObject(f, "errors");
        Long code = Json.longValue(error, "code");
        String message = Json.string(error, "message");
        if (message == null) {
          message = Objects.requireNonNullElse(Json.string(error, "title"), "");
        }
        failed.add(new JoinRequestResult.Failure(
            Objects.requireNonNullElse(Json.string(f, "join_request_id"), ""),
            code == null ? 0 : code.intValue(), message));
      }
    }
    return new JoinRequestResult(succeeded, failed);
  }

  @SuppressWarnings("unchecked")
  private static JsonObject root(Response response) throws IOException {
    Object tree = Json.parse(response.body().string());
    if (!(tree instanceof Map<?, ?> map)) {
      throw new Json.MalformedJsonException("$", "expected a JSON object");
    }
    return JsonObject.root((Map<String, @Nullable Object>) map);
  }

  private static String required(@Nullable String value, String path) {
    if (value == null) {
      throw new Json.MalformedJsonException(path, "is required but missing");
    }
    return value;
  }

  private static @Nullable Instant epoch(@Nullable Long seconds) {
    return seconds == null ? null : Instant.ofEpochSecond(seconds);
  }
}
