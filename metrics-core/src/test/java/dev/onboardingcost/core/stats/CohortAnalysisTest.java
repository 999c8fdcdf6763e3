package dev.onboardingcost.core.stats;

import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CohortAnalysisTest {
  // 2026-Q1: 100, 200, 300 of access; 2026-Q3: 400 and 500, of which 300 and 400 documentation.
  private final CostReport report =
      report(
          hire("h1", "2026-01-05").accessWait("github", "100").build(),
          hire("h2", "2026-02-02").accessWait("github", "200").build(),
          hire("h3", "2026-03-30").accessWait("github", "300").build(),
          hire("h4", "2026-07-06")
              .accessWait("github", "100")
              .colleagueCost(Category.DOCUMENTATION, "300")
              .build(),
          hire("h5", "2026-08-03")
              .accessWait("github", "100")
              .colleagueCost(Category.DOCUMENTATION, "400")
              .build());

  @Test
  void groups_by_quarter_and_compares_with_the_previous_quarter_with_hires() {
    // GIVEN hires in 2026-Q1 and 2026-Q3, none in Q2
    // WHEN
    CohortAnalysis analysis = CohortAnalysis.byQuarter(report);
    // THEN
    then(analysis.cohorts()).extracting(Cohort::label).containsExactly("2026-Q1", "2026-Q3");
    CohortFigures q1 = analysis.cohorts().get(0).total();
    CohortFigures q3 = analysis.cohorts().get(1).total();
    then(q1.hires()).isEqualTo(3);
    then(q1.median()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("200"));
    then(q1.mean()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("200"));
    then(q1.meanChange()).isEmpty();
    then(q1.comparison()).isEmpty();
    then(q1.reason()).contains("the first cohort has nothing to compare with");
    // 450 against 200: +250, +125%
    then(q3.median()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("450"));
    then(q3.meanChange().orElseThrow().amount()).isEqualByComparingTo("250");
    then(q3.meanChange().orElseThrow().percent())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("125"));
    then(q3.medianChange().orElseThrow().amount()).isEqualByComparingTo("250");
    // 2 hires against 3: too few for a ratio or a test
    then(q3.comparison().orElseThrow().pValue()).isEmpty();
    then(q3.reason()).contains("too few hires");
  }

  @Test
  void shows_which_category_moved() {
    // GIVEN access fell from 200 to 100 a hire and documentation rose from 0 to 350
    // WHEN
    Cohort q3 = CohortAnalysis.byQuarter(report).cohorts().get(1);
    // THEN
    then(q3.byCategory()).containsOnlyKeys(Category.ACCESS, Category.DOCUMENTATION);
    then(q3.byCategory().get(Category.ACCESS).meanChange().orElseThrow().amount())
        .isEqualByComparingTo("-100");
    Change documentation = q3.byCategory().get(Category.DOCUMENTATION).meanChange().orElseThrow();
    then(documentation.amount()).isEqualByComparingTo("350");
    then(documentation.percent()).isEmpty(); // up from zero: no percentage
    then(q3.categoryThatMovedMost()).contains(Category.DOCUMENTATION);
  }

  @Test
  void splits_before_and_after_a_date_and_puts_the_date_after() {
    // GIVEN a split on h3's start date
    // WHEN
    CohortAnalysis analysis = CohortAnalysis.beforeAndAfter(report, LocalDate.of(2026, 3, 30));
    // THEN
    then(analysis.cohorts())
        .extracting(Cohort::label)
        .containsExactly("before 2026-03-30", "from 2026-03-30");
    then(analysis.cohorts().get(0).total().hires()).isEqualTo(2);
    then(analysis.cohorts().get(1).total().hires()).isEqualTo(3);
    then(analysis.cohorts().get(1).total().reason()).contains("too few hires");
  }

  @Test
  void keeps_an_empty_side_and_explains_the_missing_test() {
    // GIVEN a date before every hire
    // WHEN
    CohortAnalysis analysis = CohortAnalysis.beforeAndAfter(report, LocalDate.of(2025, 1, 1));
    // THEN
    CohortFigures before = analysis.cohorts().get(0).total();
    CohortFigures after = analysis.cohorts().get(1).total();
    then(before.hires()).isZero();
    then(before.median()).isEmpty();
    then(after.meanChange()).isEmpty();
    then(after.reason()).contains("too few hires");
  }

  @Test
  void compares_consecutive_quarters_of_four_hires_by_ratio_of_means_and_per_system() {
    // GIVEN 4 hires in 2026-Q1 with github waits 100, 200, 300, 400 and 4 in 2026-Q2 with 500-800
    CostReport eight =
        report(
            hire("a1", "2026-01-05").accessWait("github", "100").build(),
            hire("a2", "2026-01-12").accessWait("github", "200").build(),
            hire("a3", "2026-01-19").accessWait("github", "300").build(),
            hire("a4", "2026-01-26").accessWait("github", "400").build(),
            hire("b1", "2026-04-06").accessWait("github", "500").build(),
            hire("b2", "2026-04-13").accessWait("github", "600").build(),
            hire("b3", "2026-04-20").accessWait("github", "700").build(),
            hire("b4", "2026-04-27").accessWait("github", "800").build());
    // WHEN
    Cohort q2 = CohortAnalysis.byQuarter(eight).cohorts().get(1);
    // THEN 650 / 250 = 2.6, the rarest 2 of 70 splits, on the total and on github alike
    GroupComparison total = q2.total().comparison().orElseThrow();
    then(total.ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("2.6"));
    then(total.pValue().getAsDouble()).isCloseTo(2.0 / 70, within(1e-15));
    then(total.hiresNeeded()).isPresent();
    GroupComparison github = q2.bySystem().get("github").comparison().orElseThrow();
    then(github.ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("2.6"));
    then(github.hiresNeeded()).isEmpty();
  }

  @Test
  void has_no_cohorts_without_hires() {
    // GIVEN / WHEN / THEN
    then(CohortAnalysis.byQuarter(report()).cohorts()).isEmpty();
  }
}
