package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MarketMapping#marketOf(String, LocalDate)} answers a clean number without building its digit string: the
 * same market (or error) as the same number written with a space, which takes the general path.
 */
class MarketOfFastPathTest {
  @Test
  void everyThreeDigitStartAnswersAsTheGeneralPathDoes() {
    MarketMapping mapping = MarketMapping.shipped();
    for (LocalDate day : List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 11, 2))) {
      for (int start = 0; start < 1000; start++) {
        for (String digits : List.of(String.format("%03d4567890", start), String.format("%03d4", start),
            String.format("%03d456789012", start), start + "1234567")) {
          String general = digits.substring(0, 1) + " " + digits.substring(1);
          for (String clean : List.of(digits, "+" + digits)) {
            Market expected;
            try {
              expected = mapping.marketOf(general, day);
            } catch (IllegalArgumentException e) {
              assertThatThrownBy(() -> mapping.marketOf(clean, day)).as(clean)
                  .isInstanceOf(IllegalArgumentException.class);
              continue;
            }
            assertThat(mapping.marketOf(clean, day)).as(clean + " on " + day).isEqualTo(expected);
          }
        }
      }
    }
  }

  @Test
  void badInputStillFailsAsBefore() {
    MarketMapping mapping = MarketMapping.shipped();
    LocalDate day = LocalDate.of(2026, 11, 2);
    assertThatThrownBy(() -> mapping.marketOf("+491", day)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number: an E.164 number has 4 to 15 digits, was '+491'");
    assertThatThrownBy(() -> mapping.marketOf("+49x1515555", day)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("phone number: must be E.164");
    assertThatThrownBy(() -> mapping.marketOf((String) null, day)).isInstanceOf(NullPointerException.class)
        .hasMessage("phone number");
  }
}
