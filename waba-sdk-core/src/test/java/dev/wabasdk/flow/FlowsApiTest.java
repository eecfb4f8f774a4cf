package dev.wabasdk.flow;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.health.CanSendMessage;
import dev.wabasdk.health.HealthStatus;
import dev.wabasdk.paging.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Flows API on the wire, against the requests and answers in Meta's Flows API reference. */
class FlowsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String FLOW = "1234567890";

  /** The flow_json of Meta's "Create a Flow" example. */
  private static final String HELLO_JSON = "{\"version\":\"5.0\",\"screens\":[{\"id\":\"WELCOME_SCREEN\","
      + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[{\"type\":\"TextHeading\",\"text\":"
      + "\"Hello World\"},{\"type\":\"Footer\",\"label\":\"Complete\",\"on-click-action\":{\"name\":"
      + "\"complete\",\"payload\":{}}}]},\"title\":\"Welcome\",\"terminal\":true,\"success\":true,"
      + "\"data\":{}}]}";
  private static final FlowJson HELLO = FlowJson.parse(HELLO_JSON);

  /** A Java string as a JSON string literal. */
  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static final String VALIDATION_ERRORS = """
      "validation_errors":[{"error":"INVALID_PROPERTY_VALUE","error_type":"FLOW_JSON_ERROR",
       "message":"Invalid value found for property 'type'.","line_start":10,"line_end":10,"column_start":21,
       "column_end":34,"pointers":[{"line_start":10,"line_end":10,"column_start":21,"column_end":34,
       "path":"screens[0].layout.children[0].type"}]}]""";

  private static final FlowValidationError INVALID_TYPE = new FlowValidationError("INVALID_PROPERTY_VALUE",
      "FLOW_JSON_ERROR", "Invalid value found for property 'type'.", 10, 10, 21, 34,
      List.of(new FlowValidationError.Pointer(10, 10, 21, 34, "screens[0].layout.children[0].type")));

  private static String target(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getMethod() + " " + request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  private static String body(RecordedRequest request) {
    return request.getBody().utf8();
  }

  @Test
  void createsAPublishedFlowWithItsFlowJsonAsMetaDocumentsIt() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + FLOW + "\",\"success\":true,\"validation_errors\":[]}");

    CreatedFlow created = graph.client().flows()
        .create(NewFlow.of("My first flow", FlowCategory.OTHER).withFlowJson(HELLO).published());

    assertThat(created).isEqualTo(new CreatedFlow(FLOW, List.of()));
    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + WABA_ID + "/flows");
    GraphServerExtension.assertHeaders(request);
    // Meta's documented request: flow_json is the Flow JSON document as a string.
    assertThat(body(request)).isEqualTo("{\"name\":\"My first flow\",\"categories\":[\"OTHER\"],\"flow_json\":"
        + quoted(HELLO.toJson()) + ",\"publish\":true}");
    assertThat(FlowJson.parse(HELLO.toJson())).isEqualTo(HELLO);
  }

  @Test
  void createsADraftCloneWithAnEndpointAndReadsTheValidationErrors() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + FLOW + "\",\"success\":true," + VALIDATION_ERRORS + "}");

    CreatedFlow created = graph.client().flows().createAsync(
        NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING, FlowCategory.CUSTOMER_SUPPORT)
            .withCloneFlowId("777").withEndpointUri("https://example.com/flows"))
        .get(5, TimeUnit.SECONDS);

    assertThat(created.validationErrors()).containsExactly(INVALID_TYPE);
    assertThat(body(graph.take())).isEqualTo("""
        {"name":"booking","categories":["APPOINTMENT_BOOKING","CUSTOMER_SUPPORT"],"clone_flow_id":"777",\
        "endpoint_uri":"https://example.com/flows"}""");
  }

  @Test
  void badFlowsAreRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> NewFlow.of("booking"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("categories: must name at least one category, named none");
    assertThatThrownBy(() -> NewFlow.of(" ", FlowCategory.OTHER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name: must be 1 to 200 characters");
    assertThatThrownBy(() -> NewFlow.of("b", FlowCategory.OTHER).published())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("publish: needs flow_json, which is not set");
    assertThatThrownBy(() -> NewFlow.of("b", FlowCategory.OTHER).withEndpointUri("http://example.com/flows"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpoint_uri: must be an https URL, was \"http://example.com/flows\"");
    assertThatThrownBy(() -> graph.client().flows().update(FLOW, FlowMetadata.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metadata: must change at least one");
    assertThatThrownBy(() -> graph.client().flows().setBusinessPublicKey("MIIBIjANBgkq"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("business_public_key: must be a PEM");
    assertThatThrownBy(() -> graph.client().flows().metric(FLOW, FlowMetric.Name.ENDPOINT_REQUEST_COUNT,
        FlowMetric.Granularity.DAY, LocalDate.of(2024, 1, 30), LocalDate.of(2024, 1, 28)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("until: must not be before since (2024-01-30), was 2024-01-28");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void accountCallsNeedTheWabaId() {
    try (WhatsApp noWaba = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId(PHONE_NUMBER_ID)
        .baseUrl(graph.server().url("/").toString()).build()) {
      assertThatThrownBy(() -> noWaba.flows().create(NewFlow.of("b", FlowCategory.OTHER)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("businessAccountId is required");
    }
  }

  @Test
  void updatesOnlyTheMetadataGiven() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().flows().updateAsync(FLOW, FlowMetadata.none().withName("booking v2")
        .withCategories(FlowCategory.APPOINTMENT_BOOKING).withEndpointUri("https://example.com/v2"))
        .get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + FLOW);
    assertThat(body(request)).isEqualTo("""
        {"name":"booking v2","categories":["APPOINTMENT_BOOKING"],"endpoint_uri":"https://example.com/v2"}""");
  }

  @Test
  void uploadsFlowJsonAsTheDocumentedMultipartAssetAndTypesMetasValidationErrors() throws Exception {
    graph.enqueue(200, "{\"success\":true," + VALIDATION_ERRORS + "}");

    List<FlowValidationError> errors = graph.client().flows().uploadFlowJson(FLOW, HELLO);

    assertThat(errors).containsExactly(INVALID_TYPE);
    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + FLOW + "/assets");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    String form = body(request);
    assertThat(form).contains("Content-Disposition: form-data; name=\"name\"\r\n\r\nflow.json\r\n")
        .contains("Content-Disposition: form-data; name=\"asset_type\"\r\n\r\nFLOW_JSON\r\n")
        .contains("Content-Disposition: form-data; name=\"file\"; filename=\"flow.json\"\r\n"
            + "Content-Type: application/json; charset=utf-8\r\n\r\n" + HELLO.toJson() + "\r\n")
        .endsWith("--\r\n");
  }

  @Test
  void aValidUploadHasNoErrors() throws Exception {
    graph.enqueue(200, "{\"success\":true,\"validation_errors\":[]}");
    assertThat(graph.client().flows().uploadFlowJsonAsync(FLOW, "{\"version\":\"5.0\",\"screens\":[]}")
        .get(5, TimeUnit.SECONDS)).isEmpty();
  }

  @Test
  void publishesDeprecatesAndDeletes() throws Exception {
    for (int i = 0; i < 4; i++) {
      graph.enqueue(200, "{\"success\":true}");
    }

    graph.client().flows().publish(FLOW);
    graph.client().flows().deprecateAsync(FLOW).get(5, TimeUnit.SECONDS);
    graph.client().flows().delete(FLOW);
    graph.client().flows().publishAsync(FLOW).get(5, TimeUnit.SECONDS);

    RecordedRequest publish = graph.take();
    assertThat(target(publish)).isEqualTo("POST /v26.0/" + FLOW + "/publish");
    assertThat(body(publish)).isEqualTo("{}");
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + FLOW + "/deprecate");
    assertThat(target(graph.take())).isEqualTo("DELETE /v26.0/" + FLOW);
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + FLOW + "/publish");
  }

  @Test
  void aRefusedPublishIsMetasError() {
    graph.enqueueError(400, 139001, "Flow can't be published");
    assertThatThrownBy(() -> graph.client().flows().publish(FLOW)).isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139001));
  }

  @Test
  void listsFlowsPageByPage() throws Exception {
    graph.enqueue(200, """
        {"data":[{"id":"flow-1","name":"flow 1","status":"DRAFT","categories":["CONTACT_US"],"validation_errors":[]},
         {"id":"flow-2","name":"flow 2","status":"PUBLISHED","categories":["SIGN_UP","NEW_ONE"],
          "validation_errors":[]}],
         "paging":{"cursors":{"before":"QVFIUkl","after":"QVFIUnp"},
          "next":"https://graph.facebook.com/v26.0/x/flows?after=QVFIUnp"}}""");
    graph.enqueue(200, """
        {"data":[{"id":"flow-3","name":"flow 3","status":"DEPRECATED","categories":["OTHER"],
          "validation_errors":[]}],"paging":{"cursors":{"before":"QVFIUnp","after":"QVFIUnp"}}}""");

    List<Flow> flows = graph.client().flows().list().stream().toList();

    assertThat(flows).extracting(Flow::id).containsExactly("flow-1", "flow-2", "flow-3");
    assertThat(flows).extracting(Flow::status)
        .containsExactly(FlowStatus.DRAFT, FlowStatus.PUBLISHED, FlowStatus.DEPRECATED);
    assertThat(flows.get(1).categories()).containsExactly(FlowCategory.SIGN_UP, FlowCategory.of("NEW_ONE"));
    assertThat(flows.get(1).categories().get(1).isKnown()).isFalse();
    assertThat(flows.get(0).healthStatus()).isNull();
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + WABA_ID + "/flows");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + WABA_ID + "/flows?after=QVFIUnp");

    graph.enqueue(200, "{\"data\":[],\"paging\":{\"cursors\":{}}}");
    Page<Flow> empty = graph.client().flows().listPageAsync("QVFIUnp").get(5, TimeUnit.SECONDS);
    assertThat(empty.items()).isEmpty();
    assertThat(empty.hasNext()).isFalse();
  }

  @Test
  void getsEveryFieldOfAFlowFromMetasExample() throws Exception {
    graph.enqueue(200, """
        {"id":"%s","name":"My flow","status":"DRAFT","categories":["LEAD_GENERATION"],"validation_errors":[],
         "json_version":"5.0","data_api_version":"3.0","endpoint_uri":"https://example.com",
         "preview":{"preview_url":"https://business.facebook.com/wa/manage/flows/55000/preview/?token=b9d6",
          "expires_at":"2025-06-12T12:10:24+0000"},
         "whatsapp_business_account":{"id":"%s","name":"Acme","currency":"USD"},
         "application":{"link":"https://www.facebook.com/games/?app_id=123","name":"Acme app","id":"123"},
         "health_status":{"can_send_message":"BLOCKED","entities":[
          {"entity_type":"FLOW","id":"%s","can_send_message":"BLOCKED","errors":[
           {"error_code":131000,"error_description":"endpoint_uri: You need to set the endpoint URI before you can send or publish a flow.",
            "possible_solution":"https://developers.facebook.com/docs/whatsapp/flows/reference/flowjson#top-level-flow-json-properties"}]},
          {"entity_type":"WABA","id":"%s","can_send_message":"AVAILABLE"},
          {"entity_type":"BUSINESS","id":"555","can_send_message":"AVAILABLE"},
          {"entity_type":"APP","id":"123","can_send_message":"LIMITED",
           "additional_info":["Your app is not subscribed to the flows webhooks."]}]}}"""
        .formatted(FLOW, WABA_ID, FLOW, WABA_ID));

    Flow flow = graph.client().flows().get(FLOW);

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("GET /v26.0/" + FLOW + "?fields=id,name,status,categories,"
        + "validation_errors,json_version,data_api_version,endpoint_uri,preview,whatsapp_business_account,"
        + "application,health_status");
    assertThat(flow.name()).isEqualTo("My flow");
    assertThat(flow.status()).isSameAs(FlowStatus.DRAFT);
    assertThat(flow.categories()).containsExactly(FlowCategory.LEAD_GENERATION);
    assertThat(flow.jsonVersion()).isEqualTo("5.0");
    assertThat(flow.dataApiVersion()).isEqualTo("3.0");
    assertThat(flow.endpointUri()).isEqualTo("https://example.com");
    assertThat(flow.preview()).isEqualTo(new FlowPreview(
        "https://business.facebook.com/wa/manage/flows/55000/preview/?token=b9d6",
        Instant.parse("2025-06-12T12:10:24Z")));
    assertThat(flow.whatsappBusinessAccountId()).isEqualTo(WABA_ID);
    assertThat(flow.application())
        .isEqualTo(new Flow.Application("123", "Acme app", "https://www.facebook.com/games/?app_id=123"));
    HealthStatus health = flow.healthStatus();
    assertThat(health).isNotNull();
    assertThat(health.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(health.entities()).extracting(HealthStatus.Entity::entityType).containsExactly(
        HealthStatus.EntityType.FLOW, HealthStatus.EntityType.WABA, HealthStatus.EntityType.BUSINESS,
        HealthStatus.EntityType.APP);
    assertThat(health.entities().get(0).errors()).containsExactly(new HealthStatus.Error(131000,
        "endpoint_uri: You need to set the endpoint URI before you can send or publish a flow.",
        "https://developers.facebook.com/docs/whatsapp/flows/reference/flowjson#top-level-flow-json-properties"));
    assertThat(health.entities().get(3).canSendMessage()).isSameAs(CanSendMessage.LIMITED);
    assertThat(health.entities().get(3).additionalInfo())
        .containsExactly("Your app is not subscribed to the flows webhooks.");
  }

  /** Meta's Flows API reference: "Retrieving Flow Details", its sample {@code health_status}. */
  private static final String META_HEALTH_STATUS = """
      {"id":"%s","health_status":{"can_send_message":"BLOCKED","entities":[
        {"entity_type":"FLOW","id":"%s","can_send_message":"BLOCKED","errors":[
          {"error_code":131000,
           "error_description":"endpoint_uri: You need to set the endpoint URI before you can send or publish a flow.",
           "possible_solution":"/documentation/business-messaging/whatsapp/flows/reference/flowjson\
      #top-level-flow-json-properties"},
          {"error_code":131000,
           "error_description":"app_check: You need to connect a Meta app to the flow before you can send or\
       publish it.",
           "possible_solution":"/docs/development/create-an-app"}]},
        {"entity_type":"WABA","id":"%s","can_send_message":"AVAILABLE"},
        {"entity_type":"BUSINESS","id":"506914307656634","can_send_message":"AVAILABLE"},
        {"entity_type":"APP","id":"634974688087057","can_send_message":"LIMITED","additional_info":[
          "Your app is not subscribed to the message webhook. This means you will not receive any messages sent\
       to your phone number."]}]}}"""
      .formatted(FLOW, FLOW, WABA_ID);

  @Test
  void readsAFlowsHealthStatusForOnePhoneNumberWithMetasFieldExpansion() throws Exception {
    graph.enqueue(200, META_HEALTH_STATUS);

    HealthStatus health = graph.client().flows().healthStatus(FLOW, PHONE_NUMBER_ID);

    RecordedRequest request = graph.take();
    // Meta: "the optional health_status.phone_number(PHONE_NUMBER_ID) parameter", written unescaped like fields.
    assertThat(target(request)).isEqualTo("GET /v26.0/" + FLOW + "?fields=health_status.phone_number("
        + PHONE_NUMBER_ID + ")");
    GraphServerExtension.assertHeaders(request);
    assertThat(health.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(health.entities()).extracting(HealthStatus.Entity::entityType).containsExactly(
        HealthStatus.EntityType.FLOW, HealthStatus.EntityType.WABA, HealthStatus.EntityType.BUSINESS,
        HealthStatus.EntityType.APP);
    HealthStatus.Entity flow = health.entity(HealthStatus.EntityType.FLOW);
    assertThat(flow.id()).isEqualTo(FLOW);
    assertThat(flow.errors()).containsExactly(
        new HealthStatus.Error(131000, "endpoint_uri: You need to set the endpoint URI before you can send or"
            + " publish a flow.", "/documentation/business-messaging/whatsapp/flows/reference/flowjson"
            + "#top-level-flow-json-properties"),
        new HealthStatus.Error(131000, "app_check: You need to connect a Meta app to the flow before you can send"
            + " or publish it.", "/docs/development/create-an-app"));
    assertThat(health.entity(HealthStatus.EntityType.WABA).id()).isEqualTo(WABA_ID);
    HealthStatus.Entity app = health.entity(HealthStatus.EntityType.APP);
    assertThat(app.canSendMessage()).isSameAs(CanSendMessage.LIMITED);
    assertThat(app.additionalInfo()).containsExactly("Your app is not subscribed to the message webhook. This means"
        + " you will not receive any messages sent to your phone number.");
  }

  @Test
  void theHealthStatusAsyncTwinAndItsChecks() throws Exception {
    graph.enqueue(200, META_HEALTH_STATUS);

    HealthStatus health = graph.client().flows().healthStatusAsync(FLOW, "109876543210").get(5, TimeUnit.SECONDS);

    assertThat(health.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + FLOW
        + "?fields=health_status.phone_number(109876543210)");
    // An id that could break out of the field expansion never reaches Meta.
    assertThatThrownBy(() -> graph.client().flows().healthStatus(FLOW, "1),id,name.phone_number(2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phoneNumberId: must be a Graph id (letters, digits, '_', '.', '-'), was"
            + " '1),id,name.phone_number(2'");
    assertThatThrownBy(() -> graph.client().flows().healthStatus("", PHONE_NUMBER_ID))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("flowId: must be a Graph id");
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownFlowOrNumberIsMetasError100() {
    graph.enqueue(400, """
        {"error":{"message":"Unsupported get request. Object with ID '%s' does not exist, cannot be loaded due to\
         missing permissions, or does not support this operation.","type":"GraphMethodException","code":100,\
         "error_subcode":33,"fbtrace_id":"AbCdEf123"}}""".formatted(FLOW));

    assertThatThrownBy(() -> graph.client().flows().healthStatus(FLOW, PHONE_NUMBER_ID))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.isRetryable()).isFalse();
        });
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void getsAndInvalidatesThePreview() throws Exception {
    graph.enqueue(200, """
        {"preview":{"preview_url":"https://business.facebook.com/wa/manage/flows/550/preview/?token=aa",
         "expires_at":"2023-12-12T12:10:24+0000"},"id":"%s"}""".formatted(FLOW));

    FlowPreview preview = graph.client().flows().previewAsync(FLOW, true).get(5, TimeUnit.SECONDS);

    assertThat(preview.expiresAt()).isEqualTo(Instant.parse("2023-12-12T12:10:24Z"));
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + FLOW + "?fields=preview.invalidate(true)");
  }

  @Test
  void readsAnEndpointMetricAsMetaDocumentsIt() throws Exception {
    graph.enqueue(200, """
        {"id":"%s","metric":{"granularity":"DAY","name":"ENDPOINT_REQUEST_ERROR","data_points":[
         {"timestamp":"2024-01-28T08:00:00+0000","data":[{"key":"timeout_error","value":5},
          {"key":"unexpected_http_status_code","value":10}]},
         {"timestamp":"2024-01-29T08:00:00+0000","data":[{"key":"timeout_error","value":1}]}]}}"""
        .formatted(FLOW));

    FlowMetric metric = graph.client().flows().metric(FLOW, FlowMetric.Name.ENDPOINT_REQUEST_ERROR,
        FlowMetric.Granularity.DAY, LocalDate.of(2024, 1, 28), LocalDate.of(2024, 1, 30));

    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + FLOW + "?fields=metric.name(ENDPOINT_REQUEST_ERROR)"
        + ".granularity(DAY).since(2024-01-28).until(2024-01-30)");
    assertThat(metric.name()).isSameAs(FlowMetric.Name.ENDPOINT_REQUEST_ERROR);
    assertThat(metric.granularity()).isSameAs(FlowMetric.Granularity.DAY);
    assertThat(metric.dataPoints()).hasSize(2);
    FlowMetric.DataPoint first = metric.dataPoints().get(0);
    assertThat(first.timestamp()).isEqualTo(Instant.parse("2024-01-28T08:00:00Z"));
    assertThat(first.value("timeout_error")).isEqualTo(5.0);
    assertThat(first.value("unexpected_http_status_code")).isEqualTo(10.0);
    assertThat(metric.dataPoints().get(1).data()).containsExactly(new FlowMetric.Value("timeout_error", 1));

    graph.enqueue(200, """
        {"id":"%s","metric":{"granularity":"LIFETIME","name":"ENDPOINT_REQUEST_ERROR_RATE","data_points":[
         {"timestamp":"2024-01-28T08:00:00+0000","data":[{"key":"value","value":0.24}]}]}}""".formatted(FLOW));
    FlowMetric rate = graph.client().flows().metricAsync(FLOW, FlowMetric.Name.ENDPOINT_REQUEST_ERROR_RATE,
        FlowMetric.Granularity.LIFETIME, null, null).get(5, TimeUnit.SECONDS);
    assertThat(rate.dataPoints().get(0).value("value")).isEqualTo(0.24);
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + FLOW
        + "?fields=metric.name(ENDPOINT_REQUEST_ERROR_RATE).granularity(LIFETIME)");
  }

  @Test
  void migratesFlowsFromAnotherAccount() throws Exception {
    graph.enqueue(200, """
        {"migrated_flows":[{"source_name":"appointment-booking","source_id":"1234","migrated_id":"5678"}],
         "failed_flows":[{"source_name":"lead-gen","error_code":"4233041",
          "error_message":"Flows Migration Error: Flow with the same name exists in destination WABA."}]}""");

    FlowMigration migration = graph.client().flows().migrate("104996122399160",
        List.of("appointment-booking", "lead-gen"));

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + WABA_ID + "/migrate_flows");
    assertThat(body(request)).isEqualTo("""
        {"source_waba_id":"104996122399160","source_flow_names":["appointment-booking","lead-gen"]}""");
    assertThat(migration.migratedFlows())
        .containsExactly(new FlowMigration.Migrated("appointment-booking", "1234", "5678"));
    assertThat(migration.failedFlows()).containsExactly(new FlowMigration.Failed("lead-gen", "4233041",
        "Flows Migration Error: Flow with the same name exists in destination WABA."));

    graph.enqueue(200, "{\"migrated_flows\":[],\"failed_flows\":[]}");
    graph.client().flows().migrateAsync("104996122399160", List.of()).get(5, TimeUnit.SECONDS);
    assertThat(body(graph.take())).isEqualTo("{\"source_waba_id\":\"104996122399160\"}");
  }

  @Test
  void migratingMoreThan100NamedFlowsIsRefusedBeforeTheRequest() throws Exception {
    List<String> hundred = IntStream.rangeClosed(1, 100).mapToObj(i -> "flow-" + i).toList();
    List<String> tooMany = IntStream.rangeClosed(1, 101).mapToObj(i -> "flow-" + i).toList();

    assertThatThrownBy(() -> graph.client().flows().migrate("104996122399160", tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source_flow_names: at most 100 flows can be migrated in a request, was 101");
    assertThatThrownBy(() -> graph.client().flows().migrateAsync("104996122399160", tooMany))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(graph.server().getRequestCount()).isZero();

    graph.enqueue(200, "{\"migrated_flows\":[],\"failed_flows\":[]}");
    graph.client().flows().migrate("104996122399160", hundred);
    assertThat(body(graph.take())).contains("\"flow-100\"]");
  }

  @Test
  void registersAndReadsTheBusinessPublicKey() throws Exception {
    String pem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, """
        {"data":[{"business_public_key":"%s","business_public_key_signature_status":"VALID"}]}"""
        .formatted(pem.replace("\n", "\\n")));

    graph.client().flows().setBusinessPublicKey(pem + "\n");
    BusinessPublicKey key = graph.client().flows().businessPublicKeyAsync().get(5, TimeUnit.SECONDS);

    RecordedRequest set = graph.take();
    assertThat(target(set)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_encryption");
    assertThat(set.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(body(set)).isEqualTo("business_public_key=-----BEGIN+PUBLIC+KEY-----%0A"
        + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%0A-----END+PUBLIC+KEY-----");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_encryption");
    assertThat(key).isEqualTo(new BusinessPublicKey(pem, BusinessPublicKey.SignatureStatus.VALID));

    graph.enqueue(200, "{\"data\":[]}");
    assertThat(graph.client().flows().businessPublicKey()).isEqualTo(new BusinessPublicKey(null, null));

    // The flat answer of Meta's "WhatsApp Business Encryption" guide, without the data[] of the reference.
    graph.enqueue(200, """
        {"business_public_key":"%s","business_public_key_signature_status":"MISMATCH"}"""
        .formatted(pem.replace("\n", "\\n")));
    assertThat(graph.client().flows().businessPublicKey())
        .isEqualTo(new BusinessPublicKey(pem, BusinessPublicKey.SignatureStatus.MISMATCH));
  }

  @Test
  void theReadmeExampleRunsAsWritten() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + FLOW + "\"}");
    graph.enqueue(200, "{\"success\":true,\"validation_errors\":[]}");
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");
    WhatsApp whatsApp = graph.client();
    FlowJson bookingFlow = HELLO;
    String publicKeyPem = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----";
    // --- README ---
    FlowsApi flows = whatsApp.flows();
    CreatedFlow created = flows.create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withEndpointUri("https://example.com/flows/booking"));
    List<FlowValidationError> errors = flows.uploadFlowJson(created.id(), bookingFlow);
    if (errors.isEmpty()) {
      flows.publish(created.id());
    }
    flows.setBusinessPublicKey(publicKeyPem);   // once per phone number: Meta encrypts endpoint requests for it
    // --- end ---

    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))).contains("""
        FlowsApi flows = whatsApp.flows();
        CreatedFlow created = flows.create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
            .withEndpointUri("https://example.com/flows/booking"));
        List<FlowValidationError> errors = flows.uploadFlowJson(created.id(), bookingFlow);
        if (errors.isEmpty()) {
          flows.publish(created.id());
        }
        flows.setBusinessPublicKey(publicKeyPem);   // once per phone number: Meta encrypts endpoint requests for it
        """);
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + WABA_ID + "/flows");
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + FLOW + "/assets");
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + FLOW + "/publish");
    assertThat(target(graph.take())).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_encryption");
  }

  @Test
  void listsTheFlowsAssets() throws Exception {
    graph.enqueue(200, """
        {"data":[{"name":"flow.json","asset_type":"FLOW_JSON",
          "download_url":"https://mmg.whatsapp.net/m1/v/t24/An8Z"}],
         "paging":{"cursors":{"before":"QVFIU","after":"QVFIU"}}}""");

    List<FlowAsset> assets = graph.client().flows().assetsAsync(FLOW).get(5, TimeUnit.SECONDS);

    assertThat(assets).containsExactly(
        new FlowAsset("flow.json", FlowAsset.FLOW_JSON, "https://mmg.whatsapp.net/m1/v/t24/An8Z"));
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + FLOW + "/assets");
  }
}
