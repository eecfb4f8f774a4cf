package dev.wabasdk.calling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Transcribes a call: Meta's {@code transcription} object, sent with {@link CallingApi#connect(
 * dev.wabasdk.message.Recipient, String, String, CallOptions) connect} (a business-initiated call) or
 * {@link CallingApi#accept(String, String, String, CallOptions) accept} (a user's call), per call.
 *
 * <p>Both participants first hear an announcement in {@code announcementLanguage} ending with the {@code purpose}
 * ("The audio of this call will be transcribed for the following purpose: ..."). When the call has ended, the
 * {@code calls} webhook's {@code call_transcription_available} event brings the transcript's media id (a JSON
 * document, kept 7 days): download it with {@code whatsApp.media().download(..)} and read it with
 * {@link CallTranscript#parse}. The spoken language is detected from the audio, not set here. Independent of
 * {@link CallRecording}: with both enabled, the recording's purpose and language make one combined announcement and
 * this object's are ignored (still checked: Meta requires them). Immutable and thread-safe.
 *
 * @param status {@link FeatureStatus#ENABLED} to transcribe, {@link FeatureStatus#DISABLED} to opt out explicitly
 *     (leaving the object out does the same)
 * @param purpose why the call is transcribed, spoken to both participants, in the announcement's language; required
 *     (not blank) when enabled, at most {@value #MAX_PURPOSE_LENGTH} characters
 * @param announcementLanguage the announcement's locale code, one of {@link #ANNOUNCEMENT_LANGUAGES}; Meta plays
 *     the English announcement for {@code nl} and {@code es_ES} until it has theirs; required when enabled
 */
public record CallTranscription(
    FeatureStatus status, @Nullable String purpose, @Nullable String announcementLanguage) {
  /** The longest {@code purpose} Meta takes, in characters. */
  public static final int MAX_PURPOSE_LENGTH = CallConsent.MAX_PURPOSE_LENGTH;

  /** Meta's accepted {@code announcement_language} values, as its Call transcription page lists them. */
  public static final List<String> ANNOUNCEMENT_LANGUAGES = CallConsent.ANNOUNCEMENT_LANGUAGES;

  /**
   * @throws IllegalArgumentException naming the field when Meta would refuse the object (its documented errors: a
   *     status other than ENABLED or DISABLED, a missing or too long purpose, an unsupported language)
   */
  public CallTranscription {
    CallConsent.check("transcription", status, purpose, announcementLanguage);
  }

  /** Transcribes the call, announcing {@code purpose} in {@code announcementLanguage} first. */
  public static CallTranscription enabled(String purpose, String announcementLanguage) {
    return new CallTranscription(FeatureStatus.ENABLED, purpose, announcementLanguage);
  }

  /** Explicitly does not transcribe the call ({@code "status": "DISABLED"}). */
  public static CallTranscription disabled() {
    return new CallTranscription(FeatureStatus.DISABLED, null, null);
  }

  /** Whether the call is transcribed. */
  public boolean isEnabled() {
    return status.equals(FeatureStatus.ENABLED);
  }
}
