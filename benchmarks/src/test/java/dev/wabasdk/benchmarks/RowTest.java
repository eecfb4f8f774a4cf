package dev.wabasdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.benchmarks.BenchmarkRunner.Goal;
import dev.wabasdk.benchmarks.BenchmarkRunner.Row;
import dev.wabasdk.benchmarks.BenchmarkRunner.Stats;
import org.junit.jupiter.api.Test;

class RowTest {

  private static Row row(double ratio, Goal goal) {
    Stats figure = new Stats(1, 0);
    return new Row("m", figure, "ops/s", figure, "b", "goal", goal, new Stats(ratio, 0));
  }

  @Test
  void aRatioThatTwoDecimalsWouldRoundOntoItsLimitGetsAThird() {
    Row missed = row(0.9692, Goal.ratioAtLeast(0.97));
    assertThat(missed.goalMet()).isFalse();
    assertThat(missed.shownRatio()).isEqualTo("0.969");

    Row met = row(1.0496, Goal.ratioAtMost(1.05));
    assertThat(met.goalMet()).isTrue();
    assertThat(met.shownRatio()).isEqualTo("1.050");
  }

  @Test
  void otherRatiosKeepTwoDecimalsOrThreeBelowOneTenth() {
    assertThat(row(0.9592, Goal.ratioAtLeast(0.97)).shownRatio()).isEqualTo("0.96");
    assertThat(row(0.9692, Goal.NONE).shownRatio()).isEqualTo("0.97");
    assertThat(row(0.9692, Goal.sdkAtLeast(0.97)).shownRatio()).isEqualTo("0.97");
    assertThat(row(0.0061, Goal.NONE).shownRatio()).isEqualTo("0.006");
  }
}
