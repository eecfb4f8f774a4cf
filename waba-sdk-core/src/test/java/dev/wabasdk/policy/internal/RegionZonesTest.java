package dev.wabasdk.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.wabasdk.message.Recipient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The region without a parse for single-region calling codes is exactly libphonenumber's answer, for every region. */
class RegionZonesTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void everyRegionsExampleNumbersGetLibphonenumbersRegion() throws NumberParseException {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String region : UTIL.getSupportedRegions()) {
      for (PhoneNumberUtil.PhoneNumberType type : List.of(PhoneNumberUtil.PhoneNumberType.MOBILE,
          PhoneNumberUtil.PhoneNumberType.FIXED_LINE)) {
        Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
        if (example == null) {
          continue;
        }
        String e164 = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
        Recipient recipient;
        try {
          recipient = Recipient.phoneNumber(e164);
        } catch (IllegalArgumentException e) {
          continue; // a number the SDK refuses never reaches the rule
        }
        String expected = UTIL.getRegionCodeForNumber(UTIL.parse(e164, null));
        String actual = RegionZones.region(recipient);
        checked++;
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
          wrong.add(e164 + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(checked).isGreaterThan(400);
    assertThat(wrong).isEmpty();
  }
}
