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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The cost and capacity forecast of a hiring plan from the baseline hires (docs/method.md): those
 * {@link ForecastBaseline} chooses among the hires given.
 *
 * <p><b>Expected cost</b> of a quarter is {@code hires × mean per-hire total} of the baseline,
 * exact whenever the quotient terminates (else 34 significant digits).
 *
 * <p><b>P10, P50, P90</b> come from {@code simulations} draws of the quarter's total by a two-level
 * bootstrap ({@link ScaledSample#drawTwoLevelPicks}): each draw resamples the baseline hires (in
 * start-date order, then id) with replacement, then picks {@code hires} hires with replacement from
 * that resample, by the {@code XO_RO_SHI_RO_128_PP} generator of Commons RNG seeded with the plan's
 * {@code seed}. One generator serves the whole plan, consumed quarter by quarter, simulation by
 * simulation, so the same seed and hires give the same numbers on every machine. A draw's total
 * prices the minutes of the hires picked, summed per rate basis in millionths of a minute ({@link
 * RateMinutes}), once per basis, so a spreadsheet summing the draw's hours times the rates finds
 * the same figure ({@link ForecastDraws}); each percentile ({@code PERCENTILE.INC}) is taken of
 * those totals. The plan's band comes from each simulation's quarter totals summed. With fewer than
 * {@value #MIN_BAND_HIRES} baseline hires there is no band ({@link #bandNote} says why); with fewer
 * than {@value #STEADY_BAND_HIRES} the band is {@link #roughBand rough} and {@link #bandNote} says
 * so.
 *
 * <p><b>Colleague capacity lost</b> in a quarter, percent: {@code hires × mean colleague hours per
 * baseline hire / (engineers at the quarter's start × working hours in the quarter) × 100}, where
 * engineers at the start are {@code current_engineers} plus the hires of earlier planned quarters
 * and the working hours are the working days of the calendar quarter ({@link
 * WorkCalendar#workingDaysBetween}, holidays honoured) × the workday's minutes / 60. The comparison
 * with the alert threshold is exact.
 *
 * @param observedHires how many baseline hires the forecast draws from
 * @param quarters one forecast per planned quarter, in plan order
 * @param totals the whole plan
 * @param reason why the money and capacity figures are empty (no baseline hires); empty otherwise
 * @param baseline which hires the forecast draws from, and why
 * @param roughBand true when the band stands on fewer than {@value #STEADY_BAND_HIRES} hires
 * @param bandNote why there is no band, or that it is rough; empty for a steady band
 * @param draws the draws behind the bands as hours per rate basis, so that a spreadsheet can price
 *     them again; empty without a band or when too many to keep ({@link ForecastDraws})
 */
public record Forecast(
    int observedHires,
    List<QuarterForecast> quarters,
    ForecastTotals totals,
    Optional<String> reason,
    ForecastBaseline baseline,
    boolean roughBand,
    Optional<String> bandNote,
    Optional<ForecastDraws> draws) {

  /** The fewest baseline hires with a band. */
  public static final int MIN_BAND_HIRES = 5;

  /** The fewest baseline hires whose band is not rough. */
  public static final int STEADY_BAND_HIRES = 10;

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal P10 = new BigDecimal("0.1");

  /** Checks the forecast and copies the quarters. */
  public Forecast {
    quarters = List.copyOf(quarters);
    requireNonNull(totals, "totals");
    requireNonNull(reason, "reason");
    requireNonNull(baseline, "baseline");
    requireNonNull(bandNote, "bandNote");
    requireNonNull(draws, "draws");
  }

  /** The forecast of {@code plan} from the hires in {@code report}, with no fix's date known. */
  public static Forecast of(CostReport report, HiringPlan plan, WorkCalendar calendar) {
    return of(report, plan, calendar, Optional.empty());
  }

  /**
   * The forecast of {@code plan} from the baseline among the hires in {@code report} (pass only
   * those the statistics use), with working hours from {@code calendar}.
   *
   * @param latestLiveFrom the latest {@code live_from} of the fixes, which may start the baseline
   * @throws IllegalArgumentException when a planned quarter has no working day
   */
  public static Forecast of(
      CostReport report,
      HiringPlan plan,
      WorkCalendar calendar,
      Optional<LocalDate> latestLiveFrom) {
    requireNonNull(report, "report");
    requireNonNull(plan, "plan");
    requireNonNull(calendar, "calendar");
    List<HireCost> given = new ArrayList<>(report.hires());
    given.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    ForecastBaseline.Chosen chosen =
        ForecastBaseline.choose(given, plan.baselineFrom(), latestLiveFrom);
    List<HireCost> observed = chosen.hires();
    int n = observed.size();
    boolean banded = n >= MIN_BAND_HIRES;
    BigDecimal sumTotals = BigDecimal.ZERO;
    BigDecimal colleagueMinutes = BigDecimal.ZERO;
    for (HireCost hire : observed) {
      BigDecimal total = hire.totalCost();
      sumTotals = sumTotals.add(total);
      colleagueMinutes = colleagueMinutes.add(hire.colleagueMinutes());
    }
    boolean known = n > 0;
    BigDecimal count = BigDecimal.valueOf(Math.max(n, 1));
    RateMinutes rateMinutes = new RateMinutes(observed);
    int sims = plan.simulations();
    int sets = plan.quarters().size() + 1;
    boolean keep = ForecastDraws.keepable(sims, sets - 1, rateMinutes.bases().size());
    BigDecimal[][] drawCosts = new BigDecimal[sets][];
    double[][] drawHours = new double[sets - 1][];
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(plan.seed());

    List<QuarterForecast> forecasts = new ArrayList<>();
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
        if (banded) {
          RateMinutes.Tally tally = rateMinutes.tally(sims, keep);
          ScaledSample.drawTwoLevelPicks(random, n, sims, planned.hires(), tally);
          int set = forecasts.size();
          drawCosts[set] = tally.costs();
          drawHours[set] = tally.hours();
          band = Optional.of(bandOf(drawCosts[set]));
        }
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
    Optional<ForecastDraws> draws = Optional.empty();
    Optional<Band> planBand = Optional.empty();
    if (banded && anyQuarter) {
      int whole = sets - 1;
      drawCosts[whole] = sumOfSets(drawCosts, whole, sims);
      planBand = Optional.of(bandOf(drawCosts[whole]));
      if (keep) {
        draws =
            Optional.of(
                new ForecastDraws(rateMinutes.bases(), rateMinutes.rates(), drawCosts, drawHours));
      }
    }
    ForecastTotals planTotals =
        new ForecastTotals(
            plan.totalHires(),
            engineers,
            known ? Optional.of(expectedTotal) : Optional.empty(),
            planBand,
            alerted);
    return new Forecast(
        n,
        forecasts,
        planTotals,
        known
            ? Optional.empty()
            : Optional.of("no observed hires to forecast from, so costs and capacity are unknown"),
        chosen.baseline(),
        banded && n < STEADY_BAND_HIRES,
        bandNote(n),
        draws);
  }

  /** Each draw's cost summed over the first {@code count} sets. */
  private static BigDecimal[] sumOfSets(BigDecimal[][] sets, int count, int draws) {
    BigDecimal[] sums = new BigDecimal[draws];
    Arrays.fill(sums, BigDecimal.ZERO);
    for (int s = 0; s < count; s++) {
      for (int d = 0; d < draws; d++) {
        sums[d] = sums[d].add(sets[s][d]);
      }
    }
    return sums;
  }

  private static Optional<String> bandNote(int n) {
    if (n < MIN_BAND_HIRES) {
      return Optional.of(
          "too few baseline hires (" + n + ") for a band: " + MIN_BAND_HIRES + " needed");
    }
    if (n < STEADY_BAND_HIRES) {
      return Optional.of(
          "rough band: only "
              + n
              + " baseline hires ("
              + STEADY_BAND_HIRES
              + " or more for a steadier one)");
    }
    return Optional.empty();
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

  private static Band bandOf(BigDecimal[] costs) {
    BigDecimal[] sorted = costs.clone();
    Arrays.sort(sorted);
    List<BigDecimal> ascending = Arrays.asList(sorted);
    return new Band(
        Percentiles.ofSorted(ascending, P10),
        Percentiles.ofSorted(ascending, Percentiles.MEDIAN),
        Percentiles.ofSorted(ascending, Percentiles.P90));
  }
}
