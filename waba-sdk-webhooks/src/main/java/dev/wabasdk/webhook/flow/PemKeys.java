package dev.wabasdk.webhook.flow;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSA private key from PEM with the JDK alone: PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8
 * ({@code BEGIN ENCRYPTED PRIVATE KEY}, via {@link EncryptedPrivateKeyInfo}) and unencrypted PKCS#1 ({@code BEGIN
 * RSA PRIVATE KEY}, wrapped into PKCS#8). Error messages never contain key material or the password.
 */
final class PemKeys {
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
  // AlgorithmIdentifier { rsaEncryption, NULL } and version 0, the fixed parts of a PKCS#8 wrapper for RSA.
  private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};
  private static final byte[] RSA_ALGORITHM = {
      0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  private PemKeys() {}

  static PrivateKey read(String pem, char @Nullable [] password) {
    Matcher m = PEM.matcher(pem);
    if (!m.find()) {
      throw new IllegalArgumentException("privateKeyPem: no \"-----BEGIN ... PRIVATE KEY-----\" block found");
    }
    String label = m.group(1);
    String body = m.group(2);
    if (body.contains("Proc-Type:")) {
      throw new IllegalArgumentException("privateKeyPem: legacy OpenSSL-encrypted \"" + label + "\" keys are not "
          + "supported by the JDK; convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in old.pem -out new.pem");
    }
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(body.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("privateKeyPem: the " + label + " block is not valid base64");
    }
    try {
      switch (label) {
        case "PRIVATE KEY":
          return rsa(der);
        case "RSA PRIVATE KEY":
          return rsa(pkcs1ToPkcs8(der));
        case "ENCRYPTED PRIVATE KEY":
          if (password == null) {
            throw new IllegalArgumentException("privateKeyPem: the key is encrypted; give its password");
          }
          return rsa(decrypt(der, password));
        default:
          throw new IllegalArgumentException("privateKeyPem: unsupported PEM block \"" + label
              + "\"; expected PRIVATE KEY, ENCRYPTED PRIVATE KEY or RSA PRIVATE KEY");
      }
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  private static PrivateKey rsa(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "privateKeyPem: not an RSA private key (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static byte[] decrypt(byte[] der, char[] password) {
    try {
      EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
      // For PBES2 the JDK names the concrete scheme (e.g. PBEWithHmacSHA256AndAES_256) in the parameters.
      String algorithm = info.getAlgParameters() != null ? info.getAlgParameters().toString() : info.getAlgName();
      PBEKeySpec spec = new PBEKeySpec(password);
      try {
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.DECRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(spec),
            info.getAlgParameters());
        return info.getKeySpec(cipher).getEncoded();
      } finally {
        spec.clearPassword();
      }
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException("privateKeyPem: cannot decrypt the key: wrong password, or an encryption "
          + "the JDK does not support (" + e.getClass().getSimpleName() + "); OpenSSL 3's "
          + "\"openssl pkcs8 -topk8 -v2 aes-256-cbc\" output is supported");
    }
  }

  /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (DER), which the JDK's KeyFactory reads. */
  static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream inner = new ByteArrayOutputStream();
    inner.writeBytes(VERSION_0);
    inner.writeBytes(RSA_ALGORITHM);
    inner.write(0x04);
    writeLength(inner, pkcs1.length);
    inner.writeBytes(pkcs1);
    ByteArrayOutputStream outer = new ByteArrayOutputStream();
    outer.write(0x30);
    writeLength(outer, inner.size());
    outer.writeBytes(inner.toByteArray());
    return outer.toByteArray();
  }

  private static void writeLength(ByteArrayOutputStream out, int length) {
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else if (length < 0x10000) {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xff);
    } else {
      out.write(0x83);
      out.write(length >> 16);
      out.write((length >> 8) & 0xff);
      out.write(length & 0xff);
    }
  }
}
