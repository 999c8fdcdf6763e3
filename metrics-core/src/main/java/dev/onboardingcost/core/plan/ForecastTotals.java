package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The whole plan's forecast.
 *
 * @param hires planned hires over all quarters
 * @param engineersAtEnd {@code current_engineers} plus every planned hire
 * @param expectedCost the sum of the quarters' expected costs, exact
 * @param band P10, P50 and P90 of the simulated plan totals (each simulation's quarter totals
 *     summed, so this is not the sum of the quarters' percentiles)
 * @param alertedQuarters how many quarters are flagged
 */
public record ForecastTotals(
    int hires,
    long engineersAtEnd,
    Optional<BigDecimal> expectedCost,
    Optional<Band> band,
    int alertedQuarters) {
  /** Checks the totals. */
  public ForecastTotals {
    requireNonNull(expectedCost, "expectedCost");
    requireNonNull(band, "band");
  }
}
