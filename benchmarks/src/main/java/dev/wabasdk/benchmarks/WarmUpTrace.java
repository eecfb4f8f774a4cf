package dev.wabasdk.benchmarks;

import java.util.Arrays;

/**
 * Seconds to steady throughput (counted to the end of the first steady iteration), from a trace of one-second
 * iterations measured from a fresh JVM with no warm-up: the steady level is the median of the trace's last third,
 * and the JVM is steady from the first iteration after which every rolling mean of {@value #WINDOW} iterations stays
 * at or above {@value #STEADY_SHARE} of that level (one slow iteration on a busy machine does not reset it; a JIT
 * still at work, which costs several, does). Stateless.
 */
final class WarmUpTrace {
  static final int WINDOW = 3;
  static final double STEADY_SHARE = 0.9;

  private WarmUpTrace() {}

  /**
   * @param scores throughput per iteration, in order
   * @param iterationSeconds the length of one iteration
   * @return the time from the first iteration's start to the end of the first steady one (so at least one
   *     iteration: a ratio to a baseline steady from the start stays finite)
   */
  static double secondsToSteady(double[] scores, double iterationSeconds) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("scores: empty trace");
    }
    double steady = STEADY_SHARE * steadyLevel(scores);
    int window = Math.min(WINDOW, scores.length);
    int first = scores.length - window;
    // Walk back from the end while the rolling means stay at the steady level.
    for (int i = scores.length - window; i >= 0; i--) {
      if (mean(scores, i, window) < steady) {
        break;
      }
      first = i;
    }
    return (first + 1) * iterationSeconds;
  }

  /** The median of the last third of the trace (at least one iteration). */
  static double steadyLevel(double[] scores) {
    int n = Math.max(1, scores.length / 3);
    double[] tail = Arrays.copyOfRange(scores, scores.length - n, scores.length);
    Arrays.sort(tail);
    return n % 2 == 1 ? tail[n / 2] : (tail[n / 2 - 1] + tail[n / 2]) / 2;
  }

  private static double mean(double[] scores, int from, int length) {
    double sum = 0;
    for (int i = from; i < from + length; i++) {
      sum += scores[i];
    }
    return sum / length;
  }
}
