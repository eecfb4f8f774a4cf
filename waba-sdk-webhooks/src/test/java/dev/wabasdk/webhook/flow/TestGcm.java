package dev.wabasdk.webhook.flow;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM written out from NIST SP 800-38D on top of the bare AES block cipher, so the tests check the processor's
 * use of the JDK's GCM against an independent implementation (openssl enc has no AEAD modes). Test code only.
 */
final class TestGcm {
  private TestGcm() {}

  /** Ciphertext followed by the 16-byte tag; any IV length, no associated data. */
  static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext) throws GeneralSecurityException {
    Cipher aes = aes(key);
    byte[] h = aes.doFinal(new byte[16]);
    byte[] j0 = j0(h, iv);
    byte[] c = ctr(aes, j0, plaintext);
    byte[] tag = tag(aes, h, j0, c);
    byte[] out = Arrays.copyOf(c, c.length + 16);
    System.arraycopy(tag, 0, out, c.length, 16);
    return out;
  }

  /** Checks the tag and decrypts; throws when the tag does not match. */
  static byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertextAndTag) throws GeneralSecurityException {
    Cipher aes = aes(key);
    byte[] h = aes.doFinal(new byte[16]);
    byte[] j0 = j0(h, iv);
    byte[] c = Arrays.copyOf(ciphertextAndTag, ciphertextAndTag.length - 16);
    byte[] tag = Arrays.copyOfRange(ciphertextAndTag, c.length, ciphertextAndTag.length);
    if (!MessageDigest.isEqual(tag, tag(aes, h, j0, c))) {
      throw new GeneralSecurityException("GCM tag mismatch");
    }
    return ctr(aes, j0, c);
  }

  private static Cipher aes(byte[] key) throws GeneralSecurityException {
    Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    return aes;
  }

  private static byte[] j0(byte[] h, byte[] iv) {
    if (iv.length == 12) {
      byte[] j0 = Arrays.copyOf(iv, 16);
      j0[15] = 1;
      return j0;
    }
    return ghash(h, iv, new byte[0], iv.length * 8L, true);
  }

  private static byte[] ctr(Cipher aes, byte[] j0, byte[] in) throws GeneralSecurityException {
    byte[] out = new byte[in.length];
    byte[] counter = j0.clone();
    for (int i = 0; i < in.length; i += 16) {
      inc32(counter);
      byte[] stream = aes.doFinal(counter);
      for (int j = 0; j < 16 && i + j < in.length; j++) {
        out[i + j] = (byte) (in[i + j] ^ stream[j]);
      }
    }
    return out;
  }

  private static byte[] tag(Cipher aes, byte[] h, byte[] j0, byte[] c) throws GeneralSecurityException {
    byte[] s = ghash(h, new byte[0], c, 0, false);
    byte[] e = aes.doFinal(j0);
    for (int i = 0; i < 16; i++) {
      e[i] ^= s[i];
    }
    return e;
  }

  /** GHASH over pad(a) || pad(c) || [len]: for J0, a = IV and the length block is 0^64 || len(IV). */
  private static byte[] ghash(byte[] h, byte[] a, byte[] c, long ivBits, boolean forJ0) {
    byte[] y = new byte[16];
    y = absorb(h, y, a);
    y = absorb(h, y, c);
    ByteBuffer lengths = ByteBuffer.allocate(16);
    if (forJ0) {
      lengths.putLong(0).putLong(ivBits);
    } else {
      lengths.putLong(a.length * 8L).putLong(c.length * 8L);
    }
    return multiply(xor(y, lengths.array()), h);
  }

  private static byte[] absorb(byte[] h, byte[] y, byte[] data) {
    for (int i = 0; i < data.length; i += 16) {
      byte[] block = Arrays.copyOfRange(data, i, i + 16); // zero-padded past the end
      y = multiply(xor(y, block), h);
    }
    return y;
  }

  private static byte[] xor(byte[] a, byte[] b) {
    byte[] out = new byte[16];
    for (int i = 0; i < 16; i++) {
      out[i] = (byte) (a[i] ^ b[i]);
    }
    return out;
  }

  /** Multiplication in GF(2^128) as SP 800-38D algorithm 1 defines it (bit 0 is the MSB of byte 0). */
  private static byte[] multiply(byte[] x, byte[] y) {
    byte[] z = new byte[16];
    byte[] v = y.clone();
    for (int i = 0; i < 128; i++) {
      if (((x[i / 8] >> (7 - i % 8)) & 1) == 1) {
        for (int j = 0; j < 16; j++) {
          z[j] ^= v[j];
        }
      }
      boolean lsb = (v[15] & 1) == 1;
      for (int j = 15; j > 0; j--) {
        v[j] = (byte) (((v[j] & 0xff) >>> 1) | ((v[j - 1] & 1) << 7));
      }
      v[0] = (byte) ((v[0] & 0xff) >>> 1);
      if (lsb) {
        v[0] ^= (byte) 0xe1;
      }
    }
    return z;
  }

  private static void inc32(byte[] counter) {
    for (int i = 15; i >= 12; i--) {
      if (++counter[i] != 0) {
        return;
      }
    }
  }
}
