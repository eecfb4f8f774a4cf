package dev.wabasdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's webhook signature: {@code sha256=} + hex HMAC-SHA256 of the raw body keyed with the app secret. Stateless
 * and thread-safe.
 */
public final class Signatures {
  private Signatures() {}

  public static String sign(String appSecret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Constant-time check of a {@code X-Hub-Signature-256} header value. */
  public static boolean verify(String appSecret, byte[] body, String header) {
    byte[] expected = sign(appSecret, body).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
