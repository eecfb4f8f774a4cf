package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Phone number recipients are accepted exactly when libphonenumber's {@code parse} plus {@code isPossibleNumber}
 * accepts them, although the common case no longer calls {@code parse}.
 */
class RecipientNormalizationTest {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  @Test
  void acceptsExactlyWhatLibphonenumberCallsPossible() {
    SplittableRandom random = new SplittableRandom(7);
    int accepted = 0;
    int rejected = 0;
    for (int countryCode : UTIL.getSupportedCallingCodes()) {
      String code = String.valueOf(countryCode);
      for (int length = 1; code.length() + length <= 15; length++) {
        for (int sample = 0; sample < 4; sample++) {
          StringBuilder national = new StringBuilder(length);
          for (int i = 0; i < length; i++) {
            // A leading zero now and then (Italian numbers keep it), otherwise any digit.
            national.append((char) ('0' + (i == 0 && sample == 3 ? 0 : random.nextInt(10))));
          }
          String digits = code + national;
          if (possibleByParse(digits)) {
            assertThat(Recipient.phoneNumber("+" + digits).waId()).as(digits).isEqualTo(digits);
            accepted++;
          } else {
            assertThatThrownBy(() -> Recipient.phoneNumber("+" + digits)).as(digits)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(digits);
            rejected++;
          }
        }
      }
    }
    assertThat(accepted).isGreaterThan(1_000);
    assertThat(rejected).isGreaterThan(1_000);
  }

  @Test
  void formattedNumbersAreStrippedToTheWaId() {
    assertThat(Recipient.phoneNumber("+49 (151) 123-456.78").waId()).isEqualTo("4915112345678");
    assertThat(Recipient.phoneNumber("4915112345678").waId()).isEqualTo("4915112345678");
    assertThat(Recipient.phoneNumber("+390612345678").waId()).isEqualTo("390612345678");
  }

  private static boolean possibleByParse(String digits) {
    try {
      return UTIL.isPossibleNumber(UTIL.parse("+" + digits, null));
    } catch (NumberParseException e) {
      return false;
    }
  }
}
