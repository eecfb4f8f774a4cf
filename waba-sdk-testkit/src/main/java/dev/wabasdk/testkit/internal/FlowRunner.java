package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.FlowRoutes.FlowState;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A fake user opening a flow message the app sent and completing it, as the WhatsApp client does: screen by screen
 * from the flow's uploaded Flow JSON, filling each screen's form with the answers the test scripted, following the
 * footer's action ({@code navigate}, {@code data_exchange}, {@code complete}). Data exchanges go to the flow's
 * endpoint like Meta's: the request encrypted for the registered business public key (RSA-OAEP SHA-256 for a fresh
 * AES-128 key, AES-GCM for the body), signed with the app secret, the answer decrypted with the flipped IV. The end
 * is the {@code nfm_reply} webhook. Thread-safe: it reads the engine's state under its lock and calls the endpoint
 * outside it.
 */
final class FlowRunner {
  private static final int MAX_STEPS = 100;
  private static final MediaType JSON = MediaType.get("application/json");
  private static final OAEPParameterSpec OAEP_SHA256 =
      new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private final FakeEngine engine;
  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  private final SecureRandom random = new SecureRandom();

  FlowRunner(FakeEngine engine) {
    this.engine = engine;
  }

  /** What the run needs, read under the lock. */
  private record Start(String wamid, Map<String, Object> parameters, Map<String, Object> flowJson,
      @Nullable String endpointUri, @Nullable String publicKey) {}

  UserMessage complete(String waId, String flowToken, Map<String, ? extends Map<String, ?>> answers) {
    Start start = start(waId, flowToken);
    Map<String, Object> screens = new LinkedHashMap<>();
    for (Object s : Json.list(start.flowJson(), "screens")) {
      if (s instanceof Map<?, ?> m && m.get("id") != null) {
        screens.put(String.valueOf(m.get("id")), s);
      }
    }
    Map<String, Object> params = start.parameters();
    String screen;
    Map<String, Object> data;
    if ("data_exchange".equals(params.get("flow_action"))) {
      Map<String, Object> first = exchange(start, obj("version", "3.0", "action", "INIT", "flow_token", flowToken));
      screen = String.valueOf(first.get("screen"));
      data = map(first.get("data"));
    } else {
      Map<String, Object> payload = map(params.get("flow_action_payload"));
      screen = payload.get("screen") != null ? String.valueOf(payload.get("screen"))
          : screens.keySet().stream().findFirst().orElseThrow(() -> new IllegalStateException("the flow has no screen"));
      data = map(payload.get("data"));
    }
    Map<String, Map<String, ?>> filled = new LinkedHashMap<>();
    for (int step = 0; step < MAX_STEPS; step++) {
      Object screenJson = screens.get(screen);
      if (screenJson == null) {
        throw new IllegalStateException("the flow has no screen " + screen + "; screens: " + screens.keySet());
      }
      Map<String, ?> form = answers.get(screen) == null ? Map.of() : answers.get(screen);
      filled.put(screen, form);
      Map<String, Object> action = footerAction(Json.map(screenJson, "layout"));
      if (action == null) {
        throw new IllegalStateException("screen " + screen + " has no Footer with an on-click-action");
      }
      Map<String, Object> payload = map(resolve(action.get("payload"), form, data, filled));
      String name = String.valueOf(action.get("name"));
      switch (name) {
        case "navigate" -> {
          screen = String.valueOf(Json.at(action, "next", "name"));
          data = payload;
        }
        case "complete" -> {
          return reply(waId, start.wamid(), flowToken, payload);
        }
        case "data_exchange" -> {
          Map<String, Object> answer = exchange(start, obj("version", "3.0", "action", "data_exchange", "screen",
              screen, "data", payload, "flow_token", flowToken));
          String next = String.valueOf(answer.get("screen"));
          Map<String, Object> nextData = map(answer.get("data"));
          if (next.equals("SUCCESS")) {
            return reply(waId, start.wamid(), flowToken,
                map(Json.at(nextData, "extension_message_response", "params")));
          }
          screen = next;
          data = nextData;
        }
        default -> throw new IllegalStateException("screen " + screen + ": the fake cannot follow action " + name);
      }
    }
    throw new IllegalStateException("the flow did not complete in " + MAX_STEPS + " screens");
  }

  private Start start(String waId, String flowToken) {
    synchronized (engine.lock) {
      List<SentRecord> sent = engine.messages.sent();
      for (int i = sent.size() - 1; i >= 0; i--) {
        SentRecord r = sent.get(i);
        Map<String, Object> p = Json.map(r.body, "interactive", "action", "parameters");
        if (r.to.equals(waId) && "flow".equals(Json.string(r.body, "interactive", "type")) && p != null
            && flowToken.equals(Json.string(p, "flow_token"))) {
          FlowState flow = engine.flows.find(Json.string(p, "flow_id"), Json.string(p, "flow_name"));
          if (flow == null || flow.flowJson == null) {
            throw new IllegalStateException("the flow of message " + r.id + " (" + p.get("flow_id")
                + p.get("flow_name") + ") was not created with Flow JSON in the fake");
          }
          if (!flow.status.equals("PUBLISHED") && !flow.status.equals("DRAFT")) {
            throw new IllegalStateException("flow " + flow.id + " is " + flow.status + ": it cannot be opened");
          }
          return new Start(r.id, p, FlowRoutes.tree(flow.flowJson), flow.endpointUri, engine.flows.publicKey());
        }
      }
      throw new IllegalArgumentException("no flow message with flow_token " + flowToken + " was sent to " + waId);
    }
  }

  private UserMessage reply(String waId, String wamid, String flowToken, Map<String, Object> params) {
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("flow_token", flowToken);
    response.putAll(params);
    return engine.userSends(waId, obj("context", obj("from", engine.businessNumber(), "id", wamid), "type",
        "interactive", "interactive", obj("type", "nfm_reply", "nfm_reply", obj("name", "flow", "body", "Sent",
            "response_json", Json.write(response)))));
  }

  /** The on-click-action of the screen's Footer (searched through forms and other containers), or null. */
  private static @Nullable Map<String, Object> footerAction(@Nullable Object node) {
    if (node instanceof Map<?, ?> m) {
      if ("Footer".equals(m.get("type")) && m.get("on-click-action") instanceof Map<?, ?>) {
        return map(m.get("on-click-action"));
      }
      for (String key : List.of("children", "then", "else")) {
        Map<String, Object> found = footerAction(m.get(key));
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof List<?> list) {
      for (Object o : list) {
        Map<String, Object> found = footerAction(o);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Replaces {@code ${form.x}}, {@code ${data.x}} and {@code ${screen.S.form.x}} with their values. */
  private static @Nullable Object resolve(@Nullable Object value, Map<String, ?> form, Map<String, Object> data,
      Map<String, Map<String, ?>> filled) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> {
        Object resolved = resolve(v, form, data, filled);
        if (resolved != null) {
          out.put(String.valueOf(k), resolved);
        }
      });
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(resolve(v, form, data, filled)));
      return out;
    }
    if (value instanceof String s && s.startsWith("${") && s.endsWith("}")) {
      String[] path = s.substring(2, s.length() - 1).split("\\.");
      if (path.length == 2 && path[0].equals("form")) {
        return form.get(path[1]);
      }
      if (path.length == 2 && path[0].equals("data")) {
        return data.get(path[1]);
      }
      if (path.length == 4 && path[0].equals("screen") && path[2].equals("form")) {
        Map<String, ?> other = filled.get(path[1]);
        return other == null ? null : other.get(path[3]);
      }
      if (path.length == 4 && path[0].equals("screen") && path[2].equals("data")) {
        return null; // earlier screens' data are not kept by the fake
      }
    }
    return value;
  }

  // ---------------------------------------------------------------- the endpoint protocol

  private Map<String, Object> exchange(Start start, Map<String, Object> request) {
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
    try (Response response = this.http.newCall(http).execute()) {
      String text = response.body().string();
      if (response.code() != 200) {
        throw new IllegalStateException("the flow endpoint answered " + response.code() + " to "
            + request.get("action") + ": " + text);
      }
      byte[] flipped = iv.clone();
      for (int i = 0; i < flipped.length; i++) {
        flipped[i] = (byte) ~flipped[i];
      }
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, flipped));
      String plain = new String(aes.doFinal(Base64.getDecoder().decode(text.strip())), StandardCharsets.UTF_8);
      return Json.parseObject(plain);
    } catch (IOException e) {
      throw new IllegalStateException("the flow endpoint " + start.endpointUri() + " could not be reached", e);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the flow endpoint's answer is not encrypted as Meta expects", e);
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

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
  }
}
