package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.decimals;
import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.model.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistributionTest {
  @Test
  void has_only_a_zero_count_and_sum_for_no_hires() {
    // GIVEN no values
    // WHEN
    Distribution empty = Distribution.of(List.of(), Bootstrap.DEFAULT);
    // THEN nothing throws and every other figure is empty
    then(empty.count()).isZero();
    then(empty.sum()).isEqualByComparingTo("0");
    then(empty.mean()).isEmpty();
    then(empty.median()).isEmpty();
    then(empty.p90()).isEmpty();
    then(empty.min()).isEmpty();
    then(empty.max()).isEmpty();
    then(empty.meanInterval95()).isEmpty();
  }

  @Test
  void one_hire_is_every_figure_but_has_no_interval() {
    // GIVEN
    List<BigDecimal> one = decimals("4400.00");
    // WHEN
    Distribution distribution = Distribution.of(one, Bootstrap.DEFAULT);
    // THEN
    then(distribution.count()).isEqualTo(1);
    then(distribution.mean()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4400"));
    then(distribution.median()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4400"));
    then(distribution.p90()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4400"));
    then(distribution.min()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4400"));
    then(distribution.max()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("4400"));
    then(distribution.meanInterval95()).isEmpty();
  }

  @Test
  void two_hires_interpolate_but_have_no_interval_of_the_mean() {
    // GIVEN 100 and 200
    List<BigDecimal> two = decimals("100", "200");
    // WHEN
    Distribution distribution = Distribution.of(two, Bootstrap.DEFAULT);
    // THEN mean = median = 150; p90: h = 0.9, 100 + 0.9 × 100 = 190
    then(distribution.sum()).isEqualByComparingTo("300");
    then(distribution.mean()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("150"));
    then(distribution.median()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("150"));
    then(distribution.p90()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("190"));
    // and no interval: two values say too little about the spread
    then(distribution.meanInterval95()).isEmpty();
    then(distribution.meanIntervalReason()).contains("too few hires (2) for an interval: 5 needed");
  }

  @Test
  void five_hires_get_the_t_interval_worked_by_hand() {
    // GIVEN 10, 20, 30, 40, 50: mean 30, s² = 1000 / 4 = 250, s / √5 = √50 = 7.0710678
    // t(0.975, 4) = 2.7764451 -> half width 19.632432
    // WHEN
    Distribution distribution =
        Distribution.of(decimals("10", "20", "30", "40", "50"), Bootstrap.DEFAULT);
    // THEN
    Interval interval = distribution.meanInterval95().orElseThrow();
    then(distribution.meanIntervalMethod()).isEqualTo(MeanInterval.STUDENT_T);
    then(interval.lower()).isCloseTo(new BigDecimal("10.367568"), within(new BigDecimal("1e-6")));
    then(interval.upper()).isCloseTo(new BigDecimal("49.632432"), within(new BigDecimal("1e-6")));
  }

  @Test
  void switches_from_t_to_the_bootstrap_at_twenty_hires() {
    // GIVEN 19 and 20 values
    List<BigDecimal> nineteen = new ArrayList<>();
    for (int i = 1; i <= 19; i++) {
      nineteen.add(BigDecimal.valueOf(i * 100L));
    }
    List<BigDecimal> twenty = new ArrayList<>(nineteen);
    twenty.add(BigDecimal.valueOf(2000));
    // WHEN / THEN
    then(Distribution.of(nineteen, Bootstrap.DEFAULT).meanIntervalMethod())
        .isEqualTo(MeanInterval.STUDENT_T);
    then(Distribution.of(twenty, Bootstrap.DEFAULT).meanIntervalMethod())
        .isEqualTo(MeanInterval.BOOTSTRAP);
    then(Distribution.of(twenty, Bootstrap.DEFAULT).meanInterval95()).isPresent();
  }

  @Test
  void keeps_the_mean_to_34_digits_when_it_does_not_terminate() {
    // GIVEN 1, 1, 2: mean 4/3
    // WHEN
    Distribution distribution = Distribution.of(decimals("1", "1", "2"), Bootstrap.DEFAULT);
    // THEN
    then(distribution.mean())
        .hasValueSatisfying(
            v -> then(v).isEqualByComparingTo("1.333333333333333333333333333333333"));
    // p90: h = 1.8, 1 + 0.8 × (2 - 1)
    then(distribution.p90()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("1.8"));
  }

  @Test
  void the_bootstrap_gives_the_same_interval_for_the_same_seed() {
    // GIVEN a varied sample
    List<BigDecimal> values =
        decimals(
            "1200", "800", "4400", "950.5", "3100", "2200", "610", "1500", "990", "2700", "1300",
            "870", "640", "3900", "1100", "2050", "720", "1750", "2400", "1010");
    // WHEN
    Interval first = Distribution.of(values, new Bootstrap(2_000, 11)).meanInterval95().get();
    Interval again = Distribution.of(values, new Bootstrap(2_000, 11)).meanInterval95().get();
    Interval other = Distribution.of(values, new Bootstrap(2_000, 12)).meanInterval95().get();
    // THEN
    then(again).isEqualTo(first);
    then(other).isNotEqualTo(first);
    BigDecimal mean = Distribution.of(values, Bootstrap.DEFAULT).mean().orElseThrow();
    then(first.lower()).isLessThanOrEqualTo(mean);
    then(first.upper()).isGreaterThanOrEqualTo(mean);
    then(first.lower()).isGreaterThan(new BigDecimal("610"));
    then(first.upper()).isLessThan(new BigDecimal("4400"));
  }

  @Test
  void the_totals_are_those_of_every_hire() {
    // GIVEN three hires of 100, 300 and 500
    var report =
        report(
            hire("h1", "2026-01-05").hireCost(Category.ACCESS, "100").build(),
            hire("h2", "2026-01-12").hireCost(Category.ACCESS, "300").build(),
            hire("h3", "2026-01-19").hireCost(Category.ACCESS, "500").build());
    // WHEN / THEN 100 + 300 + 500 = 900
    then(Distribution.ofTotals(report).sum()).isEqualByComparingTo("900");
  }
}
