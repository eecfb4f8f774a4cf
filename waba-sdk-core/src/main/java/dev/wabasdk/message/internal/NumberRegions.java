package dev.wabasdk.message.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The region (ISO 3166 code) of a phone number given as digits, country code first: libphonenumber's answer (its
 * parse of {@code +digits}, then {@code getRegionCodeForNumber}), mostly without the parse's regular expressions.
 * The policy engine asks it for every marketing message and the cost estimator for every North American recipient
 * of a marketing campaign, so both answer from here, the same way.
 *
 * <ul>
 *   <li>A calling code of one region (+49, +91, ...): libphonenumber answers that region for any number it parses,
 *       without matching patterns.
 *   <li>A calling code shared by several regions (+1, +7, +44, ...) whose main region has no leading digits:
 *       libphonenumber tries the main region first and answers it exactly when the number is valid there, which is
 *       one validity check on a number built from the digits (about a tenth of the parse), when the parse would read
 *       the same national number (it starts with 1-9 and the main region's national prefix does not match it).
 *   <li>Anything else is parsed.
 * </ul>
 */
public final class NumberRegions {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  /** libphonenumber's bounds on a national significant number: shorter or longer ones do not parse. */
  private static final int MIN_NATIONAL = 2;
  private static final int MAX_NATIONAL = 17;
  /** Calling codes are at most three digits: one slot per possible code. */
  private static final boolean[] CALLING_CODE = new boolean[1000];
  /** The region of a calling code that has only one (non-geographic codes such as +800 excluded: they parse). */
  private static final @Nullable String[] SINGLE_REGION = new String[1000];
  /** The main region of a shared calling code, when its numbers can be answered without the parse. */
  private static final @Nullable MainRegion[] MAIN_REGION = new MainRegion[1000];

  static {
    for (int code : UTIL.getSupportedCallingCodes()) {
      CALLING_CODE[code] = true;
      List<String> regions = UTIL.getRegionCodesForCountryCode(code);
      if (regions.size() == 1 && !"001".equals(regions.get(0))) {
        SINGLE_REGION[code] = regions.get(0);
      } else if (regions.size() > 1) {
        // The metadata PhoneNumberUtil.getInstance() reads (its own accessor is not public).
        Phonemetadata.PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource().getMetadataForRegion(regions.get(0));
        if (metadata != null && !metadata.hasLeadingDigits()) { // else libphonenumber matches leading digits
          String prefix = metadata.getNationalPrefixForParsing();
          MAIN_REGION[code] = new MainRegion(regions.get(0), prefix.isEmpty() ? null : Pattern.compile(prefix));
        }
      }
    }
  }

  /** A shared calling code's main region and its national prefix for parsing (null when it has none). */
  private record MainRegion(String region, @Nullable Pattern nationalPrefix) {}

  private NumberRegions() {}

  /** The region of {@code +digits} as libphonenumber gives it; null when it does not parse or has no region. */
  public static @Nullable String region(String digits) {
    int length = callingCodeLength(digits);
    if (length > 0) {
      int code = callingCode(digits, length);
      String single = SINGLE_REGION[code];
      if (single != null) {
        return single;
      }
      MainRegion main = MAIN_REGION[code];
      if (main != null && Boolean.TRUE.equals(validInMainRegion(digits, length, code, main))) {
        return main.region();
      }
    }
    return parsedRegion(digits);
  }

  /**
   * Whether libphonenumber puts {@code +digits} in {@code region}: {@code region.equals(region(digits))}, asking
   * {@code parsed} (which must answer as {@link #parsedRegion} does) only when the digits do not decide. They also
   * decide "no" for a number not valid in its shared calling code's main region when that region is asked about: so
   * a plain +1 number is never parsed to tell whether it is a US one.
   */
  public static boolean isIn(String digits, String region, Function<String, @Nullable String> parsed) {
    int length = callingCodeLength(digits);
    if (length > 0) {
      int code = callingCode(digits, length);
      String single = SINGLE_REGION[code];
      if (single != null) {
        return single.equals(region);
      }
      MainRegion main = MAIN_REGION[code];
      if (main != null) {
        Boolean valid = validInMainRegion(digits, length, code, main);
        if (Boolean.TRUE.equals(valid)) {
          return main.region().equals(region);
        }
        if (valid != null && main.region().equals(region)) {
          return false; // libphonenumber answers the main region only for a number valid there
        }
      }
    }
    return region.equals(parsed.apply(digits));
  }

  /** libphonenumber's parse of {@code +digits} and its region, or null: the reference the shortcuts answer as. */
  public static @Nullable String parsedRegion(String digits) {
    try {
      String region = UTIL.getRegionCodeForNumber(UTIL.parse("+" + digits, null));
      return region == null || "ZZ".equals(region) ? null : region;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * The length of the calling code {@code digits} starts with when what follows it parses as a national number
   * (digits only, of a length libphonenumber accepts); 0 otherwise (then the parse decides).
   */
  private static int callingCodeLength(String digits) {
    if (digits.isEmpty() || digits.charAt(0) == '0') {
      return 0; // no calling code starts with 0
    }
    int code = 0;
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      char c = digits.charAt(length - 1);
      if (c < '0' || c > '9') {
        return 0;
      }
      code = code * 10 + (c - '0');
      if (CALLING_CODE[code]) { // calling codes are prefix-free: the first match is the code
        int national = digits.length() - length;
        if (national < MIN_NATIONAL || national > MAX_NATIONAL) {
          return 0;
        }
        for (int i = length; i < digits.length(); i++) {
          char d = digits.charAt(i);
          if (d < '0' || d > '9') {
            return 0;
          }
        }
        return length;
      }
    }
    return 0;
  }

  private static int callingCode(String digits, int length) {
    int code = 0;
    for (int i = 0; i < length; i++) {
      code = code * 10 + (digits.charAt(i) - '0');
    }
    return code;
  }

  /**
   * Whether the number is valid in its shared calling code's main region, or null when the parse would read another
   * national number (a leading zero, or a national prefix to strip) and so must decide.
   */
  private static @Nullable Boolean validInMainRegion(String digits, int codeLength, int code, MainRegion main) {
    if (digits.charAt(codeLength) == '0') {
      return null;
    }
    Pattern prefix = main.nationalPrefix();
    if (prefix != null && prefix.matcher(digits.subSequence(codeLength, digits.length())).lookingAt()) {
      return null;
    }
    Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(code)
        .setNationalNumber(Long.parseLong(digits, codeLength, digits.length(), 10));
    return UTIL.isValidNumberForRegion(number, main.region());
  }
}
