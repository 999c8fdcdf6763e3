package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

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
   * The two-sided p-value of the difference in means of {@code earlier} and {@code later} (units of
   * {@link ScaledSample}); both need at least one value.
   */
  static double pValue(long[] earlier, long[] later, long seed) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    if (earlier.length == 0 || later.length == 0) {
      throw new IllegalArgumentException("a permutation test needs a value on each side");
    }
    long[] pooled = new long[earlier.length + later.length];
    System.arraycopy(earlier, 0, pooled, 0, earlier.length);
    System.arraycopy(later, 0, pooled, earlier.length, later.length);
    Statistic statistic = new Statistic(pooled, later.length);
    long observed = statistic.of(sum(later));
    if (splits(pooled.length, later.length) <= MAX_SPLITS) {
      long[] counts = new long[2];
      countSplits(pooled, 0, later.length, 0L, statistic, observed, counts);
      return (double) counts[0] / counts[1];
    }
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    long extreme = 0;
    for (int i = 0; i < MAX_SPLITS; i++) {
      if (statistic.of(randomSplitSum(pooled, later.length, random)) >= observed) {
        extreme++;
      }
    }
    return (extreme + 1.0) / (MAX_SPLITS + 1.0);
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
   * The sum of {@code count} values of {@code pool} picked at random without replacement: the first
   * {@code count} places of a partial Fisher-Yates shuffle, which leaves {@code pool} reordered
   * (any order serves the next draw as well).
   */
  static long randomSplitSum(long[] pool, int count, UniformRandomProvider random) {
    long sum = 0;
    for (int j = 0; j < count; j++) {
      int k = j + random.nextInt(pool.length - j);
      long picked = pool[k];
      pool[k] = pool[j];
      pool[j] = picked;
      sum += picked;
    }
    return sum;
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
