package dev.wabasdk.policy.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import dev.wabasdk.message.Recipient;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The time zones of a recipient's country: the region from the phone number (libphonenumber) or from the prefix
 * of a business-scoped user id ({@code US.…}), then the zones where most of that country lives.
 */
public final class RegionZones {
  // Countries spanning several zones list the populated ones; the quiet-hours rule is quiet if any of them is.
  private static final String TABLE = """
      AE Asia/Dubai;AR America/Argentina/Buenos_Aires;AT Europe/Vienna;AU Australia/Perth Australia/Adelaide \
      Australia/Brisbane Australia/Sydney;BD Asia/Dhaka;BE Europe/Brussels;BG Europe/Sofia;BO America/La_Paz;\
      BR America/Manaus America/Sao_Paulo;CA America/Vancouver America/Edmonton America/Winnipeg America/Toronto \
      America/Halifax;CH Europe/Zurich;CL America/Santiago;CN Asia/Shanghai;CO America/Bogota;CR America/Costa_Rica;\
      CZ Europe/Prague;DE Europe/Berlin;DK Europe/Copenhagen;DO America/Santo_Domingo;DZ Africa/Algiers;\
      EC America/Guayaquil;EG Africa/Cairo;ES Europe/Madrid;FI Europe/Helsinki;FR Europe/Paris;GB Europe/London;\
      GH Africa/Accra;GR Europe/Athens;GT America/Guatemala;HK Asia/Hong_Kong;HN America/Tegucigalpa;\
      HR Europe/Zagreb;HU Europe/Budapest;ID Asia/Jakarta Asia/Makassar;IE Europe/Dublin;IL Asia/Jerusalem;\
      IN Asia/Kolkata;IQ Asia/Baghdad;IT Europe/Rome;JO Asia/Amman;JP Asia/Tokyo;KE Africa/Nairobi;KR Asia/Seoul;\
      KW Asia/Kuwait;KZ Asia/Almaty;LB Asia/Beirut;LK Asia/Colombo;MA Africa/Casablanca;MX America/Tijuana \
      America/Mexico_City America/Cancun;MY Asia/Kuala_Lumpur;NG Africa/Lagos;NL Europe/Amsterdam;NO Europe/Oslo;\
      NP Asia/Kathmandu;NZ Pacific/Auckland;OM Asia/Muscat;PA America/Panama;PE America/Lima;PH Asia/Manila;\
      PK Asia/Karachi;PL Europe/Warsaw;PT Europe/Lisbon;PY America/Asuncion;QA Asia/Qatar;RO Europe/Bucharest;\
      RS Europe/Belgrade;RU Europe/Kaliningrad Europe/Moscow Asia/Yekaterinburg Asia/Novosibirsk Asia/Vladivostok;\
      SA Asia/Riyadh;SE Europe/Stockholm;SG Asia/Singapore;SK Europe/Bratislava;SV America/El_Salvador;\
      TH Asia/Bangkok;TR Europe/Istanbul;TW Asia/Taipei;TZ Africa/Dar_es_Salaam;UA Europe/Kyiv;UG Africa/Kampala;\
      US America/New_York America/Chicago America/Denver America/Los_Angeles;UY America/Montevideo;\
      UZ Asia/Tashkent;VE America/Caracas;VN Asia/Ho_Chi_Minh;ZA Africa/Johannesburg""";

  private static final Map<String, List<ZoneId>> ZONES = parse();
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());
  /**
   * Calling codes that belong to one region: libphonenumber answers that region for every number with the code
   * without matching its patterns, so the (regex-heavy) parse is only needed for shared codes such as +1 and +7.
   * This is on the policy engine's path for every marketing message and every campaign recipient.
   */
  private static final Map<Integer, String> SINGLE_REGION = singleRegionCodes();
  /**
   * For calling codes shared by several regions (+1, +7, +39, +44, ...): the main region, when a number valid there
   * can be answered without the parse (see {@link #mainRegion}).
   */
  private static final Map<Integer, MainRegion> MAIN_REGION = mainRegions();

  /** A shared calling code's main region and its national prefix for parsing (null when it has none). */
  private record MainRegion(String region, @org.jspecify.annotations.Nullable Pattern nationalPrefix) {}

  private RegionZones() {}

  /** The zones of the recipient's country; empty when the country or its zones are unknown. */
  public static List<ZoneId> of(Recipient recipient) {
    String region = region(recipient);
    return region == null ? List.of() : ZONES.getOrDefault(region, List.of());
  }

  /** The recipient's ISO 3166 region code, or null. */
  public static @org.jspecify.annotations.Nullable String region(Recipient recipient) {
    if (recipient instanceof Recipient.UserId id) {
      return id.value().substring(0, 2);
    }
    if (recipient instanceof Recipient.Group) {
      return null; // participants may live anywhere
    }
    String digits = recipient.value();
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      int code = callingCode(digits, length);
      if (CALLING_CODES.contains(code)) { // calling codes are prefix-free: the first match is the code
        String single = SINGLE_REGION.get(code);
        if (single != null) {
          return single;
        }
        String main = mainRegion(digits, length, code);
        if (main != null) {
          return main;
        }
        break;
      }
    }
    return parsedRegion(digits);
  }

  /** The region by libphonenumber's parse of {@code +digits}, or null: what {@link #region} answers. */
  static @org.jspecify.annotations.Nullable String parsedRegion(String digits) {
    try {
      String region = UTIL.getRegionCodeForNumber(UTIL.parse("+" + digits, null));
      return region == null || "ZZ".equals(region) ? null : region;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /**
   * The main region of a shared calling code when the number is valid there, else null (then the parse decides).
   * libphonenumber tries a shared code's regions main first and answers the first whose patterns the national number
   * matches, which for a main region without leading digits is exactly {@code isValidNumberForRegion}; the parse
   * would read the same national number when it starts with 1-9 and the region's national prefix does not match it
   * (nothing to strip). Building the number without parsing skips most of the parse's regular expressions.
   */
  private static @org.jspecify.annotations.Nullable String mainRegion(String digits, int codeLength, int code) {
    MainRegion main = MAIN_REGION.get(code);
    int n = digits.length() - codeLength;
    if (main == null || n < 2 || n > 17 || digits.charAt(codeLength) == '0') {
      return null;
    }
    for (int i = codeLength; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    if (main.nationalPrefix() != null
        && main.nationalPrefix().matcher(digits.subSequence(codeLength, digits.length())).lookingAt()) {
      return null;
    }
    Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(code)
        .setNationalNumber(Long.parseLong(digits, codeLength, digits.length(), 10));
    return UTIL.isValidNumberForRegion(number, main.region()) ? main.region() : null;
  }

  private static Map<Integer, MainRegion> mainRegions() {
    Map<Integer, MainRegion> map = new HashMap<>();
    for (int code : CALLING_CODES) {
      List<String> regions = UTIL.getRegionCodesForCountryCode(code);
      if (regions.size() < 2) {
        continue;
      }
      String region = regions.get(0);
      // The metadata PhoneNumberUtil.getInstance() reads (its own accessor is not public).
      Phonemetadata.PhoneMetadata metadata = DefaultMetadataDependenciesProvider.getInstance()
          .getPhoneNumberMetadataSource().getMetadataForRegion(region);
      if (metadata == null || metadata.hasLeadingDigits()) {
        continue; // libphonenumber would match leading digits, not the number's patterns
      }
      String prefix = metadata.getNationalPrefixForParsing();
      map.put(code, new MainRegion(region, prefix.isEmpty() ? null : Pattern.compile(prefix)));
    }
    return Map.copyOf(map);
  }

  /** The first {@code length} characters as a number, or -1 when one is not a digit. */
  private static int callingCode(String digits, int length) {
    int code = 0;
    for (int i = 0; i < length; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      code = code * 10 + (c - '0');
    }
    return code;
  }

  private static Map<Integer, String> singleRegionCodes() {
    Map<Integer, String> map = new HashMap<>();
    for (int code : CALLING_CODES) {
      List<String> regions = UTIL.getRegionCodesForCountryCode(code);
      if (regions.size() == 1 && !"001".equals(regions.get(0))) { // 001: non-geographic (e.g. +800), parse it
        map.put(code, regions.get(0));
      }
    }
    return Map.copyOf(map);
  }

  private static Map<String, List<ZoneId>> parse() {
    Map<String, List<ZoneId>> map = new HashMap<>();
    for (String row : TABLE.split(";")) {
      String[] parts = row.strip().split(" +");
      ZoneId[] zones = new ZoneId[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        zones[i - 1] = ZoneId.of(parts[i]);
      }
      map.put(parts[0], List.of(zones));
    }
    return Map.copyOf(map);
  }
}
