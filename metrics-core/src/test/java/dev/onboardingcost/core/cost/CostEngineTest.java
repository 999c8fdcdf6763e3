package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.H2;
import static dev.onboardingcost.core.cost.Fixtures.at;
import static dev.onboardingcost.core.cost.Fixtures.between;
import static dev.onboardingcost.core.cost.Fixtures.blocked;
import static dev.onboardingcost.core.cost.Fixtures.dec;
import static dev.onboardingcost.core.cost.Fixtures.defaults;
import static dev.onboardingcost.core.cost.Fixtures.h1;
import static dev.onboardingcost.core.cost.Fixtures.help;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.cost.Fixtures.milestone;
import static dev.onboardingcost.core.cost.Fixtures.noContextSwitch;
import static dev.onboardingcost.core.cost.Fixtures.people;
import static dev.onboardingcost.core.cost.Fixtures.plain;
import static dev.onboardingcost.core.cost.Fixtures.provisioning;
import static dev.onboardingcost.core.cost.Fixtures.run;
import static dev.onboardingcost.core.cost.Fixtures.settings;
import static dev.onboardingcost.core.cost.Fixtures.waitFor;
import static dev.onboardingcost.core.cost.Fixtures.waitMinutes;
import static dev.onboardingcost.core.fixtures.TestPeople.withHourlyRate;
import static dev.onboardingcost.core.fixtures.TestPeople.withRole;
import static org.assertj.core.api.BDDAssertions.entry;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Blocked;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Help;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Person;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.core.model.Provisioning;
import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost engine end to end (SPEC sections 4 and 5). Hire h1's window is 2026-01-05 09:00 ..
 * 2026-01-30 17:00 EST; rates.default 200, ops 150, colleague c1 has hourly_rate 120.
 */
class CostEngineTest {

  // --- admission and the window -----------------------------------------------------------

  @ParameterizedTest(name = "{0} .. {1}: {2}")
  @CsvSource({
    "2026-01-05T10:00, 2026-01-05T11:00, COUNTED", // inside
    "2026-01-02T10:00, 2026-01-05T10:00, COUNTED", // overlaps the start
    "2026-01-30T16:00, 2026-02-02T10:00, COUNTED", // overlaps the end
    "2026-01-02T10:00, 2026-01-02T11:00, OUTSIDE_WINDOW", // before
    "2026-02-02T10:00, 2026-02-02T11:00, OUTSIDE_WINDOW", // after
    "2026-01-02T10:00, 2026-01-05T09:00, OUTSIDE_WINDOW", // only touches the start
    "2026-01-30T17:00, 2026-02-02T11:00, OUTSIDE_WINDOW", // only touches the end
  })
  void admits_an_interval_that_overlaps_the_window(String from, String to, Admission expected) {
    // GIVEN an engine for h1
    CostEngine engine = CostEngine.withLedger(defaults(), people());
    // WHEN
    Admission admission = engine.admit(waitFor("github", from, to));
    // THEN
    then(admission).isEqualTo(expected);
  }

  @ParameterizedTest(name = "placed at {0}: {1}")
  @CsvSource({
    "2026-01-05T09:00, COUNTED", // the window's first instant
    "2026-01-10T12:00, COUNTED", // a Saturday inside the window still places it inside
    "2026-01-05T08:59, OUTSIDE_WINDOW",
    "2026-01-02T10:00, OUTSIDE_WINDOW",
    "2026-01-30T17:00, OUTSIDE_WINDOW", // the window is half-open
  })
  void admits_an_event_with_one_timestamp_only_inside_the_window(
      String placedAt, Admission expected) {
    // GIVEN an engine for h1 and a 45-minute blocked event placed at one instant
    CostEngine engine = CostEngine.withLedger(defaults(), people());
    Blocked event =
        blocked(Category.DOCUMENTATION, Timing.minutesAt(dec("45"), at(placedAt)), log());
    // WHEN / THEN
    then(engine.admit(event)).isEqualTo(expected);
  }

  @Test
  void leaves_out_of_the_cost_what_falls_outside_the_window() {
    // GIVEN 45 blocked minutes inside and 60 before the window
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            blocked(
                Category.DOCUMENTATION, Timing.minutesAt(dec("45"), at("2026-01-06T10:00")), log()),
            blocked(
                Category.DOCUMENTATION, Timing.minutesAt(dec("60"), at("2026-01-02T10:00")), log()),
            help("c1", "1", Timing.at(at("2026-02-03T10:00"))));
    // THEN only 45 minutes: 45 / 60 x 200 = 150
    then(cost.totalCost()).isEqualByComparingTo("150");
    then(cost.lines()).hasSize(1);
  }

  @Test
  void counts_an_event_with_no_timestamp() {
    // GIVEN a blocked event of 45 minutes with no time
    CostEngine engine = CostEngine.withLedger(defaults(), people());
    // WHEN
    Admission admission =
        engine.admit(blocked(Category.ENVIRONMENT, Timing.minutes(dec("45")), log()));
    // THEN it counts: 45 / 60 x 200 = 150
    then(admission).isEqualTo(Admission.COUNTED);
    then(engine.finish().hires().get(0).costOf(Category.ENVIRONMENT)).isEqualByComparingTo("150");
  }

  @Test
  void takes_nothing_more_once_finished() {
    // GIVEN an engine that has priced its hires
    CostEngine engine = CostEngine.summing(defaults(), people());
    engine.admit(blocked(Category.ENVIRONMENT, Timing.minutes(dec("45")), log()));
    then(engine.finish().hires().get(0).costOf(Category.ENVIRONMENT)).isEqualByComparingTo("150");
    // WHEN / THEN its sums are gone: a second finish or a late event is refused, not priced as 0
    thenThrownBy(engine::finish).isInstanceOf(IllegalStateException.class);
    thenThrownBy(() -> engine.admit(blocked(Category.ENVIRONMENT, Timing.minutes(dec("5")), log())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("finished");
  }

  @Test
  void counts_a_milestone_wherever_it_falls() {
    // GIVEN / WHEN / THEN
    CostEngine engine = CostEngine.withLedger(defaults(), people());
    then(engine.admit(milestone(MilestoneKind.FIRST_PR, "2025-12-01T10:00")))
        .isEqualTo(Admission.COUNTED);
    then(engine.admit(milestone(MilestoneKind.FIRST_DEPLOY, "2026-06-01T10:00")))
        .isEqualTo(Admission.COUNTED);
  }

  @Test
  void refuses_an_event_about_someone_who_is_not_a_hire() {
    // GIVEN an engine whose people include colleague c1
    CostEngine engine = CostEngine.withLedger(defaults(), people());
    // WHEN / THEN
    thenThrownBy(
            () ->
                engine.admit(
                    new Blocked(
                        PersonId.of("c1"), Category.OTHER, Timing.minutes(dec("1")), log())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("c1");
    thenThrownBy(
            () ->
                engine.admit(
                    new Blocked(
                        PersonId.of("nobody"), Category.OTHER, Timing.minutes(dec("1")), log())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
    thenThrownBy(() -> engine.admit(help("stranger", "1", Timing.NONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stranger");
  }

  @Test
  void reports_every_hire_in_start_order_with_or_without_events() {
    // GIVEN two hires, h2 starting a week before h1, and no events
    People people =
        new People(
            List.of(
                Person.hire("h1", Fixtures.MONDAY),
                Person.hire("h2", Fixtures.MONDAY.minusWeeks(1)),
                Person.colleague("c1")));
    // WHEN
    CostReport report = run(defaults(), people);
    // THEN
    then(report.hires()).extracting(cost -> cost.hire().id()).containsExactly(H2, H1);
    then(report.totalCost()).isEqualByComparingTo("0");
  }

  // --- blocked time --------------------------------------------------------------------------

  @Test
  void blocked_time_by_interval_counts_working_minutes() {
    // GIVEN documentation blocked from Tuesday 16:00 to Wednesday 10:00 (60 + 60 working)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            blocked(
                Category.DOCUMENTATION, between("2026-01-06T16:00", "2026-01-07T10:00"), log()));
    // THEN 120 / 60 x 200 = 400; no blocked fraction applies to blocked time
    then(cost.costOf(Category.DOCUMENTATION)).isEqualByComparingTo("400");
    then(cost.hireMinutes()).isEqualByComparingTo("120");
  }

  @Test
  void blocked_time_by_minutes_counts_the_minutes() {
    // GIVEN 45 minutes of a broken environment, however it is placed
    // WHEN
    HireCost cost = h1(defaults(), blocked(Category.ENVIRONMENT, Timing.minutes(dec("45")), log()));
    // THEN 45 / 60 x 200 = 150
    then(cost.costOf(Category.ENVIRONMENT)).isEqualByComparingTo("150");
  }

  @Test
  void blocked_time_is_clipped_to_the_window() {
    // GIVEN tooling blocked from the last day 15:00 to the following Monday 12:00
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            blocked(Category.TOOLING, between("2026-01-30T15:00", "2026-02-02T12:00"), log()));
    // THEN only 15:00-17:00 on the last day: 120 / 60 x 200 = 400
    then(cost.costOf(Category.TOOLING)).isEqualByComparingTo("400");
  }

  // --- help ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "count {0} x ({1} + {2}) min at {3}/h = {4}")
  @CsvSource({
    // helper c1 has hourly_rate 120
    "1, 10, 23, c1, 66", // 1 x 33 = 33 min; 33 / 60 x 120 = 66
    "3, 10, 23, c1, 198", // 3 x 33 = 99 min; 99 / 60 x 120 = 198
    "2, 120, 0, c1, 480", // 2 x 120 = 240 min; 240 / 60 x 120 = 480
    "2.5, 30, 6, c1, 180", // 2.5 x 36 = 90 min; 90 / 60 x 120 = 180
    "0, 30, 23, c1, 0", // helped no time at all
    "1, 30, 15, ops1, 112.5", // ops1 has role ops (150): 45 / 60 x 150 = 112.5
    "1, 30, 15, c2, 150", // c2 has no rate of their own: default 200; 45 / 60 x 200 = 150
  })
  void help_costs_count_times_minutes_plus_refocus_at_the_helper_rate(
      String count, String minutes, String contextSwitch, String helper, String expected) {
    // GIVEN a help event with minutes
    Assumptions assumptions = Fixtures.withContextSwitchMinutes(dec(contextSwitch));
    // WHEN
    HireCost cost =
        h1(
            settings(assumptions, Precedence.LOGS),
            help(helper, count, Timing.minutes(dec(minutes))));
    // THEN
    then(cost.costOf(Category.KNOWLEDGE)).isEqualByComparingTo(expected);
    then(cost.colleagueCost()).isEqualByComparingTo(expected);
    then(cost.hireCost()).isEqualByComparingTo("0");
  }

  @Test
  void help_without_minutes_lasts_the_clock_minutes_of_its_interval_even_after_hours() {
    // GIVEN c1 (120/h) helped on Tuesday from 18:00 to 19:30, after the workday
    // WHEN
    HireCost cost =
        h1(defaults(), help("c1", "1", between("2026-01-06T18:00", "2026-01-06T19:30")));
    // THEN 90 clock minutes + 23 refocus = 113; 113 / 60 x 120 = 226
    then(cost.colleagueMinutes()).isEqualByComparingTo("113");
    then(cost.colleagueCost()).isEqualByComparingTo("226");
  }

  @Test
  void help_with_no_duration_lasts_help_minutes() {
    // GIVEN c1 (120/h) helped twice at one instant, with no minutes
    // WHEN
    HireCost cost = h1(defaults(), help("c1", "2", Timing.at(at("2026-01-06T10:00"))));
    // THEN 2 x (15 + 23) = 76 min; 76 / 60 x 120 = 152
    then(cost.colleagueMinutes()).isEqualByComparingTo("76");
    then(cost.colleagueCost()).isEqualByComparingTo("152");
  }

  @Test
  void help_from_an_unnamed_colleague_is_paid_at_the_default_rate() {
    // GIVEN an unnamed colleague helped once, for help_minutes
    // WHEN
    HireCost cost = h1(defaults(), help(null, "1", Timing.NONE));
    // THEN (15 + 23) = 38 min; 38 / 60 x 200 = 126.666..., shown 126.67
    then(cost.colleagueCost().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("126.67");
    then(cost.lines().get(0).payer().basis()).isEqualTo(RateBasis.DEFAULT);
    then(cost.lines().get(0).payer().person()).isEmpty();
  }

  // --- provisioning --------------------------------------------------------------------------

  @Test
  void provisioning_costs_the_helpers_minutes_at_their_rate() {
    // GIVEN ops1 (role ops, 150/h) spent 40 minutes setting h1 up
    // WHEN
    HireCost cost = h1(defaults(), provisioning(H1, "ops1", "40"));
    // THEN 40 / 60 x 150 = 100, colleague time, category access
    then(cost.colleagueCost()).isEqualByComparingTo("100");
    then(cost.costOf(Category.ACCESS)).isEqualByComparingTo("100");
  }

  @Test
  void the_default_provisioning_applies_only_to_hires_with_no_provisioning_event() {
    // GIVEN 30 default provisioning minutes at the ops rate (150); h1 has a 40-minute event by c1
    Assumptions thirty =
        new Assumptions(
            dec("23"), dec("1"), Map.of("vpn", dec("0.5")), dec("15"), dec("30"), "ops");
    // WHEN
    CostReport report =
        run(settings(thirty, Precedence.LOGS), people(), provisioning(H1, "c1", "40"));
    // THEN h1: only their event, 40 / 60 x 120 = 80; h2: the default, 30 / 60 x 150 = 75
    HireCost h1 = report.hires().get(0);
    HireCost h2 = report.hires().get(1);
    then(h1.hire().id()).isEqualTo(H1);
    then(h1.colleagueCost()).isEqualByComparingTo("80");
    then(h2.colleagueCost()).isEqualByComparingTo("75");
    then(h2.lines())
        .singleElement()
        .satisfies(
            line -> {
              then(line.event()).isEmpty();
              then(line.payer().basis()).isEqualTo(new RateBasis(RateBasis.Kind.ROLE, "ops"));
              then(line.category()).isEqualTo(Category.ACCESS);
            });
  }

  @Test
  void no_default_provisioning_for_a_hire_whose_provisioning_event_the_survey_outranks() {
    // GIVEN 30 default provisioning minutes, precedence survey, a logged 40-minute provisioning by
    //       c1 (category access) and a survey answer of 60 minutes of provisioning by c1
    Assumptions thirty =
        new Assumptions(dec("23"), dec("1"), Map.of(), dec("15"), dec("30"), "ops");
    // WHEN
    HireCost cost =
        h1(
            settings(thirty, Precedence.SURVEY),
            provisioning(H1, "c1", "40"),
            new Provisioning(
                H1,
                Optional.of(PersonId.of("c1")),
                Category.ACCESS,
                Timing.minutes(dec("60")),
                Fixtures.survey()));
    // THEN the survey wins the provisioning, at c1's rate: 60 / 60 x 120 = 120; the hire does have
    //      a logged provisioning event, so the default (30 / 60 x 150 = 75) is not added on top
    then(cost.totalCost()).isEqualByComparingTo("120");
    then(cost.hireCost()).isEqualByComparingTo("0");
  }

  @Test
  void the_default_provisioning_role_without_a_rate_falls_back_to_the_default_rate() {
    // GIVEN 30 default provisioning minutes for role "it", which rates.by_role does not name
    Assumptions it = new Assumptions(dec("23"), dec("1"), Map.of(), dec("15"), dec("30"), "it");
    // WHEN
    HireCost cost = h1(settings(it, Precedence.LOGS));
    // THEN 30 / 60 x 200 = 100
    then(cost.totalCost()).isEqualByComparingTo("100");
  }

  @Test
  void no_default_provisioning_when_the_minutes_are_zero() {
    // GIVEN the default provisioning_minutes_per_hire of 0
    // WHEN
    HireCost cost = h1(defaults());
    // THEN
    then(cost.lines()).isEmpty();
  }

  // --- breakdowns ----------------------------------------------------------------------------

  @Test
  void breaks_a_total_down_by_category_system_and_payer() {
    // GIVEN github 09:00-12:00 (180 min), vpn 60 minutes (x 0.5 = 30), 45 minutes documentation,
    //       c1 (120/h) helping once for 10 minutes (+23), ops1 provisioning 20 minutes (150/h)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T12:00"),
            waitMinutes("vpn", "60"),
            blocked(Category.DOCUMENTATION, Timing.minutes(dec("45")), log()),
            help("c1", "1", Timing.minutes(dec("10"))),
            provisioning(H1, "ops1", "20"));
    // THEN hire:      github 180/60x200 = 600, vpn 30/60x200 = 100, documentation 45/60x200 = 150
    //      colleague: knowledge 33/60x120 = 66, provisioning (access) 20/60x150 = 50
    //      access 600 + 100 + 50 = 750, total 966
    then(plain(cost.costByCategory()))
        .containsExactly(
            entry(Category.ACCESS, plain("750")),
            entry(Category.DOCUMENTATION, plain("150")),
            entry(Category.KNOWLEDGE, plain("66")));
    then(cost.accessCostOf("github")).isEqualByComparingTo("600");
    then(cost.accessCostOf("vpn")).isEqualByComparingTo("100");
    then(cost.accessMinutesBySystem()).containsOnlyKeys("github", "vpn");
    then(cost.hireCost()).isEqualByComparingTo("850");
    then(cost.hireMinutes()).isEqualByComparingTo("255");
    then(cost.colleagueCost()).isEqualByComparingTo("116");
    then(cost.colleagueMinutes()).isEqualByComparingTo("53");
    then(cost.totalCost()).isEqualByComparingTo("966");
  }

  // --- rates ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}: {3}/h by {4}")
  @CsvSource({
    "own rate and role ops, 90, ops, 90, person",
    "role ops, , ops, 150, role",
    "role with no rate, , designer, 200, default",
    "no role, , , 200, default",
  })
  void resolves_a_hires_rate_from_their_own_then_role_then_default(
      String why, String ownRate, String role, String expectedRate, String basis) {
    // GIVEN hire h1 with an optional hourly_rate and role, blocked 60 minutes
    Person hire = withRole(Person.hire("h1", Fixtures.MONDAY), role);
    if (ownRate != null) {
      hire = withHourlyRate(hire, dec(ownRate));
    }
    // WHEN
    CostReport report =
        run(
            defaults(),
            new People(List.of(hire)),
            blocked(Category.OTHER, Timing.minutes(dec("60")), log()));
    // THEN one hour costs the rate
    HireCost cost = report.hires().get(0);
    then(cost.totalCost()).as(why).isEqualByComparingTo(expectedRate);
    then(cost.lines().get(0).payer().basis().kind().name()).isEqualToIgnoringCase(basis);
  }

  // --- milestones ----------------------------------------------------------------------------

  @Test
  void a_milestone_at_noon_of_the_third_working_day_is_two_point_three_eight_days() {
    // GIVEN first_merged_pr on Wednesday 2026-01-07 at 12:00
    // WHEN
    HireCost cost = h1(defaults(), milestone(MilestoneKind.FIRST_MERGED_PR, "2026-01-07T12:00"));
    // THEN (480 + 480 + 180) / 480 = 2.375, shown 2.38
    BigDecimal days = cost.daysToMilestone().get(MilestoneKind.FIRST_MERGED_PR);
    then(days).isEqualByComparingTo("2.375");
    then(days.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("2.38");
  }

  @Test
  void the_earliest_of_a_kind_of_milestone_wins() {
    // GIVEN two first_pr records: Thursday 09:00 and Tuesday 13:00
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            milestone(MilestoneKind.FIRST_PR, "2026-01-08T09:00"),
            milestone(MilestoneKind.FIRST_PR, "2026-01-06T13:00"));
    // THEN Tuesday 13:00: (480 + 240) / 480 = 1.5
    then(cost.daysToMilestone()).containsOnlyKeys(MilestoneKind.FIRST_PR);
    then(cost.daysToMilestone().get(MilestoneKind.FIRST_PR)).isEqualByComparingTo("1.5");
  }

  @Test
  void a_milestone_before_the_window_is_day_zero_and_one_after_it_keeps_counting() {
    // GIVEN a first commit before the start and a first deploy on the Monday after the window
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            milestone(MilestoneKind.FIRST_COMMIT, "2026-01-02T10:00"),
            milestone(MilestoneKind.FIRST_DEPLOY, "2026-02-02T13:00"));
    // THEN 0, and 20 whole days + 240 / 480 = 20.5
    then(cost.daysToMilestone().get(MilestoneKind.FIRST_COMMIT)).isEqualByComparingTo("0");
    then(cost.daysToMilestone().get(MilestoneKind.FIRST_DEPLOY)).isEqualByComparingTo("20.5");
    then(cost.totalCost()).isEqualByComparingTo("0");
  }

  // --- the example of SPEC section 1 ---------------------------------------------------------

  @Test
  void four_colleagues_helping_twice_for_two_hours_cost_3200_and_six_hours_for_github_1200() {
    // GIVEN four colleagues at the default 200/h, each helping twice in week one for 120 minutes,
    //       no refocus time, and a GitHub wait from Monday 09:00 to 15:00 (6 working hours)
    People people =
        new People(
            List.of(
                Person.hire("h1", Fixtures.MONDAY),
                Person.colleague("c1"),
                Person.colleague("c2"),
                Person.colleague("c3"),
                Person.colleague("c4")));
    List<Help> helps =
        List.of("c1", "c2", "c3", "c4").stream()
            .map(
                helper ->
                    new Help(
                        H1,
                        Optional.of(PersonId.of(helper)),
                        Category.DOCUMENTATION,
                        dec("2"),
                        Timing.minutesAt(dec("120"), at("2026-01-07T10:00")),
                        log()))
            .toList();
    CostEngine engine = CostEngine.withLedger(settings(noContextSwitch(), Precedence.LOGS), people);
    helps.forEach(engine::admit);
    engine.admit(
        new AccessWait(H1, "github", between("2026-01-05T09:00", "2026-01-05T15:00"), log()));
    // WHEN
    HireCost cost = engine.finish().hires().get(0);
    // THEN colleagues: 4 x 2 x 120 = 960 min = 16 h; 16 x 200 = 3200
    //      GitHub: 360 min = 6 h; 6 x 200 = 1200; total 4400
    then(cost.colleagueMinutes()).isEqualByComparingTo("960");
    then(cost.colleagueCost()).isEqualByComparingTo("3200");
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("360");
    then(cost.accessCostOf("github")).isEqualByComparingTo("1200");
    then(cost.totalCost()).isEqualByComparingTo("4400");
    then(plain(cost.costByCategory()))
        .containsExactly(
            entry(Category.ACCESS, plain("1200")), entry(Category.DOCUMENTATION, plain("3200")));
  }

  @Test
  void not_granted_waits_are_listed_by_system() {
    // GIVEN an aws wait a log reader marked as never granted
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            new AccessWait(
                H1, "AWS", between("2026-01-29T09:00", "2026-01-30T17:00"), log(), true));
    // THEN two whole days: 960 / 60 x 200 = 3200
    then(cost.notGranted()).containsExactly("aws");
    then(cost.accessCostOf("aws")).isEqualByComparingTo("3200");
  }
}
