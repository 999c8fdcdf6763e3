package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The 10th, 50th and 90th percentiles ({@code PERCENTILE.INC}) of simulated costs, unrounded.
 *
 * @param p10 the 10th percentile
 * @param p50 the median
 * @param p90 the 90th percentile
 */
public record Band(BigDecimal p10, BigDecimal p50, BigDecimal p90) {
  /**
   * Checks the band.
   *
   * @throws IllegalArgumentException when the percentiles are out of order
   */
  public Band {
    requireNonNull(p10, "p10");
    requireNonNull(p50, "p50");
    requireNonNull(p90, "p90");
    if (p10.compareTo(p50) > 0 || p50.compareTo(p90) > 0) {
      throw new IllegalArgumentException(
          "percentiles out of order: " + p10 + ", " + p50 + ", " + p90);
    }
  }
}
