package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hiring plan ({@code plan.yaml}, docs/method.md): the engineers there are now, the hires per
 * quarter, and how the forecast is drawn and flagged.
 *
 * @param currentEngineers engineers at the start of the first planned quarter, at least 1
 * @param quarters the planned quarters in strictly ascending order (gaps allowed), possibly none
 * @param simulations how many draws the forecast's percentiles come from, 1 to 1,000,000 (default
 *     {@value #DEFAULT_SIMULATIONS})
 * @param seed the random generator's seed (default {@value #DEFAULT_SEED}, as in docs/method.md's
 *     example)
 * @param alertCapacityLossPct a quarter whose colleague capacity loss is above this percentage is
 *     flagged (default 10)
 * @param baselineFrom {@code baseline_from}: hires starting on or after this date are the
 *     forecast's baseline ({@link ForecastBaseline}); empty when not set
 */
public record HiringPlan(
    int currentEngineers,
    List<PlannedQuarter> quarters,
    int simulations,
    long seed,
    BigDecimal alertCapacityLossPct,
    Optional<LocalDate> baselineFrom) {

  /** Default number of simulations. */
  public static final int DEFAULT_SIMULATIONS = 10_000;

  /**
   * Default seed; the value of the documented example (docs/method.md) so that its figures can be
   * reproduced.
   */
  public static final long DEFAULT_SEED = 7L;

  /** Default alert threshold, percent of colleague capacity. */
  public static final BigDecimal DEFAULT_ALERT_CAPACITY_LOSS_PCT = BigDecimal.TEN;

  /** Most simulations allowed: a million draws per quarter already give stable percentiles. */
  public static final int MAX_SIMULATIONS = 1_000_000;

  /**
   * Checks the plan and copies the quarters.
   *
   * @throws IllegalArgumentException when a value is out of range or the quarters are not strictly
   *     ascending
   */
  public HiringPlan {
    if (currentEngineers < 1) {
      throw new IllegalArgumentException(
          "current_engineers must be at least 1, was " + currentEngineers);
    }
    quarters = List.copyOf(requireNonNull(quarters, "quarters"));
    for (int i = 1; i < quarters.size(); i++) {
      if (quarters.get(i).quarter().compareTo(quarters.get(i - 1).quarter()) <= 0) {
        throw new IllegalArgumentException(
            "quarters must be in ascending order without repeats, got "
                + quarters.get(i - 1).quarter()
                + " then "
                + quarters.get(i).quarter());
      }
    }
    if (simulations < 1 || simulations > MAX_SIMULATIONS) {
      throw new IllegalArgumentException(
          "simulations must be 1.." + MAX_SIMULATIONS + ", was " + simulations);
    }
    requireNonNull(alertCapacityLossPct, "alertCapacityLossPct");
    if (alertCapacityLossPct.signum() < 0) {
      throw new IllegalArgumentException(
          "alert_capacity_loss_pct must not be negative, was " + alertCapacityLossPct);
    }
    requireNonNull(baselineFrom, "baselineFrom");
  }

  /** A plan without {@code baseline_from}. */
  public HiringPlan(
      int currentEngineers,
      List<PlannedQuarter> quarters,
      int simulations,
      long seed,
      BigDecimal alertCapacityLossPct) {
    this(currentEngineers, quarters, simulations, seed, alertCapacityLossPct, Optional.empty());
  }

  /** The total number of planned hires. */
  public int totalHires() {
    int total = 0;
    for (PlannedQuarter quarter : quarters) {
      total = Math.addExact(total, quarter.hires());
    }
    return total;
  }
}
