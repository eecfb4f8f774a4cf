package dev.wabasdk.webhook.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FlowEndpointProcessorTest {

  static final String APP_SECRET = "flow-app-secret";
  static final String PASSWORD = "correct horse battery staple";
  static final SecureRandom RANDOM = new SecureRandom();

  static Path dir;
  static KeyPair jdkKeys;
  static String opensslPkcs8;
  static String opensslEncrypted;
  static String opensslPkcs1;

  /** Makes the keys once per JVM (openssl key generation is slow) in a temp dir removed at exit. */
  @BeforeAll
  static synchronized void keys() throws Exception {
    if (opensslPkcs8 != null) {
      return;
    }
    dir = Files.createTempDirectory("waba-flow-keys");
    dir.toFile().deleteOnExit();
    for (String file : List.of("key.pem", "pub.pem", "enc.pem", "rsa1.pem", "aes.bin", "aes.enc")) {
      dir.resolve(file).toFile().deleteOnExit();
    }
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    jdkKeys = generator.generateKeyPair();
    openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "key.pem");
    openssl("pkey", "-in", "key.pem", "-pubout", "-out", "pub.pem");
    openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "key.pem", "-passout", "pass:" + PASSWORD,
        "-out", "enc.pem");
    openssl("rsa", "-in", "key.pem", "-traditional", "-out", "rsa1.pem");
    opensslPkcs8 = Files.readString(dir.resolve("key.pem"));
    opensslEncrypted = Files.readString(dir.resolve("enc.pem"));
    opensslPkcs1 = Files.readString(dir.resolve("rsa1.pem"));
  }

  /** Runs openssl in the temp dir; openssl is part of the build's test requirements, so its absence fails. */
  static byte[] openssl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail("these tests need the openssl command line tool on the PATH (e.g. apt-get install openssl): "
          + e.getMessage());
    }
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
    assertThat(process.exitValue()).as("openssl %s: %s", command, new String(output, StandardCharsets.UTF_8))
        .isZero();
    return output;
  }

  /** What the WhatsApp client sends: the JSON body and the AES key and IV it used, to read the answer. */
  record Sent(byte[] body, byte[] aesKey, byte[] iv) {
    Map<String, List<String>> headers() {
      return Map.of("X-Hub-Signature-256", List.of(WebhookProcessor.signatureFor(APP_SECRET, body)));
    }
  }

  /** Encrypts like the client with the JDK: RSA-OAEP-SHA256 (MGF1 SHA-256) and AES-128-GCM. */
  static Sent jdkRequest(PublicKey publicKey, String json) throws GeneralSecurityException {
    byte[] aesKey = randomBytes(16);
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(Cipher.ENCRYPT_MODE, publicKey, FlowCrypto.OAEP_SHA256);
    return envelope(rsa.doFinal(aesKey), aesKey, json);
  }

  /** Encrypts like the client with independent implementations: openssl for RSA-OAEP, {@link TestGcm} for AES. */
  static synchronized Sent opensslRequest(String json) throws Exception {
    byte[] aesKey = randomBytes(16);
    Files.write(dir.resolve("aes.bin"), aesKey);
    openssl("pkeyutl", "-encrypt", "-pubin", "-inkey", "pub.pem", "-pkeyopt", "rsa_padding_mode:oaep",
        "-pkeyopt", "rsa_oaep_md:sha256", "-pkeyopt", "rsa_mgf1_md:sha256", "-in", "aes.bin", "-out", "aes.enc");
    return envelope(Files.readAllBytes(dir.resolve("aes.enc")), aesKey, json);
  }

  private static Sent envelope(byte[] encryptedKey, byte[] aesKey, String json) throws GeneralSecurityException {
    byte[] iv = randomBytes(16);
    byte[] data = TestGcm.encrypt(aesKey, iv, json.getBytes(StandardCharsets.UTF_8));
    Base64.Encoder b64 = Base64.getEncoder();
    String body = "{\"encrypted_flow_data\":\"" + b64.encodeToString(data) + "\",\"encrypted_aes_key\":\""
        + b64.encodeToString(encryptedKey) + "\",\"initial_vector\":\"" + b64.encodeToString(iv) + "\"}";
    return new Sent(body.getBytes(StandardCharsets.UTF_8), aesKey, iv);
  }

  /** Decrypts an answer as the client does: same key, every bit of the IV flipped. */
  static Object answer(Sent sent, FlowEndpointResponse response) throws GeneralSecurityException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    byte[] flipped = new byte[16];
    for (int i = 0; i < 16; i++) {
      flipped[i] = (byte) (sent.iv()[i] ^ 0xff);
    }
    byte[] plain = TestGcm.decrypt(sent.aesKey(), flipped, Base64.getDecoder().decode(response.body()));
    return Json.parse(plain);
  }

  static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }

  static FlowEndpointProcessor processor(String pem, FlowHandler handler) {
    return FlowEndpointProcessor.builder().appSecret(APP_SECRET).privateKeyPem(pem).handler(handler).build();
  }

  @Test
  void theTestGcmHelperMatchesNistVectors() throws Exception {
    // NIST GCM spec test cases 1 and 2 (AES-128, zero key, zero 96-bit IV).
    HexFormat hex = HexFormat.of();
    assertThat(hex.formatHex(TestGcm.encrypt(new byte[16], new byte[12], new byte[0])))
        .isEqualTo("58e2fccefa7e3061367f1d57a4e7455a");
    assertThat(hex.formatHex(TestGcm.encrypt(new byte[16], new byte[12], new byte[16])))
        .isEqualTo("0388dace60b6a392f328c2b971b2fe78" + "ab6e47d42cec13bdf53a67b21257bddf");
  }

  @Test
  void aRequestEncryptedByOpensslIsDecryptedTypedAndAnsweredEncrypted() throws Exception {
    List<FlowRequest> seen = new CopyOnWriteArrayList<>();
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> {
      seen.add(request);
      return FlowResponse.screen("DETAILS", Map.of("department", request.string("department"), "slots", 3));
    });
    Sent sent = opensslRequest("""
        {"version": "3.0", "action": "data_exchange", "screen": "APPOINTMENT",
         "data": {"department": "beauty", "count": 2}, "flow_token": "tok-1"}""");

    FlowEndpointResponse response = endpoint.handle(sent.headers(), sent.body());

    assertThat(answer(sent, response)).isEqualTo(Json.parse(
        "{\"screen\": \"DETAILS\", \"data\": {\"department\": \"beauty\", \"slots\": 3}}"));
    assertThat(seen).containsExactly(new FlowRequest("3.0", FlowAction.DATA_EXCHANGE, "APPOINTMENT",
        Map.of("department", "beauty", "count", new BigDecimal("2")), "tok-1"));
    assertThat(seen.get(0).action()).isSameAs(FlowAction.DATA_EXCHANGE);
    assertThat(seen.get(0).flowTokenSignature()).isNull();
  }

  @Test
  void theFlowTokenSignatureOfADataApi4RequestReachesTheHandler() throws Exception {
    // A JWT as Meta describes it for data_api_version 4.0 (Flow JSON 7.3+); the SDK passes it on unverified.
    String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJmbG93X3Rva2VuIjoidG9rLTkifQ.c2lnbmF0dXJl";
    List<FlowRequest> seen = new CopyOnWriteArrayList<>();
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> {
      seen.add(request);
      return FlowResponse.screen("NEXT");
    });
    Sent sent = opensslRequest("""
        {"version":"4.0","action":"data_exchange","screen":"FIRST","data":{"a":"b"},"flow_token":"tok-9",
         "flow_token_signature":"%s"}""".formatted(jwt));

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"screen\": \"NEXT\", \"data\": {}}"));
    assertThat(seen).containsExactly(new FlowRequest("4.0", FlowAction.DATA_EXCHANGE, "FIRST", Map.of("a", "b"),
        "tok-9", jwt));
    assertThat(seen.get(0).flowTokenSignature()).isEqualTo(jwt);
  }

  @Test
  void roundTripWithKeysGeneratedInTheTest() throws Exception {
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(jdkKeys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    FlowEndpointProcessor endpoint = processor(pem, request -> FlowResponse.screen("APPOINTMENT",
        Map.of("is_init", request.action() == FlowAction.INIT)));
    Sent sent = jdkRequest(jdkKeys.getPublic(), "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body()))).isEqualTo(Json.parse(
        "{\"screen\": \"APPOINTMENT\", \"data\": {\"is_init\": true}}"));
  }

  @Test
  void aPasswordProtectedPemMadeByOpensslIsRead() throws Exception {
    FlowEndpointProcessor endpoint = FlowEndpointProcessor.builder().appSecret(APP_SECRET)
        .privateKeyPem(opensslEncrypted, PASSWORD.toCharArray())
        .handler(request -> FlowResponse.screen("A")).build();
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"BACK\",\"screen\":\"B\",\"flow_token\":\"t\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"screen\": \"A\", \"data\": {}}"));
  }

  @Test
  void aWrongPasswordFailsWithoutRevealingIt() {
    assertThatThrownBy(() -> FlowEndpointProcessor.builder()
            .privateKeyPem(opensslEncrypted, "wrong password".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wrong password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD).doesNotContain("MII"));
    assertThatThrownBy(() -> FlowEndpointProcessor.builder().privateKeyPem(opensslEncrypted))
        .hasMessage("privateKeyPem: the key is encrypted; give its password");
  }

  @Test
  void aPkcs1RsaPrivateKeyPemIsRead() throws Exception {
    assertThat(opensslPkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    FlowEndpointProcessor endpoint = processor(opensslPkcs1, request -> FlowResponse.screen("A"));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"screen\": \"A\", \"data\": {}}"));
  }

  @Test
  void aRequestEncryptedForAnotherKeyIsAnswered421() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> fail("must not be called"));
    Sent sent = jdkRequest(jdkKeys.getPublic(), "{\"version\":\"3.0\",\"action\":\"INIT\"}");

    FlowEndpointResponse response = endpoint.handle(sent.headers(), sent.body());

    assertThat(response.statusCode()).isEqualTo(421);
    assertThat(response.body()).isEqualTo("cannot decrypt the request");
  }

  @Test
  void alteredEncryptedDataIsAnswered421() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> fail("must not be called"));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"INIT\"}");
    Map<?, ?> envelope = (Map<?, ?>) Json.parse(sent.body());
    byte[] data = Base64.getDecoder().decode((String) envelope.get("encrypted_flow_data"));
    data[0] ^= 1;
    String altered = new String(sent.body(), StandardCharsets.UTF_8)
        .replace((String) envelope.get("encrypted_flow_data"), Base64.getEncoder().encodeToString(data));
    Sent tampered = new Sent(altered.getBytes(StandardCharsets.UTF_8), sent.aesKey(), sent.iv());

    assertThat(endpoint.handle(tampered.headers(), tampered.body()).statusCode()).isEqualTo(421);
  }

  @Test
  void aBadOrMissingSignatureIsAnswered432() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> fail("must not be called"));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"ping\"}");

    FlowEndpointResponse wrong = endpoint.handle(
        Map.of("x-hub-signature-256", List.of(WebhookProcessor.signatureFor("another-secret", sent.body()))),
        sent.body());
    FlowEndpointResponse missing = endpoint.handle(Map.of(), sent.body());

    assertThat(wrong.statusCode()).isEqualTo(432);
    assertThat(missing.statusCode()).isEqualTo(432);
  }

  @Test
  void pingIsAnsweredActiveWithoutTheHandler() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, request -> fail("must not be called"));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"ping\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"data\": {\"status\": \"active\"}}"));
  }

  @Test
  void anErrorNotificationIsAcknowledgedAndReported() throws Exception {
    List<FlowRequest> errors = new CopyOnWriteArrayList<>();
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, new FlowHandler() {
      @Override public FlowResponse handle(FlowRequest request) {
        return fail("must not be called");
      }

      @Override public void onErrorNotification(FlowRequest request) {
        errors.add(request);
      }
    });
    Sent sent = opensslRequest("""
        {"version": "3.0", "flow_token": "t", "action": "data_exchange", "screen": "DETAILS",
         "data": {"error": "invalid-screen-transition", "error_message": "no route from DETAILS to X"}}""");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"data\": {\"acknowledged\": true}}"));
    assertThat(errors).singleElement().satisfies(r -> {
      assertThat(r.isErrorNotification()).isTrue();
      assertThat(r.error()).isEqualTo("invalid-screen-transition");
      assertThat(r.errorMessage()).isEqualTo("no route from DETAILS to X");
      assertThat(r.data()).containsEntry("error", "invalid-screen-transition").doesNotContainKey("error_key");
    });
  }

  @Test
  void anErrorNotificationWithMetasTableKeyErrorKeyIsAcknowledgedToo() throws Exception {
    List<FlowRequest> errors = new CopyOnWriteArrayList<>();
    FlowEndpointProcessor endpoint = processor(opensslPkcs8, new FlowHandler() {
      @Override public FlowResponse handle(FlowRequest request) {
        return fail("must not be called");
      }

      @Override public void onErrorNotification(FlowRequest request) {
        errors.add(request);
      }
    });
    Sent sent = opensslRequest("""
        {"version": "3.0", "flow_token": "t", "action": "data_exchange", "screen": "DETAILS",
         "data": {"error_key": "invalid-screen-transition", "error_message": "no route from DETAILS to X"}}""");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body())))
        .isEqualTo(Json.parse("{\"data\": {\"acknowledged\": true}}"));
    assertThat(errors).singleElement().satisfies(r -> {
      assertThat(r.isErrorNotification()).isTrue();
      assertThat(r.error()).isEqualTo("invalid-screen-transition");
      assertThat(r.errorMessage()).isEqualTo("no route from DETAILS to X");
      assertThat(r.data()).containsEntry("error_key", "invalid-screen-transition").doesNotContainKey("error");
    });
  }

  @Test
  void closingTheFlowAnswersTheSuccessScreenWithTheFlowToken() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8,
        request -> FlowResponse.close(request.flowToken(), Map.of("booking_id", "B-17")));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"SUMMARY\","
        + "\"data\":{},\"flow_token\":\"tok-9\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body()))).isEqualTo(Json.parse("""
        {"screen": "SUCCESS", "data": {"extension_message_response":
          {"params": {"flow_token": "tok-9", "booking_id": "B-17"}}}}"""));
  }

  @Test
  void anErrorMessageIsShownOnTheScreen() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8,
        request -> FlowResponse.errorMessage("DETAILS", "That slot was just taken", Map.of("slots", List.of())));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"DETAILS\","
        + "\"data\":{},\"flow_token\":\"t\"}");

    assertThat(answer(sent, endpoint.handle(sent.headers(), sent.body()))).isEqualTo(Json.parse("""
        {"screen": "DETAILS", "data": {"slots": [], "error_message": "That slot was just taken"}}"""));
  }

  @Test
  void anInvalidFlowTokenIsAnswered427WithMetasBody() throws Exception {
    FlowEndpointProcessor endpoint = processor(opensslPkcs8,
        request -> FlowResponse.invalidFlowToken("The order has already been placed"));
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"old\"}");

    FlowEndpointResponse response = endpoint.handle(sent.headers(), sent.body());

    assertThat(response.statusCode()).isEqualTo(427);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(Json.parse(response.body())).isEqualTo(Json.parse(
        "{\"error_msg\": \"The order has already been placed\"}"));
  }

  @Test
  void malformedEnvelopesHandlerFailuresAndOversizedBodiesGetTheirStatus() throws Exception {
    FlowEndpointProcessor endpoint = FlowEndpointProcessor.builder().appSecret(APP_SECRET)
        .privateKeyPem(opensslPkcs8).maxBodyBytes(4096)
        .handler(request -> {
          throw new IllegalStateException("database down");
        }).build();
    byte[] notEncrypted = "{\"action\":\"ping\"}".getBytes(StandardCharsets.UTF_8);
    Sent sent = opensslRequest("{\"version\":\"3.0\",\"action\":\"INIT\"}");
    byte[] big = new byte[4097];

    assertThat(endpoint.handle(new Sent(notEncrypted, null, null).headers(), notEncrypted).statusCode())
        .isEqualTo(400);
    assertThat(endpoint.handle(sent.headers(), sent.body()).statusCode()).isEqualTo(500);
    assertThat(endpoint.handle(Map.of(), big).statusCode()).isEqualTo(413);
  }

  @Test
  void secretsNeverAppearInToString() {
    FlowEndpointProcessor.Builder builder = FlowEndpointProcessor.builder().appSecret(APP_SECRET)
        .privateKeyPem(opensslEncrypted, PASSWORD.toCharArray()).handler(request -> FlowResponse.screen("A"));
    FlowEndpointProcessor endpoint = builder.build();
    for (String s : List.of(builder.toString(), endpoint.toString())) {
      assertThat(s).doesNotContain(APP_SECRET).doesNotContain(PASSWORD).doesNotContain("MII").contains("<redacted>");
    }
  }

  @Test
  void theBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> FlowEndpointProcessor.builder().privateKeyPem(opensslPkcs8)
            .handler(r -> FlowResponse.screen("A")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("appSecret is required");
    assertThatThrownBy(() -> FlowEndpointProcessor.builder().privateKeyPem("not a pem"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("privateKeyPem: no \"-----BEGIN ... PRIVATE KEY-----\" block found");
  }
}
