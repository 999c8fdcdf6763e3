package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.H2;
import static dev.onboardingcost.core.cost.Fixtures.at;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.defaults;
import static dev.onboardingcost.core.cost.Fixtures.h1;
import static dev.onboardingcost.core.cost.Fixtures.help;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.cost.Fixtures.milestone;
import static dev.onboardingcost.core.cost.Fixtures.people;
import static dev.onboardingcost.core.cost.Fixtures.run;
import static dev.onboardingcost.core.cost.Fixtures.settings;
import static dev.onboardingcost.core.cost.Fixtures.survey;
import static dev.onboardingcost.core.cost.Fixtures.waitFor;
import static dev.onboardingcost.core.cost.Fixtures.waitMinutes;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.Source;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SPEC section 5: which evidence speaks of a hire, the cap on a hire's lost time, and fully
 * blocking waits that the hire's milestones contradict. h1's window is 20 working days of 480
 * minutes: 9,600 working minutes, 160 hours.
 */
class HireFindingsTest {

  @Test
  void a_hire_nobody_asked_has_no_evidence_and_is_left_out_of_the_report_with_evidence() {
    // GIVEN h1 blocked 60 minutes (a log) and h2 with nothing but a milestone
    CostReport report =
        run(
            defaults(),
            people(),
            new Blocked(H1, Category.DOCUMENTATION, Timing.minutes(dec("60")), log()),
            new dev.onboardingcost.core.model.Milestone(
                H2, MilestoneKind.FIRST_PR, at("2026-01-07T10:00"), log()));
    // WHEN / THEN h1 has log evidence; h2's milestone is no evidence of a cost
    then(report.hires())
        .extracting(HireCost::evidenceKind)
        .containsExactly(EvidenceKind.LOGS, EvidenceKind.NONE);
    // AND the report of the hires with evidence holds h1 alone: 60 / 60 x 200 = 200
    then(report.withEvidence().hires()).extracting(h -> h.hire().id()).containsExactly(H1);
    then(report.withEvidence().totalCost()).isEqualByComparingTo("200");
    then(report.hires()).hasSize(2);
  }

  @Test
  void an_event_outside_the_window_is_evidence_though_it_costs_nothing() {
    // GIVEN h1's only record lies a month after the window, and h2 answered the survey
    CostReport report =
        run(
            defaults(),
            people(),
            new Blocked(
                H1,
                Category.DOCUMENTATION,
                Timing.minutesAt(dec("60"), at("2026-03-02T10:00")),
                log()),
            new Blocked(H2, Category.DOCUMENTATION, Timing.minutes(dec("30")), survey()));
    // WHEN / THEN h1 cost nothing, with log evidence; h2 has survey evidence
    then(report.hires().get(0).totalCost()).isEqualByComparingTo("0");
    then(report.hires())
        .extracting(HireCost::evidenceKind)
        .containsExactly(EvidenceKind.LOGS, EvidenceKind.SURVEY);
  }

  @Test
  void a_hire_with_logs_and_survey_has_both_kinds_and_a_witnessed_record_counts_as_evidence() {
    // GIVEN h1 with a logged wait and a survey answer; h2 with a record that makes no event
    CostEngine engine = CostEngine.summing(defaults(), people());
    engine.admit(waitMinutes("github", "30"));
    engine.admit(new Blocked(H1, Category.TOOLING, Timing.minutes(dec("30")), survey()));
    engine.witness(H2, Source.of("okta"));
    // WHEN
    CostReport report = engine.finish();
    // THEN
    then(report.hires())
        .extracting(HireCost::evidenceKind)
        .containsExactly(EvidenceKind.LOGS_AND_SURVEY, EvidenceKind.LOGS);
    then(EvidenceKind.LOGS_AND_SURVEY.key()).isEqualTo("logs+survey");
  }

  @Test
  void an_assumed_wait_costs_but_is_no_evidence_and_a_flagged_system_costs_nothing() {
    // GIVEN h1 charged a whole-window aws wait the settings assume, h2 flagged not granted github
    CostEngine engine = CostEngine.summing(defaults(), people());
    engine.admitAssumed(
        new AccessWait(
            H1,
            "aws",
            Timing.between(at("2026-01-05T09:00"), at("2026-01-30T17:00")),
            log(),
            true));
    engine.flagNotGranted(H2, "GitHub");
    // WHEN
    CostReport report = engine.finish();
    // THEN h1 costs 9,600 / 60 x 200 = 32,000 with no evidence; h2 costs nothing, flagged
    then(report.hires().get(0).totalCost()).isEqualByComparingTo("32000");
    then(report.hires().get(0).evidenceKind()).isEqualTo(EvidenceKind.NONE);
    then(report.hires().get(0).notGranted()).containsExactly("aws");
    then(report.hires().get(1).totalCost()).isEqualByComparingTo("0");
    then(report.hires().get(1).notGranted()).containsExactly("github");
  }

  @Test
  void a_hire_who_lost_171_hours_in_a_160_hour_window_is_capped_with_every_share_scaled() {
    // GIVEN h1 waited 6,000 minutes for aws and was blocked 4,260 minutes (171 hours in all), and
    //       a colleague helped 2 times for 30 minutes
    HireCost cost =
        h1(
            Fixtures.settings(Fixtures.noContextSwitch(), Precedence.LOGS),
            waitMinutes("aws", "6000"),
            new Blocked(H1, Category.DOCUMENTATION, Timing.minutes(dec("4260")), log()),
            help("c2", "2", Timing.minutes(dec("30"))));
    // WHEN / THEN the hire's minutes are cut to the window's 9,600, the uncapped 10,260 kept
    then(cost.hireMinutes()).isEqualByComparingTo("9600");
    then(cost.findings().uncappedHireMinutes())
        .hasValueSatisfying(m -> then(m).isEqualByComparingTo("10260"));
    // AND each share scaled by 9,600 / 10,260: aws 6,000 x 9,600 / 10,260 to 34 digits, and
    //     documentation what is left of 9,600, so that the shares add up to the cap exactly
    BigDecimal aws = new BigDecimal("5614.035087719298245614035087719298");
    then(cost.accessMinutesBySystem().get("aws")).isEqualByComparingTo(aws);
    then(HireCost.minutesOf(cost.lines(), line -> line.category() == Category.DOCUMENTATION))
        .isEqualByComparingTo(new BigDecimal("9600").subtract(aws));
    // AND the hire's cost is the window's: 9,600 / 60 x 200 = 32,000; the colleague's
    //     2 x 30 / 60 x 200 = 200 is not scaled
    then(cost.hireCost()).isEqualByComparingTo("32000");
    then(cost.colleagueCost()).isEqualByComparingTo("200");
  }

  @Test
  void a_hire_within_the_window_is_not_capped() {
    // GIVEN h1 lost exactly the window's 9,600 minutes
    HireCost cost = h1(defaults(), waitMinutes("aws", "9600"));
    // WHEN / THEN nothing is cut
    then(cost.findings().capped()).isFalse();
    then(cost.hireMinutes()).isEqualByComparingTo("9600");
  }

  @Test
  void a_fully_blocking_wait_that_holds_pull_requests_is_a_contradiction() {
    // GIVEN aws waited Monday 09:00 .. Friday 17:00 (5 days, 2,400 working minutes) at fraction 1,
    //       vpn waited the same week at fraction 0.5, github waited the next Monday alone; h1
    //       committed on Tuesday, opened a PR on Wednesday and merged one on Thursday
    Assumptions halfVpn =
        new Assumptions(
            dec("23"), BigDecimal.ONE, Map.of("vpn", dec("0.5")), dec("15"), dec("0"), "ops");
    HireCost cost =
        h1(
            settings(halfVpn, Precedence.LOGS),
            waitFor("aws", "2026-01-05T09:00", "2026-01-07T17:00"),
            waitFor("aws", "2026-01-07T12:00", "2026-01-09T17:00"),
            waitFor("vpn", "2026-01-05T09:00", "2026-01-09T17:00"),
            waitFor("github", "2026-01-12T09:00", "2026-01-12T17:00"),
            milestone(MilestoneKind.FIRST_COMMIT, "2026-01-06T10:00"),
            milestone(MilestoneKind.FIRST_PR, "2026-01-07T10:00"),
            milestone(MilestoneKind.FIRST_MERGED_PR, "2026-01-08T11:00"));
    // WHEN / THEN aws alone contradicts the milestones (a commit is no sign of access; vpn's
    //      fraction is below 1; github's wait holds no milestone)
    then(cost.findings().contradictions())
        .containsExactly(
            new Contradiction(
                "aws",
                List.of(MilestoneKind.FIRST_PR, MilestoneKind.FIRST_MERGED_PR),
                new BigDecimal("2400")));
    then(cost.findings().contradictionMinutes()).isEqualByComparingTo("2400");
  }

  @Test
  void a_survey_wait_yields_only_to_logged_waits_for_the_same_system() {
    // GIVEN precedence logs: github 09:00-12:00 in the logs (180 minutes), and in the survey
    //       github 60 minutes and aws 240 minutes
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T12:00"),
            new AccessWait(H1, "github", Timing.minutes(dec("60")), survey()),
            new AccessWait(H1, "aws", Timing.minutes(dec("240")), survey()));
    // WHEN / THEN github is the logs' 180, aws the survey's 240 (the logs say nothing of aws):
    //      (180 + 240) / 60 x 200 = 1,400
    then(Fixtures.plain(cost.accessMinutesBySystem()))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("github", Fixtures.plain("180"), "aws", Fixtures.plain("240")));
    then(cost.costOf(Category.ACCESS)).isEqualByComparingTo("1400");
  }

  @Test
  void a_survey_wait_that_names_no_system_yields_to_any_logged_wait() {
    // GIVEN precedence logs: a logged github wait of 60 minutes, and a survey answer of 300 minutes
    //       waiting for access in general; h2 answered the same with no log
    CostReport report =
        run(
            defaults(),
            people(),
            waitMinutes("github", "60"),
            new AccessWait(H1, null, Timing.minutes(dec("300")), survey()),
            new AccessWait(H2, null, Timing.minutes(dec("300")), survey()));
    // WHEN / THEN h1's general answer yields: 60 / 60 x 200 = 200; h2's counts: 300 / 60 x 200
    then(report.hires().get(0).costOf(Category.ACCESS)).isEqualByComparingTo("200");
    then(report.hires().get(1).costOf(Category.ACCESS)).isEqualByComparingTo("1000");
  }
}
