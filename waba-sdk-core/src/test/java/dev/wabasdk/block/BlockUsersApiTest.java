package dev.wabasdk.block;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.paging.Page;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlockUsersApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void blocksAUserWithMetasDocumentedRequestAndReadsTheAddedUser() throws Exception {
    // given: the success answer of Meta's Block Users guide
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","block_users":{"added_users":[{"input":"+16505551234","wa_id":"16505551234"}]}}""");

    // when
    BlockResult result = graph.client().blockUsers().block(List.of("+16505551234"));

    // then
    assertThat(result.succeeded()).containsExactly(new BlockResult.User("+16505551234", "16505551234"));
    assertThat(result.allSucceeded()).isTrue();
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/block_users");
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getBody().utf8()).isEqualTo(compact("""
        {"messaging_product":"whatsapp","block_users":[{"user":"+16505551234"}]}"""));
  }

  @Test
  void aPartlyFailedBlockAnswers139100AndReturnsTheOutcomePerUser() throws Exception {
    // given: Meta's mixed success/failure answer, an HTTP 400 carrying both the lists and error 139100
    graph.enqueue(400, """
        {"messaging_product":"whatsapp","block_users":{
          "added_users":[{"input":"+16505551234","wa_id":"16505551234"}],
          "failed_users":[{"input":"+16505550000","wa_id":"16505550000","errors":[{"message":"Re-engagement required",
            "code":131047,"error_data":{"details":"User has not messaged in the last 24 hours"}}]},
            {"input":"+447700900123","errors":[{"message":"Invalid parameter","code":"131009"}]}]},
         "error":{"message":"(#139100) Failed to block/unblock users","type":"OAuthException","code":139100,
          "error_data":{"details":"Failed to block some users, see the block_users response list for details"},
          "fbtrace_id":"AbCd"}}""");

    // when
    BlockResult result = graph.client().blockUsers().blockAsync(List.of("+16505551234", "+16505550000", "+447700900123"))
        .get(5, TimeUnit.SECONDS);

    // then
    assertThat(result.succeeded()).containsExactly(new BlockResult.User("+16505551234", "16505551234"));
    assertThat(result.failed()).containsExactly(
        new BlockResult.Failure("+16505550000", "16505550000", 131047, "Re-engagement required",
            "User has not messaged in the last 24 hours"),
        new BlockResult.Failure("+447700900123", null, 131009, "Invalid parameter", null));
    assertThat(result.allSucceeded()).isFalse();
    assertThat(graph.server().getRequestCount()).as("139100 is not retried").isEqualTo(1);
  }

  @Test
  void aFullBlocklistIsAnErrorOfTheWholeRequest() {
    graph.enqueueError(400, 139101, "Blocklist limit reached");

    assertThatThrownBy(() -> graph.client().blockUsers().block(List.of("+16505551234")))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139101));
  }

  @Test
  void unblocksWithADeleteCarryingTheUsers() throws Exception {
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","block_users":{"removed_users":[{"input":"16505551234","wa_id":"16505551234"}]}}""");

    BlockResult result = graph.client().blockUsers().unblock(List.of("16505551234"));

    assertThat(result.succeeded()).containsExactly(new BlockResult.User("16505551234", "16505551234"));
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/block_users");
    assertThat(request.getBody().utf8()).isEqualTo(
        "{\"messaging_product\":\"whatsapp\",\"block_users\":[{\"user\":\"16505551234\"}]}");
  }

  @Test
  void listsBlockedUsersPageByPage() throws Exception {
    // given: Meta's example page (with a next link) and a last page
    graph.enqueue(200, """
        {"data":[{"messaging_product":"whatsapp","wa_id":"16505551234"}],
         "paging":{"cursors":{"after":"eyJvZAmZAzZAXQiOjAsInZAlcnNpb25JZACI6IjE3Mzc2Nzk2ODgzODM1ODQifQZDZD",
           "before":"eyJvZAmZAzZAXQiOjAsInZAlcnNpb25JZACI6IjE3Mzc2Nzk2ODgzODM1ODQifQZDZD"},"next":"https://graph"}}""");
    graph.enqueue(200, """
        {"data":[{"messaging_product":"whatsapp","wa_id":"16505550000"}],"paging":{"cursors":{"after":"x","before":"y"}}}""");

    // when
    List<String> blocked = graph.client().blockUsers().blockedUsers().stream().toList();

    // then
    assertThat(blocked).containsExactly("16505551234", "16505550000");
    assertThat(graph.take().getUrl().encodedQuery()).isNull();
    assertThat(graph.take().getUrl().queryParameter("after"))
        .isEqualTo("eyJvZAmZAzZAXQiOjAsInZAlcnNpb25JZACI6IjE3Mzc2Nzk2ODgzODM1ODQifQZDZD");
  }

  @Test
  void readsOnePageAsynchronously() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"messaging_product\":\"whatsapp\",\"wa_id\":\"16505551234\"}]}");

    Page<String> page = graph.client().blockUsers().blockedUsersPageAsync("abc").get(5, TimeUnit.SECONDS);

    assertThat(page.items()).containsExactly("16505551234");
    assertThat(page.hasNext()).isFalse();
    assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("abc");
  }

  @Test
  void badInputIsRefusedBeforeAnyRequest() {
    BlockUsersApi api = graph.client().blockUsers();

    assertThatThrownBy(() -> api.block(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block_users");
    assertThatThrownBy(() -> api.block(List.of("+16505551234", "16505551234")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block_users[1]")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> api.unblock(List.of("not a number")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("block_users[0]: not a phone number in E.164 or a wa_id: 'not a number'");
    assertThatThrownBy(() -> api.block(Arrays.asList("+16505551234", null)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("block_users[1]");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
