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

  /**
   * The user's address, submitted in answer to an address message (India: {@code nfm_reply} named
   * {@code address_message}), as in Meta's address messages guide.
   */
  static final byte[] ADDRESS_REPLY = ("""
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{\
      "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",\
      "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"CUSTOMER_NAME"},"wa_id":"919000012345"}],\
      "messages":[{"context":{"from":"15550783881","id":"wamid.ADDRESSMSG1"},"from":"919000012345",\
      "id":"wamid.ADDRESSREPLY1","timestamp":"1772129100","type":"interactive","interactive":{"type":"nfm_reply",\
      "nfm_reply":{"name":"address_message","body":"CUSTOMER_NAME\\n+91xxxxxxxxxx\\n400063, 8, Goregaon, Mumbai",\
      "response_json":"{\\"saved_address_id\\":\\"address1\\",\\"values\\":{\\"in_pin_code\\":\\"400063\\",\
      \\"building_name\\":\\"\\",\\"landmark_area\\":\\"Goregaon\\",\\"city\\":\\"Mumbai\\",\
      \\"name\\":\\"CUSTOMER_NAME\\",\\"phone_number\\":\\"+91xxxxxxxxxx\\",\\"floor_number\\":\\"8\\"}}"}}}]},\
      "field":"messages"}]}]}""").getBytes(StandardCharsets.UTF_8);

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
