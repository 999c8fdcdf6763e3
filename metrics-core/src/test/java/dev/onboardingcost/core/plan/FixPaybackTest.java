package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static dev.onboardingcost.core.fixtures.TestHires.report;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.HourlyRate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FixPaybackTest {
  private static final HourlyRate DEFAULT_RATE = HourlyRate.of("200");
  private static final BigDecimal TWO_A_QUARTER = new BigDecimal("2");

  // h1: github 300, documentation 100 (total 400); h2: github 100, vpn 200, documentation 300 (600)
  private final CostReport report =
      report(
          hire("h1", "2026-01-05")
              .accessWait("github", "300")
              .hireCost(Category.DOCUMENTATION, "100")
              .build(),
          hire("h2", "2026-01-12")
              .accessWait("github", "100")
              .accessWait("vpn", "200")
              .hireCost(Category.DOCUMENTATION, "300")
              .build());

  private static FixTargets targets(String category, String system) {
    return new FixTargets(
        Optional.ofNullable(category).map(Category::parse), Optional.ofNullable(system));
  }

  @ParameterizedTest(name = "targets {0}/{1} select {2} per hire")
  @CsvSource({
    "access, github, 200", // (300 + 100) / 2
    ", github, 200", // a system alone: its access-wait lines
    ", vpn, 100", // (0 + 200) / 2
    "access, , 300", // (300 + 300) / 2
    "documentation, , 200", // (100 + 300) / 2
    "documentation, github, 0", // both must match: nothing does
    ", , 500", // no target: the whole total, (400 + 600) / 2
  })
  void selects_the_targeted_cost_per_hire(String category, String system, String perHire) {
    // GIVEN a fix that removes all of its targets' cost
    Fix fix = TestFixes.ofHours("fix", targets(category, system), BigDecimal.ONE, BigDecimal.ONE);
    // WHEN
    FixPayback payback =
        FixPayback.of(fix, report.hires(), DEFAULT_RATE, TWO_A_QUARTER, Optional.empty());
    // THEN
    then(payback.targetedCostPerHire()).isEqualByComparingTo(perHire);
    then(payback.savingsPerHire()).isEqualByComparingTo(perHire);
  }

  @Test
  void pays_back_the_one_off_hours_and_saves_in_the_first_quarter() {
    // GIVEN the SPEC's example: github access, 90% reduction, 4 hours at 200 = 800 up front,
    // 2 hours a quarter to keep it = 400
    Fix fix =
        new Fix(
            "Team leads can grant GitHub access",
            targets("access", "github"),
            new BigDecimal("0.9"),
            Optional.of(new BigDecimal("4")),
            Optional.empty(),
            new BigDecimal("2"),
            Optional.empty(),
            Optional.empty());
    HiringPlan plan =
        new HiringPlan(
            50,
            List.of(PlannedQuarter.of("2027-Q1", 20)),
            HiringPlan.DEFAULT_SIMULATIONS,
            HiringPlan.DEFAULT_SEED,
            HiringPlan.DEFAULT_ALERT_CAPACITY_LOSS_PCT);
    // WHEN
    FixPayback payback =
        FixPayback.of(
            fix,
            report.hires(),
            DEFAULT_RATE,
            HiringRate.perQuarter(Optional.of(plan), List.of()),
            Optional.of(plan));
    // THEN savings 0.9 × 200 = 180 a hire; at the plan's 20 hires a quarter the net savings are
    // 180 × 20 - 400 = 3200 a quarter: payback 800 / 3200 = 0.25 quarters, 800 / (3200 / 20) = 5
    // hires; first quarter 180 × 20 - 400 = 3200
    then(payback.savingsPerHire()).isEqualByComparingTo("180");
    then(payback.oneOffCost()).isEqualByComparingTo("800");
    then(payback.recurringCostPerQuarter()).isEqualByComparingTo("400");
    then(payback.hiresPerQuarter()).isEqualByComparingTo("20");
    then(payback.netSavingsPerQuarter()).isEqualByComparingTo("3200");
    then(payback.paybackQuarters()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0.25"));
    then(payback.paybackHires()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("5"));
    then(payback.firstQuarterSavings())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("3200"));
  }

  @Test
  void a_fix_whose_targets_select_nothing_never_pays_back() {
    // GIVEN a system nobody waited on
    Fix fix = TestFixes.ofHours("okta", targets(null, "okta"), BigDecimal.ONE, BigDecimal.TEN);
    // WHEN
    FixPayback payback =
        FixPayback.of(fix, report.hires(), DEFAULT_RATE, TWO_A_QUARTER, Optional.empty());
    // THEN no division by zero
    then(payback.savingsPerHire()).isEqualByComparingTo("0");
    then(payback.paybackHires()).isEmpty();
    then(payback.paybackQuarters()).isEmpty();
    then(payback.reason())
        .contains(
            "never pays back at this hiring rate: the targets (okta) select no cost in any"
                + " baseline hire");
    then(payback.firstQuarterSavings()).isEmpty();
  }

  @Test
  void without_hires_the_savings_are_zero_and_explained() {
    // GIVEN no observed hire
    Fix fix = TestFixes.ofHours("any", TestFixes.EVERYTHING, BigDecimal.ONE, BigDecimal.ONE);
    // WHEN
    FixPayback payback =
        FixPayback.of(fix, List.of(), DEFAULT_RATE, TWO_A_QUARTER, Optional.empty());
    // THEN
    then(payback.paybackHires()).isEmpty();
    then(payback.reason()).contains("no baseline hires, so the savings are unknown");
  }

  @Test
  void ranks_by_payback_then_never_then_name() {
    // GIVEN two hires in one quarter (2 a quarter) and fixes that pay back in 800 / (180 × 2) =
    // 2.22 quarters, 100 / (200 × 2) = 0.25, 100 / (200 × 2) = 0.25, and never
    FixPlan plan =
        new FixPlan(
            List.of(
                TestFixes.ofHours(
                    "github",
                    targets("access", "github"),
                    new BigDecimal("0.9"),
                    new BigDecimal("4")),
                TestFixes.ofHours("never", targets(null, "okta"), BigDecimal.ONE, BigDecimal.ONE),
                new Fix(
                    "docs b",
                    targets("documentation", null),
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.of(new BigDecimal("100")),
                    BigDecimal.ZERO,
                    Optional.empty(),
                    Optional.empty()),
                new Fix(
                    "docs a",
                    targets("documentation", null),
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.of(new BigDecimal("100")),
                    BigDecimal.ZERO,
                    Optional.empty(),
                    Optional.empty())));
    // WHEN
    List<FixPayback> ranked =
        plan.rank(report.hires(), report.hires(), DEFAULT_RATE, Optional.empty());
    // THEN
    then(ranked)
        .extracting(p -> p.fix().name())
        .containsExactly("docs a", "docs b", "github", "never");
    then(ranked.get(0).paybackQuarters())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("0.25"));
    then(ranked.get(0).paybackHires()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0.5"));
  }

  @Test
  void a_fix_that_costs_more_a_quarter_than_it_saves_never_pays_back_and_ranks_last() {
    // GIVEN a buddy rota: documentation 200 a hire × 0.3 = 60 a hire, 2 hires a quarter = 120 a
    // quarter, against 40 hours × 200 = 8000 a quarter to run; and a slow but paying fix
    Fix rota =
        TestFixes.recurringHours(
            TestFixes.ofHours(
                "a rota", targets("documentation", null), new BigDecimal("0.3"), BigDecimal.ONE),
            new BigDecimal("40"));
    Fix slow =
        TestFixes.ofHours(
            "z slow", targets("access", "github"), new BigDecimal("0.1"), new BigDecimal("50"));
    // WHEN
    List<FixPayback> ranked =
        new FixPlan(List.of(rota, slow))
            .rank(report.hires(), report.hires(), DEFAULT_RATE, Optional.empty());
    // THEN net 120 - 8000 = -7880: no payback, ranked after the fix that needs 10,000 / (20 × 2) =
    // 250 quarters
    FixPayback last = ranked.get(1);
    then(last.fix().name()).isEqualTo("a rota");
    then(last.netSavingsPerQuarter()).isEqualByComparingTo("-7880");
    then(last.paybackQuarters()).isEmpty();
    then(last.paybackHires()).isEmpty();
    then(last.reason()).hasValueSatisfying(r -> then(r).startsWith(FixPayback.NEVER));
    then(ranked.get(0).paybackQuarters())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("250"));
  }

  @Test
  void without_a_plan_the_hiring_rate_is_the_observed_mean_over_the_quarters_spanned() {
    // GIVEN 3 hires from 2026-Q1 to 2026-Q3 (Q2 has none): 3 hires over 3 quarters = 1 a quarter;
    // a fix removing half of the documentation cost (100, 300, 200: 200 a hire), 2 hours up front
    // (400) and 0.25 hours a quarter (50)
    CostReport spread =
        report(
            hire("a", "2026-01-05").hireCost(Category.DOCUMENTATION, "100").build(),
            hire("b", "2026-03-30").hireCost(Category.DOCUMENTATION, "300").build(),
            hire("c", "2026-09-30").hireCost(Category.DOCUMENTATION, "200").build());
    Fix fix =
        TestFixes.recurringHours(
            TestFixes.ofHours(
                "docs", targets("documentation", null), new BigDecimal("0.5"), new BigDecimal("2")),
            new BigDecimal("0.25"));
    // WHEN
    FixPayback payback =
        new FixPlan(List.of(fix))
            .rank(spread.hires(), spread.hires(), DEFAULT_RATE, Optional.empty())
            .get(0);
    // THEN savings 100 a hire, net 100 × 1 - 50 = 50 a quarter; 400 / 50 = 8 quarters, and
    // 400 / (50 / 1) = 8 hires
    then(payback.hiresPerQuarter()).isEqualByComparingTo("1");
    then(payback.netSavingsPerQuarter()).isEqualByComparingTo("50");
    then(payback.paybackQuarters()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("8"));
    then(payback.paybackHires()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("8"));
  }

  @Test
  void a_fix_live_by_the_last_start_is_measured_and_one_live_later_is_a_candidate() {
    // GIVEN the last hire starts on 2026-01-12
    Fix onTheDay =
        TestFixes.liveFrom(
            TestFixes.ofHours("on the day", TestFixes.EVERYTHING, BigDecimal.ONE, BigDecimal.ONE),
            java.time.LocalDate.of(2026, 1, 12));
    Fix later =
        TestFixes.liveFrom(
            TestFixes.ofHours("later", TestFixes.EVERYTHING, BigDecimal.ONE, BigDecimal.ONE),
            java.time.LocalDate.of(2026, 1, 13));
    Fix notLive =
        TestFixes.ofHours("not live", TestFixes.EVERYTHING, BigDecimal.ONE, BigDecimal.ONE);
    FixPlan plan = new FixPlan(List.of(onTheDay, later, notLive));
    // WHEN / THEN
    then(plan.live(report.hires())).containsExactly(onTheDay);
    then(plan.candidates(report.hires())).containsExactly(later, notLive);
    then(plan.rank(report.hires(), report.hires(), DEFAULT_RATE, Optional.empty()))
        .extracting(p -> p.fix().name())
        .containsExactly("later", "not live");
    then(plan.effects(report.hires())).extracting(FixEffect::fix).containsExactly(onTheDay);
  }

  @Test
  void rejects_a_reduction_above_one() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                TestFixes.ofHours("x", TestFixes.EVERYTHING, new BigDecimal("1.5"), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fix 'x': reduction must be between 0 and 1, was 1.5");
  }

  @Test
  void rejects_both_one_off_hours_and_cost() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () ->
                new Fix(
                    "x",
                    TestFixes.EVERYTHING,
                    BigDecimal.ONE,
                    Optional.of(BigDecimal.ONE),
                    Optional.of(BigDecimal.ONE),
                    BigDecimal.ZERO,
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fix 'x': give one_off_hours or one_off_cost, not both");
  }

  @Test
  void rejects_two_fixes_with_one_name() {
    // GIVEN
    Fix fix = TestFixes.ofHours("same", TestFixes.EVERYTHING, BigDecimal.ONE, BigDecimal.ONE);
    // WHEN / THEN
    thenThrownBy(() -> new FixPlan(List.of(fix, fix)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two fixes are named 'same'");
  }
}
