package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.CALENDAR;
import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.CostLine;
import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.cost.Payer;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.stats.Percentiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastDrawsTest {
  private static final RateBasis SENIOR = new RateBasis(RateBasis.Kind.ROLE, "senior");
  private static final Payer OWN =
      new Payer(Payer.Kind.HIRE, Optional.empty(), RateBasis.DEFAULT, HourlyRate.of("60"));
  private static final Payer HELPER =
      new Payer(Payer.Kind.COLLEAGUE, Optional.empty(), SENIOR, HourlyRate.of("120"));

  /** Five hires: hire i loses i hours of their own (at 60) and takes 30 minutes of a senior's. */
  private static CostReport twoRates() {
    List<HireCost> hires = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      HireCost plain = hire("h" + i, "2026-01-0" + (i + 4)).build();
      List<CostLine> lines =
          List.of(
              new CostLine(
                  Optional.empty(), OWN, Category.OTHER, Optional.empty(), minutes(60 * i)),
              new CostLine(
                  Optional.empty(), HELPER, Category.OTHER, Optional.empty(), minutes(30)));
      hires.add(new HireCost(plain.hire(), plain.window(), lines, Map.of(), List.of(), List.of()));
    }
    return new CostReport(Currency.getInstance("USD"), hires);
  }

  private static BigDecimal minutes(int minutes) {
    return BigDecimal.valueOf(minutes);
  }

  private static HiringPlan plan() {
    return new HiringPlan(
        50,
        List.of(PlannedQuarter.of("2027-Q1", 2), PlannedQuarter.of("2027-Q2", 1)),
        200,
        7,
        BigDecimal.TEN);
  }

  @Test
  void each_draw_keeps_the_hours_of_the_hires_drawn_per_rate_basis() {
    // GIVEN five hires with hours at the default rate and half an hour of a senior's each
    // WHEN a plan of 2 then 1 hires is forecast
    ForecastDraws draws = Forecast.of(twoRates(), plan(), CALENDAR).draws().orElseThrow();
    // THEN the bases are the default and the senior role, at 60 and 120
    then(draws.bases()).containsExactly(RateBasis.DEFAULT, SENIOR);
    then(draws.rates()).containsExactly(HourlyRate.of("60"), HourlyRate.of("120"));
    then(draws.quarters()).isEqualTo(2);
    for (int d = 0; d < draws.simulations(); d++) {
      // AND two hires drawn took exactly one senior hour, one hire half an hour
      then(draws.hours(0, d, 1)).isEqualTo(1.0);
      then(draws.hours(1, d, 1)).isEqualTo(0.5);
      // AND each draw costs its hours times the rates, the plan's draw its quarters' draws summed
      for (int set = 0; set <= 1; set++) {
        double priced = draws.hours(set, d, 0) * 60 + draws.hours(set, d, 1) * 120;
        then(draws.cost(set, d).doubleValue()).isEqualTo(priced);
      }
      then(draws.cost(2, d)).isEqualByComparingTo(draws.cost(0, d).add(draws.cost(1, d)));
    }
  }

  @Test
  void the_band_is_percentile_inc_of_the_draws_costs() {
    // GIVEN the five hires and the plan
    // WHEN it is forecast
    Forecast forecast = Forecast.of(twoRates(), plan(), CALENDAR);
    ForecastDraws draws = forecast.draws().orElseThrow();
    // THEN each quarter's P10, P50 and P90 are PERCENTILE.INC of that quarter's draw costs
    for (int set = 0; set <= 2; set++) {
      List<BigDecimal> costs = new ArrayList<>();
      for (int d = 0; d < draws.simulations(); d++) {
        costs.add(draws.cost(set, d));
      }
      Band band =
          set < 2
              ? forecast.quarters().get(set).band().orElseThrow()
              : forecast.totals().band().orElseThrow();
      then(band.p10())
          .isEqualByComparingTo(Percentiles.of(costs, new BigDecimal("0.1")).orElseThrow());
      then(band.p50())
          .isEqualByComparingTo(Percentiles.of(costs, Percentiles.MEDIAN).orElseThrow());
      then(band.p90()).isEqualByComparingTo(Percentiles.of(costs, Percentiles.P90).orElseThrow());
    }
  }

  @Test
  void draws_too_many_to_keep_are_left_out_and_the_band_stays() {
    // GIVEN a plan whose draws would hold more hours figures than kept: 700,000 draws of three
    // quarters at two rates
    List<PlannedQuarter> quarters =
        List.of(
            PlannedQuarter.of("2027-Q1", 1),
            PlannedQuarter.of("2027-Q2", 1),
            PlannedQuarter.of("2027-Q3", 1));
    HiringPlan huge = new HiringPlan(50, quarters, 700_000, 7, BigDecimal.TEN);
    then(700_000L * 3 * 2).isGreaterThan(ForecastDraws.MAX_HOURS_FIGURES);
    // WHEN it is forecast
    Forecast forecast = Forecast.of(twoRates(), huge, CALENDAR);
    // THEN no draws are kept, and the band is there
    then(forecast.draws()).isEmpty();
    then(forecast.quarters().get(0).band()).isPresent();
  }
}
