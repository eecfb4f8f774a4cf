package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.flow.Flow;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.FlowMetric;
import dev.wabasdk.flow.FlowMigration;
import dev.wabasdk.flow.FlowStatus;
import dev.wabasdk.flow.NewFlow;
import dev.wabasdk.message.FlowMessage;
import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.webhook.flow.FlowAction;
import dev.wabasdk.webhook.flow.FlowEndpointProcessor;
import dev.wabasdk.webhook.flow.FlowEndpointResponse;
import dev.wabasdk.webhook.flow.FlowRequest;
import dev.wabasdk.webhook.flow.FlowResponse;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's Flows fidelity: sends that name a flow are checked like Meta, FLOW template buttons open like
 * interactive flows, the back button (with {@code refresh_on_back}), the endpoint metrics and flow migration.
 */
class FlowsFidelityTest {
  private static final String USER = "+4915112345678";
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";
  /** The booking flow, with the details screen asking the endpoint for fresh data when the user goes back. */
  private static final String BOOKING = FlowsFakeTest.BOOKING.replace("{\"id\":\"DETAILS\",\"title\":\"Details\",",
      "{\"id\":\"DETAILS\",\"title\":\"Details\",\"refresh_on_back\":true,");

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;
  private HttpServer endpoint;
  private final List<FlowRequest> seen = new CopyOnWriteArrayList<>();
  private final AtomicBoolean failNext = new AtomicBoolean();

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
    fake = FakeWhatsApp.builder().webhookUrl(receiver.url()).tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567")
        .start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
    if (endpoint != null) {
      endpoint.stop(0);
    }
  }

  @Test
  void aFlowMessageMustNameAPublishedFlowOrADraftSentInDraftMode() {
    fake.user(USER).sends("hi");
    assertThatThrownBy(() -> client.messages().send(survey("987654321012345", null)))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(131009))
        .satisfies(e -> assertThat(((WabaApiException) e).error().details())
            .contains("flow_id 987654321012345 does not exist"));
    String id = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY).withFlowJson(FlowsFakeTest.SURVEY))
        .id();

    assertThatThrownBy(() -> client.messages().send(survey(id, null)))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(131009))
        .satisfies(e -> assertThat(((WabaApiException) e).error().details()).contains("is DRAFT")
            .contains("mode: draft"));
    assertThat(client.messages().send(survey(id, FlowMessage.Mode.DRAFT)).messageId()).startsWith("wamid.");
    client.flows().publish(id);
    assertThat(client.messages().send(survey(id, null)).messageId()).startsWith("wamid.");
    assertThat(client.messages().send(FlowMessage.builder().to(USER).body("By name").flowName("survey")
        .flowCta("Start").flowToken("by-name").navigate("EMAIL").build()).messageId()).startsWith("wamid.");
    client.flows().deprecate(id);
    assertThatThrownBy(() -> client.messages().send(survey(id, null)))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).error().details()).contains("is DEPRECATED"));
    // Refused sends never reach the user.
    assertThat(fake.sentMessagesTo(USER)).hasSize(3);
  }

  @Test
  void aFlowTemplateButtonWithInlineFlowJsonCreatedThroughTheSdkIsCompleted() {
    String id = client.templates().create(TemplateDefinition.builder("rate_inline", "en_US",
        TemplateCategory.MARKETING).component(Component.body("How did we do?"))
        .component(Component.buttons(Button.flowWithJson("Rate us", FlowsFakeTest.SURVEY, "navigate", "EMAIL")))
        .build()).id();
    fake.templates().approve(id);
    fake.user(USER).sends("hi");
    client.messages().send(TemplateMessage.builder().to(USER).name("rate_inline").language("en_US")
        .button(TemplateButton.flow(0, "inline-1", Map.of())).build());

    UserMessage reply = fake.user(USER).completeFlow("inline-1", Map.of("EMAIL", Map.of("email", "ada@example.com"),
        "RATE", Map.of("rating", "5")));

    assertThat(Json.parseObject(Json.string(Json.parseObject(reply.message()), "interactive", "nfm_reply",
        "response_json"))).isEqualTo(Map.of("flow_token", "inline-1", "email", "ada@example.com", "rating", "5",
        "source", "survey"));
  }

  @Test
  void aFlowTemplateButtonIsCompletedLikeAnInteractiveFlow() {
    String id = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY).withFlowJson(FlowsFakeTest.SURVEY)
        .published()).id();
    fake.templates().preload("""
        {"name":"rate_us","language":"en_US","category":"MARKETING","components":[
          {"type":"BODY","text":"How did we do?"},
          {"type":"BUTTONS","buttons":[{"type":"FLOW","text":"Rate us","flow_id":"%s","navigate_screen":"EMAIL",
           "flow_action":"navigate"}]}]}""".formatted(id));
    String wamid = client.messages().send(TemplateMessage.builder().to(USER).name("rate_us").language("en_US")
        .button(TemplateButton.flow(0, "rate-7", Map.of("source", "template"))).build()).messageId();

    UserMessage reply = fake.user(USER).completeFlow("rate-7", Map.of("EMAIL", Map.of("email", "ada@example.com"),
        "RATE", Map.of("rating", "4")));

    Map<String, Object> message = Json.parseObject(reply.message());
    assertThat(Json.string(message, "context", "id")).isEqualTo(wamid);
    assertThat(Json.parseObject(Json.string(message, "interactive", "nfm_reply", "response_json")))
        .isEqualTo(Map.of("flow_token", "rate-7", "email", "ada@example.com", "rating", "4", "source", "survey"));

    // A template whose FLOW button names a flow that is not published is refused like Meta.
    String draft = client.flows().create(NewFlow.of("draft", FlowCategory.OTHER).withFlowJson(FlowsFakeTest.SURVEY))
        .id();
    fake.templates().preload("""
        {"name":"draft_flow","language":"en_US","category":"MARKETING","components":[
          {"type":"BODY","text":"Try it"},
          {"type":"BUTTONS","buttons":[{"type":"FLOW","text":"Open","flow_id":"%s"}]}]}""".formatted(draft));
    assertThatThrownBy(() -> client.messages().send(TemplateMessage.builder().to(USER).name("draft_flow")
        .language("en_US").button(TemplateButton.flow(0, "t", Map.of())).build()))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(131009));
  }

  @Test
  void theBackButtonAsksTheEndpointWhenTheScreenRefreshesOnBack() throws Exception {
    String flowId = bookingFlow();
    fake.user(USER).sends("I need an appointment");
    client.messages().send(FlowMessage.builder().to(USER).body("Book").flowId(flowId).flowCta("Book")
        .flowToken("booking-1").dataExchange().build());

    FakeFlow flow = fake.user(USER).opensFlow("booking-1");
    assertThat(flow.screen()).isEqualTo("APPOINTMENT");
    assertThat(flow.data()).containsEntry("clinic", "Berlin Mitte");
    flow.submit(Map.of("date", "2024-05-02"));
    assertThat(flow.screen()).isEqualTo("DETAILS");
    assertThat(flow.data()).containsEntry("date", "2024-05-02");

    flow.back();

    assertThat(seen).extracting(FlowRequest::action)
        .containsExactly(FlowAction.INIT, FlowAction.DATA_EXCHANGE, FlowAction.BACK);
    FlowRequest back = seen.get(2);
    assertThat(back.flowToken()).isEqualTo("booking-1");
    assertThat(back.screen()).isNull();
    assertThat(flow.screen()).isEqualTo("APPOINTMENT");
    assertThat(flow.data()).containsEntry("clinic", "Berlin Mitte (2 slots left)");
    assertThatThrownBy(flow::back).isInstanceOf(IllegalStateException.class).hasMessageContaining("first screen");

    flow.submit(Map.of("date", "2024-05-03")).submit(Map.of("name", "Ada"));

    assertThat(flow.isCompleted()).isTrue();
    assertThat(Json.parseObject(Json.string(Json.parseObject(flow.reply().message()), "interactive", "nfm_reply",
        "response_json"))).isEqualTo(Map.of("flow_token", "booking-1", "booking", "confirmed", "name", "Ada",
        "date", "2024-05-03"));
    assertThatThrownBy(() -> flow.submit(Map.of())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("completed");
  }

  @Test
  void withoutRefreshOnBackTheBackButtonShowsThePreviousScreenAsItWas() {
    String id = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY).withFlowJson(FlowsFakeTest.SURVEY)
        .published()).id();
    fake.user(USER).sends("hi");
    client.messages().send(FlowMessage.builder().to(USER).body("Tell us").flowId(id).flowCta("Start")
        .flowToken("s-1").navigate("EMAIL").build());

    FakeFlow flow = fake.user(USER).opensFlow("s-1").submit(Map.of("email", "ada@example.com"));
    assertThat(flow.screen()).isEqualTo("RATE");
    assertThat(flow.data()).isEqualTo(Map.of("email", "ada@example.com"));
    flow.back();
    assertThat(flow.screen()).isEqualTo("EMAIL");
    assertThat(flow.data()).isEmpty();
    flow.submit(Map.of("email", "grace@example.com")).submit(Map.of("rating", "5"));

    assertThat(Json.parseObject(Json.string(Json.parseObject(flow.reply().message()), "interactive", "nfm_reply",
        "response_json"))).containsEntry("email", "grace@example.com");
  }

  @Test
  void metricsAreComputedFromTheEndpointRequestsOnceThereAreEnough() throws Exception {
    String flowId = bookingFlow();
    fake.user(USER).sends("hi");
    client.messages().send(FlowMessage.builder().to(USER).body("Book").flowId(flowId).flowCta("Book")
        .flowToken("m").dataExchange().build());
    Instant firstDay = fake.clock().instant().truncatedTo(ChronoUnit.DAYS);
    for (int i = 0; i < 100; i++) {
      fake.user(USER).opensFlow("m").submit(Map.of("date", "2024-05-02")); // INIT + data_exchange
    }
    assertThatThrownBy(() -> client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_COUNT,
        FlowMetric.Granularity.DAY, null, null))
        .isInstanceOf(WabaApiException.class).hasMessageContaining("Not enough data");
    fake.clock().advance(Duration.ofDays(1));
    for (int i = 0; i < 25; i++) {
      fake.user(USER).opensFlow("m").submit(Map.of("date", "2024-05-02"));
    }
    failNext.set(true);
    assertThatThrownBy(() -> fake.user(USER).opensFlow("m")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("answered 500 to INIT");

    FlowMetric count = client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_COUNT,
        FlowMetric.Granularity.DAY, null, null);
    FlowMetric errors = client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_ERROR,
        FlowMetric.Granularity.LIFETIME, null, null);
    FlowMetric rate = client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_ERROR_RATE,
        FlowMetric.Granularity.DAY, null, null);
    FlowMetric latency = client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL,
        FlowMetric.Granularity.LIFETIME, null, null);
    FlowMetric secondDay = client.flows().metric(flowId, FlowMetric.Name.ENDPOINT_REQUEST_COUNT,
        FlowMetric.Granularity.DAY, firstDay.plus(1, ChronoUnit.DAYS).atZone(java.time.ZoneOffset.UTC)
            .toLocalDate(), null);

    assertThat(count.dataPoints()).extracting(FlowMetric.DataPoint::timestamp)
        .containsExactly(firstDay, firstDay.plus(1, ChronoUnit.DAYS));
    assertThat(count.dataPoints()).extracting(p -> p.value("value")).containsExactly(200.0, 51.0);
    assertThat(errors.dataPoints()).singleElement().satisfies(p -> assertThat(p.data())
        .containsExactly(new FlowMetric.Value("unexpected_http_status_code", 1)));
    assertThat(rate.dataPoints()).extracting(p -> p.value("value")).containsExactly(0.0, 1.0 / 51);
    assertThat(latency.dataPoints().get(0).value("up_to_1s")).isGreaterThan(200.0);
    assertThat(secondDay.dataPoints()).extracting(p -> p.value("value")).containsExactly(51.0);
  }

  @Test
  void flowsMigrateBetweenTheAccountsOfOneBusiness() {
    String published = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY)
        .withFlowJson(FlowsFakeTest.SURVEY).published()).id();
    client.flows().create(NewFlow.of("draft", FlowCategory.OTHER));
    try (WhatsApp b = WhatsApp.builder().accessToken(TOKEN_B).phoneNumberId(NUMBER_B).businessAccountId(WABA_B)
        .baseUrl(fake.baseUrl()).retry(RetrySettings.none()).build()) {

      FlowMigration migration = b.flows().migrate(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID, List.of());

      assertThat(migration.failedFlows()).isEmpty();
      assertThat(migration.migratedFlows()).extracting(FlowMigration.Migrated::sourceName,
          FlowMigration.Migrated::sourceId).containsExactly(org.assertj.core.groups.Tuple.tuple("survey", published),
          org.assertj.core.groups.Tuple.tuple("draft", migration.migratedFlows().get(1).sourceId()));
      List<Flow> copies = b.flows().list().stream().toList();
      assertThat(copies).extracting(Flow::name, Flow::status).containsExactly(
          org.assertj.core.groups.Tuple.tuple("survey", FlowStatus.PUBLISHED),
          org.assertj.core.groups.Tuple.tuple("draft", FlowStatus.DRAFT));
      String copy = migration.migratedFlows().get(0).migratedId();
      assertThat(copy).isNotEqualTo(published).isEqualTo(copies.get(0).id());
      assertThat(b.flows().get(copy).jsonVersion()).isEqualTo("7.2");
      assertThat(client.flows().list().stream().map(Flow::id).toList()).contains(published); // sources stay

      FlowMigration again = b.flows().migrate(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID, List.of("survey", "nope"));
      assertThat(again.migratedFlows()).isEmpty();
      assertThat(again.failedFlows()).extracting(FlowMigration.Failed::sourceName, FlowMigration.Failed::errorCode)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("nope", "100"),
              org.assertj.core.groups.Tuple.tuple("survey", "4233041"));
      assertThat(again.failedFlows().get(1).errorMessage())
          .isEqualTo("Flows Migration Error: Flow with the same name exists in destination WABA.");
      assertThatThrownBy(() -> b.flows().migrate("999999999999999", List.of()))
          .isInstanceOf(WabaApiException.class)
          .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(100));
    }
    // Meta: "Only 100 Flows can be migrated in a request" (the SDK refuses before the call; the fake too).
    String names = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(i -> "\"f" + i + "\"")
        .collect(java.util.stream.Collectors.joining(","));
    Wire.Reply tooMany = new Wire(fake, TOKEN_B).post("/v26.0/" + WABA_B + "/migrate_flows",
        "{\"source_waba_id\":\"" + FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID + "\",\"source_flow_names\":["
            + names + "]}");
    assertThat(tooMany.code()).isEqualTo(400);
    assertThat(tooMany.at("error", "code")).isEqualTo(100L);
    assertThat(String.valueOf(tooMany.at("error", "error_data", "details"))).contains("at most 100");
  }

  private FlowMessage survey(String flowId, FlowMessage.Mode mode) {
    FlowMessage.Builder builder = FlowMessage.builder().to(USER).body("Tell us").flowId(flowId).flowCta("Start")
        .flowToken("survey-1").navigate("EMAIL");
    return (mode == null ? builder : builder.mode(mode)).build();
  }

  /** The booking flow, published, with its endpoint and the number's public key registered. */
  private String bookingFlow() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    FlowEndpointProcessor processor = FlowEndpointProcessor.builder()
        .appSecret(fake.appSecret())
        .privateKey(keys.getPrivate())
        .handler(request -> {
          seen.add(request);
          if (request.action() == FlowAction.INIT) {
            return FlowResponse.screen("APPOINTMENT", Map.of("clinic", "Berlin Mitte"));
          }
          if (request.action() == FlowAction.BACK) {
            return FlowResponse.screen("APPOINTMENT", Map.of("clinic", "Berlin Mitte (2 slots left)"));
          }
          if ("APPOINTMENT".equals(request.screen())) {
            return FlowResponse.screen("DETAILS", Map.of("date", request.data().get("date")));
          }
          return FlowResponse.close(request.flowToken(), Map.of("booking", "confirmed",
              "name", request.data().get("name"), "date", request.data().get("date")));
        })
        .build();
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext("/flows", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      FlowEndpointResponse r = failNext.getAndSet(false) ? null : processor.handle(exchange.getRequestHeaders(),
          body);
      byte[] out = (r == null ? "down for maintenance" : r.body()).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(r == null ? 500 : r.statusCode(), out.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(out);
      }
    });
    endpoint.start();
    String id = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING).withFlowJson(BOOKING)
        .withEndpointUri("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/flows")).id();
    client.flows().setBusinessPublicKey("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64,
        new byte[] {'\n'}).encodeToString(keys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
    client.flows().publish(id);
    return id;
  }
}
