package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.FlowRoutes.FlowState;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * What a fake user's WhatsApp client does around a flow: finds the flow a sent message opens (an interactive
 * {@code flow} message, or a template's {@code FLOW} button sent with its {@code flow_token}), calls the flow's
 * endpoint like Meta (the request encrypted for the registered business public key with RSA-OAEP SHA-256 for a
 * fresh AES-128 key and AES-GCM for the body, signed with the app secret, the answer decrypted with the flipped IV;
 * each call recorded for the flow's metrics) and sends the {@code nfm_reply} at the end. {@link FlowSession} walks
 * the screens. Thread-safe: it reads the engine's state under its lock and calls the endpoint outside it.
 */
final class FlowRunner {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final OAEPParameterSpec OAEP_SHA256 =
      new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private final FakeEngine engine;
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  private final SecureRandom random = new SecureRandom();

  FlowRunner(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * What a run needs, read under the lock when the user opens the flow.
   *
   * @param firstScreen the screen a {@code navigate} open shows, or null when the flow opens with an INIT request
   */
  record Start(String waId, String wamid, String flowToken, @Nullable String flowId, String flowName,
      Map<String, Object> screens, @Nullable String firstScreen, Map<String, Object> firstData,
      @Nullable String endpointUri, @Nullable String publicKey) {}

  /** The flow the newest message to {@code waId} with this {@code flow_token} opens. */
  Start start(String waId, String flowToken) {
    synchronized (engine.lock) {
      List<SentRecord> sent = engine.messages.sent();
      for (int i = sent.size() - 1; i >= 0; i--) {
        SentRecord r = sent.get(i);
        if (r.to.equals(waId)) {
          Start start = start(r, flowToken);
          if (start != null) {
            return start;
          }
        }
      }
      throw new IllegalArgumentException("no flow message with flow_token " + flowToken + " was sent to " + waId);
    }
  }

  /** The flow message {@code wamid} opens (its own {@code flow_token}). */
  Start startMessage(String wamid) {
    synchronized (engine.lock) {
      for (SentRecord r : engine.messages.sent()) {
        if (r.id.equals(wamid)) {
          Start start = start(r, null);
          if (start == null) {
            throw new IllegalArgumentException("message " + wamid + " is not a flow message (an interactive flow "
                + "or a template with a FLOW button sent with its flow_token)");
          }
          return start;
        }
      }
      throw new IllegalArgumentException("the app sent no message " + wamid);
    }
  }

  /** The flow record {@code r} opens with {@code flowToken} (any token when null), or null. Under the lock. */
  private @Nullable Start start(SentRecord r, @Nullable String flowToken) {
    if ("flow".equals(Json.string(r.body, "interactive", "type"))) {
      Map<String, Object> p = Json.map(r.body, "interactive", "action", "parameters");
      // Meta's default flow_token is "unused" when the send gives none, as for a template's FLOW button.
      String given = Json.string(p, "flow_token");
      String token = given == null ? "unused" : given;
      if (p == null || (flowToken != null && !flowToken.equals(token))) {
        return null;
      }
      FlowState flow = openable(r.id, Json.string(p, "flow_id"), Json.string(p, "flow_name"));
      Map<String, Object> payload = Json.map(p, "flow_action_payload");
      boolean init = "data_exchange".equals(Json.string(p, "flow_action"));
      return start(r, token, flow, init, Json.string(payload, "screen"), Json.map(payload, "data"));
    }
    if (!r.type.equals("template")) {
      return null;
    }
    for (Object component : Json.list(r.body, "template", "components")) {
      if (!"button".equals(Json.string(component, "type")) || !"flow".equals(Json.string(component, "sub_type"))) {
        continue;
      }
      Map<String, Object> action = null;
      for (Object parameter : Json.list(component, "parameters")) {
        if ("action".equals(Json.string(parameter, "type"))) {
          action = Json.map(parameter, "action");
        }
      }
      // Meta fills in a flow_token of "unused" when the send gives none.
      String given = Json.string(action, "flow_token");
      String token = given == null ? "unused" : given;
      if (flowToken != null && !flowToken.equals(token)) {
        continue;
      }
      Map<String, Object> button = templateButton(r, component);
      String inline = Json.string(button, "flow_json");
      FlowState flow;
      if (inline != null) {
        flow = new FlowState("", Json.string(r.body, "template", "name") + " (inline Flow JSON)", List.of());
        flow.flowJson = inline;
      } else {
        flow = openable(r.id, Json.string(button, "flow_id"), Json.string(button, "flow_name"));
      }
      boolean init = "data_exchange".equals(Json.string(button, "flow_action"));
      return start(r, token, flow, init, Json.string(button, "navigate_screen"), Json.map(action,
          "flow_action_data"));
    }
    return null;
  }

  private Start start(SentRecord r, String token, FlowState flow, boolean init, @Nullable String screen,
      @Nullable Map<String, Object> data) {
    Map<String, Object> screens = new LinkedHashMap<>();
    Object tree = FlowRoutes.tree(String.valueOf(flow.flowJson));
    for (Object s : Json.list(tree, "screens")) {
      if (s instanceof Map<?, ?> m && m.get("id") != null) {
        screens.put(String.valueOf(m.get("id")), s);
      }
    }
    if (screens.isEmpty()) {
      throw new IllegalStateException("flow " + flow.name + " has no screen");
    }
    String first = init ? null : screen != null ? screen : entryScreen(tree, screens);
    return new Start(r.to, r.id, token, flow.id.isEmpty() ? null : flow.id, flow.name, screens, first,
        data == null ? new LinkedHashMap<>() : new LinkedHashMap<>(data), flow.endpointUri,
        engine.flows.publicKey());
  }

  /**
   * The screen a {@code navigate} open without {@code flow_action_payload.screen} shows (Meta's default
   * {@code FIRST_ENTRY_SCREEN}): with a {@code routing_model}, the first screen no route leads to (Meta's entry
   * screen, the one with no inbound edge); without one, the first screen of the Flow JSON.
   */
  private static String entryScreen(Object tree, Map<String, Object> screens) {
    Map<String, Object> routes = Json.map(tree, "routing_model");
    if (routes != null) {
      Set<String> targets = new HashSet<>();
      for (Object next : routes.values()) {
        if (next instanceof List<?> list) {
          list.forEach(t -> targets.add(String.valueOf(t)));
        }
      }
      for (String id : screens.keySet()) {
        if (!targets.contains(id)) {
          return id;
        }
      }
    }
    return screens.keySet().iterator().next();
  }

  /** The template definition's button a sent {@code button} component names by its index. */
  private Map<String, Object> templateButton(SentRecord r, Object component) {
    TemplateStore.TemplateRecord template = engine.templates.find(Json.string(r.body, "template", "name"),
        Json.string(r.body, "template", "language", "code"));
    int index;
    try {
      index = Integer.parseInt(String.valueOf(Json.string(component, "index")));
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (template != null) {
      for (Object c : template.components) {
        if ("BUTTONS".equalsIgnoreCase(Json.string(c, "type"))) {
          List<Object> buttons = Json.list(c, "buttons");
          if (index >= 0 && index < buttons.size()) {
            return FlowSession.map(buttons.get(index));
          }
        }
      }
    }
    throw new IllegalStateException("template " + Json.string(r.body, "template", "name") + " has no FLOW button "
        + index);
  }

  private FlowState openable(String wamid, @Nullable String flowId, @Nullable String flowName) {
    FlowState flow = engine.flows.find(flowId, flowName);
    if (flow == null || flow.flowJson == null) {
      throw new IllegalStateException("the flow of message " + wamid + " (" + (flowId != null ? flowId : flowName)
          + ") was not created with Flow JSON in the fake");
    }
    if (!flow.status.equals("PUBLISHED") && !flow.status.equals("DRAFT")) {
      throw new IllegalStateException("flow " + flow.id + " is " + flow.status + ": it cannot be opened");
    }
    return flow;
  }

  /** Sends the {@code nfm_reply} that ends a flow, replying to the flow message. */
  UserMessage reply(Start start, Map<String, Object> params) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("flow_token", start.flowToken());
    response.putAll(params);
    return engine.userSends(start.waId(), obj("context", obj("from", engine.businessNumber(), "id", start.wamid()),
        "type", "interactive", "interactive", obj("type", "nfm_reply", "nfm_reply", obj("name", "flow", "body",
            "Sent", "response_json", Json.write(response)))));
  }

  // ---------------------------------------------------------------- the endpoint protocol

  /** One request to the flow's endpoint; the decrypted answer. Recorded for the flow's metrics. */
  Map<String, Object> exchange(Start start, Map<String, Object> request) {
    if (start.endpointUri() == null) {
      throw new IllegalStateException("the flow has no endpoint_uri: set it with flows().update(...)");
    }
    if (start.publicKey() == null) {
      throw new IllegalStateException("no business public key is registered: call flows().setBusinessPublicKey(..)");
    }
    byte[] aesKey = new byte[16];
    byte[] iv = new byte[16];
    random.nextBytes(aesKey);
    random.nextBytes(iv);
    byte[] body;
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.ENCRYPT_MODE, publicKey(start.publicKey()), OAEP_SHA256);
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
      Base64.Encoder b64 = Base64.getEncoder();
      body = Json.write(obj("encrypted_flow_data", b64.encodeToString(aes.doFinal(Json.write(request)
          .getBytes(StandardCharsets.UTF_8))), "encrypted_aes_key", b64.encodeToString(rsa.doFinal(aesKey)),
          "initial_vector", b64.encodeToString(iv))).getBytes(StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not encrypt the flow request", e);
    }
    Request http = new Request.Builder().url(start.endpointUri())
        .header("X-Hub-Signature-256", Signatures.sign(engine.config.appSecret(), body))
        .post(RequestBody.create(body, JSON)).build();
    long began = System.nanoTime();
    String error = null;
    try (Response response = this.http.newCall(http).execute()) {
      String text = response.body().string();
      if (response.code() != 200) {
        error = "unexpected_http_status_code";
        throw new IllegalStateException("the flow endpoint answered " + response.code() + " to "
            + request.get("action") + ": " + text);
      }
      byte[] flipped = iv.clone();
      for (int i = 0; i < flipped.length; i++) {
        flipped[i] = (byte) ~flipped[i];
      }
      try {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, flipped));
        String plain = new String(aes.doFinal(Base64.getDecoder().decode(text.strip())), StandardCharsets.UTF_8);
        return Json.parseObject(plain);
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        error = "cannot_be_served";
        throw new IllegalStateException("the flow endpoint's answer is not encrypted as Meta expects", e);
      }
    } catch (InterruptedIOException e) {
      error = "timeout_error";
      throw new IllegalStateException("the flow endpoint " + start.endpointUri() + " did not answer in time", e);
    } catch (IOException e) {
      error = "no_http_response_error";
      throw new IllegalStateException("the flow endpoint " + start.endpointUri() + " could not be reached", e);
    } finally {
      if (start.flowId() != null) {
        engine.flows.recordEndpointCall(start.flowId(), Duration.ofNanos(System.nanoTime() - began), error);
      }
    }
  }

  /** Reads a PEM public key. */
  static PublicKey publicKey(String pem) {
    String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
        .replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
          .decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an RSA public key", e);
    }
  }
}
