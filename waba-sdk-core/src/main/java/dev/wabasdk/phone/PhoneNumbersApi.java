package dev.wabasdk.phone;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the business phone numbers of the WhatsApp Business Account (quality rating, messaging limit, throughput,
 * name and verification status) and operates the client's own number: verification codes, registration with the
 * Cloud API, the two-step verification PIN, display name changes and India's business compliance information (use
 * {@code WhatsApp.forNumber(..)} for another number). Obtain it from {@code WhatsApp.phoneNumbers()}. Thread-safe.
 *
 * <pre>{@code
 * PhoneNumber me = whatsApp.phoneNumbers().get();
 * Integer reach = me.messagingLimitTier() == null ? null : me.messagingLimitTier().uniqueUsers();
 * }</pre>
 */
public interface PhoneNumbersApi {
  /**
   * The Local Storage regions Meta supports for {@code data_localization_region} (Meta's "Register a business phone
   * number" page), in Meta's order: APAC (AU, ID, IN, JP, SG, KR), Europe (DE, CH, GB), LATAM (BR), MEA (BH, ZA,
   * AE), NORAM (CA). Unmodifiable.
   */
  Set<String> DATA_LOCALIZATION_REGIONS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
      "AU", "ID", "IN", "JP", "SG", "KR", "DE", "CH", "GB", "BR", "BH", "ZA", "AE", "CA")));

  /**
   * Every phone number of the account ({@code GET /{waba-id}/phone_numbers}, all pages).
   *
   * @throws IllegalStateException when the client has no {@code businessAccountId}
   */
  List<PhoneNumber> list();

  /** The asynchronous twin of {@link #list()}. */
  CompletableFuture<List<PhoneNumber>> listAsync();

  /** The client's own phone number. */
  PhoneNumber get();

  /** A phone number by its id ({@code GET /{phone-number-id}}). */
  PhoneNumber get(String phoneNumberId);

  /** The asynchronous twin of {@link #get()}. */
  CompletableFuture<PhoneNumber> getAsync();

  /** The asynchronous twin of {@link #get(String)}. */
  CompletableFuture<PhoneNumber> getAsync(String phoneNumberId);

  /**
   * Asks Meta to send the number's ownership verification code ({@code POST /{phone-number-id}/request_code
   * ?code_method=…&language=…}). Never repeated automatically: each call sends a code.
   *
   * @param language the code message's language, e.g. {@code en_US}
   * @throws IllegalArgumentException when {@code language} is not a language code like {@code en} or {@code en_US}
   */
  void requestCode(CodeMethod method, String language);

  /** The asynchronous twin of {@link #requestCode}. */
  CompletableFuture<Void> requestCodeAsync(CodeMethod method, String language);

  /**
   * Verifies the number with the code Meta sent ({@code POST /{phone-number-id}/verify_code?code=…}); a wrong code
   * fails with Graph error 136025.
   *
   * @throws IllegalArgumentException when {@code code} is not 1 to 10 digits
   */
  void verifyCode(String code);

  /** The asynchronous twin of {@link #verifyCode}. */
  CompletableFuture<Void> verifyCodeAsync(String code);

  /**
   * Registers the verified number with the Cloud API ({@code POST /{phone-number-id}/register}). With two-step
   * verification on, {@code pin} is its PIN (a mismatch fails with 133005); otherwise it becomes the PIN. Meta allows
   * 10 registrations per number in 72 hours (133016), so the SDK never repeats it automatically.
   *
   * @param pin 6 digits
   * @throws IllegalArgumentException when {@code pin} is not 6 digits
   */
  void register(String pin);

  /** The asynchronous twin of {@link #register(String)}. */
  CompletableFuture<Void> registerAsync(String pin);

  /**
   * Registers the number and turns on Local Storage in a region ({@code data_localization_region}: one of
   * {@link #DATA_LOCALIZATION_REGIONS}, e.g. {@code DE}, {@code IN}, {@code BR}). It cannot be turned off without
   * deregistering.
   *
   * @throws IllegalArgumentException when {@code pin} is not 6 digits or the region is not one Meta supports
   */
  void register(String pin, String dataLocalizationRegion);

  /** The asynchronous twin of {@link #register(String, String)}. */
  CompletableFuture<Void> registerAsync(String pin, String dataLocalizationRegion);

  /**
   * Deregisters the number from the Cloud API ({@code POST /{phone-number-id}/deregister}): it stops sending and
   * receiving until registered again. Meta allows 10 deregistrations per number in a moving 72 hours (error 133016
   * beyond), apart from the 10 registrations; never repeated automatically.
   */
  void deregister();

  /** The asynchronous twin of {@link #deregister()}. */
  CompletableFuture<Void> deregisterAsync();

  /**
   * Sets (or changes) the number's two-step verification PIN ({@code POST /{phone-number-id}} with {@code pin}).
   *
   * @param pin 6 digits
   * @throws IllegalArgumentException when {@code pin} is not 6 digits
   */
  void setTwoStepPin(String pin);

  /** The asynchronous twin of {@link #setTwoStepPin}. */
  CompletableFuture<Void> setTwoStepPinAsync(String pin);

  /**
   * Turns the number's identity change check on or off ({@code POST /{phone-number-id}/settings} with
   * {@code user_identity_change.enable_identity_key_check}). While it is on, Meta sends a user's identity hash in
   * the webhooks of their messages and in the statuses of messages sent to them without one; a message sent with
   * that hash ({@code recipientIdentityKeyHash(..)} on its builder) is delivered only if the user's identity has not
   * changed since, else it fails with error 137000.
   *
   * @since 0.5
   */
  void setIdentityChangeCheck(boolean enabled);

  /** The asynchronous twin of {@link #setIdentityChangeCheck}. */
  CompletableFuture<Void> setIdentityChangeCheckAsync(boolean enabled);

  /**
   * Requests a display name change ({@code POST /{phone-number-id}?new_display_name=…}): the new name goes to review
   * ({@link DisplayName#newNameStatus()} {@code PENDING_REVIEW}). Meta allows 10 changes per 30 days, so the SDK
   * never repeats it automatically. Once approved, register the number again within 14 days.
   *
   * @throws IllegalArgumentException when the name is blank (Meta reviews the rest against its display name
   *     guidelines)
   */
  void requestDisplayNameChange(String newDisplayName);

  /** The asynchronous twin of {@link #requestDisplayNameChange}. */
  CompletableFuture<Void> requestDisplayNameChangeAsync(String newDisplayName);

  /** The number's display name and the status of a requested change. */
  DisplayName displayName();

  /** The asynchronous twin of {@link #displayName()}. */
  CompletableFuture<DisplayName> displayNameAsync();

  /**
   * The number's business compliance information (India), or empty when it was never set
   * ({@code GET /{phone-number-id}/business_compliance_info}). Meta reads the entity type back in words
   * ({@code "Partnership"}); {@link EntityType#of} maps it to the constants.
   *
   * @since 0.5
   */
  Optional<BusinessComplianceInfo> businessComplianceInfo();

  /** The asynchronous twin of {@link #businessComplianceInfo()}. */
  CompletableFuture<Optional<BusinessComplianceInfo>> businessComplianceInfoAsync();

  /**
   * Sets the number's business compliance information (India), replacing what was set
   * ({@code POST /{phone-number-id}/business_compliance_info}). Setting the same values again changes nothing, so
   * the call is retried like a read.
   *
   * @throws IllegalArgumentException listing {@link BusinessComplianceInfo#problems()}, before any call
   * @since 0.5
   */
  void setBusinessComplianceInfo(BusinessComplianceInfo info);

  /** The asynchronous twin of {@link #setBusinessComplianceInfo}. */
  CompletableFuture<Void> setBusinessComplianceInfoAsync(BusinessComplianceInfo info);
}
