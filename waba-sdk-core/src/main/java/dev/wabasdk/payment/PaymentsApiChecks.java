package dev.wabasdk.payment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The input rules of the Payments API calls ({@link PaymentsApi}), checked before any request. Each failure is an
 * {@link IllegalArgumentException} whose message starts with the JSON field, then states the rule and the value.
 * Stateless and thread-safe.
 */
public final class PaymentsApiChecks {
  /** Meta's longest payment configuration name. */
  public static final int MAX_CONFIGURATION_NAME_LENGTH = 60;
  /**
   * The longest {@code reference_id} looked up or refunded: Meta's limit for Brazil; India's order messages allow 35,
   * which this covers.
   */
  public static final int MAX_REFERENCE_ID_LENGTH = 60;

  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9_.\\-]+");
  private static final Pattern MERCHANT_CATEGORY_CODE = Pattern.compile("[0-9]{4}");
  private static final Pattern PURPOSE_CODE = Pattern.compile("0[0-9]|10");
  // A UPI id: a handle, '@', the bank's or app's name.
  private static final Pattern VPA = Pattern.compile("[A-Za-z0-9._\\-]+@[A-Za-z0-9.\\-]+");
  private static final int MAX_VPA_LENGTH = 255;

  private PaymentsApiChecks() {}

  /**
   * Checks a payment configuration name: not blank, at most {@value #MAX_CONFIGURATION_NAME_LENGTH} characters.
   *
   * @return the name
   * @throws IllegalArgumentException naming the rule and the value
   */
  public static String configurationName(String name) {
    return configurationName(name, "configuration_name");
  }

  /**
   * Checks the {@code reference_id} of an order: 1 to {@value #MAX_REFERENCE_ID_LENGTH} English letters, digits,
   * {@code _}, {@code -} or {@code .} (case sensitive).
   *
   * @return the reference id
   * @throws IllegalArgumentException naming the rule and the value
   */
  public static String referenceId(String referenceId) {
    Objects.requireNonNull(referenceId, "reference_id");
    int length = referenceId.length();
    if (length < 1 || length > MAX_REFERENCE_ID_LENGTH) {
      throw new IllegalArgumentException("reference_id: must be 1 to " + MAX_REFERENCE_ID_LENGTH
          + " characters, was " + length + " (" + SettingChecks.preview(referenceId) + ")");
    }
    if (!REFERENCE_ID.matcher(referenceId).matches()) {
      throw new IllegalArgumentException("reference_id: only English letters, digits, '_', '-' and '.' are"
          + " allowed, was " + SettingChecks.preview(referenceId));
    }
    return referenceId;
  }

  /**
   * Checks a URL handed to Meta (a redirect or data endpoint): absolute {@code http} or {@code https} with a host.
   *
   * @param field the JSON field, for the message, e.g. {@code redirect_url}
   * @return the URL
   * @throws IllegalArgumentException naming the field and the value
   */
  public static String httpUrl(String field, String url) {
    return SettingChecks.httpUrl(Objects.requireNonNull(url, field), field);
  }

  static String configurationName(String name, String field) {
    Objects.requireNonNull(name, field);
    int length = name.codePointCount(0, name.length());
    if (name.isBlank() || length > MAX_CONFIGURATION_NAME_LENGTH) {
      throw new IllegalArgumentException(field + ": a payment configuration name must be 1 to "
          + MAX_CONFIGURATION_NAME_LENGTH + " characters and not blank, was " + length + " ("
          + SettingChecks.preview(name) + ")");
    }
    return name;
  }

  static String merchantCategoryCode(String code) {
    if (!MERCHANT_CATEGORY_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("merchant_category_code: must be 4 digits, e.g. '0000', was "
          + SettingChecks.preview(code));
    }
    return code;
  }

  static String purposeCode(String code) {
    if (!PURPOSE_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("purpose_code: must be one of Meta's purpose codes '00' to '10', was "
          + SettingChecks.preview(code));
    }
    return code;
  }

  static String merchantVpa(String vpa) {
    if (vpa.length() > MAX_VPA_LENGTH || !VPA.matcher(vpa).matches()) {
      throw new IllegalArgumentException("merchant_vpa: must be a UPI id such as 'shop@upi' (at most "
          + MAX_VPA_LENGTH + " characters), was " + SettingChecks.preview(vpa));
    }
    return vpa;
  }
}
