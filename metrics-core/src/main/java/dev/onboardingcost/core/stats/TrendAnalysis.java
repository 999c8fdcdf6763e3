package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.People;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Whether onboarding gets cheaper over successive hires (docs/method.md): hires in start-date order
 * (then id), {@code x = 1..n}. The headline is the {@link TheilSen} slope (median of the pairwise
 * slopes, robust to a few erratic totals) with its 95% interval, and Kendall's tau-b with its
 * two-sided p-value ({@link KendallTau}). The least-squares line of total cost on {@code x} is kept
 * for the chart's fitted line.
 *
 * <p>Slope and intercept are money, computed in decimal arithmetic (34 significant digits); {@code
 * r²} and the p-value are dimensionless doubles. The p-value is two-sided, for the slope against
 * zero, from Student's t with {@code n - 2} degrees of freedom; a perfect fit with a non-zero slope
 * has p-value 0.
 *
 * <p>Undefined figures are empty and {@code reason} says why, in words fit for a report:
 *
 * <ul>
 *   <li>fewer than {@link #MIN_HIRES} hires: every figure is empty (a handful of points says
 *       nothing about a trend);
 *   <li>every hire cost the same: both slopes are 0 (the Theil-Sen interval {@code [0, 0]}) and the
 *       intercept that cost, but {@code r²}, the p-values and tau are empty, since there is no
 *       variation to explain ({@code 0 / 0}).
 * </ul>
 *
 * @param hires how many hires the line was fitted to
 * @param slope money per successive hire
 * @param intercept the fitted cost at {@code x = 0}
 * @param rSquared the share of the variance of the totals the line explains, 0 to 1
 * @param pValue two-sided p-value of the slope
 * @param theilSen the Theil-Sen slope and its 95% interval
 * @param kendallTau Kendall's tau-b between position and total
 * @param kendallPValue two-sided p-value of Kendall's tau
 * @param reason why some figure is empty; empty when all are present
 */
public record TrendAnalysis(
    int hires,
    Optional<BigDecimal> slope,
    Optional<BigDecimal> intercept,
    OptionalDouble rSquared,
    OptionalDouble pValue,
    Optional<TheilSen> theilSen,
    OptionalDouble kendallTau,
    OptionalDouble kendallPValue,
    Optional<String> reason) {

  /** The fewest hires with a trend. */
  public static final int MIN_HIRES = 5;

  private static final MathContext MC = MathContext.DECIMAL128;

  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException when {@code hires} is negative, or a figure is empty with no
   *     reason
   */
  public TrendAnalysis {
    if (hires < 0) {
      throw new IllegalArgumentException("hires must not be negative, was " + hires);
    }
    requireNonNull(slope, "slope");
    requireNonNull(intercept, "intercept");
    requireNonNull(rSquared, "rSquared");
    requireNonNull(pValue, "pValue");
    requireNonNull(theilSen, "theilSen");
    requireNonNull(kendallTau, "kendallTau");
    requireNonNull(kendallPValue, "kendallPValue");
    requireNonNull(reason, "reason");
    boolean complete =
        slope.isPresent()
            && intercept.isPresent()
            && rSquared.isPresent()
            && pValue.isPresent()
            && theilSen.isPresent()
            && kendallTau.isPresent()
            && kendallPValue.isPresent();
    if (!complete && reason.isEmpty()) {
      throw new IllegalArgumentException("an empty trend figure needs a reason");
    }
  }

  /** The trend of the hires' totals in {@code report}, in start-date order then id. */
  public static TrendAnalysis of(CostReport report) {
    requireNonNull(report, "report");
    List<HireCost> ordered = new ArrayList<>(report.hires());
    ordered.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    return ofTotals(Distribution.totals(ordered));
  }

  /** The trend of {@code totals}, taken as hires {@code x = 1..n} in the given order. */
  public static TrendAnalysis ofTotals(List<BigDecimal> totals) {
    requireNonNull(totals, "totals");
    int n = totals.size();
    if (n < MIN_HIRES) {
      return new TrendAnalysis(
          n,
          Optional.empty(),
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.of("too few hires (" + n + ") for a trend: " + MIN_HIRES + " needed"));
    }
    return fit(totals);
  }

  /**
   * Every figure of the trend of at least two {@code totals}, whatever {@link #MIN_HIRES} says: the
   * computation itself, for hand-worked checks on few values.
   */
  static TrendAnalysis fit(List<BigDecimal> totals) {
    int n = totals.size();
    KendallTau kendall = KendallTau.of(totals);
    Optional<TheilSen> theilSen = Optional.of(TheilSen.of(totals, kendall.varianceOfS()));
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal sumY = BigDecimal.ZERO;
    BigDecimal sumXy = BigDecimal.ZERO;
    BigDecimal sumYy = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal y = requireNonNull(totals.get(i), "total");
      sumY = sumY.add(y);
      sumXy = sumXy.add(y.multiply(BigDecimal.valueOf(i + 1L)));
      sumYy = sumYy.add(y.multiply(y));
    }
    // x = 1..n, so mean x = (n + 1) / 2 and Sxx = (n - 1) n (n + 1) / 12, both exact decimals.
    BigDecimal meanX = BigDecimal.valueOf(n + 1L).divide(BigDecimal.valueOf(2));
    BigDecimal sxx =
        BigDecimal.valueOf((long) (n - 1) * n * (n + 1)).divide(BigDecimal.valueOf(12));
    BigDecimal sxy = sumXy.subtract(meanX.multiply(sumY));
    // n × Syy = n Σy² - (Σy)² stays exact; Syy itself may not be a finite decimal.
    BigDecimal nSyy = count.multiply(sumYy).subtract(sumY.multiply(sumY));
    BigDecimal slope = sxy.divide(sxx, MC);
    // ȳ - slope × x̄, with one division only: (Σy - slope × Σx) / n and Σx = n (n + 1) / 2
    BigDecimal sumX = meanX.multiply(count);
    BigDecimal intercept = sumY.subtract(slope.multiply(sumX)).divide(count, MC);
    if (nSyy.signum() == 0) {
      return new TrendAnalysis(
          n,
          Optional.of(BigDecimal.ZERO),
          Optional.of(intercept),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          theilSen,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.of("every hire cost the same, so r², tau and the p-values are undefined"));
    }
    BigDecimal explained = count.multiply(sxy.multiply(sxy)); // n Sxy², over Sxx × nSyy is r²
    BigDecimal whole = sxx.multiply(nSyy);
    double rSquared = explained.divide(whole, MC).doubleValue();
    BigDecimal unexplained = whole.subtract(explained);
    double pValue;
    if (unexplained.signum() == 0) {
      pValue = 0.0; // every point on a sloped line: t is infinite
    } else {
      // t² = (n - 2) r² / (1 - r²) = (n - 2) × explained / unexplained
      double t =
          Math.sqrt(
              BigDecimal.valueOf(n - 2L).multiply(explained).divide(unexplained, MC).doubleValue());
      pValue = Math.min(1.0, 2.0 * TDistribution.of(n - 2.0).survivalProbability(t));
    }
    return new TrendAnalysis(
        n,
        Optional.of(slope),
        Optional.of(intercept),
        OptionalDouble.of(rSquared),
        OptionalDouble.of(pValue),
        theilSen,
        kendall.tauB(),
        kendall.pValue(),
        Optional.empty());
  }

  /** The fitted cost of the {@code x}-th hire ({@code intercept + slope × x}), when defined. */
  public Optional<BigDecimal> fittedAt(int x) {
    return slope.flatMap(s -> intercept.map(i -> i.add(s.multiply(BigDecimal.valueOf(x)))));
  }
}
