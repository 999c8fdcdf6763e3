package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The slopes {@code (y_j − y_i) / (j − i)} of every pair {@code i < j} of values at {@code x =
 * 1..n}, and their order statistics, without keeping more than {@code O(n)} of them when {@code n}
 * is large.
 *
 * <ul>
 *   <li>Up to {@value #MATERIALISED_UP_TO} values (about two million pairs) every slope is computed
 *       as a double and sorted; the {@code k}-th smallest is then settled exactly among the slopes
 *       whose doubles lie within a tolerance of the {@code k}-th double ({@code 10^-9} of the
 *       largest absolute value, far above a double's rounding), each recomputed in decimal
 *       arithmetic to 34 significant digits. The result is the exact decimal slope of a pair.
 *   <li>Above that, the {@code k}-th smallest slope is located by bisection over the doubles: the
 *       number of slopes at most {@code t} is the number of pairs {@code i < j} with {@code y_j − t
 *       j ≤ y_i − t i}, counted in {@code O(n log n)} by a merge sort whose every comparison is the
 *       exact sign of {@code t (j − i) − (y_j − y_i)} (one fused multiply-add on values held in
 *       {@code 10^-4} units of the currency, see {@link ScaledSample}). At most 64 bisection steps
 *       end with two adjacent doubles; the upper one is the result, within one unit in the last
 *       place of a double of the exact slope of the values in {@code 10^-4} units.
 * </ul>
 */
final class PairwiseSlopes {
  /** The most values whose slopes are all computed and sorted. */
  static final int MATERIALISED_UP_TO = 2_000;

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final double TOLERANCE = 1e-9;

  private final List<BigDecimal> values;
  private final int n;
  private final int materialisedUpTo;
  private double[] nearest; // the values as doubles, computed when first needed
  private double[] sortedSlopes; // materialised, computed when first needed
  private long[] units; // for bisection, computed when first needed

  PairwiseSlopes(List<BigDecimal> values) {
    this(values, MATERIALISED_UP_TO);
  }

  /** The slopes of {@code values}, all computed up to {@code materialisedUpTo} values. */
  PairwiseSlopes(List<BigDecimal> values, int materialisedUpTo) {
    this.values = List.copyOf(requireNonNull(values, "values"));
    this.n = values.size();
    this.materialisedUpTo = materialisedUpTo;
  }

  /** How many pairs there are, {@code n (n − 1) / 2}. */
  long pairs() {
    return (long) n * (n - 1) / 2;
  }

  /**
   * The {@code k}-th smallest slope, {@code k} from 1.
   *
   * @throws IllegalArgumentException when {@code k} is not in {@code 1..pairs()}
   */
  BigDecimal kthSmallest(long k) {
    if (k < 1 || k > pairs()) {
      throw new IllegalArgumentException("rank " + k + " is not in 1.." + pairs());
    }
    return n <= materialisedUpTo ? fromSorted(k) : byBisection(k);
  }

  /** The median slope: the middle one, or the mean of the two middle ones. */
  BigDecimal median() {
    long count = pairs();
    if (count % 2 == 1) {
      return kthSmallest(count / 2 + 1);
    }
    return kthSmallest(count / 2).add(kthSmallest(count / 2 + 1)).divide(BigDecimal.valueOf(2));
  }

  private BigDecimal fromSorted(long k) {
    if (nearest == null) {
      nearest = new double[n];
      for (int i = 0; i < n; i++) {
        nearest[i] = values.get(i).doubleValue();
      }
    }
    double[] y = nearest;
    double scale = 0;
    for (double value : y) {
      scale = Math.max(scale, Math.abs(value));
    }
    if (sortedSlopes == null) {
      double[] slopes = new double[(int) pairs()];
      int p = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          slopes[p++] = (y[j] - y[i]) / (j - i);
        }
      }
      Arrays.sort(slopes);
      sortedSlopes = slopes;
    }
    double target = sortedSlopes[(int) (k - 1)];
    double tolerance = TOLERANCE * scale;
    long below = 0;
    List<BigDecimal> near = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double slope = (y[j] - y[i]) / (j - i);
        if (slope < target - tolerance) {
          below++;
        } else if (slope <= target + tolerance) {
          near.add(exactSlope(i, j));
        }
      }
    }
    near.sort(null);
    return near.get((int) (k - 1 - below));
  }

  private BigDecimal exactSlope(int i, int j) {
    BigDecimal rise = values.get(j).subtract(values.get(i));
    return rise.signum() == 0 ? BigDecimal.ZERO : rise.divide(BigDecimal.valueOf(j - i), MC);
  }

  private BigDecimal byBisection(long k) {
    if (units == null) {
      units = unitsOf(values);
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long u : units) {
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    double range = (double) (max - min);
    // every slope lies in [−range, range]: count(lo) = 0 < k ≤ count(hi) = pairs
    long lo = orderedBits(-range - 1);
    long hi = orderedBits(range);
    while (lo < hi - 1) {
      long mid = (lo >> 1) + (hi >> 1) + (lo & hi & 1); // floor of the mean, without overflow
      if (countAtMost(fromOrderedBits(mid)) >= k) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return new BigDecimal(fromOrderedBits(hi)).movePointLeft(ScaledSample.SCALE);
  }

  private static long[] unitsOf(List<BigDecimal> values) {
    long[] units = ScaledSample.of(values).units();
    for (int i = 0; i < units.length; i++) {
      if (Math.abs(units[i]) > (1L << 51)) {
        throw new IllegalArgumentException(
            "value too large for the slopes of many hires: " + values.get(i));
      }
    }
    return units;
  }

  /** How many pairs {@code i < j} have a slope at most {@code t}. */
  long countAtMost(double t) {
    if (units == null) {
      units = unitsOf(values);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return countMerging(order, new int[n], 0, n, t);
  }

  private long countMerging(int[] order, int[] buffer, int from, int to, double t) {
    if (to - from < 2) {
      return 0;
    }
    int mid = (from + to) >>> 1;
    long count =
        countMerging(order, buffer, from, mid, t) + countMerging(order, buffer, mid, to, t);
    int l = from;
    int r = mid;
    int out = from;
    while (l < mid && r < to) {
      int left = order[l];
      int right = order[r]; // every right index is above every left one
      // z_right ≤ z_left ⇔ y_right − y_left ≤ t (right − left): the slope is at most t
      double rise = (double) (units[right] - units[left]);
      if (Math.fma(t, right - left, -rise) >= 0) {
        count += mid - l;
        buffer[out++] = order[r++];
      } else {
        buffer[out++] = order[l++];
      }
    }
    while (l < mid) {
      buffer[out++] = order[l++];
    }
    while (r < to) {
      buffer[out++] = order[r++];
    }
    System.arraycopy(buffer, from, order, from, to - from);
    return count;
  }

  /** A long that orders like the double {@code d} does. */
  private static long orderedBits(double d) {
    long bits = Double.doubleToLongBits(d == 0 ? 0.0 : d);
    return bits >= 0 ? bits : Long.MIN_VALUE - bits;
  }

  private static double fromOrderedBits(long ordered) {
    return Double.longBitsToDouble(ordered >= 0 ? ordered : Long.MIN_VALUE - ordered);
  }
}
