package dev.onboardingcost.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Exact mean, median and percentile of per-hire figures, with the semantics of the spreadsheet
 * functions the workbook uses ({@code AVERAGE}, {@code MEDIAN}, {@code PERCENTILE.INC}), so the
 * values cached in the workbook equal what a spreadsheet program recalculates.
 *
 * <p>Results are exact (34 significant digits where a division is needed); round them with {@link
 * dev.onboardingcost.core.model.Rounding} to show them. An empty collection gives zero.
 */
public final class PerHire {
  private PerHire() {}

  /** The arithmetic mean; zero when there are no values. */
  public static BigDecimal mean(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128);
  }

  /** The median; zero when there are no values. */
  public static BigDecimal median(Collection<BigDecimal> values) {
    return percentileInc(values, new BigDecimal("0.5"));
  }

  /**
   * The {@code p}-th percentile by linear interpolation between closest ranks, as Excel's {@code
   * PERCENTILE.INC}: rank {@code h = (n - 1) × p}, value {@code x[floor h] + (h - floor h) ×
   * (x[floor h + 1] - x[floor h])}.
   *
   * @param p between 0 and 1
   * @throws IllegalArgumentException when {@code p} is outside [0, 1]
   */
  public static BigDecimal percentileInc(Collection<BigDecimal> values, BigDecimal p) {
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("percentile must be between 0 and 1, was " + p);
    }
    if (values.isEmpty()) {
      return BigDecimal.ZERO;
    }
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    BigDecimal rank = p.multiply(BigDecimal.valueOf(sorted.size() - 1L));
    int low = rank.intValue();
    BigDecimal fraction = rank.subtract(BigDecimal.valueOf(low));
    BigDecimal lower = sorted.get(low);
    if (fraction.signum() == 0 || low + 1 >= sorted.size()) {
      return lower;
    }
    return lower.add(fraction.multiply(sorted.get(low + 1).subtract(lower)));
  }
}
