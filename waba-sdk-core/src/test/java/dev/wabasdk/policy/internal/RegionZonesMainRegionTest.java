package dev.wabasdk.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.wabasdk.message.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A number of a calling code shared by several regions (+1, +7, +39, +44, ...) valid in the code's main region is
 * answered without libphonenumber's parse: the same region as the parse gives, for every such code.
 */
class RegionZonesMainRegionTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void everySharedCallingCodeAnswersAsTheParse() {
    SplittableRandom random = new SplittableRandom(44);
    int shared = 0;
    int checked = 0;
    for (int code : UTIL.getSupportedCallingCodes()) {
      List<String> regions = UTIL.getRegionCodesForCountryCode(code);
      if (regions.size() < 2) {
        continue;
      }
      shared++;
      List<String> nationals = new ArrayList<>();
      for (String region : regions) {
        for (PhoneNumberType type : PhoneNumberType.values()) {
          Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
          if (example != null) {
            String nsn = UTIL.getNationalSignificantNumber(example);
            nationals.add(nsn);
            nationals.add("0" + nsn); // a national prefix, or a leading zero
            nationals.add("8" + nsn);
            nationals.add("1" + nsn);
            nationals.add(nsn.substring(0, nsn.length() - 1)); // one digit short
            nationals.add(nsn + random.nextInt(10)); // one too many
          }
        }
      }
      for (int length = 2; length <= 15; length++) {
        for (int i = 0; i < 40; i++) {
          StringBuilder b = new StringBuilder();
          for (int j = 0; j < length; j++) {
            b.append((char) ('0' + random.nextInt(10)));
          }
          nationals.add(b.toString());
        }
      }
      for (String national : nationals) {
        String digits = code + national;
        if (digits.length() > 15 + 3) {
          continue;
        }
        Recipient recipient;
        try {
          recipient = Recipient.phoneNumber(digits);
        } catch (IllegalArgumentException e) {
          continue; // not a possible number: no message gets this far
        }
        assertThat(RegionZones.region(recipient)).as(digits).isEqualTo(RegionZones.parsedRegion(digits));
        checked++;
      }
    }
    assertThat(shared).isGreaterThan(10);
    assertThat(checked).isGreaterThan(2_000);
  }

  @Test
  void commonNumbersOfSharedCodes() {
    assertThat(RegionZones.region(Recipient.phoneNumber("+447400123456"))).isEqualTo("GB");
    assertThat(RegionZones.region(Recipient.phoneNumber("+393123456789"))).isEqualTo("IT");
    assertThat(RegionZones.region(Recipient.phoneNumber("+79123456789"))).isEqualTo("RU");
    assertThat(RegionZones.region(Recipient.phoneNumber("+16502530000"))).isEqualTo("US");
    assertThat(RegionZones.region(Recipient.phoneNumber("+14165550123"))).isEqualTo(
        RegionZones.parsedRegion("14165550123"));
  }
}
