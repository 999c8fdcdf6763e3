package dev.onboardingcost.core.stats;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A closed interval {@code [lower, upper]} of money, e.g. a confidence interval. Unrounded.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 */
public record Interval(BigDecimal lower, BigDecimal upper) {
  /**
   * Checks the interval.
   *
   * @throws IllegalArgumentException when {@code upper} is below {@code lower}
   */
  public Interval {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    if (upper.compareTo(lower) < 0) {
      throw new IllegalArgumentException(
          "interval upper bound " + upper + " is below its lower bound " + lower);
    }
  }
}
