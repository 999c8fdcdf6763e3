package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.CALENDAR;
import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static dev.onboardingcost.core.fixtures.TestHires.reportOfTotals;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.time.WorkCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
  void one_observed_hire_makes_every_draw_the_same() {
    // GIVEN one hire of 4400
    // WHEN
    Forecast forecast =
        Forecast.of(reportOfTotals("4400"), plan(50, 7, PlannedQuarter.of("2027-Q1", 3)), CALENDAR);
    // THEN
    Band band = forecast.quarters().get(0).band().orElseThrow();
    then(band.p10()).isEqualByComparingTo("13200");
    then(band.p90()).isEqualByComparingTo("13200");
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
    thenThrownBy(() -> HiringPlan.of(0, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("current_engineers must be at least 1, was 0");
  }
}
