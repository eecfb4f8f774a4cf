package dev.wabasdk.calling;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks {@link CallRecording} and {@link CallTranscription} share: Meta gives both objects the same fields,
 * the same rules and the same request errors. Stateless.
 */
final class CallConsent {
  /** Meta's "Maximum 250 characters" for {@code purpose}. */
  static final int MAX_PURPOSE_LENGTH = 250;

  /**
   * Meta's supported {@code announcement_language} values (Call recording, Call transcription: "Supported
   * announcement languages"), in its table's order.
   */
  static final List<String> ANNOUNCEMENT_LANGUAGES = List.of("en", "en_US", "en_AU", "en_CA", "en_GB", "en_IN",
      "en_NZ", "nl", "fr", "de", "hi", "it", "kn", "pt", "es", "es_ES", "te", "vi");

  private static final Set<String> SUPPORTED = Set.copyOf(ANNOUNCEMENT_LANGUAGES);

  private CallConsent() {}

  /**
   * Meta's four request errors, raised before the call; {@code object} is {@code recording} or
   * {@code transcription}.
   */
  static void check(String object, FeatureStatus status, @Nullable String purpose,
      @Nullable String announcementLanguage) {
    Objects.requireNonNull(status, object + ".status");
    if (!status.equals(FeatureStatus.ENABLED) && !status.equals(FeatureStatus.DISABLED)) {
      throw new IllegalArgumentException(object + ".status: must be ENABLED or DISABLED, was '" + status + "'");
    }
    boolean enabled = status.equals(FeatureStatus.ENABLED);
    if (purpose == null || purpose.isBlank()) {
      if (enabled) {
        throw new IllegalArgumentException(object + ".purpose: required when " + object
            + ".status is ENABLED (it is spoken to both participants before the " + object + " starts)");
      }
    } else if (purpose.codePointCount(0, purpose.length()) > MAX_PURPOSE_LENGTH) {
      throw new IllegalArgumentException(object + ".purpose: at most " + MAX_PURPOSE_LENGTH + " characters, was "
          + purpose.codePointCount(0, purpose.length()));
    }
    if (announcementLanguage == null) {
      if (enabled) {
        throw new IllegalArgumentException(object + ".announcement_language: required when " + object
            + ".status is ENABLED");
      }
    } else if (!SUPPORTED.contains(announcementLanguage)) {
      throw new IllegalArgumentException(object + ".announcement_language: must be one of Meta's supported "
          + "announcement languages " + ANNOUNCEMENT_LANGUAGES + ", was '" + announcementLanguage + "'");
    }
  }
}
