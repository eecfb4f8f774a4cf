package dev.wabasdk.redis;

import dev.wabasdk.webhook.WebhookProcessor;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook bodies in Meta's documented shape (cloud-api.md), for the processor tests. */
final class Webhooks {
  static final String APP_SECRET = "test-app-secret";
  static final String VERIFY_TOKEN = "test-verify-token";
  /** The {@code timestamp} of the messages below (2025-11-25T10:00:00Z). */
  static final long TIMESTAMP = 1_764_064_800L;

  private Webhooks() {}

  /** A processor builder with the test app secret and verify token, as an app configures it. */
  static WebhookProcessor.Builder processor() {
    return WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN);
  }

  /** The headers Meta sends with {@code body}: its X-Hub-Signature-256 and Content-Type. */
  static Map<String, List<String>> signed(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return Map.of(WebhookProcessor.SIGNATURE_HEADER, List.of(signature), "Content-Type",
          List.of("application/json"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An inbound text message notification with the given message id and sender. */
  static byte[] textMessage(String wamid, String from) {
    return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
        + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},"
        + "\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":\"" + wamid + "\","
        + "\"timestamp\":\"" + TIMESTAMP + "\",\"type\":\"text\","
        + "\"text\":{\"body\":\"Does it come in another color?\"}}]},"
        + "\"field\":\"messages\"}]}]}").getBytes(StandardCharsets.UTF_8);
  }
}
