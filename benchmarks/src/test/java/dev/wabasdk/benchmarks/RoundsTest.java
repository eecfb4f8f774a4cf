package dev.wabasdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {

  @Test
  void eachRoundStartsOnePlaceLater() {
    List<String> methods = List.of("a", "b", "c");
    assertThat(Rounds.rotated(methods, 0)).containsExactly("a", "b", "c");
    assertThat(Rounds.rotated(methods, 1)).containsExactly("b", "c", "a");
    assertThat(Rounds.rotated(methods, 2)).containsExactly("c", "a", "b");
    assertThat(Rounds.rotated(methods, 3)).containsExactly("a", "b", "c");
    assertThat(Rounds.rotated(List.of("sdk", "raw"), 1)).containsExactly("raw", "sdk");
  }

  @Test
  void medianAndHalfTheSpread() {
    assertThat(Rounds.median(new double[] {4, 1, 3})).isEqualTo(new BenchmarkRunner.Stats(3, 1.5));
    assertThat(Rounds.median(new double[] {4, 1, 3, 2})).isEqualTo(new BenchmarkRunner.Stats(2.5, 1.5));
    assertThat(Rounds.median(new double[] {7})).isEqualTo(new BenchmarkRunner.Stats(7, 0));
    assertThatThrownBy(() -> Rounds.median(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratiosAreTakenWithinEachRoundBeforeTheMedian() {
    // A machine twice as slow in rounds 2 and 3 halves both sides there: every round's ratio is 0.5.
    double[] sdk = {100, 50, 50, 100};
    double[] baseline = {200, 100, 100, 200};
    assertThat(Rounds.median(Rounds.ratios(sdk, baseline))).isEqualTo(new BenchmarkRunner.Stats(0.5, 0));
    // The ratio of the medians would be 75 / 150 too here, but not in general: one slow baseline round.
    assertThat(Rounds.median(Rounds.ratios(new double[] {100, 100, 100}, new double[] {200, 50, 200})))
        .isEqualTo(new BenchmarkRunner.Stats(0.5, 0.75));
    assertThatThrownBy(() -> Rounds.ratios(new double[2], new double[3])).hasMessageContaining("rounds differ");
  }

  @Test
  void theSecondPassRunsThePickedForksAgainInReverse() {
    List<String> round = List.of("jackson", "sdk", "hmac", "raw");
    assertThat(Rounds.withSecondPass(round, m -> !m.equals("hmac")))
        .containsExactly("jackson", "sdk", "hmac", "raw", "raw", "sdk", "jackson");
    assertThat(Rounds.withSecondPass(round, m -> false)).containsExactly("jackson", "sdk", "hmac", "raw");
  }

  @Test
  void aRoundsFigureIsTheMeanOfItsForks() {
    // Two forks a round: one in the machine's fast phase and one in its slow phase give the round their mean.
    assertThat(Rounds.meanPerRound(new double[] {15_400, 11_000, 16_000, 16_000}, 2)).containsExactly(13_200, 16_000);
    assertThat(Rounds.meanPerRound(new double[] {3, 4, 5}, 1)).containsExactly(3, 4, 5);
    assertThatThrownBy(() -> Rounds.meanPerRound(new double[3], 2)).hasMessageContaining("3 fork figures are not 2");
  }
}
