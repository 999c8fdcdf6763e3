package dev.onboardingcost.core.plan;

import static dev.onboardingcost.core.fixtures.TestHires.hire;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.within;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.stats.GroupComparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixEffectTest {
  private static final LocalDate LIVE = LocalDate.of(2026, 7, 13);
  private static final Fix GITHUB =
      TestFixes.liveFrom(
          TestFixes.ofHours(
              "Team leads can grant GitHub access",
              new FixTargets(Optional.of(Category.ACCESS), Optional.of("github")),
              new BigDecimal("0.9"),
              new BigDecimal("4")),
          LIVE);

  /** Hires a week apart from {@code first}, each with a github wait and 1000 of documentation. */
  private static List<HireCost> hires(String first, String... githubCosts) {
    List<HireCost> hires = new ArrayList<>();
    LocalDate start = LocalDate.parse(first);
    for (int i = 0; i < githubCosts.length; i++) {
      hires.add(
          hire(first + "-" + i, start.plusWeeks(i).toString())
              .accessWait("github", githubCosts[i])
              .colleagueCost(Category.DOCUMENTATION, "1000")
              .build());
    }
    return hires;
  }

  private static List<HireCost> both(List<HireCost> before, List<HireCost> after) {
    List<HireCost> all = new ArrayList<>(before);
    all.addAll(after);
    return all;
  }

  @Test
  void a_fix_with_three_hires_after_it_has_too_few_hires() {
    // GIVEN 5 hires before live_from and 3 from it on
    List<HireCost> hires =
        both(
            hires("2026-06-01", "500", "400", "600", "500", "450"),
            hires("2026-07-13", "50", "40", "60"));
    // WHEN
    FixEffect effect = FixEffect.measure(GITHUB, hires);
    // THEN
    then(effect.verdict()).isEqualTo(FixEffect.Verdict.TOO_FEW_HIRES);
    then(effect.verdict().words()).isEqualTo("too few hires");
    then(effect.comparison().ratio()).isEmpty();
    then(effect.comparison().pValue()).isEmpty();
    then(effect.comparison().reason()).contains(GroupComparison.TOO_FEW_HIRES);
    then(effect.comparison().earlier().hires()).isEqualTo(5);
    then(effect.comparison().later().hires()).isEqualTo(3);
  }

  @Test
  void a_fix_that_cut_the_targeted_cost_worked_on_that_cost_alone() {
    // GIVEN github waits of 400-600 before and 40-60 after, and the same documentation cost
    List<HireCost> hires =
        both(
            hires("2026-06-01", "500", "400", "600", "500", "450"),
            hires("2026-07-13", "50", "40", "60", "50", "45"));
    // WHEN
    FixEffect effect = FixEffect.measure(GITHUB, hires);
    // THEN means 490 and 49: ratio 0.1; every later hire below every earlier one, so the
    // permutation test's p is the rarest of C(10, 5) = 252 splits, 2 / 252
    then(effect.verdict()).isEqualTo(FixEffect.Verdict.WORKED);
    then(effect.comparison().earlier().mean())
        .hasValueSatisfying(m -> then(m).isEqualByComparingTo("490"));
    then(effect.comparison().later().mean())
        .hasValueSatisfying(m -> then(m).isEqualByComparingTo("49"));
    then(effect.comparison().ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("0.1"));
    then(effect.comparison().ratioInterval().orElseThrow().upper()).isLessThan(BigDecimal.ONE);
    then(effect.comparison().pValue().getAsDouble()).isCloseTo(2.0 / 252, within(1e-15));
    then(effect.comparison().hiresNeeded()).isPresent();
  }

  @Test
  void a_fix_that_changed_nothing_says_so_and_how_many_hires_would_tell() {
    // GIVEN the same spread of github waits before and after
    List<HireCost> hires =
        both(
            hires("2026-06-01", "500", "100", "900", "300", "700"),
            hires("2026-07-13", "300", "900", "100", "700", "500"));
    // WHEN
    FixEffect effect = FixEffect.measure(GITHUB, hires);
    // THEN the ratio is 1, its interval holds 1, and detecting a 90% cut needs hires
    then(effect.verdict()).isEqualTo(FixEffect.Verdict.NO_CHANGE_DETECTED);
    then(effect.verdict().words()).isEqualTo("no change detected");
    then(effect.comparison().ratio()).hasValueSatisfying(r -> then(r).isEqualByComparingTo("1"));
    then(effect.comparison().ratioInterval().orElseThrow().lower())
        .isLessThanOrEqualTo(BigDecimal.ONE);
    then(effect.comparison().ratioInterval().orElseThrow().upper())
        .isGreaterThanOrEqualTo(BigDecimal.ONE);
    then(effect.comparison().pValue().getAsDouble()).isCloseTo(1.0, within(1e-15));
    then(effect.comparison().hiresNeeded().orElseThrow().perSide())
        .isBetween(GroupComparison.MIN_PER_SIDE, 20);
  }
}
