package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Theil-Sen slope of values at {@code x = 1..n}: the median of the slopes of every pair (see
 * {@link PairwiseSlopes}), with Sen's (1968) rank-based 95% interval. With {@code N = n (n − 1) /
 * 2} slopes and {@code C = z(0.975) × √var(S)}, {@code var(S)} Kendall's variance with the tie
 * correction ({@link KendallTau#varianceOfS}), let {@code M1 = (N − C) / 2} and {@code M2 = (N + C)
 * / 2}, each rounded to the nearest integer (Gilbert 1987); the interval runs from the {@code
 * M1}-th to the {@code (M2 + 1)}-th smallest slope, the ranks kept within {@code 1..N}.
 *
 * @param slope the median pairwise slope, money per successive hire
 * @param interval the 95% interval of the slope
 */
public record TheilSen(BigDecimal slope, Interval interval) {
  private static final double Z_975 =
      NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  /** Checks the figures. */
  public TheilSen {
    requireNonNull(slope, "slope");
    requireNonNull(interval, "interval");
  }

  /**
   * The Theil-Sen slope of at least two {@code values} in order, whose Kendall variance of {@code
   * S} is {@code varianceOfS}.
   */
  public static TheilSen of(List<BigDecimal> values, double varianceOfS) {
    requireNonNull(values, "values");
    if (values.size() < 2) {
      throw new IllegalArgumentException("a slope needs at least two values");
    }
    PairwiseSlopes slopes = new PairwiseSlopes(values);
    long pairs = slopes.pairs();
    double c = Z_975 * Math.sqrt(Math.max(0.0, varianceOfS));
    long m1 = Math.round((pairs - c) / 2);
    long m2 = Math.round((pairs + c) / 2);
    long lowerRank = Math.max(1, Math.min(pairs, m1));
    long upperRank = Math.max(1, Math.min(pairs, m2 + 1));
    return new TheilSen(
        slopes.median(),
        new Interval(slopes.kthSmallest(lowerRank), slopes.kthSmallest(upperRank)));
  }
}
