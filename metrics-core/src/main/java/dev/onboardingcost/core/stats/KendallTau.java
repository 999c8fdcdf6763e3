package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kendall's rank correlation between the position of a value ({@code x = 1..n}, no ties) and the
 * value itself (docs/method.md).
 *
 * <p>{@code S} = concordant − discordant pairs; {@code tau-b = S / √(n0 (n0 − n2))} with {@code n0
 * = n (n − 1) / 2} and {@code n2 = Σ t (t − 1) / 2} over groups of {@code t} equal values ({@code
 * x} has no ties, so its own term is {@code n0}). The two-sided p-value is exact for {@code n ≤}
 * {@value #EXACT_UP_TO} without ties: the number of inversions of a random permutation has the
 * Mahonian distribution, counted exactly by {@code c(n, k) = Σ_{j=0..min(k, n−1)} c(n−1, k−j)}, and
 * {@code p = min(1, 2 P(S ≥ |s|))}. Otherwise it is the normal approximation {@code z = S / √var},
 * {@code var = (n (n−1)(2n+5) − Σ t (t−1)(2t+5)) / 18}, without continuity correction (as R's
 * {@code cor.test(..., method = "kendall", exact = FALSE)}). {@code S} is counted in {@code O(n log
 * n)} by a merge sort.
 *
 * @param n how many values
 * @param s Kendall's {@code S}
 * @param varianceOfS the variance of {@code S} under no association, ties corrected
 * @param tauB tau-b; empty when every value is the same
 * @param pValue the two-sided p-value; empty when every value is the same
 * @param exact whether the p-value is from the exact distribution
 */
public record KendallTau(
    int n, long s, double varianceOfS, OptionalDouble tauB, OptionalDouble pValue, boolean exact) {

  /** The largest {@code n} whose p-value is exact when there are no ties. */
  public static final int EXACT_UP_TO = 50;

  /** Checks the figures. */
  public KendallTau {
    requireNonNull(tauB, "tauB");
    requireNonNull(pValue, "pValue");
  }

  /** Kendall's tau between {@code x = 1..n} and {@code values} in the given order. */
  public static KendallTau of(List<BigDecimal> values) {
    requireNonNull(values, "values");
    int n = values.size();
    List<BigDecimal> work = new ArrayList<>(values);
    List<BigDecimal> buffer = new ArrayList<>(values);
    long discordant = countStrictInversions(work, buffer, 0, n);
    // work is now sorted: count the groups of equal values
    long tiedPairs = 0;
    double tieVarianceTerm = 0;
    int i = 0;
    while (i < n) {
      int j = i + 1;
      while (j < n && work.get(j).compareTo(work.get(i)) == 0) {
        j++;
      }
      long t = j - i;
      tiedPairs += t * (t - 1) / 2;
      tieVarianceTerm += (double) t * (t - 1) * (2 * t + 5);
      i = j;
    }
    long pairs = (long) n * (n - 1) / 2;
    long concordant = pairs - tiedPairs - discordant;
    long s = concordant - discordant;
    double variance = ((double) n * (n - 1) * (2.0 * n + 5) - tieVarianceTerm) / 18.0;
    long untied = pairs - tiedPairs;
    if (untied == 0) {
      return new KendallTau(n, s, variance, OptionalDouble.empty(), OptionalDouble.empty(), false);
    }
    double tau = s / Math.sqrt((double) pairs * untied);
    boolean exact = n <= EXACT_UP_TO && tiedPairs == 0;
    double p = exact ? exactPValue(n, s) : normalPValue(s, variance);
    return new KendallTau(n, s, variance, OptionalDouble.of(tau), OptionalDouble.of(p), exact);
  }

  /** {@code min(1, 2 P(S ≥ |s|))} for {@code n} untied values, from the Mahonian counts. */
  static double exactPValue(int n, long s) {
    BigInteger[] counts = inversionCounts(n);
    long pairs = (long) n * (n - 1) / 2;
    // S = pairs − 2 × inversions, so S ≥ |s| ⇔ inversions ≤ (pairs − |s|) / 2
    long maxInversions = (pairs - Math.abs(s)) / 2;
    BigInteger tail = BigInteger.ZERO;
    BigInteger all = BigInteger.ZERO;
    for (int k = 0; k < counts.length; k++) {
      if (k <= maxInversions) {
        tail = tail.add(counts[k]);
      }
      all = all.add(counts[k]);
    }
    BigDecimal p =
        new BigDecimal(tail.shiftLeft(1)).divide(new BigDecimal(all), MathContext.DECIMAL128);
    return Math.min(1.0, p.doubleValue());
  }

  /** How many permutations of {@code n} items have {@code k} inversions, for every {@code k}. */
  static BigInteger[] inversionCounts(int n) {
    BigInteger[] counts = {BigInteger.ONE};
    for (int m = 2; m <= n; m++) {
      int max = m * (m - 1) / 2;
      BigInteger[] next = new BigInteger[max + 1];
      // c(m, k) = Σ_{j=0..min(k, m−1)} c(m−1, k−j), as a running window sum
      BigInteger window = BigInteger.ZERO;
      for (int k = 0; k <= max; k++) {
        if (k < counts.length) {
          window = window.add(counts[k]);
        }
        int leaving = k - m;
        if (leaving >= 0 && leaving < counts.length) {
          window = window.subtract(counts[leaving]);
        }
        next[k] = window;
      }
      counts = next;
    }
    return counts;
  }

  private static double normalPValue(long s, double variance) {
    double z = Math.abs(s) / Math.sqrt(variance);
    return Math.min(1.0, 2.0 * NormalDistribution.of(0, 1).survivalProbability(z));
  }

  /**
   * Sorts {@code values[from, to)} ascending (stable) and returns how many pairs {@code i < j} in
   * it have {@code values[i] > values[j]}.
   */
  private static long countStrictInversions(
      List<BigDecimal> values, List<BigDecimal> buffer, int from, int to) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count =
        countStrictInversions(values, buffer, from, mid)
            + countStrictInversions(values, buffer, mid, to);
    int l = from;
    int r = mid;
    int out = from;
    while (l < mid && r < to) {
      if (values.get(r).compareTo(values.get(l)) < 0) {
        count += mid - l;
        buffer.set(out++, values.get(r++));
      } else {
        buffer.set(out++, values.get(l++));
      }
    }
    while (l < mid) {
      buffer.set(out++, values.get(l++));
    }
    while (r < to) {
      buffer.set(out++, values.get(r++));
    }
    for (int k = from; k < to; k++) {
      values.set(k, buffer.get(k));
    }
    return count;
  }
}
