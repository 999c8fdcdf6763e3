package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Percentiles as Excel's {@code PERCENTILE.INC} computes them, in exact decimal arithmetic: for the
 * sorted values {@code x[0..n-1]} and {@code p} in {@code [0, 1]}, let {@code h = (n - 1) × p},
 * {@code k = floor(h)}; the percentile is {@code x[k] + (h - k) × (x[k+1] - x[k])}. It is exact
 * because {@code p} and the values are decimals.
 */
public final class Percentiles {
  /** The median, {@code PERCENTILE.INC(values, 0.5)}. */
  public static final BigDecimal MEDIAN = new BigDecimal("0.5");

  /** The 90th percentile. */
  public static final BigDecimal P90 = new BigDecimal("0.9");

  private Percentiles() {}

  /**
   * The {@code p}-th percentile of {@code values} in any order; empty when there are no values.
   *
   * @throws IllegalArgumentException when {@code p} is outside {@code [0, 1]}
   */
  public static Optional<BigDecimal> of(Collection<BigDecimal> values, BigDecimal p) {
    requireNonNull(values, "values");
    checkP(p);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ofSorted(SortedValues.of(values).ascending(), p));
  }

  /**
   * The {@code p}-th percentile of values already in ascending order.
   *
   * @throws IllegalArgumentException when {@code sorted} is empty or {@code p} is outside {@code
   *     [0, 1]}
   */
  public static BigDecimal ofSorted(List<BigDecimal> sorted, BigDecimal p) {
    requireNonNull(sorted, "sorted");
    checkP(p);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a percentile needs at least one value");
    }
    BigDecimal h = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
    int k = h.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal lower = sorted.get(k);
    if (k + 1 >= sorted.size()) {
      return lower;
    }
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(k));
    return lower.add(fraction.multiply(sorted.get(k + 1).subtract(lower)));
  }

  /**
   * The {@code p}-th percentile of sorted scaled integers ({@code units × 10^-scale}), exact.
   *
   * @throws IllegalArgumentException when {@code sortedUnits} is empty or {@code p} is outside
   *     {@code [0, 1]}
   */
  public static BigDecimal ofSortedUnits(long[] sortedUnits, int scale, BigDecimal p) {
    requireNonNull(sortedUnits, "sortedUnits");
    checkP(p);
    if (sortedUnits.length == 0) {
      throw new IllegalArgumentException("a percentile needs at least one value");
    }
    BigDecimal h = p.multiply(BigDecimal.valueOf(sortedUnits.length - 1L));
    int k = h.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal lower = BigDecimal.valueOf(sortedUnits[k], scale);
    if (k + 1 >= sortedUnits.length) {
      return lower;
    }
    BigDecimal fraction = h.subtract(BigDecimal.valueOf(k));
    BigDecimal upper = BigDecimal.valueOf(sortedUnits[k + 1], scale);
    return lower.add(fraction.multiply(upper.subtract(lower)));
  }

  private static void checkP(BigDecimal p) {
    requireNonNull(p, "p");
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("percentile must be in [0, 1], was " + p);
    }
  }
}
