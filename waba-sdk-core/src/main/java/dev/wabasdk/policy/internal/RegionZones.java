package dev.wabasdk.policy.internal;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.internal.NumberRegions;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
  private RegionZones() {}

  /** The zones of the recipient's country; empty when the country or its zones are unknown. */
  public static List<ZoneId> of(Recipient recipient) {
    String region = region(recipient);
    return region == null ? List.of() : ZONES.getOrDefault(region, List.of());
  }

  /** The recipient's ISO 3166 region code, or null. */
  public static @Nullable String region(Recipient recipient) {
    if (recipient instanceof Recipient.UserId id) {
      return id.value().substring(0, 2);
    }
    if (recipient instanceof Recipient.Group) {
      return null; // participants may live anywhere
    }
    return NumberRegions.region(recipient.value());
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
