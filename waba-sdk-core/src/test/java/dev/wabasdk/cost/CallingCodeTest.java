package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.wabasdk.cost.internal.MarketResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The resolver finds a number's calling code with array look-ups: the same answers as parsing each prefix. */
class CallingCodeTest {
  private static final Set<Integer> CODES = PhoneNumberUtil.getInstance().getSupportedCallingCodes();

  @Test
  void everyThreeDigitStartAnswersAsParsingItsPrefixesDoes() {
    MarketResolver resolver = MarketMapping.shipped().resolver(LocalDate.of(2026, 11, 2));
    for (int start = 0; start < 1000; start++) {
      for (String digits : List.of(String.format("%03d4567890", start), String.format("%03d", start),
          String.valueOf(start))) {
        Integer expected = reference(digits);
        if (expected == null) {
          assertThatThrownBy(() -> resolver.callingCode(digits)).as(digits)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage("phone number: '+" + digits + "' does not start with a known country calling code");
        } else {
          assertThat(resolver.callingCode(digits)).as(digits).isEqualTo(expected);
        }
      }
    }
    assertThat(resolver.callingCode("49x")).isEqualTo(49);
    assertThatThrownBy(() -> resolver.callingCode("x49")).isInstanceOf(NumberFormatException.class);
  }

  /** The parsing loop the resolver used before. */
  private static Integer reference(String digits) {
    for (int length = 1; length <= 3 && length <= digits.length(); length++) {
      int code = Integer.parseInt(digits.substring(0, length));
      if (CODES.contains(code)) {
        return code;
      }
    }
    return null;
  }
}
