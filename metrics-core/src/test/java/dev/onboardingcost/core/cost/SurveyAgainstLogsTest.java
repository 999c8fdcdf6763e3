package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.H2;
import static dev.onboardingcost.core.cost.Fixtures.at;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.cost.Fixtures.people;
import static dev.onboardingcost.core.cost.Fixtures.run;
import static dev.onboardingcost.core.cost.Fixtures.settings;
import static dev.onboardingcost.core.cost.Fixtures.survey;
import static dev.onboardingcost.core.cost.Fixtures.waitFor;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.OnboardingEvent;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC section 5, survey against logs: precedence is decided per hire and per category (for access
 * waits, per system).
 *
 * <p>The evidence, all at 200/h: h1 has documentation 60 min (log) and 120 min (survey); access:
 * github 09:00-12:00 Monday (log, 180 min) and github 240 min (survey); knowledge: 2 help requests
 * of an unnamed colleague (survey only, 2 x (15 + 23) = 76 min); environment: 600 min (log, but
 * outside the window) and 30 min (survey). h2 has documentation 30 min (survey only).
 */
class SurveyAgainstLogsTest {

  private static OnboardingEvent[] evidence() {
    return new OnboardingEvent[] {
      new Blocked(
          H1, Category.DOCUMENTATION, Timing.minutesAt(dec("60"), at("2026-01-06T10:00")), log()),
      new Blocked(H1, Category.DOCUMENTATION, Timing.minutes(dec("120")), survey()),
      waitFor("github", "2026-01-05T09:00", "2026-01-05T12:00"),
      new AccessWait(H1, "github", Timing.minutes(dec("240")), survey()),
      new Help(H1, Optional.empty(), Category.KNOWLEDGE, dec("2"), Timing.NONE, survey()),
      new Blocked(
          H1, Category.ENVIRONMENT, Timing.minutesAt(dec("600"), at("2026-02-10T10:00")), log()),
      new Blocked(H1, Category.ENVIRONMENT, Timing.minutes(dec("30")), survey()),
      new Blocked(H2, Category.DOCUMENTATION, Timing.minutes(dec("30")), survey()),
    };
  }

  @ParameterizedTest(name = "precedence {0}: documentation {1}, access {2}")
  @CsvSource({
    // documentation 60 -> 200; access 180 -> 600; knowledge 76 -> 253.33; environment 30 -> 100
    // total 200 + 600 + 253.33 + 100 = 1153.33
    "LOGS, 200, 600, 1153.33",
    // documentation 120 -> 400; access 240 -> 800; knowledge and environment as above
    // total 400 + 800 + 253.33 + 100 = 1553.33
    "SURVEY, 400, 800, 1553.33",
    // documentation 180 -> 600; access 420 -> 1400; total 600 + 1400 + 253.33 + 100 = 2353.33
    "SUM, 600, 1400, 2353.33",
  })
  void chooses_evidence_per_hire_and_category(
      Precedence precedence, String documentation, String access, String total) {
    // GIVEN the evidence above
    // WHEN
    CostReport report = run(settings(Assumptions.DEFAULTS, precedence), people(), evidence());
    HireCost h1 = report.hires().get(0);
    HireCost h2 = report.hires().get(1);
    // THEN where only one kind of evidence exists it counts, whatever the precedence
    then(h1.costOf(Category.DOCUMENTATION)).isEqualByComparingTo(documentation);
    then(h1.costOf(Category.ACCESS)).isEqualByComparingTo(access);
    then(h1.costOf(Category.KNOWLEDGE).setScale(2, RoundingMode.HALF_EVEN))
        .isEqualByComparingTo("253.33");
    then(h1.costOf(Category.ENVIRONMENT)).isEqualByComparingTo("100");
    then(h1.totalCost().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo(total);
    // AND h1's log evidence on documentation does not silence h2's survey
    then(h2.hire().id()).isEqualTo(H2);
    then(h2.costOf(Category.DOCUMENTATION)).isEqualByComparingTo("100");
  }

  @ParameterizedTest(name = "precedence {0}")
  @CsvSource({"LOGS", "SURVEY", "SUM"})
  void compares_survey_and_log_figures_wherever_both_exist(Precedence precedence) {
    // GIVEN the evidence above
    // WHEN
    CostReport report = run(settings(Assumptions.DEFAULTS, precedence), people(), evidence());
    // THEN access (survey 240 min = 800, logs 180 min = 600) and documentation (survey 120 = 400,
    //      logs 60 = 200); not knowledge (no logs), environment (the log is outside the window)
    //      or h2 (no logs)
    List<EvidenceComparison> h1 = report.hires().get(0).comparisons();
    then(h1)
        .extracting(EvidenceComparison::category)
        .containsExactly(Category.ACCESS, Category.DOCUMENTATION);
    EvidenceComparison access = h1.get(0);
    then(access.hire()).isEqualTo(H1);
    then(access.surveyMinutes()).isEqualByComparingTo("240");
    then(access.logMinutes()).isEqualByComparingTo("180");
    then(access.surveyCost()).isEqualByComparingTo("800");
    then(access.logCost()).isEqualByComparingTo("600");
    then(access.counted()).isEqualTo(precedence);
    EvidenceComparison documentation = h1.get(1);
    then(documentation.surveyMinutes()).isEqualByComparingTo("120");
    then(documentation.logMinutes()).isEqualByComparingTo("60");
    then(documentation.surveyCost()).isEqualByComparingTo("400");
    then(documentation.logCost()).isEqualByComparingTo("200");
    then(report.hires().get(1).comparisons()).isEmpty();
  }

  @Test
  void a_comparison_kept_as_lines_equals_the_comparison_of_its_figures() {
    // GIVEN the comparison of h1's access evidence, which the engine keeps as lines
    EvidenceComparison ofLines =
        run(settings(Assumptions.DEFAULTS, Precedence.LOGS), people(), evidence())
            .hires()
            .get(0)
            .comparisons()
            .get(0);
    // WHEN
    EvidenceComparison ofFigures = figuresOf(ofLines, ofLines.surveyCost(), ofLines.counted());
    // THEN
    then(ofLines).isEqualTo(ofFigures).hasSameHashCodeAs(ofFigures);
    then(ofFigures).isEqualTo(ofLines);
    then(ofLines)
        .isNotEqualTo(figuresOf(ofLines, ofLines.surveyCost().add(BigDecimal.ONE), Precedence.LOGS))
        .isNotEqualTo(figuresOf(ofLines, ofLines.surveyCost(), Precedence.SURVEY));
  }

  private static EvidenceComparison figuresOf(
      EvidenceComparison c, BigDecimal surveyCost, Precedence counted) {
    return new EvidenceComparison(
        c.hire(),
        c.category(),
        c.surveyMinutes(),
        c.logMinutes(),
        surveyCost,
        c.logCost(),
        counted);
  }

  @Test
  void a_logged_provisioning_does_not_silence_a_survey_wait_that_names_no_system() {
    // GIVEN with precedence logs, a logged 30-minute provisioning by ops1 (category access) and a
    //       survey answer of 120 minutes waiting for access in general
    // WHEN
    CostReport report =
        run(
            settings(Assumptions.DEFAULTS, Precedence.LOGS),
            people(),
            Fixtures.provisioning(H1, "ops1", "30"),
            new AccessWait(H1, null, Timing.minutes(dec("120")), survey()));
    // THEN a survey wait yields to logged waits only, and there is none: both count,
    //      30 / 60 x 150 + 120 / 60 x 200 = 75 + 400 = 475
    HireCost h1 = report.hires().get(0);
    then(h1.costOf(Category.ACCESS)).isEqualByComparingTo("475");
    then(h1.accessMinutesBySystem()).containsOnlyKeys("unspecified");
    then(h1.comparisons())
        .singleElement()
        .satisfies(c -> then(c.surveyCost()).isEqualByComparingTo("400"));
  }
}
