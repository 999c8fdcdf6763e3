package dev.onboardingcost.report.outlook;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The forecast onboarding cost of one quarter of the hiring plan (SPEC section 7). Exact money;
 * writers round it.
 *
 * @param quarter the quarter as written in plan.yaml, e.g. {@code 2027-Q1}
 * @param hires planned hires in the quarter
 * @param expected {@code hires × mean per-hire total}
 * @param p10 10th percentile of the simulated quarter total
 * @param p50 median of the simulated quarter total
 * @param p90 90th percentile of the simulated quarter total
 * @param capacityLossPct colleague capacity lost in the quarter, in percent
 * @param alert true when the capacity loss is above {@code alert_capacity_loss_pct}
 */
public record QuarterForecast(
    String quarter,
    int hires,
    BigDecimal expected,
    BigDecimal p10,
    BigDecimal p50,
    BigDecimal p90,
    BigDecimal capacityLossPct,
    boolean alert) {
  /** Checks the forecast; hires must not be negative. */
  public QuarterForecast {
    requireNonNull(quarter, "quarter");
    if (hires < 0) {
      throw new IllegalArgumentException("hires must not be negative, was " + hires);
    }
    requireNonNull(expected, "expected");
    requireNonNull(p10, "p10");
    requireNonNull(p50, "p50");
    requireNonNull(p90, "p90");
    requireNonNull(capacityLossPct, "capacityLossPct");
  }
}
