package dev.wabasdk.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a message goes to: a phone number (sent as {@code "to"}) or a business-scoped user id (BSUID, sent as
 * {@code "recipient"}; cloud-api.md §6.9).
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface Recipient permits Recipient.PhoneNumber, Recipient.UserId, Recipient.Group {

  /**
   * A phone number in E.164 form, with or without the leading {@code +} (Meta's {@code wa_id} has none). Spaces,
   * dashes, dots and parentheses are ignored: {@code "+1 (650) 555-1234"} becomes {@code 16505551234}.
   *
   * @throws IllegalArgumentException when the number is not a valid E.164 number
   */
  static PhoneNumber phoneNumber(String e164) {
    return new PhoneNumber(e164);
  }

  /** A business-scoped user id such as {@code US.13491208655302741918} (or a parent BSUID). */
  static UserId userId(String bsuid) {
    return new UserId(bsuid);
  }

  /** A group created with the Groups API, by its id (e.g. {@code Y2FwaV9ncm91cDoxNzA1...}). */
  static Group group(String groupId) {
    return new Group(groupId);
  }

  /** The value as it goes on the wire. */
  String value();

  /**
   * A phone number recipient, normalised to Meta's {@code wa_id} form: digits only, country code first.
   *
   * @param waId the digits of the E.164 number, without {@code +}
   */
  record PhoneNumber(String waId) implements Recipient {
    private static final Pattern FORMATTING = Pattern.compile("[\\s().\\-]");

    public PhoneNumber {
      Objects.requireNonNull(waId, "phone number");
      waId = normalize(waId);
    }

    @Override
    public String value() {
      return waId;
    }

    /** The number with its leading {@code +}. */
    public String e164() {
      return "+" + waId;
    }

    private static String normalize(String raw) {
      // People write numbers with spaces, dashes, dots and parentheses; wa_id is the bare digits.
      String trimmed = isPlainNumber(raw) ? raw : FORMATTING.matcher(raw).replaceAll("");
      String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
      if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(
            "to: must be an E.164 phone number (digits with an optional leading '+'), was '" + raw + "'");
      }
      if (digits.length() > 15) {
        throw new IllegalArgumentException(
            "to: an E.164 number has at most 15 digits, was " + digits.length() + " ('" + raw + "')");
      }
      if (isPossibleFast(digits)) {
        return digits;
      }
      PhoneNumberUtil util = PhoneNumberUtil.getInstance();
      try {
        Phonenumber.PhoneNumber parsed = util.parse("+" + digits, null);
        if (!util.isPossibleNumber(parsed)) {
          throw new IllegalArgumentException("to: not a possible phone number for its country code: '" + raw + "'");
        }
      } catch (NumberParseException e) {
        throw new IllegalArgumentException("to: not an E.164 phone number: '" + raw + "' (" + e.getMessage() + ")", e);
      }
      return digits;
    }

    /** Digits with an optional leading {@code +}: nothing to strip (the common case, without a regex). */
    private static boolean isPlainNumber(String raw) {
      for (int i = raw.startsWith("+") ? 1 : 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    /**
     * True when the digits are certainly a possible number, decided without {@code PhoneNumberUtil.parse} (its
     * regular expressions made up most of a send's CPU time). The country code is found the way {@code parse} finds
     * it (E.164 codes are prefix-free); a national number with a leading zero (Italy) is left to {@code parse}.
     * Only a "possible" answer is trusted: {@code parse} strips a national prefix only when what remains is still
     * possible, so a number possible as written is possible after {@code parse} too. Anything else goes the slow way.
     */
    private static boolean isPossibleFast(String digits) {
      if (digits.charAt(0) == '0') {
        return false;
      }
      PhoneNumberUtil util = PhoneNumberUtil.getInstance();
      for (int length = 1; length <= 3 && length < digits.length(); length++) {
        int countryCode = Integer.parseInt(digits, 0, length, 10);
        if (util.getSupportedCallingCodes().contains(countryCode)) {
          if (digits.charAt(length) == '0') {
            return false;
          }
          Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber()
              .setCountryCode(countryCode)
              .setNationalNumber(Long.parseLong(digits, length, digits.length(), 10));
          return util.isPossibleNumber(number);
        }
      }
      return false;
    }
  }

  /**
   * A business-scoped user id recipient.
   *
   * @param value the BSUID, e.g. {@code US.13491208655302741918} or {@code US.ENT.118...}
   */
  record UserId(String value) implements Recipient {
    public UserId {
      Objects.requireNonNull(value, "user id");
      if (value.isBlank() || !value.matches("[A-Z]{2}\\.[A-Za-z0-9.]+")) {
        throw new IllegalArgumentException(
            "recipient: a business-scoped user id looks like 'US.13491208655302741918', was '" + value + "'");
      }
    }
  }

  /**
   * A group recipient: the message goes to every participant ({@code "recipient_type": "group"}). Groups take text,
   * media and templates; Meta refuses other message types.
   *
   * @param value the group id the Groups API returned
   */
  record Group(String value) implements Recipient {
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9_.=-]+");

    public Group {
      Objects.requireNonNull(value, "group id");
      if (!GROUP_ID.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "to: a group id has letters, digits, '_', '.', '=', '-' only, was '" + value + "'");
      }
    }
  }
}
