package dev.wabasdk.spring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's documented webhook payloads and their X-Hub-Signature-256, for tests. */
final class Payloads {
  static final String APP_SECRET = "test-app-secret";
  static final String PHONE_NUMBER_ID = "106540352242922";
  /** The {@code timestamp} of {@link #INBOUND_TEXT}. */
  static final long INBOUND_TEXT_TIMESTAMP = 1749416383L;

  /** An inbound text message, as in Meta's webhook reference. */
  static final byte[] INBOUND_TEXT = ("""
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{\
      "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
      "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],\
      "messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",\
      "timestamp":"1749416383","type":"text","text":{"body":"Does it come in another color?"}}]},\
      "field":"messages"}]}]}""").getBytes(StandardCharsets.UTF_8);

  /** A user stopped marketing messages ({@code user_preferences}), as in Meta's webhook reference. */
  static final byte[] USER_STOPPED_MARKETING = ("""
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"user_preferences",\
      "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
      "phone_number_id":"106540352242922"},"contacts":[{"wa_id":"16505551234","profile":{"name":"Sheena Nelson"}}],\
      "user_preferences":[{"wa_id":"16505551234","detail":"User requested to stop marketing messages",\
      "category":"marketing_messages","value":"stop","timestamp":1731705721}]}}]}]}""")
      .getBytes(StandardCharsets.UTF_8);

  private Payloads() {}

  static String signature(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static Map<String, List<String>> signedHeaders(byte[] body) {
    return Map.of("X-Hub-Signature-256", List.of(signature(body)), "Content-Type", List.of("application/json"));
  }
}
