package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.CALENDAR;
import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static dev.onboardingcost.core.fixtures.TestHires.reportOfTotals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.stats.Percentiles;
import dev.onboardingcost.core.stats.ScaledSample;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ForecastTest {
  private static final CostReport VARIED =
      reportOfTotals("1200", "800", "4400", "950.5", "3100", "2200", "610", "1750");

  private static HiringPlan plan(int current, long seed, PlannedQuarter... quarters) {
    return new HiringPlan(current, List.of(quarters), 10_000, seed, BigDecimal.TEN);
  }

  @Test
  void expected_cost_is_hires_times_the_mean_exactly() {
    // GIVEN totals 100, 200 and 600: mean 300
    CostReport observed = reportOfTotals("100", "200", "600");
    // WHEN
    Forecast forecast =
        Forecast.of(observed, plan(50, 7, PlannedQuarter.of("2027-Q1", 20)), CALENDAR);
    // THEN
    then(forecast.quarters().get(0).expectedCost())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("6000"));
    then(forecast.totals().expectedCost())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("6000"));
    then(forecast.reason()).isEmpty();
  }

  @Test
  void the_same_seed_gives_the_same_forecast_and_another_seed_another() {
    // GIVEN a two-quarter plan
    PlannedQuarter[] quarters = {
      PlannedQuarter.of("2027-Q1", 20), PlannedQuarter.of("2027-Q2", 30)
    };
    // WHEN
    Forecast first = Forecast.of(VARIED, plan(50, 7, quarters), CALENDAR);
    Forecast again = Forecast.of(VARIED, plan(50, 7, quarters), CALENDAR);
    Forecast other = Forecast.of(VARIED, plan(50, 8, quarters), CALENDAR);
    // THEN
    then(again).isEqualTo(first);
    then(other.quarters().get(0).band()).isNotEqualTo(first.quarters().get(0).band());
  }

  @Test
  void the_band_brackets_the_expected_cost_on_a_varied_sample() {
    // GIVEN 20 hires drawn from eight varied totals
    // WHEN
    Forecast forecast =
        Forecast.of(VARIED, plan(50, 7, PlannedQuarter.of("2027-Q1", 20)), CALENDAR);
    // THEN
    QuarterForecast q1 = forecast.quarters().get(0);
    BigDecimal expected = q1.expectedCost().orElseThrow();
    Band band = q1.band().orElseThrow();
    then(band.p10()).isLessThan(expected);
    then(band.p90()).isGreaterThan(expected);
    then(band.p50()).isBetween(band.p10(), band.p90());
    then(forecast.totals().band()).isEqualTo(q1.band()); // one quarter: plan = quarter
  }

  @Test
  void fewer_than_five_baseline_hires_give_no_band_but_an_expected_cost() {
    // GIVEN four hires
    // WHEN
    Forecast forecast =
        Forecast.of(
            reportOfTotals("4400", "100", "200", "300"),
            plan(50, 7, PlannedQuarter.of("2027-Q1", 3)),
            CALENDAR);
    // THEN 3 × 5000 / 4 is expected, but no band stands on four hires
    QuarterForecast q1 = forecast.quarters().get(0);
    then(q1.expectedCost()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("3750"));
    then(q1.band()).isEmpty();
    then(forecast.totals().band()).isEmpty();
    then(forecast.roughBand()).isFalse();
    then(forecast.bandNote()).contains("too few baseline hires (4) for a band: 5 needed");
  }

  @Test
  void five_to_nine_baseline_hires_give_a_rough_band_and_ten_a_steady_one() {
    // GIVEN 9 and 10 hires
    CostReport nine =
        reportOfTotals("1200", "800", "4400", "950.5", "3100", "2200", "610", "1750", "990");
    CostReport ten =
        reportOfTotals(
            "1200", "800", "4400", "950.5", "3100", "2200", "610", "1750", "990", "2500");
    HiringPlan hiring = plan(50, 7, PlannedQuarter.of("2027-Q1", 5));
    // WHEN
    Forecast rough = Forecast.of(nine, hiring, CALENDAR);
    Forecast steady = Forecast.of(ten, hiring, CALENDAR);
    // THEN
    then(rough.quarters().get(0).band()).isPresent();
    then(rough.roughBand()).isTrue();
    then(rough.bandNote())
        .contains("rough band: only 9 baseline hires (10 or more for a steadier one)");
    then(steady.roughBand()).isFalse();
    then(steady.bandNote()).isEmpty();
  }

  @Test
  void the_two_level_band_is_wider_than_resampling_the_hires_alone() {
    // GIVEN eight varied hires and a quarter of 20: the one-level band ignores that the mean of
    // eight hires is itself uncertain
    // WHEN
    Band twoLevel =
        Forecast.of(VARIED, plan(50, 7, PlannedQuarter.of("2027-Q1", 20)), CALENDAR)
            .quarters()
            .get(0)
            .band()
            .orElseThrow();
    long[] oneLevel =
        ScaledSample.of(totalsOf(VARIED))
            .drawSums(RandomSource.XO_RO_SHI_RO_128_PP.create(7L), 10_000, 20);
    java.util.Arrays.sort(oneLevel);
    BigDecimal oneLevelWidth =
        Percentiles.ofSortedUnits(oneLevel, ScaledSample.SCALE, new BigDecimal("0.9"))
            .subtract(
                Percentiles.ofSortedUnits(oneLevel, ScaledSample.SCALE, new BigDecimal("0.1")));
    // THEN
    then(twoLevel.p90().subtract(twoLevel.p10())).isGreaterThan(oneLevelWidth);
  }

  @Test
  void baseline_from_in_the_plan_keeps_the_hires_from_that_date() {
    // GIVEN six hires before and six from 2026-07-13, costing 1000 and 100
    CostReport observed = beforeAndAfter(6, 6);
    HiringPlan hiring =
        new HiringPlan(
            50,
            List.of(PlannedQuarter.of("2027-Q1", 10)),
            1_000,
            7,
            BigDecimal.TEN,
            Optional.of(LocalDate.of(2026, 7, 13)));
    // WHEN a fix's date is known too, the plan's date wins
    Forecast forecast =
        Forecast.of(observed, hiring, CALENDAR, Optional.of(LocalDate.of(2026, 1, 1)));
    // THEN the baseline's mean is 100
    then(forecast.baseline())
        .isEqualTo(
            new ForecastBaseline(
                Optional.of(LocalDate.of(2026, 7, 13)),
                6,
                "hires starting on or after 2026-07-13 (plan.yaml baseline_from)"));
    then(forecast.quarters().get(0).expectedCost())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("1000"));
    then(forecast.quarters().get(0).band().orElseThrow().p90()).isEqualByComparingTo("1000");
  }

  @Test
  void the_latest_fix_starts_the_baseline_when_eight_hires_follow_it() {
    // GIVEN four hires before and eight from 2026-07-13
    CostReport observed = beforeAndAfter(4, 8);
    HiringPlan hiring = plan(50, 7, PlannedQuarter.of("2027-Q1", 10));
    // WHEN
    Forecast forecast =
        Forecast.of(observed, hiring, CALENDAR, Optional.of(LocalDate.of(2026, 7, 13)));
    // THEN
    then(forecast.baseline().from()).contains(LocalDate.of(2026, 7, 13));
    then(forecast.baseline().hires()).isEqualTo(8);
    then(forecast.baseline().why())
        .isEqualTo("hires starting on or after 2026-07-13, when the latest fix went live");
    then(forecast.quarters().get(0).expectedCost())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("1000"));
  }

  @Test
  void all_hires_are_the_baseline_when_fewer_than_eight_follow_the_latest_fix() {
    // GIVEN five hires before and seven from 2026-07-13
    CostReport observed = beforeAndAfter(5, 7);
    HiringPlan hiring = plan(50, 7, PlannedQuarter.of("2027-Q1", 12));
    // WHEN
    Forecast forecast =
        Forecast.of(observed, hiring, CALENDAR, Optional.of(LocalDate.of(2026, 7, 13)));
    // THEN 12 × (5 × 1000 + 7 × 100) / 12
    then(forecast.baseline().from()).isEmpty();
    then(forecast.baseline().hires()).isEqualTo(12);
    then(forecast.baseline().why())
        .isEqualTo(
            "all hires: only 7 started since the latest fix went live on 2026-07-13, 8 needed");
    then(forecast.quarters().get(0).expectedCost())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("5700"));
  }

  /** {@code before} hires of 1000 in June 2026, then {@code after} of 100 from 2026-07-13. */
  private static CostReport beforeAndAfter(int before, int after) {
    List<dev.onboardingcost.core.cost.HireCost> hires = new java.util.ArrayList<>();
    for (int i = 0; i < before; i++) {
      hires.add(hire("b" + i, "2026-06-0" + (i % 5 + 1)).hireCost(Category.OTHER, "1000").build());
    }
    for (int i = 0; i < after; i++) {
      hires.add(
          hire("a" + i, LocalDate.of(2026, 7, 13).plusDays(i).toString())
              .hireCost(Category.OTHER, "100")
              .build());
    }
    return report(hires.toArray(dev.onboardingcost.core.cost.HireCost[]::new));
  }

  private static List<BigDecimal> totalsOf(CostReport report) {
    List<BigDecimal> totals = new java.util.ArrayList<>();
    report.hires().stream()
        .sorted(
            java.util.Comparator.comparing(
                dev.onboardingcost.core.cost.HireCost::hire,
                dev.onboardingcost.core.model.People.START_ORDER))
        .forEach(h -> totals.add(h.totalCost()));
    return totals;
  }

  @Test
  void works_out_colleague_capacity_and_the_alert_as_by_hand() {
    // GIVEN colleague minutes 600 and 1200: a mean of 15 colleague hours per hire;
    // 2027-Q1 has 64 weekdays, less the 2027-01-01 holiday = 63 days × 8 h = 504 h;
    // 2027-Q2 has 22 + 21 + 22 = 65 weekdays = 520 h
    CostReport observed =
        report(
            hire("h1", "2026-01-05").colleagueCost(Category.KNOWLEDGE, "600").build(),
            hire("h2", "2026-01-12").colleagueCost(Category.KNOWLEDGE, "1200").build());
    WorkCalendar calendar = CALENDAR.withHolidays(Set.of(LocalDate.of(2027, 1, 1)));
    HiringPlan hiring =
        plan(10, 7, PlannedQuarter.of("2027-Q1", 20), PlannedQuarter.of("2027-Q2", 104));
    // WHEN
    Forecast forecast = Forecast.of(observed, hiring, calendar);
    // THEN Q1: 20 × 15 / (10 × 504) × 100 = 5.952...%, below 10; 34 hires would cross:
    // h × 15 / 5040 × 100 > 10 <=> h > 33.6
    QuarterForecast q1 = forecast.quarters().get(0);
    then(q1.workingHours()).isEqualByComparingTo("504");
    then(q1.engineersAtStart()).isEqualTo(10);
    then(q1.capacityLossPct())
        .hasValueSatisfying(
            v -> then(v).isEqualByComparingTo("5.952380952380952380952380952380952"));
    then(q1.alert()).isFalse();
    then(q1.hiresToAlert()).hasValue(34);
    // Q2: 30 engineers; 104 × 15 / (30 × 520) × 100 = exactly 10%: not above, so no alert;
    // h > 104 crosses, so 105
    QuarterForecast q2 = forecast.quarters().get(1);
    then(q2.workingHours()).isEqualByComparingTo("520");
    then(q2.engineersAtStart()).isEqualTo(30);
    then(q2.capacityLossPct()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("10"));
    then(q2.alert()).isFalse();
    then(q2.hiresToAlert()).hasValue(105);
    then(forecast.totals().engineersAtEnd()).isEqualTo(134);
    then(forecast.totals().alertedQuarters()).isZero();
  }

  @Test
  void flags_a_quarter_above_the_threshold() {
    // GIVEN as above with 105 hires in 2027-Q2: 105 × 15 / 15600 × 100 = 10.096...%
    CostReport observed =
        report(
            hire("h1", "2026-01-05").colleagueCost(Category.KNOWLEDGE, "600").build(),
            hire("h2", "2026-01-12").colleagueCost(Category.KNOWLEDGE, "1200").build());
    HiringPlan hiring =
        plan(10, 7, PlannedQuarter.of("2027-Q1", 20), PlannedQuarter.of("2027-Q2", 105));
    // WHEN
    Forecast forecast =
        Forecast.of(observed, hiring, CALENDAR.withHolidays(Set.of(LocalDate.of(2027, 1, 1))));
    // THEN
    then(forecast.quarters().get(1).alert()).isTrue();
    then(forecast.totals().alertedQuarters()).isEqualTo(1);
  }

  @Test
  void never_alerts_when_hires_cost_colleagues_nothing() {
    // GIVEN hires who only lost their own time
    // WHEN
    Forecast forecast = Forecast.of(VARIED, plan(1, 7, PlannedQuarter.of("2027-Q1", 5)), CALENDAR);
    // THEN
    QuarterForecast q1 = forecast.quarters().get(0);
    then(q1.capacityLossPct()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(q1.alert()).isFalse();
    then(q1.hiresToAlert()).isEmpty();
  }

  @Test
  void without_observed_hires_the_figures_are_empty_with_a_reason() {
    // GIVEN no observed hire
    // WHEN
    Forecast forecast =
        Forecast.of(report(), plan(50, 7, PlannedQuarter.of("2027-Q1", 20)), CALENDAR);
    // THEN
    QuarterForecast q1 = forecast.quarters().get(0);
    then(q1.expectedCost()).isEmpty();
    then(q1.band()).isEmpty();
    then(q1.capacityLossPct()).isEmpty();
    then(forecast.totals().hires()).isEqualTo(20);
    then(forecast.reason()).isPresent();
  }

  @Test
  void a_quarter_without_hires_costs_nothing() {
    // GIVEN
    // WHEN
    Forecast forecast = Forecast.of(VARIED, plan(50, 7, PlannedQuarter.of("2027-Q1", 0)), CALENDAR);
    // THEN
    QuarterForecast q1 = forecast.quarters().get(0);
    then(q1.expectedCost()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0"));
    then(q1.band().orElseThrow().p90()).isEqualByComparingTo("0");
  }

  @Test
  void simulates_ten_thousand_plans_of_four_quarters_of_a_hundred_hires_quickly() {
    // GIVEN the benchmark's plan; metrics-bench measures it properly
    HiringPlan hiring =
        plan(
            200,
            7,
            PlannedQuarter.of("2027-Q1", 100),
            PlannedQuarter.of("2027-Q2", 100),
            PlannedQuarter.of("2027-Q3", 100),
            PlannedQuarter.of("2027-Q4", 100));
    // WHEN
    long start = System.nanoTime();
    Forecast forecast = Forecast.of(VARIED, hiring, CALENDAR);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // THEN a generous bound for a cold JVM on a slow machine
    then(forecast.quarters()).hasSize(4);
    then(took).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void rejects_quarters_out_of_order() {
    // GIVEN / WHEN / THEN
    thenThrownBy(() -> plan(5, 7, PlannedQuarter.of("2027-Q2", 1), PlannedQuarter.of("2027-Q1", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "quarters must be in ascending order without repeats, got 2027-Q2 then 2027-Q1");
  }

  @Test
  void rejects_a_plan_without_engineers() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                new HiringPlan(
                    0,
                    List.of(),
                    HiringPlan.DEFAULT_SIMULATIONS,
                    HiringPlan.DEFAULT_SEED,
                    HiringPlan.DEFAULT_ALERT_CAPACITY_LOSS_PCT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current_engineers must be at least 1, was 0");
  }
}
