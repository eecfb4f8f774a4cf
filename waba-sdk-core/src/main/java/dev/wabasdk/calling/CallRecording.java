package dev.wabasdk.calling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records a call's audio: Meta's {@code recording} object, sent with {@link CallingApi#connect(
 * dev.wabasdk.message.Recipient, String, String, CallOptions) connect} (a business-initiated call) or
 * {@link CallingApi#accept(String, String, String, CallOptions) accept} (a user's call), per call.
 *
 * <p>Both participants first hear an announcement in {@code announcementLanguage} ending with the {@code purpose}
 * ("The audio of this call will be recorded for the following purpose: ..."); recording starts after it. When the
 * call has ended, the {@code calls} webhook's {@code call_recording_available} event brings the recording's media id
 * ({@code audio/ogg; codecs=opus}): download it with {@code whatsApp.media().download(..)} within 7 days, Meta's
 * retention. Independent of {@link CallTranscription}: with both enabled, one combined announcement plays, made from
 * this object's {@code purpose} and {@code announcementLanguage}. Immutable and thread-safe.
 *
 * @param status {@link FeatureStatus#ENABLED} to record, {@link FeatureStatus#DISABLED} to opt out explicitly
 *     (leaving the object out does the same)
 * @param purpose why the call is recorded, spoken to both participants, in the announcement's language; required
 *     (not blank) when enabled, at most {@value #MAX_PURPOSE_LENGTH} characters
 * @param announcementLanguage the announcement's locale code, one of {@link #ANNOUNCEMENT_LANGUAGES} (e.g.
 *     {@code en_US}, {@code es}; Brazilian Portuguese is {@code pt}); required when enabled
 */
public record CallRecording(FeatureStatus status, @Nullable String purpose, @Nullable String announcementLanguage) {
  /** The longest {@code purpose} Meta takes, in characters. */
  public static final int MAX_PURPOSE_LENGTH = CallConsent.MAX_PURPOSE_LENGTH;

  /** Meta's supported {@code announcement_language} values, as its Call recording page lists them. */
  public static final List<String> ANNOUNCEMENT_LANGUAGES = CallConsent.ANNOUNCEMENT_LANGUAGES;

  /**
   * @throws IllegalArgumentException naming the field when Meta would refuse the object (its documented errors: a
   *     status other than ENABLED or DISABLED, a missing or too long purpose, an unsupported language)
   */
  public CallRecording {
    CallConsent.check("recording", status, purpose, announcementLanguage);
  }

  /** Records the call, announcing {@code purpose} in {@code announcementLanguage} first. */
  public static CallRecording enabled(String purpose, String announcementLanguage) {
    return new CallRecording(FeatureStatus.ENABLED, purpose, announcementLanguage);
  }

  /** Explicitly does not record the call ({@code "status": "DISABLED"}). */
  public static CallRecording disabled() {
    return new CallRecording(FeatureStatus.DISABLED, null, null);
  }

  /** Whether the call is recorded. */
  public boolean isEnabled() {
    return status.equals(FeatureStatus.ENABLED);
  }
}
