package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Template groups against the requests and answers of Meta's "Template groups" page. */
class TemplateGroupsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private TemplateGroupsApi groups() {
    return graph.client().templates().templateGroups();
  }

  private static void assertJson(RecordedRequest request, String method, String path, String json) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    GraphServerExtension.assertHeaders(request);
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact(json));
  }

  @Test
  void createSendsMetasDocumentedExampleWithTheIdsAsIntegers() throws Exception {
    graph.enqueue(200, "{\"id\":\"9020555671393375\"}");

    String id = groups().create(new NewTemplateGroup("Black Friday 2024", "US-based Black Friday sale 2024 templates.",
        List.of("278077987957091", "1945418102598215", "1035843174854974")));

    assertThat(id).isEqualTo("9020555671393375");
    RecordedRequest request = graph.take();
    assertJson(request, "POST", "/v26.0/" + WABA_ID + "/template_groups", """
        {"name":"Black Friday 2024","description":"US-based Black Friday sale 2024 templates.",
         "whatsapp_business_templates":[278077987957091,1945418102598215,1035843174854974]}""");
    // Integers, not strings, and not doubles.
    assertThat(request.getBody().utf8())
        .contains("[278077987957091,1945418102598215,1035843174854974]").doesNotContain("\"278077987957091\"");
  }

  @Test
  void createWithoutDescriptionLeavesItOutAndIsNotRetried() throws Exception {
    graph.enqueue(200, "{\"id\":\"1\"}");
    assertThat(groups().createAsync(NewTemplateGroup.of("Launch", List.of("42"))).get(5, TimeUnit.SECONDS))
        .isEqualTo("1");
    assertJson(graph.take(), "POST", "/v26.0/" + WABA_ID + "/template_groups",
        "{\"name\":\"Launch\",\"whatsapp_business_templates\":[42]}");

    graph.enqueue(500, "{\"error\":{\"message\":\"An unknown error occurred\",\"code\":1,\"is_transient\":true}}");
    graph.enqueue(200, "{\"id\":\"2\"}");
    assertThatThrownBy(() -> groups().create(NewTemplateGroup.of("Launch", List.of("42"))))
        .isInstanceOf(WabaException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void createWithoutAnIdInTheAnswerIsAnUnknownOutcome() {
    graph.enqueue(200, "{}");
    assertThatThrownBy(() -> groups().create(NewTemplateGroup.of("Launch", List.of("42"))))
        .isInstanceOfSatisfying(WabaException.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
  }

  @Test
  void metasLimitsAreCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> NewTemplateGroup.of("x".repeat(257), List.of("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name: at most 256 characters, has 257");
    assertThat(NewTemplateGroup.of("x".repeat(256), List.of("1")).name()).hasSize(256);
    assertThatThrownBy(() -> NewTemplateGroup.of(" ", List.of("1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("name: a template group needs a name");
    assertThatThrownBy(() -> NewTemplateGroup.of("a", List.of("1")).withDescription("d".repeat(513)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("description: at most 512 characters, has 513");
    assertThatThrownBy(() -> NewTemplateGroup.of("a", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("templateIds: a template group needs at least one template");
    assertThatThrownBy(() -> NewTemplateGroup.of("a", List.of("1", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("templateIds: '1' is given twice");
    assertThatThrownBy(() -> NewTemplateGroup.of("a", List.of("order_update")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("templateIds: 'order_update' is not a template id (digits only)");
    assertThatThrownBy(() -> new TemplateGroupUpdate(null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must change");
    assertThatThrownBy(() -> groups().get("1/../2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templateGroupId");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void getReadsTheGroupAndItsTemplates() throws Exception {
    graph.enqueue(200, """
        {"name":"Black Friday 2024","description":"US-based Black Friday sale 2024 templates.",
         "creation_time":"2024-11-20T18:41:36+0000","update_time":1732128096,
         "whatsapp_business_account":{"id":"102290129340398"},
         "whatsapp_business_templates":{"data":[
           {"name":"black_friday_offer","id":"278077987957091"},{"id":"1945418102598215"}],
           "paging":{"cursors":{"before":"QVFI","after":"QVFJ"}}},
         "id":"9020555671393375"}""");

    TemplateGroup group = groups().get("9020555671393375");

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/9020555671393375");
    assertThat(group.id()).isEqualTo("9020555671393375");
    assertThat(group.name()).isEqualTo("Black Friday 2024");
    assertThat(group.description()).isEqualTo("US-based Black Friday sale 2024 templates.");
    assertThat(group.creationTime()).isEqualTo(Instant.parse("2024-11-20T18:41:36Z"));
    assertThat(group.updateTime()).isEqualTo(Instant.ofEpochSecond(1732128096));
    assertThat(group.templates()).containsExactly(
        new TemplateGroup.Member("278077987957091", "black_friday_offer"),
        new TemplateGroup.Member("1945418102598215", null));
    assertThat(group.templateIds()).containsExactly("278077987957091", "1945418102598215");
  }

  @Test
  void listPagesThroughTheAccountsGroups() throws Exception {
    graph.enqueue(200, """
        {"data":[{"id":"1","name":"Launch"}],
         "paging":{"cursors":{"after":"A1"},"next":"https://graph.facebook.com/next"}}""");
    graph.enqueue(200, "{\"data\":[{\"id\":\"2\",\"name\":\"Sale\",\"description\":\"d\"}],\"paging\":{}}");

    List<TemplateGroup> all = groups().list().stream().toList();

    assertThat(all).extracting(TemplateGroup::id).containsExactly("1", "2");
    assertThat(all.get(1).description()).isEqualTo("d");
    RecordedRequest first = graph.take();
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/template_groups");
    assertThat(first.getUrl().queryParameter("fields")).isEqualTo("id,name,description,creation_time,update_time");
    assertThat(first.getUrl().queryParameter("after")).isNull();
    assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("A1");
  }

  @Test
  void listPageAsyncReadsOnePage() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"id\":\"7\"}]}");
    Page<TemplateGroup> page = groups().listPageAsync("C").get(5, TimeUnit.SECONDS);
    assertThat(page.items()).extracting(TemplateGroup::id).containsExactly("7");
    assertThat(page.hasNext()).isFalse();
    assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("C");
  }

  @Test
  void updatePostsOnlyTheChangedFieldsToTheGroup() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    groups().update("9020555671393375", new TemplateGroupUpdate("Black Friday 2026", null, List.of("5", "6")));
    assertJson(graph.take(), "POST", "/v26.0/9020555671393375",
        "{\"name\":\"Black Friday 2026\",\"whatsapp_business_templates\":[5,6]}");

    graph.enqueue(200, "{\"success\":true}");
    groups().updateAsync("9020555671393375", TemplateGroupUpdate.description("New")).get(5, TimeUnit.SECONDS);
    assertJson(graph.take(), "POST", "/v26.0/9020555671393375", "{\"description\":\"New\"}");
  }

  @Test
  void deleteSendsADeleteToTheGroupAndSurfacesARefusal() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    groups().delete("9020555671393375");
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/9020555671393375");

    graph.enqueue(200, "{\"success\":false}");
    assertThatThrownBy(() -> groups().deleteAsync("9020555671393375").get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(WabaException.class);

    graph.enqueueError(400, 100, "Unsupported delete request");
    assertThatThrownBy(() -> groups().delete("9020555671393375"))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
  }

  @Test
  void accountCallsNeedTheBusinessAccountId() {
    WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId("1")
        .baseUrl(graph.server().url("/").toString()).build();
    assertThatThrownBy(() -> noWaba.templates().templateGroups().list())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("templateGroups().list");
    assertThatThrownBy(() -> noWaba.templates().templateGroups().create(NewTemplateGroup.of("a", List.of("1"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("businessAccountId");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
