package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.time.Quarter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The forecast of one planned quarter. Money and percentages are unrounded. Figures that need the
 * observed hires are empty when there are none.
 *
 * @param quarter the quarter
 * @param hires planned hires in it
 * @param engineersAtStart {@code current_engineers} plus the hires of the earlier planned quarters
 * @param workingHours working hours of one engineer in the quarter (its working days × workday)
 * @param expectedCost {@code hires × mean per-hire total}, exact
 * @param band P10, P50 and P90 of the simulated quarter totals
 * @param capacityLossPct colleague capacity lost, percent: {@code hires × mean colleague hours per
 *     hire / (engineersAtStart × workingHours) × 100}
 * @param alert true when {@code capacityLossPct} is above the plan's threshold
 * @param hiresToAlert the fewest hires in this quarter (same engineers at start) whose capacity
 *     loss would be above the threshold; empty when hires cost colleagues no time
 */
public record QuarterForecast(
    Quarter quarter,
    int hires,
    long engineersAtStart,
    BigDecimal workingHours,
    Optional<BigDecimal> expectedCost,
    Optional<Band> band,
    Optional<BigDecimal> capacityLossPct,
    boolean alert,
    OptionalLong hiresToAlert) {

  /** Checks the forecast. */
  public QuarterForecast {
    requireNonNull(quarter, "quarter");
    requireNonNull(workingHours, "workingHours");
    requireNonNull(expectedCost, "expectedCost");
    requireNonNull(band, "band");
    requireNonNull(capacityLossPct, "capacityLossPct");
    requireNonNull(hiresToAlert, "hiresToAlert");
  }
}
