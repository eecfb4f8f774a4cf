package dev.wabasdk.flow;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The public key a business phone number registered for WhatsApp Flows
 * ({@code GET /{phone-number-id}/whatsapp_business_encryption}): Meta encrypts every request to the flow endpoint
 * for it, so the endpoint decrypts with the matching private key. Immutable and thread-safe.
 *
 * @param businessPublicKey the PEM-encoded RSA public key, or null when none is registered
 * @param signatureStatus whether Meta's signature of the key is valid, or null when none is registered
 */
public record BusinessPublicKey(@Nullable String businessPublicKey, @Nullable SignatureStatus signatureStatus) {

  /**
   * Whether Meta's signature of a registered business public key is valid ({@code business_public_key_signature_status}).
   * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
   * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
   *
   * @param value the raw value as Meta sends it, e.g. {@code VALID}
   */
  public record SignatureStatus(String value) {
    /** The key is registered and signed. */
    public static final SignatureStatus VALID = new SignatureStatus("VALID");
    /** The signature does not match the key: register the key again. */
    public static final SignatureStatus MISMATCH = new SignatureStatus("MISMATCH");

    private static final Map<String, SignatureStatus> KNOWN = Stream.of(VALID, MISMATCH)
        .collect(Collectors.toUnmodifiableMap(SignatureStatus::value, Function.identity()));

    public SignatureStatus {
      Objects.requireNonNull(value, "value");
    }

    /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
    public static SignatureStatus of(String value) {
      Objects.requireNonNull(value, "value");
      SignatureStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
      return known != null ? known : new SignatureStatus(value);
    }

    /** Whether this is one of the values documented when this SDK was released. */
    public boolean isKnown() {
      return KNOWN.containsKey(value);
    }

    @Override
    public String toString() {
      return value;
    }
  }
}
