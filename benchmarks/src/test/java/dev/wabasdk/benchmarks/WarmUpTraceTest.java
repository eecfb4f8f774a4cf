package dev.wabasdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTraceTest {

  @Test
  void steadyFromTheFirstIterationAfterWhichRollingMeansStayNearTheTailsMedian() {
    double[] trace = {100, 300, 500, 700, 950, 1000, 1010, 990, 1000, 1005, 995, 1000};
    // Tail median 1,000; rolling means of 3 reach 900 from index 4 (950, 1000, 1010).
    assertThat(WarmUpTrace.secondsToSteady(trace, 1.0)).isEqualTo(5.0);
    assertThat(WarmUpTrace.secondsToSteady(trace, 0.5)).isEqualTo(2.5);
  }

  @Test
  void aSlowModeAfterAFastStartCountsAsNotSteadyYet() {
    double[] trace = {1000, 1000, 1000, 400, 400, 400, 400, 1000, 1000, 1000, 1000, 1000};
    assertThat(WarmUpTrace.secondsToSteady(trace, 1.0)).isEqualTo(8.0);
  }

  @Test
  void oneSlowIterationOnABusyMachineDoesNotResetIt() {
    double[] trace = {1000, 1000, 1000, 1000, 800, 1000, 1000, 1000, 1000};
    assertThat(WarmUpTrace.secondsToSteady(trace, 1.0)).isEqualTo(1.0);
  }
}
