package dev.wabasdk.webhook.flow;

import dev.wabasdk.internal.Json;
import dev.wabasdk.webhook.internal.SignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a WhatsApp Flow endpoint, framework-agnostic like {@code WebhookProcessor}: give it the request headers and
 * the <b>raw</b> body, answer with the {@link FlowEndpointResponse} it returns.
 *
 * <pre>{@code
 * FlowEndpointProcessor endpoint = FlowEndpointProcessor.builder()
 *     .appSecret(System.getenv("WHATSAPP_APP_SECRET"))
 *     .privateKeyPem(Files.readString(Path.of("private.pem")), passwordChars)
 *     .handler(request -> FlowResponse.screen("APPOINTMENT", Map.of("department", departments())))
 *     .build();
 * FlowEndpointResponse r = endpoint.handle(headers, rawBody);   // then answer r.statusCode(), r.body()
 * }</pre>
 *
 * <h2>What {@code handle} does</h2>
 * <ol>
 *   <li>Rejects bodies over {@link Builder#maxBodyBytes} (default 1 MiB) with 413.
 *   <li>Checks {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret); missing or wrong:
 *       432, as Meta documents.
 *   <li>Decrypts {@code encrypted_aes_key} (RSA-OAEP, SHA-256 for digest and MGF1) and {@code encrypted_flow_data}
 *       (AES-128-GCM with {@code initial_vector}); if that fails: 421, so the WhatsApp client re-fetches the
 *       business's public key. A body without those fields, or decrypted data that is not JSON: 400.
 *   <li>Answers a health check ({@code action: ping}) with {@code {"data": {"status": "active"}}}, and an error
 *       notification ({@code data.error} or {@code data.error_key}) with {@code {"data": {"acknowledged": true}}}
 *       after telling the handler.
 *   <li>Otherwise asks the {@link FlowHandler} and answers its {@link FlowResponse}: encrypted with the same AES key
 *       and the bit-flipped IV, base64 in the body (200), or 427 with {@code {"error_msg": ...}} for
 *       {@link FlowResponse.InvalidFlowToken}. A handler exception: 500 (logged).
 * </ol>
 * It never throws. The private key, its password and the app secret never appear in logs, messages or
 * {@code toString()}. Thread-safe; build one per endpoint and share it.
 */
public final class FlowEndpointProcessor {

  /** The default body limit: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** The header carrying Meta's signature. */
  public static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

  private static final Logger log = LoggerFactory.getLogger(FlowEndpointProcessor.class);

  private final SignatureVerifier verifier;
  private final PrivateKey privateKey;
  private final FlowHandler handler;
  private final int maxBodyBytes;

  private FlowEndpointProcessor(SignatureVerifier verifier, PrivateKey privateKey, FlowHandler handler,
      int maxBodyBytes) {
    this.verifier = verifier;
    this.privateKey = privateKey;
    this.handler = handler;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Handles one POST from Meta. Never throws (see the class documentation for the answers).
   *
   * @param headers the request headers (names in any letter case)
   * @param rawBody the request body exactly as received
   */
  public FlowEndpointResponse handle(Map<String, ? extends List<String>> headers, byte[] rawBody) {
    try {
      return process(headers, rawBody);
    } catch (RuntimeException e) {
      log.error("Unexpected failure while handling a Flow endpoint request", e);
      return FlowEndpointResponse.text(500, "internal error");
    }
  }

  private FlowEndpointResponse process(@Nullable Map<String, ? extends List<String>> headers,
      byte @Nullable [] rawBody) {
    if (rawBody == null) {
      return FlowEndpointResponse.text(400, "no body");
    }
    if (rawBody.length > maxBodyBytes) {
      log.warn("Rejected Flow endpoint request: body of {} bytes exceeds the limit of {} bytes", rawBody.length,
          maxBodyBytes);
      return FlowEndpointResponse.text(413, "body exceeds " + maxBodyBytes + " bytes");
    }
    SignatureVerifier.Result signature = verifier.verify(header(headers, SIGNATURE_HEADER), rawBody);
    if (signature != SignatureVerifier.Result.VALID) {
      log.warn("Rejected Flow endpoint request with 432: {}", signature.reason());
      return FlowEndpointResponse.text(432, signature.reason());
    }
    byte[] encryptedAesKey;
    byte[] encryptedData;
    byte[] iv;
    try {
      if (!(Json.parse(rawBody) instanceof Map<?, ?> envelope)) {
        return FlowEndpointResponse.text(400, "the body must be a JSON object");
      }
      encryptedAesKey = base64(envelope, "encrypted_aes_key");
      encryptedData = base64(envelope, "encrypted_flow_data");
      iv = base64(envelope, "initial_vector");
    } catch (Json.MalformedJsonException | IllegalArgumentException e) {
      log.warn("Rejected Flow endpoint request: {}", e.getMessage());
      return FlowEndpointResponse.text(400, "malformed request: " + e.getMessage());
    }
    byte[] aesKey;
    byte[] plaintext;
    try {
      aesKey = FlowCrypto.decryptAesKey(privateKey, encryptedAesKey);
      plaintext = FlowCrypto.decryptBody(aesKey, iv, encryptedData);
    } catch (FlowCrypto.DecryptionException e) {
      // 421 makes the WhatsApp client re-fetch the public key and retry.
      log.warn("Rejected Flow endpoint request with 421: {}", e.getMessage());
      return FlowEndpointResponse.text(421, "cannot decrypt the request");
    }
    try {
      return answer(aesKey, iv, plaintext);
    } finally {
      Arrays.fill(aesKey, (byte) 0);
    }
  }

  private FlowEndpointResponse answer(byte[] aesKey, byte[] iv, byte[] plaintext) {
    FlowRequest request;
    try {
      request = request(plaintext);
    } catch (Json.MalformedJsonException | IllegalArgumentException e) {
      log.warn("Rejected Flow endpoint request: decrypted data is not a Flow request: {}", e.getMessage());
      return FlowEndpointResponse.text(400, "decrypted data is not a Flow request");
    }
    if (request.action() == FlowAction.PING) {
      return encrypted(aesKey, iv, Map.of("data", Map.of("status", "active")));
    }
    if (request.isErrorNotification()) {
      log.warn("Flow error notification on screen {}: {} ({})", request.screen(), request.error(),
          request.errorMessage());
      try {
        handler.onErrorNotification(request);
      } catch (RuntimeException e) {
        log.error("FlowHandler.onErrorNotification failed; acknowledging anyway", e);
      }
      return encrypted(aesKey, iv, Map.of("data", Map.of("acknowledged", true)));
    }
    FlowResponse response;
    try {
      response = Objects.requireNonNull(handler.handle(request), "FlowHandler.handle returned null");
    } catch (RuntimeException e) {
      log.error("FlowHandler failed for action {} on screen {}", request.action(), request.screen(), e);
      return FlowEndpointResponse.text(500, "handler failed");
    }
    if (response instanceof FlowResponse.InvalidFlowToken invalid) {
      return new FlowEndpointResponse(427, Json.writeTree(Map.of("error_msg", invalid.message())),
          FlowEndpointResponse.JSON);
    }
    return encrypted(aesKey, iv, body(response));
  }

  /** The decrypted JSON Meta expects for a response (before encryption). */
  static Map<String, Object> body(FlowResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (response instanceof FlowResponse.NextScreen next) {
      body.put("screen", next.screen());
      body.put("data", next.data());
    } else if (response instanceof FlowResponse.Close close) {
      Map<String, @Nullable Object> params = new LinkedHashMap<>();
      params.put("flow_token", close.flowToken());
      params.putAll(close.params());
      body.put("screen", "SUCCESS");
      body.put("data", Map.of("extension_message_response", Map.of("params", params)));
    } else {
      throw new IllegalStateException("not an encrypted response: " + response);
    }
    return body;
  }

  private static FlowEndpointResponse encrypted(byte[] aesKey, byte[] iv, Map<String, ?> body) {
    byte[] json = Json.writeTree(body).getBytes(StandardCharsets.UTF_8);
    String encoded = Base64.getEncoder().encodeToString(FlowCrypto.encryptResponse(aesKey, iv, json));
    return FlowEndpointResponse.text(200, encoded);
  }

  @SuppressWarnings("unchecked")
  private static FlowRequest request(byte[] plaintext) {
    if (!(Json.parse(plaintext) instanceof Map<?, ?> raw)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Map<String, @Nullable Object> m = (Map<String, @Nullable Object>) raw;
    if (!(m.get("action") instanceof String action)) {
      throw new IllegalArgumentException("no action");
    }
    Object version = m.get("version");
    Object data = m.get("data");
    return new FlowRequest(version == null ? "" : version.toString(), FlowAction.of(action),
        m.get("screen") instanceof String s && !s.isEmpty() ? s : null,
        data instanceof Map<?, ?> d
            ? (Map<String, @Nullable Object>) Objects.requireNonNull(Json.unmodifiableCopy(d)) : Map.of(),
        m.get("flow_token") instanceof String t ? t : null,
        m.get("flow_token_signature") instanceof String sig && !sig.isEmpty() ? sig : null);
  }

  private static byte[] base64(Map<?, ?> envelope, String field) {
    if (!(envelope.get(field) instanceof String value)) {
      throw new IllegalArgumentException(field + " is missing");
    }
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + " is not base64");
    }
  }

  private static @Nullable String header(@Nullable Map<String, ? extends List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, ? extends List<String>> entry : headers.entrySet()) {
      if (name.equalsIgnoreCase(entry.getKey())) {
        List<String> values = entry.getValue();
        return values == null || values.isEmpty() ? null : values.get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "FlowEndpointProcessor{privateKey=<redacted>, appSecret=<redacted>, maxBodyBytes=" + maxBodyBytes + "}";
  }

  /** Builds a {@link FlowEndpointProcessor}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String appSecret;
    private @Nullable PrivateKey privateKey;
    private @Nullable FlowHandler handler;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** <strong>Required.</strong> The Meta app's secret, which signs each request ({@code X-Hub-Signature-256}). */
    public Builder appSecret(String appSecret) {
      Objects.requireNonNull(appSecret, "appSecret == null");
      if (appSecret.isBlank()) {
        throw new IllegalArgumentException("appSecret must not be blank");
      }
      this.appSecret = appSecret;
      return this;
    }

    /**
     * <strong>Required</strong> (this or another {@code privateKey} method). The RSA private key whose public key
     * is registered with Meta, as PEM: {@code BEGIN PRIVATE KEY} (PKCS#8) or {@code BEGIN RSA PRIVATE KEY}
     * (PKCS#1, unencrypted).
     *
     * @throws IllegalArgumentException when the PEM holds no usable RSA private key (the message has no key material)
     */
    public Builder privateKeyPem(String pem) {
      Objects.requireNonNull(pem, "pem == null");
      this.privateKey = PemKeys.read(pem, null);
      return this;
    }

    /**
     * The RSA private key as a password-protected PEM ({@code BEGIN ENCRYPTED PRIVATE KEY}, e.g. from
     * {@code openssl genrsa -aes256} or {@code openssl pkcs8 -topk8 -v2 aes-256-cbc}). The password array is
     * not kept; clear it afterwards if you like.
     *
     * @throws IllegalArgumentException when the password is wrong or the encryption is not supported by the JDK
     */
    public Builder privateKeyPem(String pem, char[] password) {
      Objects.requireNonNull(pem, "pem == null");
      Objects.requireNonNull(password, "password == null");
      char[] copy = password.clone();
      try {
        this.privateKey = PemKeys.read(pem, copy);
      } finally {
        Arrays.fill(copy, '\0');
      }
      return this;
    }

    /** The RSA private key, e.g. from a key store. */
    public Builder privateKey(PrivateKey privateKey) {
      Objects.requireNonNull(privateKey, "privateKey == null");
      if (!"RSA".equals(privateKey.getAlgorithm())) {
        throw new IllegalArgumentException("privateKey must be an RSA key, got " + privateKey.getAlgorithm());
      }
      this.privateKey = privateKey;
      return this;
    }

    /** <strong>Required.</strong> The app's answers. */
    public Builder handler(FlowHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler == null");
      return this;
    }

    /** The largest body accepted (default 1 MiB). */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be at least 1, got " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * The processor.
     *
     * @throws IllegalStateException when the app secret, the private key or the handler is missing
     */
    public FlowEndpointProcessor build() {
      if (appSecret == null) {
        throw new IllegalStateException("appSecret is required: the Meta app's secret (App settings > Basic)");
      }
      if (privateKey == null) {
        throw new IllegalStateException("a private key is required: privateKeyPem(..) or privateKey(..)");
      }
      if (handler == null) {
        throw new IllegalStateException("handler is required");
      }
      return new FlowEndpointProcessor(new SignatureVerifier(appSecret), privateKey, handler, maxBodyBytes);
    }

    @Override
    public String toString() {
      return "FlowEndpointProcessor.Builder{privateKey=<redacted>, appSecret=<redacted>}";
    }
  }
}
