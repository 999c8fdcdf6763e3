package dev.onboardingcost.report.outlook;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The least-squares line of total cost on hire order x = 1..n (SPEC section 7), as the statistics
 * computed it. Exact figures; writers round them.
 *
 * @param slopePerHire money per successive hire
 * @param intercept money at x = 0
 * @param rSquared share of the variance the line explains, if known
 * @param pValue two-sided p-value of the slope, if known
 */
public record TrendFit(
    BigDecimal slopePerHire,
    BigDecimal intercept,
    Optional<BigDecimal> rSquared,
    Optional<BigDecimal> pValue) {
  /** Checks the fit. */
  public TrendFit {
    requireNonNull(slopePerHire, "slopePerHire");
    requireNonNull(intercept, "intercept");
    requireNonNull(rSquared, "rSquared");
    requireNonNull(pValue, "pValue");
  }
}
