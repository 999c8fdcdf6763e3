package dev.onboardingcost.core.plan;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.stats.Percentiles;
import dev.onboardingcost.core.stats.ScaledSample;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The cost and capacity forecast of a hiring plan from the observed hires (SPEC section 7).
 *
 * <p><b>Expected cost</b> of a quarter is {@code hires × mean per-hire total}, exact whenever the
 * quotient terminates (else 34 significant digits).
 *
 * <p><b>P10, P50, P90</b> come from {@code simulations} draws of the quarter's total, each the sum
 * of {@code hires} per-hire totals drawn with replacement from the observed hires (in start-date
 * order, then id), by the {@code XO_RO_SHI_RO_128_PP} generator of Commons RNG seeded with the
 * plan's {@code seed}. One generator serves the whole plan, consumed quarter by quarter, simulation
 * by simulation, so the same seed and hires give the same numbers on every machine. Draws are
 * summed as {@code long} units of {@code 10^-4} of the currency (see {@link ScaledSample}), which
 * makes 10,000 simulations of 4 quarters of 100 hires take milliseconds; each percentile ({@code
 * PERCENTILE.INC}) is then exact in those units, within {@code hires × 0.00005} of exact decimal
 * sums. The plan's band comes from each simulation's quarter totals summed.
 *
 * <p><b>Colleague capacity lost</b> in a quarter, percent: {@code hires × mean colleague hours per
 * hire / (engineers at the quarter's start × working hours in the quarter) × 100}, where engineers
 * at the start are {@code current_engineers} plus the hires of earlier planned quarters and the
 * working hours are the working days of the calendar quarter ({@link
 * WorkCalendar#workingDaysBetween}, holidays honoured) × the workday's minutes / 60. The comparison
 * with the alert threshold is exact.
 *
 * @param observedHires how many observed hires the forecast draws from
 * @param quarters one forecast per planned quarter, in plan order
 * @param totals the whole plan
 * @param reason why the money and capacity figures are empty (no observed hires); empty otherwise
 */
public record Forecast(
    int observedHires,
    List<QuarterForecast> quarters,
    ForecastTotals totals,
    Optional<String> reason) {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal P10 = new BigDecimal("0.1");

  /** Checks the forecast and copies the quarters. */
  public Forecast {
    quarters = List.copyOf(quarters);
    requireNonNull(totals, "totals");
    requireNonNull(reason, "reason");
  }

  /**
   * The forecast of {@code plan} from the hires observed in {@code report}, with working hours from
   * {@code calendar}.
   *
   * @throws IllegalArgumentException when a planned quarter has no working day, or sums overflow
   *     (see {@link ScaledSample})
   */
  public static Forecast of(CostReport report, HiringPlan plan, WorkCalendar calendar) {
    requireNonNull(report, "report");
    requireNonNull(plan, "plan");
    requireNonNull(calendar, "calendar");
    List<HireCost> observed = new ArrayList<>(report.hires());
    observed.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    int n = observed.size();
    List<BigDecimal> totals = new ArrayList<>(n);
    BigDecimal sumTotals = BigDecimal.ZERO;
    BigDecimal colleagueMinutes = BigDecimal.ZERO;
    for (HireCost hire : observed) {
      BigDecimal total = hire.totalCost();
      totals.add(total);
      sumTotals = sumTotals.add(total);
      colleagueMinutes = colleagueMinutes.add(hire.colleagueMinutes());
    }
    boolean known = n > 0;
    BigDecimal count = BigDecimal.valueOf(Math.max(n, 1));
    ScaledSample sample = ScaledSample.of(totals);
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(plan.seed());

    List<QuarterForecast> forecasts = new ArrayList<>();
    long[] planSums = new long[plan.simulations()];
    long engineers = plan.currentEngineers();
    BigDecimal expectedTotal = BigDecimal.ZERO;
    int alerted = 0;
    for (PlannedQuarter planned : plan.quarters()) {
      long workingDays =
          calendar.workingDaysBetween(planned.quarter().firstDay(), planned.quarter().lastDay());
      if (workingDays == 0) {
        throw new IllegalArgumentException(
            "quarter " + planned.quarter() + " has no working day in the calendar");
      }
      BigDecimal workingMinutes =
          BigDecimal.valueOf(Math.multiplyExact(workingDays, calendar.workdayMinutes()));
      BigDecimal hires = BigDecimal.valueOf(planned.hires());
      Optional<BigDecimal> expected = Optional.empty();
      Optional<Band> band = Optional.empty();
      Optional<BigDecimal> loss = Optional.empty();
      boolean alert = false;
      OptionalLong hiresToAlert = OptionalLong.empty();
      if (known) {
        // hires × (Σ totals / n), kept exact: the division comes last only where it terminates
        BigDecimal expectedCost = exactTimesMean(hires, sumTotals, n);
        expected = Optional.of(expectedCost);
        expectedTotal = expectedTotal.add(expectedCost);
        long[] sums = sample.drawSums(random, plan.simulations(), planned.hires());
        for (int i = 0; i < sums.length; i++) {
          planSums[i] = Math.addExact(planSums[i], sums[i]);
        }
        band = Optional.of(bandOf(sums));
        // loss% = hires × (C / 60 / n) / (E × WM / 60) × 100 = hires × C × 100 / (n × E × WM),
        // with C the observed colleague minutes and WM one engineer's working minutes.
        BigDecimal capacity =
            count.multiply(BigDecimal.valueOf(engineers)).multiply(workingMinutes);
        BigDecimal used = hires.multiply(colleagueMinutes).multiply(HUNDRED);
        BigDecimal threshold = plan.alertCapacityLossPct().multiply(capacity);
        loss = Optional.of(used.divide(capacity, MC));
        alert = used.compareTo(threshold) > 0;
        if (colleagueMinutes.signum() > 0) {
          // smallest h with h × C × 100 > threshold
          BigDecimal perHire = colleagueMinutes.multiply(HUNDRED);
          hiresToAlert =
              OptionalLong.of(threshold.divideToIntegralValue(perHire).longValueExact() + 1);
        }
        if (alert) {
          alerted++;
        }
      }
      forecasts.add(
          new QuarterForecast(
              planned.quarter(),
              planned.hires(),
              engineers,
              workingMinutes.divide(SIXTY, MC),
              expected,
              band,
              loss,
              alert,
              hiresToAlert));
      engineers = Math.addExact(engineers, planned.hires());
    }
    boolean anyQuarter = !plan.quarters().isEmpty();
    ForecastTotals planTotals =
        new ForecastTotals(
            plan.totalHires(),
            engineers,
            known ? Optional.of(expectedTotal) : Optional.empty(),
            known && anyQuarter ? Optional.of(bandOf(planSums)) : Optional.empty(),
            alerted);
    return new Forecast(
        n,
        forecasts,
        planTotals,
        known
            ? Optional.empty()
            : Optional.of("no observed hires to forecast from, so costs and capacity are unknown"));
  }

  private static BigDecimal exactTimesMean(BigDecimal hires, BigDecimal sum, int n) {
    BigDecimal product = hires.multiply(sum);
    BigDecimal divisor = BigDecimal.valueOf(n);
    try {
      return product.divide(divisor); // exact whenever the quotient terminates
    } catch (ArithmeticException nonTerminating) {
      return product.divide(divisor, MC);
    }
  }

  private static Band bandOf(long[] sums) {
    long[] sorted = sums.clone();
    Arrays.sort(sorted);
    return new Band(
        Percentiles.ofSortedUnits(sorted, ScaledSample.SCALE, P10),
        Percentiles.ofSortedUnits(sorted, ScaledSample.SCALE, Percentiles.MEDIAN),
        Percentiles.ofSortedUnits(sorted, ScaledSample.SCALE, Percentiles.P90));
  }
}
