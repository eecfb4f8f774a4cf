package dev.wabasdk.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
      boolean plain = isPlainNumber(raw);
      String trimmed = plain ? raw : FORMATTING.matcher(raw).replaceAll("");
      String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
      if (digits.isEmpty() || (!plain && !digits.chars().allMatch(c -> c >= '0' && c <= '9'))) {
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
      for (int length = 1; length <= 3 && length < digits.length(); length++) {
        int lengths = PossibleLengths.of(Integer.parseInt(digits, 0, length, 10));
        if (lengths != PossibleLengths.UNSUPPORTED) {
          return digits.charAt(length) != '0' && (lengths & (1 << (digits.length() - length))) != 0;
        }
      }
      return false;
    }

    /**
     * Which national number lengths libphonenumber calls possible, per calling code: {@code isPossibleNumber} of
     * a number with a calling code and no leading zero depends on nothing but the national number's length, so its
     * answer is asked once per calling code and length (lazily, as libphonenumber loads a region's metadata lazily)
     * and kept, instead of on every send (about 1.5 µs and 1 KB each). A memo of fixed facts; thread-safe (a race
     * computes the same value twice).
     */
    private static final class PossibleLengths {
      static final int UNSUPPORTED = 1;
      private static final int KNOWN = 1 << 31;
      private static final AtomicIntegerArray BY_CALLING_CODE = new AtomicIntegerArray(1000);

      private PossibleLengths() {}

      /** Bit n set when a national number of n digits is possible; {@link #UNSUPPORTED} for an unknown code. */
      static int of(int callingCode) {
        int known = BY_CALLING_CODE.get(callingCode);
        if (known != 0) {
          return known & ~KNOWN;
        }
        int lengths = compute(callingCode);
        BY_CALLING_CODE.set(callingCode, lengths | KNOWN);
        return lengths;
      }

      private static int compute(int callingCode) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        if (!util.getSupportedCallingCodes().contains(callingCode)) {
          return UNSUPPORTED;
        }
        int lengths = 0;
        long nationalNumber = 1; // a one followed by zeros: only its length matters
        for (int length = 1; length <= 17; length++, nationalNumber *= 10) {
          Phonenumber.PhoneNumber number =
              new Phonenumber.PhoneNumber().setCountryCode(callingCode).setNationalNumber(nationalNumber);
          if (util.isPossibleNumber(number)) {
            lengths |= 1 << length;
          }
        }
        return lengths;
      }
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
