package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The 95% interval of the mean of per-hire totals, chosen by sample size (docs/method.md): a
 * percentile bootstrap ({@link Bootstrap}) from {@value #MIN_BOOTSTRAP} values on, a Student t
 * interval on {@value #MIN_VALUES} to {@code MIN_BOOTSTRAP - 1} values, and none under {@value
 * #MIN_VALUES}, with the reason.
 *
 * <p>The t interval is {@code mean ± t(0.975, n - 1) × s / √n}, {@code s} the sample standard
 * deviation ({@code n - 1} in the denominator), the quantile from Commons Statistics' {@link
 * TDistribution}; the sums of squares are exact decimals and the square root is taken to 34
 * significant digits.
 *
 * @param interval the interval, empty under {@value #MIN_VALUES} values
 * @param method how it was computed ({@code "bootstrap"} or {@code "t"}), or why there is none
 */
public record MeanInterval(Optional<Interval> interval, String method) {
  /** The fewest values with an interval. */
  public static final int MIN_VALUES = 5;

  /** The fewest values whose interval is the bootstrap's. */
  public static final int MIN_BOOTSTRAP = 20;

  /** {@link #method} of a bootstrap interval. */
  public static final String BOOTSTRAP = "bootstrap";

  /** {@link #method} of a t interval. */
  public static final String STUDENT_T = "t";

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final double UPPER_TAIL = 0.975;

  /** Checks the figures. */
  public MeanInterval {
    requireNonNull(interval, "interval");
    requireNonNull(method, "method");
  }

  /**
   * The interval of the mean of {@code values} (in a stable order: it fixes the bootstrap's draws).
   */
  public static MeanInterval of(List<BigDecimal> values, Bootstrap bootstrap) {
    requireNonNull(values, "values");
    requireNonNull(bootstrap, "bootstrap");
    int n = values.size();
    if (n < MIN_VALUES) {
      return new MeanInterval(
          Optional.empty(), "too few hires (" + n + ") for an interval: " + MIN_VALUES + " needed");
    }
    if (n >= MIN_BOOTSTRAP) {
      return new MeanInterval(bootstrap.meanInterval95(values), BOOTSTRAP);
    }
    return new MeanInterval(Optional.of(studentT(values)), STUDENT_T);
  }

  /** {@code mean ± t(0.975, n - 1) × s / √n} of at least two values. */
  static Interval studentT(List<BigDecimal> values) {
    int n = values.size();
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal sumSquares = BigDecimal.ZERO;
    for (BigDecimal value : values) {
      sum = sum.add(value);
      sumSquares = sumSquares.add(value.multiply(value));
    }
    // s² / n = (n Σy² - (Σy)²) / (n² (n - 1)): exact up to the one division
    BigDecimal nSyy = count.multiply(sumSquares).subtract(sum.multiply(sum));
    BigDecimal varianceOfMean =
        nSyy.divide(count.multiply(count).multiply(BigDecimal.valueOf(n - 1L)), MC);
    BigDecimal standardError = varianceOfMean.sqrt(MC);
    BigDecimal quantile =
        new BigDecimal(TDistribution.of(n - 1.0).inverseCumulativeProbability(UPPER_TAIL));
    BigDecimal halfWidth = quantile.multiply(standardError, MC);
    BigDecimal mean = sum.divide(count, MC);
    return new Interval(mean.subtract(halfWidth), mean.add(halfWidth));
  }
}
