package dev.onboardingcost.report.workspace;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.plan.Fix;
import dev.onboardingcost.core.plan.HiringPlan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanAndFixesReaderTest {
  @TempDir Path dir;

  @Test
  void reads_the_plan_of_spec_section_7() {
    TestWorkspaces.write(
        dir,
        "plan.yaml",
        "current_engineers: 50\n"
            + "quarters:\n"
            + "  - {quarter: 2027-Q1, hires: 20}\n"
            + "  - {quarter: 2027-Q2, hires: 30}\n"
            + "simulations: 10000\n"
            + "seed: 7\n"
            + "alert_capacity_loss_pct: 10\n"
            + "baseline_from: 2026-07-13        # optional\n");

    HiringPlan plan = PlanReader.read(dir).orElseThrow();

    then(plan.baselineFrom()).contains(java.time.LocalDate.of(2026, 7, 13));
    then(plan.currentEngineers()).isEqualTo(50);
    then(plan.quarters())
        .extracting(q -> q.quarter().toString())
        .containsExactly("2027-Q1", "2027-Q2");
    then(plan.totalHires()).isEqualTo(50);
    then(plan.seed()).isEqualTo(7);
  }

  @Test
  void a_missing_plan_is_no_plan() {
    then(PlanReader.read(dir)).isEmpty();
    then(FixesReader.read(dir)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no engineers | quarters: [{quarter: 2027-Q1, hires: 1}] | plan.yaml: key 'current_engineers': is required",
        "bad quarter | current_engineers: 5\\nquarters: [{quarter: 2027-Q5, hires: 1}] | plan.yaml: key 'quarters[0].quarter': expected a quarter like 2027-Q1",
        "negative hires | current_engineers: 5\\nquarters: [{quarter: 2027-Q1, hires: -1}] | plan.yaml: key 'quarters[0].hires': expected a whole number",
        "quarter in year 0 | current_engineers: 5\\nquarters: [{quarter: 0000-Q1, hires: 1}] | plan.yaml: key 'quarters[0].quarter': expected a quarter like 2027-Q1 in the years 1900 to 2200, got '0000-Q1'",
        "engineers underflow | current_engineers: 1E-400\\nquarters: [{quarter: 2027-Q1, hires: 1}] | plan.yaml: key 'current_engineers': '1E-400' underflows",
        "no quarters | current_engineers: 5 | plan.yaml: key 'quarters': needs at least one quarter",
        "unknown key | current_engineers: 5\\nquarters: [{quarter: 2027-Q1, hires: 1}]\\nseeds: 3 | plan.yaml: key 'seeds': unknown key",
        "bad baseline_from | current_engineers: 5\\nquarters: [{quarter: 2027-Q1, hires: 1}]\\nbaseline_from: 2026-13-01 | plan.yaml: key 'baseline_from': expected an ISO date like 2026-07-13, got '2026-13-01'",
        "quarters out of order | current_engineers: 5\\nquarters: [{quarter: 2027-Q2, hires: 1}, {quarter: 2027-Q1, hires: 1}] | plan.yaml: key '(top level)': quarters must be in ascending order",
      })
  void refuses_a_bad_plan(String name, String yaml, String message) {
    TestWorkspaces.write(dir, "plan.yaml", yaml.replace("\\n", "\n"));
    thenThrownBy(() -> PlanReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void reads_the_fixes_of_spec_section_8() {
    TestWorkspaces.write(
        dir,
        "fixes.yaml",
        "fixes:\n"
            + "  - name: Team leads can grant GitHub access\n"
            + "    targets: {category: access, system: GitHub}\n"
            + "    reduction: 0.9\n"
            + "    one_off_hours: 4\n"
            + "    recurring_hours_per_quarter: 0\n"
            + "    live_from: 2026-07-13\n"
            + "  - name: Docs\n"
            + "    reduction: 0.5\n"
            + "    one_off_cost: 800\n");

    var fixes = FixesReader.read(dir).orElseThrow().fixes();

    then(fixes).hasSize(2);
    Fix first = fixes.get(0);
    then(first.targets().category()).contains(Category.ACCESS);
    then(first.targets().system()).contains("github");
    then(first.oneOffHours().orElseThrow()).isEqualByComparingTo("4");
    then(first.liveFrom()).contains(java.time.LocalDate.of(2026, 7, 13));
    then(fixes.get(1).liveFrom()).isEmpty();
    then(fixes.get(1).targets().category()).isEmpty();
    then(fixes.get(1).oneOffCost().orElseThrow()).isEqualByComparingTo("800");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no name | fixes: [{reduction: 0.5}] | fixes.yaml: key 'fixes[0].name': is required",
        "reduction above one | fixes: [{name: a, reduction: 1.5}] | fixes.yaml: key 'fixes[0]': fix 'a': reduction must be between 0 and 1",
        "unknown target | fixes: [{name: a, reduction: 0.5, targets: {team: x}}] | fixes.yaml: key 'fixes[0].targets.team': unknown key",
        "bad category | fixes: [{name: a, reduction: 0.5, targets: {category: vibes}}] | fixes.yaml: key 'fixes[0].targets.category': expected a category",
        "negative hours | fixes: [{name: a, reduction: 0.5, one_off_hours: -2}] | fixes.yaml: key 'fixes[0].one_off_hours': must not be negative",
        "cost overflow | fixes: [{name: a, reduction: 0.5, one_off_cost: 1e999}] | fixes.yaml: key 'fixes[0].one_off_cost': '1e999' overflows",
        "second document | fixes: [{name: a, reduction: 0.5}]\\n---\\nfixes: [] | fixes.yaml:2:1: a second YAML document",
        "live_from not a date | fixes: [{name: a, reduction: 0.5, live_from: 13/07/2026}] | fixes.yaml: key 'fixes[0].live_from': expected a date like 2026-07-13, got '13/07/2026'",
      })
  void refuses_bad_fixes(String name, String yaml, String message) {
    TestWorkspaces.write(dir, "fixes.yaml", yaml.replace("\\n", "\n"));
    thenThrownBy(() -> FixesReader.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(message);
  }
}
