package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A proposed fix from {@code fixes.yaml} (docs/method.md).
 *
 * <p>The one-off cost is {@code oneOffHours × rates.default} or {@code oneOffCost}; at most one may
 * be given, and a fix with neither costs nothing up front. The recurring cost per quarter is {@code
 * recurringHoursPerQuarter × rates.default} plus {@code recurringCostPerQuarter} when given.
 *
 * @param name a non-blank name, unique within a {@link FixPlan}
 * @param targets what cost the fix goes after
 * @param reduction the share of the targeted cost removed, 0 to 1
 * @param oneOffHours hours of work to make the fix, not negative
 * @param oneOffCost money to make the fix, not negative
 * @param recurringHoursPerQuarter hours per quarter to keep it working, not negative
 * @param recurringCostPerQuarter money per quarter to keep it working, not negative
 * @param liveFrom the day the fix went live, if it did: a fix live by the last hire's start is
 *     measured ({@link FixEffect}), not ranked as a candidate
 */
public record Fix(
    String name,
    FixTargets targets,
    BigDecimal reduction,
    Optional<BigDecimal> oneOffHours,
    Optional<BigDecimal> oneOffCost,
    BigDecimal recurringHoursPerQuarter,
    Optional<BigDecimal> recurringCostPerQuarter,
    Optional<LocalDate> liveFrom) {

  /**
   * Checks the fix and trims its name.
   *
   * @throws IllegalArgumentException when the name is blank, the reduction is outside {@code [0,
   *     1]}, both one-off figures are given, or an amount is negative
   */
  public Fix {
    requireNonNull(name, "name");
    name = name.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a fix needs a name");
    }
    requireNonNull(targets, "targets");
    requireNonNull(reduction, "reduction");
    if (reduction.signum() < 0 || reduction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "fix '" + name + "': reduction must be between 0 and 1, was " + reduction);
    }
    requireNonNull(oneOffHours, "oneOffHours");
    requireNonNull(oneOffCost, "oneOffCost");
    if (oneOffHours.isPresent() && oneOffCost.isPresent()) {
      throw new IllegalArgumentException(
          "fix '" + name + "': give one_off_hours or one_off_cost, not both");
    }
    requireNonNull(recurringHoursPerQuarter, "recurringHoursPerQuarter");
    requireNonNull(recurringCostPerQuarter, "recurringCostPerQuarter");
    checkNotNegative(name, "one_off_hours", oneOffHours.orElse(BigDecimal.ZERO));
    checkNotNegative(name, "one_off_cost", oneOffCost.orElse(BigDecimal.ZERO));
    checkNotNegative(name, "recurring_hours_per_quarter", recurringHoursPerQuarter);
    checkNotNegative(
        name, "recurring_cost_per_quarter", recurringCostPerQuarter.orElse(BigDecimal.ZERO));
    requireNonNull(liveFrom, "liveFrom");
  }

  /** The targeted cost of {@code hire}: the cost of the lines the targets select, exact. */
  public BigDecimal targetedCostOf(HireCost hire) {
    return requireNonNull(hire, "hire").sumCost(targets::selects);
  }

  /** The one-off cost at {@code defaultRate}, exact. */
  public BigDecimal oneOffCostAt(HourlyRate defaultRate) {
    requireNonNull(defaultRate, "defaultRate");
    return oneOffCost.orElseGet(
        () -> oneOffHours.orElse(BigDecimal.ZERO).multiply(defaultRate.perHour()));
  }

  /** The recurring cost per quarter at {@code defaultRate}, exact. */
  public BigDecimal recurringCostAt(HourlyRate defaultRate) {
    requireNonNull(defaultRate, "defaultRate");
    return recurringHoursPerQuarter
        .multiply(defaultRate.perHour())
        .add(recurringCostPerQuarter.orElse(BigDecimal.ZERO));
  }

  private static void checkNotNegative(String name, String key, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "fix '" + name + "': " + key + " must not be negative, was " + value);
    }
  }
}
