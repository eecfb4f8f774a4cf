package dev.wabasdk.message;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a message goes to: a phone number (sent as {@code "to"}) or a business-scoped user id (BSUID, sent as
 * {@code "recipient"}; cloud-api.md §6.9).
 */
public sealed interface Recipient permits Recipient.PhoneNumber, Recipient.UserId {

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
      String trimmed = FORMATTING.matcher(raw).replaceAll("");
      String digits = trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
      if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(
            "to: must be an E.164 phone number (digits with an optional leading '+'), was '" + raw + "'");
      }
      if (digits.length() > 15) {
        throw new IllegalArgumentException(
            "to: an E.164 number has at most 15 digits, was " + digits.length() + " ('" + raw + "')");
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
}
