package dev.onboardingcost.core.plan;

import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.RateBasis;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The simulated totals of a forecast kept as hours per rate, so that a spreadsheet can price every
 * draw again with other rates: for each planned quarter each draw's cost and its hours at each rate
 * basis (the sum over the hires drawn of their minutes at that basis, divided by 60), and for the
 * whole plan (set {@link #quarters()}) each draw's cost, the sum of its quarters' costs. A draw's
 * cost is priced in decimals; its hours are {@code double}s, which is what a spreadsheet holds.
 *
 * <p>The draws are kept only while they fit a sheet of one row per draw and a block of columns per
 * quarter: at most {@value #MAX_ROWS} draws, {@value #MAX_COLUMNS} columns ({@code 2 + quarters ×
 * (rate bases + 1)}) and {@value #MAX_HOURS_FIGURES} hours figures ({@code simulations × quarters ×
 * rate bases}); above that the band stands as figures of the run.
 */
public final class ForecastDraws {
  /** The most hours figures kept: about 32 MB of {@code double}s. */
  public static final long MAX_HOURS_FIGURES = 4_000_000;

  /** The most draws kept: one spreadsheet row each. */
  public static final long MAX_ROWS = 1_000_000;

  /** The most columns of the sheet of draws: a spreadsheet's 16,384, less a margin. */
  public static final long MAX_COLUMNS = 16_000;

  private final List<RateBasis> bases;
  private final List<HourlyRate> rates;
  private final int simulations;
  private final BigDecimal[][] costs;
  private final double[][] hours;

  /**
   * The draws of every set.
   *
   * @param bases the rate bases, in the order of the hours of a draw
   * @param rates the rate of each basis, in the same order
   * @param costs per set (the quarters, then the plan), each draw's cost
   * @param hours per quarter, the hours of draw {@code d} at basis {@code k} at {@code d × bases +
   *     k}
   */
  ForecastDraws(
      List<RateBasis> bases, List<HourlyRate> rates, BigDecimal[][] costs, double[][] hours) {
    this.bases = List.copyOf(bases);
    this.rates = List.copyOf(rates);
    if (this.rates.size() != this.bases.size()
        || costs.length != hours.length + 1
        || hours.length == 0) {
      throw new IllegalArgumentException("bases, rates, costs and hours do not match");
    }
    this.simulations = costs[0].length;
    this.costs = costs;
    this.hours = hours;
  }

  /** True when the draws of {@code quarters} quarters at {@code bases} rates fit the limits. */
  static boolean keepable(int simulations, int quarters, int bases) {
    long columns = 2 + (long) quarters * (bases + 1);
    return simulations <= MAX_ROWS
        && columns <= MAX_COLUMNS
        && (long) simulations * quarters * bases <= MAX_HOURS_FIGURES;
  }

  /** The rate bases, in the order of a draw's hours. */
  public List<RateBasis> bases() {
    return bases;
  }

  /** The rate of each basis, in the order of {@link #bases()}. */
  public List<HourlyRate> rates() {
    return rates;
  }

  /** Draws per set. */
  public int simulations() {
    return simulations;
  }

  /** Planned quarters; set {@code quarters()} is the whole plan. */
  public int quarters() {
    return costs.length - 1;
  }

  /** The cost of draw {@code draw} of set {@code set} (a quarter's index, or the plan's). */
  public BigDecimal cost(int set, int draw) {
    return costs[set][draw];
  }

  /** The hours of draw {@code draw} of quarter {@code quarter} at basis number {@code basis}. */
  public double hours(int quarter, int draw, int basis) {
    return hours[quarter][draw * bases.size() + basis];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ForecastDraws
        && bases.equals(((ForecastDraws) other).bases)
        && rates.equals(((ForecastDraws) other).rates)
        && Arrays.deepEquals(costs, ((ForecastDraws) other).costs)
        && Arrays.deepEquals(hours, ((ForecastDraws) other).hours);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bases, rates, Arrays.deepHashCode(costs), Arrays.deepHashCode(hours));
  }

  @Override
  public String toString() {
    return "ForecastDraws[" + (costs.length - 1) + " quarters, " + simulations + " draws]";
  }
}
