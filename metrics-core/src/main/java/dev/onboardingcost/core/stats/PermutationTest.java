package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A two-sided permutation test of the difference in means of two groups (docs/method.md). The
 * values of both groups are pooled; every way of splitting the pool into groups of the same sizes
 * is a split, and the p-value is the share of splits whose difference in means is at least as far
 * from zero as the observed one. Ties need no special case.
 *
 * <p>When there are at most {@link #MAX_SPLITS} splits ({@code C(n1 + n2, n1)}), all of them are
 * counted, the observed one included, so the p-value is exact. Otherwise {@link #MAX_SPLITS} splits
 * are drawn at random by the {@code XO_RO_SHI_RO_128_PP} generator seeded with the given seed, and
 * the p-value is {@code (b + 1) / (m + 1)}, {@code b} being the drawn splits at least as extreme
 * and {@code m} the number drawn: never zero, as the observed split is one of the splits.
 *
 * <p>Values are held as {@link ScaledSample} units of {@code 10^-4} of the currency, so the sums
 * compared are exact integers and a split exactly as extreme as the observed one counts.
 */
final class PermutationTest {
  /** The most splits counted, all of them or drawn at random. */
  static final int MAX_SPLITS = 100_000;

  private PermutationTest() {}

  /**
   * The two-sided p-values of the difference in means of several measures of the same two groups:
   * {@code earlier[m]} and {@code later[m]} are measure {@code m} of the groups (units of {@link
   * ScaledSample}), every measure of a group having as many values, at least one. Each p-value is
   * the one the test gives that measure alone: which positions a split picks depends only on the
   * seed and the groups' sizes, so the splits are drawn once and every measure is summed over each
   * of them.
   */
  static double[] pValues(long[][] earlier, long[][] later, long seed) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    int width = earlier.length;
    if (width == 0 || later.length != width) {
      throw new IllegalArgumentException("a permutation test needs the same measures on each side");
    }
    int earlierSize = earlier[0].length;
    int laterSize = later[0].length;
    if (earlierSize == 0 || laterSize == 0) {
      throw new IllegalArgumentException("a permutation test needs a value on each side");
    }
    int size = earlierSize + laterSize;
    boolean exact = splits(size, laterSize) <= MAX_SPLITS;
    long[][] pooled = new long[width][size];
    Statistic[] statistics = new Statistic[width];
    long[] observed = new long[width];
    double[] pValues = new double[width];
    for (int m = 0; m < width; m++) {
      if (earlier[m].length != earlierSize || later[m].length != laterSize) {
        throw new IllegalArgumentException("every measure needs a value for each hire");
      }
      System.arraycopy(earlier[m], 0, pooled[m], 0, earlierSize);
      System.arraycopy(later[m], 0, pooled[m], earlierSize, laterSize);
      statistics[m] = new Statistic(pooled[m], laterSize);
      observed[m] = statistics[m].of(sum(later[m]));
      if (exact) {
        long[] counts = new long[2];
        countSplits(pooled[m], 0, laterSize, 0L, statistics[m], observed[m], counts);
        pValues[m] = (double) counts[0] / counts[1];
      }
    }
    if (exact) {
      return pValues;
    }
    long[] rows = ScaledSample.rows(pooled);
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int[] order = identity(size);
    long[] sums = new long[width];
    long[] extreme = new long[width];
    for (int i = 0; i < MAX_SPLITS; i++) {
      randomSplitSums(rows, width, order, laterSize, random, sums);
      for (int m = 0; m < width; m++) {
        if (statistics[m].of(sums[m]) >= observed[m]) {
          extreme[m]++;
        }
      }
    }
    for (int m = 0; m < width; m++) {
      pValues[m] = (extreme[m] + 1.0) / (MAX_SPLITS + 1.0);
    }
    return pValues;
  }

  /** The positions {@code 0..size - 1} in order: the order of a pool before any split is drawn. */
  static int[] identity(int size) {
    int[] order = new int[size];
    Arrays.setAll(order, i -> i);
    return order;
  }

  /**
   * {@code C(n, k)}, or {@code MAX_SPLITS + 1} when it is larger (the exact count does not matter
   * then).
   */
  static long splits(int n, int k) {
    int m = Math.min(k, n - k);
    long c = 1;
    for (int i = 1; i <= m; i++) {
      c = c * (n - m + i) / i; // exact: c × (n - m + i) is a multiple of i at each step
      if (c > MAX_SPLITS) {
        return MAX_SPLITS + 1L;
      }
    }
    return c;
  }

  /**
   * Draws one random split of a pool: picks {@code count} of its positions at random without
   * replacement, the first {@code count} places of a partial Fisher-Yates shuffle of {@code order}
   * (which leaves {@code order} reordered; any order serves the next draw as well), and writes into
   * {@code sums} each measure's sum over the picked positions, measure {@code m} at position {@code
   * h} being {@code rows[h × width + m]}.
   */
  static void randomSplitSums(
      long[] rows, int width, int[] order, int count, UniformRandomProvider random, long[] sums) {
    Arrays.fill(sums, 0L);
    for (int j = 0; j < count; j++) {
      int k = j + random.nextInt(order.length - j);
      int picked = order[k];
      order[k] = order[j];
      order[j] = picked;
      int row = picked * width;
      for (int m = 0; m < width; m++) {
        sums[m] += rows[row + m];
      }
    }
  }

  /** Counts into {@code counts} [extreme, all] every split choosing {@code left} more values. */
  private static void countSplits(
      long[] pool,
      int from,
      int left,
      long sum,
      Statistic statistic,
      long observed,
      long[] counts) {
    if (left == 0) {
      counts[1]++;
      if (statistic.of(sum) >= observed) {
        counts[0]++;
      }
      return;
    }
    for (int i = from; i <= pool.length - left; i++) {
      countSplits(pool, i + 1, left - 1, sum + pool[i], statistic, observed, counts);
    }
  }

  private static long sum(long[] values) {
    long sum = 0;
    for (long value : values) {
      sum = Math.addExact(sum, value);
    }
    return sum;
  }

  /**
   * How far a split is from no difference, as an integer that orders splits as {@code |mean of the
   * chosen − mean of the others|} does: {@code |N × chosen sum − n × pooled sum|}, {@code N} being
   * the pooled size and {@code n} the chosen group's size.
   */
  private static final class Statistic {
    private final long pooledSize;
    private final long centre;

    Statistic(long[] pooled, int chosen) {
      this.pooledSize = pooled.length;
      this.centre = Math.multiplyExact((long) chosen, sum(pooled));
    }

    long of(long chosenSum) {
      return Math.abs(Math.subtractExact(Math.multiplyExact(pooledSize, chosenSum), centre));
    }
  }
}
