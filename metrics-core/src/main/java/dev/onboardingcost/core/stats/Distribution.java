package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The distribution of per-hire totals (docs/method.md): count, sum, mean, median, 90th percentile,
 * min, max and a 95% interval of the mean ({@link MeanInterval}: bootstrap from 20 values, t from
 * 5, none below). Every figure is unrounded: the sum, median, percentile, min and max are exact;
 * the mean is {@code sum / count} to 34 significant digits (exact whenever the quotient has at most
 * 34 digits). With no values every figure but count and sum is empty; nothing here throws on empty
 * input.
 *
 * @param count how many values
 * @param sum their exact sum (zero when there are none)
 * @param mean the arithmetic mean
 * @param median the median, {@code PERCENTILE.INC(values, 0.5)}
 * @param p90 the 90th percentile, {@code PERCENTILE.INC(values, 0.9)}
 * @param min the smallest value
 * @param max the largest value
 * @param meanInterval95 the 95% interval of the mean; empty with fewer than {@link
 *     MeanInterval#MIN_VALUES} values
 * @param meanIntervalMethod how the interval was computed ({@link MeanInterval#method}), or the
 *     reason there is none
 */
public record Distribution(
    int count,
    BigDecimal sum,
    Optional<BigDecimal> mean,
    Optional<BigDecimal> median,
    Optional<BigDecimal> p90,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    Optional<Interval> meanInterval95,
    String meanIntervalMethod) {

  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException when {@code count} is negative, or the figures are present for
   *     no values or absent for some
   */
  public Distribution {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    requireNonNull(sum, "sum");
    requireNonNull(mean, "mean");
    requireNonNull(median, "median");
    requireNonNull(p90, "p90");
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    requireNonNull(meanInterval95, "meanInterval95");
    requireNonNull(meanIntervalMethod, "meanIntervalMethod");
    boolean present = count > 0;
    if (mean.isPresent() != present
        || median.isPresent() != present
        || p90.isPresent() != present
        || min.isPresent() != present
        || max.isPresent() != present) {
      throw new IllegalArgumentException(
          "mean, median, p90, min and max must be present exactly when count > 0, count " + count);
    }
  }

  /**
   * The distribution of {@code values}, with the bootstrap interval drawn as {@code bootstrap}
   * says. The values' order fixes the bootstrap's draws, so pass them in a stable order.
   */
  public static Distribution of(Collection<BigDecimal> values, Bootstrap bootstrap) {
    requireNonNull(values, "values");
    requireNonNull(bootstrap, "bootstrap");
    List<BigDecimal> inOrder = new ArrayList<>(values.size());
    for (BigDecimal value : values) {
      inOrder.add(requireNonNull(value, "value"));
    }
    BigDecimal sum = sumOf(inOrder);
    MeanInterval interval = MeanInterval.of(inOrder, bootstrap);
    if (inOrder.isEmpty()) {
      return new Distribution(
          0,
          sum,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          interval.interval(),
          interval.method());
    }
    List<BigDecimal> sorted = SortedValues.of(inOrder).ascending();
    return new Distribution(
        sorted.size(),
        sum,
        Optional.of(meanOf(sum, sorted.size())),
        Optional.of(Percentiles.ofSorted(sorted, Percentiles.MEDIAN)),
        Optional.of(Percentiles.ofSorted(sorted, Percentiles.P90)),
        Optional.of(sorted.get(0)),
        Optional.of(sorted.get(sorted.size() - 1)),
        interval.interval(),
        interval.method());
  }

  /** The distribution of every hire's total cost in {@code report}, in the report's order. */
  public static Distribution ofTotals(CostReport report) {
    return of(totals(report.hires()), Bootstrap.DEFAULT);
  }

  /** Why there is no interval of the mean; empty when there is one. */
  public Optional<String> meanIntervalReason() {
    return meanInterval95.isPresent() ? Optional.empty() : Optional.of(meanIntervalMethod);
  }

  /** The mean of {@code values} to 34 significant digits, or empty when there are none. */
  static Optional<BigDecimal> meanOf(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(meanOf(sumOf(values), values.size()));
  }

  /** The mean of {@code count > 0} values summing to {@code sum}, to 34 significant digits. */
  private static BigDecimal meanOf(BigDecimal sum, int count) {
    return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
  }

  /** The exact sum of {@code values}, zero for none. */
  private static BigDecimal sumOf(Collection<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
    }
    return sum;
  }

  static List<BigDecimal> totals(List<HireCost> hires) {
    List<BigDecimal> totals = new ArrayList<>(hires.size());
    for (HireCost hire : hires) {
      totals.add(hire.totalCost());
    }
    return totals;
  }
}
