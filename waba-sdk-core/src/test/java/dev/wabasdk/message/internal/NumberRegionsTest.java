package dev.wabasdk.message.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A number's region from its digits is libphonenumber's parse and region, for every calling code: one-region codes
 * and numbers valid in a shared code's main region without the parse, and a plain +1 number never parsed to tell
 * whether it is a US one.
 */
class NumberRegionsTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Function<String, @Nullable String> NO_PARSE = digits -> {
    throw new AssertionError("parsed " + digits);
  };

  @Test
  void everyCallingCodeAnswersAsTheParse() {
    SplittableRandom random = new SplittableRandom(44);
    int checked = 0;
    int parsed = 0;
    for (int code : UTIL.getSupportedCallingCodes()) {
      List<String> regions = UTIL.getRegionCodesForCountryCode(code);
      Set<String> asked = new LinkedHashSet<>(regions);
      asked.add("US");
      for (String national : nationals(regions, random)) {
        String digits = code + national;
        String expected = NumberRegions.parsedRegion(digits);
        assertThat(NumberRegions.region(digits)).as(digits).isEqualTo(expected);
        for (String region : asked) {
          AtomicInteger parses = new AtomicInteger();
          boolean in = NumberRegions.isIn(digits, region, d -> {
            parses.incrementAndGet();
            return NumberRegions.parsedRegion(d);
          });
          assertThat(in).as(digits + " in " + region).isEqualTo(region.equals(expected));
          parsed += parses.get();
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20_000);
    // Most answers come from the digits; the parse is left to leading zeros, prefixes and other regions' numbers.
    assertThat(parsed).isPositive().isLessThan(checked);
  }

  /** Each region's example numbers, with a leading 0, 1 or 8, a digit short and one too many; random ones of 1-18. */
  private static List<String> nationals(List<String> regions, SplittableRandom random) {
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
          nationals.add(nsn.substring(0, nsn.length() - 1));
          nationals.add(nsn + random.nextInt(10));
        }
      }
    }
    for (int length = 1; length <= 18; length++) {
      for (int i = 0; i < 12; i++) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < length; j++) {
          b.append((char) ('0' + random.nextInt(10)));
        }
        nationals.add(b.toString());
      }
    }
    return nationals;
  }

  @Test
  void plainNorthAmericanNumbersAreNeverParsedToTellAUsOne() {
    int us = 0;
    int checked = 0;
    int[] exchanges = {0, 100, 199, 200, 211, 234, 311, 456, 555, 611, 700, 811, 911, 958, 976, 999};
    int[] lines = {0, 1234, 5678, 9999};
    for (int npa = 200; npa <= 999; npa++) {
      for (int nxx : exchanges) {
        for (int line : lines) {
          String digits = String.format("1%03d%03d%04d", npa, nxx, line);
          boolean expected = "US".equals(NumberRegions.parsedRegion(digits));
          assertThat(NumberRegions.isIn(digits, "US", NO_PARSE)).as(digits).isEqualTo(expected);
          us += expected ? 1 : 0;
          checked++;
        }
      }
    }
    // Both answers occur: US numbers, and +1 numbers of Canada, the Caribbean and invalid ones.
    assertThat(us).isBetween(checked / 4, checked - checked / 10);
  }

  @Test
  void digitsThatDoNotDecideAreParsedOnce() {
    // A national prefix or a leading zero (the parse reads another national number), a letter, too few digits, a
    // Canadian number asked about Canada (not the main region), and no calling code at all.
    for (String digits : List.of("11125550123", "10125550123", "1212555012a", "1", "14165550123", "0123", "")) {
      for (String region : List.of("US", "CA")) {
        if (region.equals("US") && digits.equals("14165550123")) {
          continue; // not valid in the US: decided without the parse
        }
        AtomicInteger parses = new AtomicInteger();
        boolean in = NumberRegions.isIn(digits, region, d -> {
          parses.incrementAndGet();
          return NumberRegions.parsedRegion(d);
        });
        assertThat(parses).as(digits + " in " + region).hasValue(1);
        assertThat(in).as(digits + " in " + region).isEqualTo(region.equals(NumberRegions.parsedRegion(digits)));
      }
    }
    assertThat(NumberRegions.isIn("14165550123", "US", NO_PARSE)).isFalse();
    assertThat(NumberRegions.isIn("4915112345678", "DE", NO_PARSE)).isTrue();
    assertThat(NumberRegions.isIn("4915112345678", "US", NO_PARSE)).isFalse();
  }

  @Test
  void commonNumbers() {
    assertThat(NumberRegions.region("16505551234")).isEqualTo("US");
    assertThat(NumberRegions.region("14165551234")).isEqualTo("CA");
    assertThat(NumberRegions.region("77012345678")).isEqualTo("KZ");
    assertThat(NumberRegions.region("79123456789")).isEqualTo("RU");
    assertThat(NumberRegions.region("447400123456")).isEqualTo("GB");
    assertThat(NumberRegions.region("393123456789")).isEqualTo("IT");
    assertThat(NumberRegions.region("4915112345678")).isEqualTo("DE");
    assertThat(NumberRegions.region("80012345678")).isEqualTo("001"); // non-geographic: parsed
    assertThat(NumberRegions.region("999123")).isNull(); // no such calling code
  }
}
