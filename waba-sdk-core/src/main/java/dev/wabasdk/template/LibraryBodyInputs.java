package dev.wabasdk.template;

import org.jspecify.annotations.Nullable;

/**
 * Optional additions to the body of a Template Library template ({@code library_template_body_inputs}); null
 * leaves an addition out. Start from {@link #none()}. Immutable and thread-safe.
 *
 * @param addContactNumber add a line about calling the business ({@code add_contact_number})
 * @param addLearnMoreLink add a "learn more" link line ({@code add_learn_more_link}); Meta ignores it where it is
 *     not available
 * @param addSecurityRecommendation add "do not share this code" ({@code add_security_recommendation})
 * @param addTrackPackageLink add a package tracking line ({@code add_track_package_link}); Meta ignores it where it
 *     is not available
 * @param codeExpirationMinutes add "this code expires in N minutes" ({@code code_expiration_minutes}), 1 to 90
 */
public record LibraryBodyInputs(
    @Nullable Boolean addContactNumber,
    @Nullable Boolean addLearnMoreLink,
    @Nullable Boolean addSecurityRecommendation,
    @Nullable Boolean addTrackPackageLink,
    @Nullable Integer codeExpirationMinutes) {

  /** Meta's range for {@code code_expiration_minutes}. */
  public static final int MAX_CODE_EXPIRATION_MINUTES = 90;

  private static final LibraryBodyInputs NONE = new LibraryBodyInputs(null, null, null, null, null);

  public LibraryBodyInputs {
    if (codeExpirationMinutes != null
        && (codeExpirationMinutes < 1 || codeExpirationMinutes > MAX_CODE_EXPIRATION_MINUTES)) {
      throw new IllegalArgumentException("codeExpirationMinutes: must be 1 to " + MAX_CODE_EXPIRATION_MINUTES
          + ", was " + codeExpirationMinutes);
    }
  }

  /** No additions. */
  public static LibraryBodyInputs none() {
    return NONE;
  }

  /** With or without the contact number line. */
  public LibraryBodyInputs withContactNumber(boolean add) {
    return new LibraryBodyInputs(add, addLearnMoreLink, addSecurityRecommendation, addTrackPackageLink,
        codeExpirationMinutes);
  }

  /** With or without the "learn more" link line. */
  public LibraryBodyInputs withLearnMoreLink(boolean add) {
    return new LibraryBodyInputs(addContactNumber, add, addSecurityRecommendation, addTrackPackageLink,
        codeExpirationMinutes);
  }

  /** With or without the security recommendation. */
  public LibraryBodyInputs withSecurityRecommendation(boolean add) {
    return new LibraryBodyInputs(addContactNumber, addLearnMoreLink, add, addTrackPackageLink,
        codeExpirationMinutes);
  }

  /** With or without the package tracking line. */
  public LibraryBodyInputs withTrackPackageLink(boolean add) {
    return new LibraryBodyInputs(addContactNumber, addLearnMoreLink, addSecurityRecommendation, add,
        codeExpirationMinutes);
  }

  /** With the code expiration line, 1 to 90 minutes. */
  public LibraryBodyInputs withCodeExpirationMinutes(int minutes) {
    return new LibraryBodyInputs(addContactNumber, addLearnMoreLink, addSecurityRecommendation, addTrackPackageLink,
        minutes);
  }

  /** Whether no addition is set (then nothing is sent). */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
