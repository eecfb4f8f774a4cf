package dev.wabasdk.webhook.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks Meta's {@code X-Hub-Signature-256: sha256=<hex>} header: HMAC-SHA256 of the raw body keyed with the app
 * secret, compared in constant time. Thread-safe: each thread reuses its own keyed {@link Mac} ({@code doFinal} resets
 * it), made once per thread as a clone of a keyed prototype, so a check allocates no {@code Mac} (a clone per call
 * cost about 550 bytes).
 */
public final class SignatureVerifier {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String PREFIX = "sha256=";
  private static final int DIGEST_HEX_LENGTH = 64;
  /** The value of each ASCII character as a hex digit, or -1. */
  private static final byte[] HEX_DIGITS = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      HEX_DIGITS[c] = (byte) Character.digit((char) c, 16);
    }
  }

  private final SecretKeySpec key;
  private final Mac prototype;
  private final boolean cloneable;
  private final ThreadLocal<Mac> perThread = ThreadLocal.withInitial(this::copyOfPrototype);
  /** Verifiers of the other apps' secrets (several apps may post to one endpoint); empty for one app. */
  private final List<SignatureVerifier> others;

  /** A verifier for several apps: a signature is valid when it matches the body under any one of the secrets. */
  public SignatureVerifier(List<String> appSecrets) {
    this(appSecrets.get(0), appSecrets.subList(1, appSecrets.size()).stream().map(SignatureVerifier::new).toList());
  }

  public SignatureVerifier(String appSecret) {
    this(appSecret, List.of());
  }

  private SignatureVerifier(String appSecret, List<SignatureVerifier> others) {
    this.others = others;
    this.key = new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    this.prototype = newMac();
    boolean canClone;
    try {
      canClone = prototype.clone() != null;
    } catch (CloneNotSupportedException e) {
      canClone = false;
    }
    this.cloneable = canClone;
  }

  /** The outcome of a check; {@link #reason()} is safe to log and to answer with. */
  public enum Result {
    VALID("valid"),
    MISSING("missing X-Hub-Signature-256 header"),
    MALFORMED("malformed X-Hub-Signature-256 header: expected sha256=<64 hex digits>"),
    MISMATCH("X-Hub-Signature-256 does not match the body (wrong app secret, or the body was changed)");

    private final String reason;

    Result(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  /** Checks {@code header} against the raw {@code body}. */
  public Result verify(@Nullable String header, byte[] body) {
    if (header == null || header.isBlank()) {
      return Result.MISSING;
    }
    String value = header.trim();
    if (value.length() != PREFIX.length() + DIGEST_HEX_LENGTH
        || !value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Result.MALFORMED;
    }
    byte[] provided = new byte[DIGEST_HEX_LENGTH / 2];
    int invalid = 0; // negative once a character is not a hex digit: one test after the loop, no branch per digit
    for (int i = 0; i < provided.length; i++) {
      int high = hex(value.charAt(PREFIX.length() + 2 * i));
      int low = hex(value.charAt(PREFIX.length() + 2 * i + 1));
      invalid |= high | low;
      provided[i] = (byte) ((high << 4) | low);
    }
    if (invalid < 0) {
      return Result.MALFORMED;
    }
    boolean valid = MessageDigest.isEqual(mac().doFinal(body), provided);
    for (SignatureVerifier other : others) {
      // Every secret is tried, with no early exit, so the time taken does not tell which app's secret matched.
      valid |= MessageDigest.isEqual(other.mac().doFinal(body), provided);
    }
    return valid ? Result.VALID : Result.MISMATCH;
  }

  /** A hex digit's value, or -1: {@code Character.digit(c, 16)}, with ASCII (what Meta sends) read from a table. */
  private static int hex(char c) {
    // A table, not range tests: digits and letters come in random order, so range tests mispredict often.
    return c < 128 ? HEX_DIGITS[c] : Character.digit(c, 16); // other scripts' digits, as Character.digit reads them
  }

  /** The header value Meta would send for {@code body} (for tests and fakes). */
  public String sign(byte[] body) {
    byte[] digest = mac().doFinal(body);
    StringBuilder hex = new StringBuilder(PREFIX.length() + DIGEST_HEX_LENGTH).append(PREFIX);
    for (byte b : digest) {
      hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return hex.toString();
  }

  private Mac mac() {
    return perThread.get();
  }

  private Mac copyOfPrototype() {
    if (cloneable) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        // Checked in the constructor; fall through to a fresh instance.
      }
    }
    return newMac();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "SignatureVerifier{HmacSHA256, secrets=" + (1 + others.size()) + " <redacted>}";
  }
}
