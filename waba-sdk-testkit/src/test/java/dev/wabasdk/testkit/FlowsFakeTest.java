package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.flow.BusinessPublicKey;
import dev.wabasdk.flow.CreatedFlow;
import dev.wabasdk.flow.Flow;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.FlowMetadata;
import dev.wabasdk.flow.FlowStatus;
import dev.wabasdk.flow.FlowValidationError;
import dev.wabasdk.flow.NewFlow;
import dev.wabasdk.health.CanSendMessage;
import dev.wabasdk.health.HealthStatus;
import dev.wabasdk.message.FlowMessage;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Flows API in the fake, and a fake user completing flows through the app's real, encrypted endpoint. */
class FlowsFakeTest {
  /** An appointment booking flow: the endpoint fills the first screen, checks the date and books. */
  static final String BOOKING = """
      {"version":"7.2","data_api_version":"3.0","routing_model":{"APPOINTMENT":["DETAILS"],"DETAILS":[]},
       "screens":[
        {"id":"APPOINTMENT","title":"Appointment","data":{"clinic":{"type":"string","__example__":"Berlin"}},
         "layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextBody","text":"${data.clinic}"},
          {"type":"TextInput","name":"date","label":"Date","required":true},
          {"type":"Footer","label":"Continue",
           "on-click-action":{"name":"data_exchange","payload":{"date":"${form.date}"}}}]}},
        {"id":"DETAILS","title":"Details","terminal":true,
         "data":{"date":{"type":"string","__example__":"2024-01-01"}},
         "layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextInput","name":"name","label":"Name","required":true},
          {"type":"Footer","label":"Book",
           "on-click-action":{"name":"data_exchange","payload":{"name":"${form.name}","date":"${data.date}"}}}]}}]}""";

  /** A flow without an endpoint: navigate, then complete. */
  static final String SURVEY = """
      {"version":"7.2","screens":[
        {"id":"EMAIL","title":"Email","layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextInput","name":"email","label":"Email","input-type":"email","required":true},
          {"type":"Footer","label":"Next","on-click-action":{"name":"navigate","next":{"type":"screen","name":"RATE"},
           "payload":{"email":"${form.email}"}}}]}},
        {"id":"RATE","title":"Rate us","terminal":true,"data":{"email":{"type":"string","__example__":"a@b.c"}},
         "layout":{"type":"SingleColumnLayout","children":[
          {"type":"TextInput","name":"rating","label":"Rating","required":true},
          {"type":"Footer","label":"Send","on-click-action":{"name":"complete",
           "payload":{"email":"${data.email}","rating":"${form.rating}","source":"survey"}}}]}}]}""";

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;
  private HttpServer endpoint;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().build();
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
  void theFakeValidatesUploadsAndKeepsMetasLifecycleRules() {
    CreatedFlow created = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY));
    assertThat(created.validationErrors()).isEmpty();
    String broken = SURVEY.replace("\"name\":\"RATE\"", "\"name\":\"NOWHERE\"");

    List<FlowValidationError> errors = client.flows().uploadFlowJson(created.id(), broken);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).errorType()).isEqualTo("FLOW_JSON_ERROR");
    assertThat(errors.get(0).message()).contains("NOWHERE");
    assertThat(client.flows().get(created.id()).validationErrors()).isEqualTo(errors);
    assertThatThrownBy(() -> client.flows().publish(created.id())).isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139002));
    assertThat(client.flows().uploadFlowJson(created.id(), "{\"version\":")).extracting(FlowValidationError::error)
        .containsExactly("INVALID_JSON");

    assertThat(client.flows().uploadFlowJson(created.id(), SURVEY)).isEmpty();
    client.flows().publish(created.id());
    Flow published = client.flows().get(created.id());
    assertThat(published.status()).isSameAs(FlowStatus.PUBLISHED);
    assertThat(published.jsonVersion()).isEqualTo("7.2");
    assertThat(published.preview()).isNotNull();
    // Meta's lifecycle: editing a published flow's Flow JSON or metadata puts it back to DRAFT, to republish.
    assertThat(client.flows().uploadFlowJson(created.id(), SURVEY)).isEmpty();
    assertThat(client.flows().get(created.id()).status()).isSameAs(FlowStatus.DRAFT);
    client.flows().publish(created.id());
    client.flows().update(created.id(), FlowMetadata.none().withName("survey v2"));
    assertThat(client.flows().get(created.id()).status()).isSameAs(FlowStatus.DRAFT);
    assertThat(client.flows().get(created.id()).name()).isEqualTo("survey v2");
    client.flows().publish(created.id());
    assertThat(client.flows().get(created.id()).status()).isSameAs(FlowStatus.PUBLISHED);
    assertThatThrownBy(() -> client.flows().delete(created.id())).isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139004));
    assertThatThrownBy(() -> client.flows().create(NewFlow.of("survey v2", FlowCategory.OTHER)))
        .isInstanceOf(WabaApiException.class).hasMessageContaining("not unique");

    client.flows().deprecate(created.id());
    // A deprecated flow is final: neither its Flow JSON nor its metadata change.
    assertThatThrownBy(() -> client.flows().uploadFlowJson(created.id(), SURVEY)).isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139001));
    assertThatThrownBy(() -> client.flows().update(created.id(), FlowMetadata.none().withName("survey v3")))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(139001));
    assertThat(client.flows().get(created.id()).status()).isSameAs(FlowStatus.DEPRECATED);
    CreatedFlow draft = client.flows().create(NewFlow.of("draft", FlowCategory.OTHER));
    assertThat(client.flows().list().stream().map(f -> f.id() + ":" + f.status()).toList())
        .containsExactly(created.id() + ":DEPRECATED", draft.id() + ":DRAFT");
    client.flows().delete(draft.id());
    assertThat(client.flows().list().stream().map(Flow::id).toList()).containsExactly(created.id());
  }

  @Test
  void aUserCompletesAFlowWithoutAnEndpoint() {
    String flowId = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY).withFlowJson(SURVEY)
        .published()).id();
    FakeUser user = fake.user("+4915112345678");
    user.sends("hi");
    String wamid = client.messages().send(FlowMessage.builder().to("+4915112345678").body("Tell us")
        .flowId(flowId).flowCta("Start").flowToken("survey-7").navigate("EMAIL").build()).messageId();

    UserMessage reply = user.completeFlow("survey-7", Map.of("EMAIL", Map.of("email", "ada@example.com"),
        "RATE", Map.of("rating", "5")));

    assertThat(reply.type()).isEqualTo("interactive");
    Map<String, Object> message = lastMessage();
    assertThat(Json.string(message, "context", "id")).isEqualTo(wamid);
    assertThat(Json.string(message, "interactive", "type")).isEqualTo("nfm_reply");
    assertThat(Json.string(message, "interactive", "nfm_reply", "name")).isEqualTo("flow");
    assertThat(Json.string(message, "interactive", "nfm_reply", "body")).isEqualTo("Sent");
    assertThat(Json.parseObject(Json.string(message, "interactive", "nfm_reply", "response_json")))
        .isEqualTo(Map.of("flow_token", "survey-7", "email", "ada@example.com", "rating", "5", "source", "survey"));
  }

  @Test
  void aFlowMessageSentWithoutFlowTokenRunsWithMetasDefaultTokenUnused() {
    String flowId = client.flows().create(NewFlow.of("survey", FlowCategory.SURVEY).withFlowJson(SURVEY)
        .published()).id();
    FakeUser user = fake.user("+4915112345678");
    user.sends("hi");
    client.messages().send(FlowMessage.builder().to("+4915112345678").body("Tell us").flowId(flowId)
        .flowCta("Start").navigate("EMAIL").build());

    user.completeFlow("unused", Map.of("EMAIL", Map.of("email", "ada@example.com"), "RATE", Map.of("rating", "5")));

    assertThat(Json.parseObject(Json.string(lastMessage(), "interactive", "nfm_reply", "response_json")))
        .containsEntry("flow_token", "unused").containsEntry("email", "ada@example.com");
  }

  @Test
  void aFlowSentWithoutFlowActionPayloadOpensAtItsEntryScreen() {
    // The routing model's entry screen (no route leads to it) is listed second: the open must not take the first.
    String detailsFirst = BOOKING.replace("\"routing_model\":{\"APPOINTMENT\":[\"DETAILS\"],\"DETAILS\":[]}",
        "\"routing_model\":{\"DETAILS\":[\"APPOINTMENT\"],\"APPOINTMENT\":[]}");
    assertThat(detailsFirst).isNotEqualTo(BOOKING);
    String flowId = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withFlowJson(detailsFirst).withEndpointUri("https://example.com/flows").published()).id();
    FakeUser user = fake.user("+4915112345678");
    user.sends("hi");
    // Meta's minimum flow message: no flow_action, no flow_action_payload.
    client.messages().send(FlowMessage.builder().to("+4915112345678").body("Book").flowId(flowId).flowCta("Book")
        .flowToken("minimal-1").build());

    FakeFlow flow = user.opensFlow("minimal-1");

    assertThat(flow.screen()).isEqualTo("DETAILS");
    assertThat(flow.data()).isEmpty();
  }

  @Test
  void aUserCompletesABookingFlowThroughTheAppsEncryptedEndpoint() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    List<FlowRequest> seen = new CopyOnWriteArrayList<>();
    FlowEndpointProcessor processor = FlowEndpointProcessor.builder()
        .appSecret(fake.appSecret())
        .privateKey(keys.getPrivate())
        .handler(request -> {
          seen.add(request);
          if (request.action() == FlowAction.INIT) {
            return FlowResponse.screen("APPOINTMENT", Map.of("clinic", "Berlin Mitte"));
          }
          if ("APPOINTMENT".equals(request.screen())) {
            return FlowResponse.screen("DETAILS", Map.of("date", request.data().get("date")));
          }
          return FlowResponse.close(request.flowToken(), Map.of("booking", "confirmed",
              "name", request.data().get("name"), "date", request.data().get("date")));
        })
        .build();
    String endpointUrl = serve(processor);
    String flowId = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withFlowJson(BOOKING).withEndpointUri(endpointUrl)).id();
    client.flows().setBusinessPublicKey(pem(keys.getPublic().getEncoded()));
    assertThat(client.flows().businessPublicKey().signatureStatus()).isSameAs(BusinessPublicKey.SignatureStatus.VALID);
    client.flows().publish(flowId);
    FakeUser user = fake.user("+4915112345678");
    user.sends("I need an appointment");
    client.messages().send(FlowMessage.builder().to("+4915112345678").body("Book your appointment")
        .flowId(flowId).flowCta("Book").flowToken("booking-42").dataExchange().build());

    user.completeFlow("booking-42", Map.of("APPOINTMENT", Map.of("date", "2024-05-02"),
        "DETAILS", Map.of("name", "Ada")));

    assertThat(seen).extracting(FlowRequest::action)
        .containsExactly(FlowAction.INIT, FlowAction.DATA_EXCHANGE, FlowAction.DATA_EXCHANGE);
    assertThat(seen.get(1).data()).containsEntry("date", "2024-05-02");
    assertThat(seen.get(2).screen()).isEqualTo("DETAILS");
    assertThat(seen.get(2).flowToken()).isEqualTo("booking-42");
    Map<String, Object> message = lastMessage();
    assertThat(Json.parseObject(Json.string(message, "interactive", "nfm_reply", "response_json")))
        .isEqualTo(Map.of("flow_token", "booking-42", "booking", "confirmed", "name", "Ada", "date", "2024-05-02"));
  }

  @Test
  void anEndpointThatCannotDecryptStopsTheRun() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair appKeys = generator.generateKeyPair();
    KeyPair otherKeys = generator.generateKeyPair();
    FlowEndpointProcessor processor = FlowEndpointProcessor.builder().appSecret(fake.appSecret())
        .privateKey(appKeys.getPrivate()).handler(request -> FlowResponse.screen("APPOINTMENT")).build();
    String flowId = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withFlowJson(BOOKING).withEndpointUri(serve(processor))).id();
    // The number registered another key than the endpoint's: Meta's client gets 421.
    client.flows().setBusinessPublicKey(pem(otherKeys.getPublic().getEncoded()));
    fake.user("+4915112345678").sends("hi");
    client.messages().send(FlowMessage.builder().to("+4915112345678").body("Book").flowId(flowId)
        .flowCta("Book").flowToken("t-1").dataExchange().mode(FlowMessage.Mode.DRAFT).build());

    assertThatThrownBy(() -> fake.user("+4915112345678").completeFlow("t-1", Map.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("answered 421 to INIT");
    assertThatThrownBy(() -> fake.user("+4915112345678").completeFlow("unknown-token", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no flow message with flow_token");
  }

  @Test
  void theEndpointMustBeSetForAPublishedEndpointFlow() {
    String id = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withFlowJson(BOOKING)).id();
    assertThatThrownBy(() -> client.flows().publish(id)).isInstanceOf(WabaApiException.class)
        .hasMessageContaining("endpoint");
    client.flows().update(id, FlowMetadata.none().withEndpointUri("https://example.com/flows"));
    client.flows().publish(id);
    assertThat(client.flows().get(id).endpointUri()).isEqualTo("https://example.com/flows");
  }

  /**
   * {@code health_status.phone_number(<PHONE_NUMBER_ID>)} (Meta's Flows API reference): the flow, its WABA, the
   * business portfolio and the app, as Meta's example lists them; the flow BLOCKED with 131000 while its endpoint is
   * missing; Graph's error 100 for a flow or a number the business does not have.
   */
  @Test
  void aFlowsHealthStatusForTheBusinessNumberAndMetasErrorForAnUnknownOne() throws Exception {
    String id = client.flows().create(NewFlow.of("booking", FlowCategory.APPOINTMENT_BOOKING)
        .withFlowJson(BOOKING)).id();

    HealthStatus blocked = client.flows().healthStatus(id, fake.phoneNumberId());

    assertThat(blocked.canSendMessage()).isSameAs(CanSendMessage.BLOCKED);
    assertThat(blocked.entities()).extracting(HealthStatus.Entity::entityType).containsExactly(
        HealthStatus.EntityType.FLOW, HealthStatus.EntityType.WABA, HealthStatus.EntityType.BUSINESS,
        HealthStatus.EntityType.APP);
    HealthStatus.Entity flow = blocked.entity(HealthStatus.EntityType.FLOW);
    assertThat(flow.id()).isEqualTo(id);
    assertThat(flow.errors()).extracting(HealthStatus.Error::errorCode).containsExactly(131000);
    assertThat(blocked.entity(HealthStatus.EntityType.WABA).id()).isEqualTo(fake.businessAccountId());
    assertThat(blocked.entity(HealthStatus.EntityType.APP).id()).isEqualTo(FakeAccount.APP_ID);
    FakeRequest request = fake.requests().get(fake.requests().size() - 1);
    assertThat(request.path()).isEqualTo("/v26.0/" + id);
    assertThat(request.query()).isEqualTo("fields=health_status.phone_number(" + fake.phoneNumberId() + ")");

    client.flows().update(id, FlowMetadata.none().withEndpointUri("https://example.com/flows"));
    HealthStatus available = client.flows().healthStatusAsync(id, fake.phoneNumberId()).get(5, TimeUnit.SECONDS);
    assertThat(available.canSendMessage()).isSameAs(CanSendMessage.AVAILABLE);
    assertThat(available.entity(HealthStatus.EntityType.FLOW).errors()).isEmpty();
    // The plain field answers the same entities.
    assertThat(client.flows().get(id).healthStatus()).isEqualTo(available);

    assertThatThrownBy(() -> client.flows().healthStatus(id, "109876543210"))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("Object with ID '109876543210' does not exist");
        });
    assertThatThrownBy(() -> client.flows().healthStatus("999", fake.phoneNumberId()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("Object with ID '999' does not exist");
        });
  }

  private Map<String, Object> lastMessage() {
    fake.awaitWebhooks();
    List<Map<String, Object>> events = new ArrayList<>(receiver.events());
    for (int i = events.size() - 1; i >= 0; i--) {
      Object value = Json.map(Json.list(Json.list(events.get(i), "entry").get(0), "changes").get(0), "value");
      List<Object> messages = Json.list(value, "messages");
      if (!messages.isEmpty()) {
        return Json.map(messages.get(0));
      }
    }
    throw new AssertionError("no message webhook in " + receiver.payloads());
  }

  private String serve(FlowEndpointProcessor processor) throws Exception {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext("/flows", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      FlowEndpointResponse r = processor.handle(exchange.getRequestHeaders(), body);
      byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      exchange.sendResponseHeaders(r.statusCode(), out.length);
      try (OutputStream o = exchange.getResponseBody()) {
        o.write(out);
      }
    });
    endpoint.start();
    return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/flows";
  }

  private static String pem(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
  }
}
