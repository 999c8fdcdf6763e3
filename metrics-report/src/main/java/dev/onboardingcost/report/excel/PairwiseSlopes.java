package dev.onboardingcost.report.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The slopes between every two hires of the {@code Trend} sheet, {@code (y_j - y_i) / (j - i)} for
 * {@code i < j}, in decimal arithmetic (34 significant digits): the values cached in its block of
 * pairwise slopes, and their median, the Theil-Sen slope cached under its {@code MEDIAN} formula.
 */
final class PairwiseSlopes {
  private static final MathContext MC = MathContext.DECIMAL128;

  private final List<BigDecimal> totals;

  /** The slopes of {@code totals}, taken as hires {@code x = 1..n} in the given order. */
  PairwiseSlopes(List<BigDecimal> totals) {
    this.totals = List.copyOf(totals);
  }

  /** The slope from the {@code i}-th to the {@code j}-th total (0-based, {@code i < j}). */
  BigDecimal between(int i, int j) {
    if (i >= j) {
      throw new IllegalArgumentException("need i < j, was " + i + " and " + j);
    }
    return totals.get(j).subtract(totals.get(i)).divide(BigDecimal.valueOf(j - (long) i), MC);
  }

  /**
   * The median of every pairwise slope (the mean of the two middle ones for an even count), as
   * {@code MEDIAN} takes it.
   *
   * @throws IllegalStateException with fewer than 2 totals (no pair)
   */
  BigDecimal median() {
    int n = totals.size();
    if (n < 2) {
      throw new IllegalStateException("a slope needs 2 totals, there are " + n);
    }
    List<BigDecimal> slopes = new ArrayList<>(n * (n - 1) / 2);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes.add(between(i, j));
      }
    }
    slopes.sort(null);
    int m = slopes.size();
    if (m % 2 == 1) {
      return slopes.get(m / 2);
    }
    return slopes.get(m / 2 - 1).add(slopes.get(m / 2)).divide(BigDecimal.valueOf(2), MC);
  }
}
