package dev.wabasdk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The preflight's set of numbers answers {@code add} exactly as a {@code HashSet<String>} of them. */
class DistinctDigitsTest {
  @Test
  void answersAsAHashSetOnNumbersOfEveryLength() {
    SplittableRandom random = new SplittableRandom(26);
    DistinctDigits set = new DistinctDigits();
    Set<String> reference = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      int length = random.nextInt(21);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < length; j++) {
        // A small alphabet, so strings repeat; now and then a character that is not a digit.
        b.append(random.nextInt(50) == 0 ? 'x' : (char) ('0' + random.nextInt(length < 6 ? 3 : 10)));
      }
      String s = b.toString();
      assertThat(set.add(s)).as(s).isEqualTo(reference.add(s));
    }
  }

  @Test
  void leadingZerosAndLengthsAreKept() {
    DistinctDigits set = new DistinctDigits();
    assertThat(set.add("1")).isTrue();
    assertThat(set.add("01")).isTrue();
    assertThat(set.add("001")).isTrue();
    assertThat(set.add("01")).isFalse();
    assertThat(set.add("")).isTrue();
    assertThat(set.add("")).isFalse();
    assertThat(set.add("99999999999999999")).isTrue(); // 17 digits: packed
    assertThat(set.add("999999999999999999")).isTrue(); // 18: the string set
    assertThat(set.add("99999999999999999")).isFalse();
    assertThat(set.add("999999999999999999")).isFalse();
    assertThat(DistinctDigits.pack("4915")).isEqualTo(14915L);
    assertThat(DistinctDigits.pack("1x")).isZero();
  }
}
