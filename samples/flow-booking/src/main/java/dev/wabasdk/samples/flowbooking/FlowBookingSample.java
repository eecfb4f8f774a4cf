package dev.wabasdk.samples.flowbooking;

import com.sun.net.httpserver.HttpServer;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.flow.FlowCategory;
import dev.wabasdk.flow.FlowValidationError;
import dev.wabasdk.flow.NewFlow;
import dev.wabasdk.message.FlowMessage;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.webhook.flow.FlowEndpointProcessor;
import dev.wabasdk.webhook.flow.FlowEndpointResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An appointment booking WhatsApp Flow from end to end, against the testkit's fake: the flow built in Java, created,
 * uploaded and published through the Flows API, its endpoint served with the plain JDK HTTP server, the phone
 * number's public key registered, the flow sent, and a fake user completing it through the encrypted endpoint.
 * Run: {@code ./mvnw -q -pl samples/flow-booking -am exec:java}.
 */
public final class FlowBookingSample {
  private FlowBookingSample() {}

  public static void main(String[] args) throws Exception {
    Result result = run();
    System.out.println("Booked: " + result.bookings());
    System.out.println("nfm_reply response_json: " + result.reply().message());
  }

  /** What a run produced. */
  record Result(List<BookingEndpoint.Booking> bookings, UserMessage reply) {}

  static Result run() throws IOException, NoSuchAlgorithmException {
    KeyPair keys = rsaKeys();
    BookingEndpoint booking = new BookingEndpoint();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp whatsApp = fake.clientBuilder().build()) {
      FlowEndpointProcessor processor = FlowEndpointProcessor.builder()
          .appSecret(fake.appSecret())
          .privateKey(keys.getPrivate())
          .handler(booking)
          .build();
      HttpServer server = serve(processor);
      try {
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/flows/booking";
        // Manage: create with the endpoint, upload the Java-built Flow JSON, publish when Meta finds no error.
        String flowId = whatsApp.flows().create(NewFlow.of("appointment booking", FlowCategory.APPOINTMENT_BOOKING)
            .withEndpointUri(endpoint)).id();
        List<FlowValidationError> errors = whatsApp.flows().uploadFlowJson(flowId, BookingFlow.build());
        if (!errors.isEmpty()) {
          throw new IllegalStateException("Meta rejected the flow: " + errors);
        }
        whatsApp.flows().setBusinessPublicKey(pem(keys.getPublic().getEncoded()));
        whatsApp.flows().publish(flowId);

        // Send: the user wrote first, so the flow message is inside the customer service window.
        FakeUser user = fake.user("+4915112345678").named("Ada");
        user.sends("I'd like an appointment");
        whatsApp.messages().send(FlowMessage.builder().to("+4915112345678").body("Book your appointment")
            .flowId(flowId).flowCta("Book").flowToken("booking-" + user.waId()).dataExchange().build());

        // The user opens it and fills it in; the fake calls the endpoint screen by screen, then sends nfm_reply.
        UserMessage reply = user.completeFlow("booking-" + user.waId(), Map.of(
            "APPOINTMENT", Map.of("department", "dental", "date", "2024-05-02"),
            "DETAILS", Map.of("name", "Ada Lovelace")));
        return new Result(booking.bookings(), reply);
      } finally {
        server.stop(0);
      }
    }
  }

  private static HttpServer serve(FlowEndpointProcessor processor) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/flows/booking", exchange -> {
      FlowEndpointResponse r = processor.handle(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
      byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      exchange.sendResponseHeaders(r.statusCode(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }

  private static KeyPair rsaKeys() throws NoSuchAlgorithmException {
    // In production the key pair is made once (openssl genrsa) and the private key kept secret.
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static String pem(byte[] der) {
    return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END PUBLIC KEY-----\n";
  }
}
