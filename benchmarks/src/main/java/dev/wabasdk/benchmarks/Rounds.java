package dev.wabasdk.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Figures measured once per round, and how the report sums them up: the median of the rounds and half their spread.
 * A ratio is taken within each round (SDK and baseline measured minutes apart, in rotated order) before the median, so
 * a machine that slows down for a while moves both sides of that round rather than one side of the ratio.
 */
final class Rounds {
  private Rounds() {}

  /** The order of {@code items} in round {@code round}: rotated by one place each round. */
  static <T> List<T> rotated(List<T> items, int round) {
    List<T> order = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      order.add(items.get((i + round) % items.size()));
    }
    return order;
  }

  /**
   * A round's forks: {@code order}, then those that {@code twice} picks once more in reverse order (A, B, B, A), so
   * each of them is measured before and after the others and a slow stretch of the machine falls on both sides.
   */
  static <T> List<T> withSecondPass(List<T> order, Predicate<T> twice) {
    List<T> forks = new ArrayList<>(order);
    for (int i = order.size() - 1; i >= 0; i--) {
      if (twice.test(order.get(i))) {
        forks.add(order.get(i));
      }
    }
    return forks;
  }

  /** Each round's figure from its forks' figures, in round order: the mean of {@code perRound} consecutive ones. */
  static double[] meanPerRound(double[] forks, int perRound) {
    if (perRound < 1 || forks.length % perRound != 0) {
      throw new IllegalArgumentException(forks.length + " fork figures are not " + perRound + " a round");
    }
    double[] rounds = new double[forks.length / perRound];
    for (int i = 0; i < forks.length; i++) {
      rounds[i / perRound] += forks[i] / perRound;
    }
    return rounds;
  }

  /** The median of the values and half their spread (max − min). */
  static BenchmarkRunner.Stats median(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new BenchmarkRunner.Stats(median, (sorted[n - 1] - sorted[0]) / 2);
  }

  /** Each round's SDK figure divided by the same round's baseline. */
  static double[] ratios(double[] sdk, double[] baseline) {
    if (sdk.length != baseline.length) {
      throw new IllegalArgumentException("rounds differ: " + sdk.length + " SDK figures, " + baseline.length
          + " baseline figures");
    }
    double[] ratios = new double[sdk.length];
    for (int i = 0; i < sdk.length; i++) {
      ratios[i] = sdk[i] / baseline[i];
    }
    return ratios;
  }
}
