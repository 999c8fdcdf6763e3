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
    Fix fix = Fix.ofHours("fix", targets(category, system), BigDecimal.ONE, BigDecimal.ONE);
    // WHEN
    FixPayback payback = FixPayback.of(fix, report, DEFAULT_RATE, Optional.empty());
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
            Optional.empty());
    HiringPlan plan = HiringPlan.of(50, List.of(PlannedQuarter.of("2027-Q1", 20)));
    // WHEN
    FixPayback payback = FixPayback.of(fix, report, DEFAULT_RATE, Optional.of(plan));
    // THEN savings 0.9 × 200 = 180 a hire; payback 800 / 180 = 4.44 hires;
    // first quarter 180 × 20 - 400 = 3200
    then(payback.savingsPerHire()).isEqualByComparingTo("180");
    then(payback.oneOffCost()).isEqualByComparingTo("800");
    then(payback.recurringCostPerQuarter()).isEqualByComparingTo("400");
    then(payback.paybackHires())
        .hasValueSatisfying(
            v -> then(v).isEqualByComparingTo("4.444444444444444444444444444444444"));
    then(payback.firstQuarterSavings())
        .hasValueSatisfying(v -> then(v).isEqualByComparingTo("3200"));
  }

  @Test
  void a_fix_whose_targets_select_nothing_never_pays_back() {
    // GIVEN a system nobody waited on
    Fix fix = Fix.ofHours("okta", targets(null, "okta"), BigDecimal.ONE, BigDecimal.TEN);
    // WHEN
    FixPayback payback = FixPayback.of(fix, report, DEFAULT_RATE, Optional.empty());
    // THEN no division by zero
    then(payback.savingsPerHire()).isEqualByComparingTo("0");
    then(payback.paybackHires()).isEmpty();
    then(payback.reason()).contains("the targets (okta) select no cost in any hire");
    then(payback.firstQuarterSavings()).isEmpty();
  }

  @Test
  void without_hires_the_savings_are_zero_and_explained() {
    // GIVEN no observed hire
    Fix fix = Fix.ofHours("any", FixTargets.everything(), BigDecimal.ONE, BigDecimal.ONE);
    // WHEN
    FixPayback payback = FixPayback.of(fix, report(), DEFAULT_RATE, Optional.empty());
    // THEN
    then(payback.paybackHires()).isEmpty();
    then(payback.reason()).contains("no observed hires, so the savings are unknown");
  }

  @Test
  void ranks_by_payback_then_never_then_name() {
    // GIVEN fixes that pay back in 800/180, 100/200 = 0.5, 100/200 = 0.5, and never
    FixPlan plan =
        new FixPlan(
            List.of(
                Fix.ofHours(
                    "github",
                    targets("access", "github"),
                    new BigDecimal("0.9"),
                    new BigDecimal("4")),
                Fix.ofHours("never", targets(null, "okta"), BigDecimal.ONE, BigDecimal.ONE),
                new Fix(
                    "docs b",
                    targets("documentation", null),
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.of(new BigDecimal("100")),
                    BigDecimal.ZERO,
                    Optional.empty()),
                new Fix(
                    "docs a",
                    targets("documentation", null),
                    BigDecimal.ONE,
                    Optional.empty(),
                    Optional.of(new BigDecimal("100")),
                    BigDecimal.ZERO,
                    Optional.empty())));
    // WHEN
    List<FixPayback> ranked = plan.rank(report, DEFAULT_RATE, Optional.empty());
    // THEN
    then(ranked)
        .extracting(p -> p.fix().name())
        .containsExactly("docs a", "docs b", "github", "never");
    then(ranked.get(0).paybackHires()).hasValueSatisfying(v -> then(v).isEqualByComparingTo("0.5"));
  }

  @Test
  void rejects_a_reduction_above_one() {
    // GIVEN / WHEN / THEN
    thenThrownBy(
            () -> Fix.ofHours("x", FixTargets.everything(), new BigDecimal("1.5"), BigDecimal.ONE))
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
                    FixTargets.everything(),
                    BigDecimal.ONE,
                    Optional.of(BigDecimal.ONE),
                    Optional.of(BigDecimal.ONE),
                    BigDecimal.ZERO,
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fix 'x': give one_off_hours or one_off_cost, not both");
  }

  @Test
  void rejects_two_fixes_with_one_name() {
    // GIVEN
    Fix fix = Fix.ofHours("same", FixTargets.everything(), BigDecimal.ONE, BigDecimal.ONE);
    // WHEN / THEN
    thenThrownBy(() -> new FixPlan(List.of(fix, fix)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two fixes are named 'same'");
  }
}
