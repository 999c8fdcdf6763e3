package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.time.Quarter;

/**
 * One quarter of a hiring plan.
 *
 * @param quarter the calendar quarter
 * @param hires how many engineers start in it, 0 or more
 */
public record PlannedQuarter(Quarter quarter, int hires) {
  /**
   * Checks the quarter.
   *
   * @throws IllegalArgumentException when {@code hires} is negative
   */
  public PlannedQuarter {
    requireNonNull(quarter, "quarter");
    if (hires < 0) {
      throw new IllegalArgumentException(
          "hires of " + quarter + " must not be negative, was " + hires);
    }
  }

  /** The quarter written like {@code 2027-Q1} with {@code hires} hires. */
  public static PlannedQuarter of(String quarter, int hires) {
    return new PlannedQuarter(Quarter.parse(quarter), hires);
  }
}
