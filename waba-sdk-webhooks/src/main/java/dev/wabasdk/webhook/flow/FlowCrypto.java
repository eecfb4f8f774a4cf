package dev.wabasdk.webhook.flow;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta's Flow endpoint encryption with the JDK's providers: the AES key is RSA-OAEP with SHA-256 for both the
 * digest and MGF1, the body AES-128-GCM with a 16-byte IV and a 128-bit tag; the answer uses the same key and the
 * bit-flipped IV.
 */
final class FlowCrypto {
  static final int AES_KEY_BYTES = 16;
  static final int IV_BYTES = 16;
  static final int TAG_BITS = 128;
  // "RSA/ECB/OAEPWithSHA-256AndMGF1Padding" alone would use SHA-1 for MGF1 on the JDK; Meta uses SHA-256 for both.
  static final OAEPParameterSpec OAEP_SHA256 =
      new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);

  private FlowCrypto() {}

  /** Thrown when the request cannot be decrypted with this key; carries no key material. */
  static final class DecryptionException extends Exception {
    DecryptionException(String message, Throwable cause) {
      super(message, cause, false, false);
    }

    DecryptionException(String message) {
      super(message, null, false, false);
    }
  }

  static byte[] decryptAesKey(PrivateKey privateKey, byte[] encryptedAesKey) throws DecryptionException {
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.DECRYPT_MODE, privateKey, OAEP_SHA256);
      byte[] key = rsa.doFinal(encryptedAesKey);
      if (key.length != AES_KEY_BYTES) {
        throw new DecryptionException("the AES key is " + key.length + " bytes, expected " + AES_KEY_BYTES);
      }
      return key;
    } catch (GeneralSecurityException e) {
      throw new DecryptionException("encrypted_aes_key cannot be decrypted with this private key", e);
    }
  }

  static byte[] decryptBody(byte[] aesKey, byte[] iv, byte[] encrypted) throws DecryptionException {
    if (iv.length != IV_BYTES) {
      throw new DecryptionException("initial_vector is " + iv.length + " bytes, expected " + IV_BYTES);
    }
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
      return gcm.doFinal(encrypted);
    } catch (GeneralSecurityException e) {
      throw new DecryptionException("encrypted_flow_data cannot be decrypted (wrong key or altered data)", e);
    }
  }

  /** Encrypts an answer with the request's key and the flipped IV (ciphertext followed by the tag). */
  static byte[] encryptResponse(byte[] aesKey, byte[] requestIv, byte[] plaintext) {
    try {
      Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
      gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, flip(requestIv)));
      return gcm.doFinal(plaintext);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required of every Java platform", e);
    }
  }

  static byte[] flip(byte[] iv) {
    byte[] flipped = new byte[iv.length];
    for (int i = 0; i < iv.length; i++) {
      flipped[i] = (byte) ~iv[i];
    }
    return flipped;
  }
}
