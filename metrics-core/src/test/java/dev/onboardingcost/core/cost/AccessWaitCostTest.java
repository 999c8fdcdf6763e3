package dev.onboardingcost.core.cost;

import static dev.onboardingcost.core.cost.Fixtures.H1;
import static dev.onboardingcost.core.cost.Fixtures.defaults;
import static dev.onboardingcost.core.cost.Fixtures.h1;
import static dev.onboardingcost.core.cost.Fixtures.log;
import static dev.onboardingcost.core.cost.Fixtures.plain;
import static dev.onboardingcost.core.cost.Fixtures.waitFor;
import static dev.onboardingcost.core.cost.Fixtures.waitMinutes;
import static org.assertj.core.api.BDDAssertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.AccessWait;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.Timing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** SPEC section 5, access waits. Window of h1: 2026-01-05 09:00 .. 2026-01-30 17:00 EST. */
class AccessWaitCostTest {

  @Test
  void costs_one_wait_by_its_working_minutes() {
    // GIVEN github 09:00-15:00 on Monday: 360 working minutes, fraction 1
    // WHEN
    HireCost cost = h1(defaults(), waitFor("github", "2026-01-05T09:00", "2026-01-05T15:00"));
    // THEN 360 / 60 x 200 = 1200
    then(cost.accessMinutesBySystem()).containsOnlyKeys("github");
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("360");
    then(cost.totalCost()).isEqualByComparingTo("1200");
  }

  @Test
  void a_wait_across_a_night_and_a_weekend_counts_working_minutes_only() {
    // GIVEN github from Friday 16:00 to Monday 10:00: 60 + 60 working minutes
    // WHEN
    HireCost cost = h1(defaults(), waitFor("github", "2026-01-09T16:00", "2026-01-12T10:00"));
    // THEN 120 / 60 x 200 = 400
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("120");
    then(cost.totalCost()).isEqualByComparingTo("400");
  }

  @Test
  void two_overlapping_waits_count_the_overlap_once_and_share_it() {
    // GIVEN github 09:00-13:00 and aws 11:00-15:00, both fraction 1
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T13:00"),
            waitFor("aws", "2026-01-05T11:00", "2026-01-05T15:00"));
    // THEN segments: [9,11) github 120; [11,13) both 120 -> 60 each; [13,15) aws 120
    //      github 180, aws 180, lost 360 (not 480); 360 / 60 x 200 = 1200
    then(plain(cost.accessMinutesBySystem()))
        .containsExactly(entry("aws", plain("180")), entry("github", plain("180")));
    then(cost.hireMinutes()).isEqualByComparingTo("360");
    then(cost.totalCost()).isEqualByComparingTo("1200");
    then(cost.accessCostOf("github")).isEqualByComparingTo("600");
    then(cost.accessCostOf("aws")).isEqualByComparingTo("600");
  }

  @Test
  void an_overlap_loses_the_largest_fraction_of_the_systems_waited_on() {
    // GIVEN vpn (default fraction 0.5) 09:00-13:00 and github (1.0) 11:00-15:00
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("vpn", "2026-01-05T09:00", "2026-01-05T13:00"),
            waitFor("github", "2026-01-05T11:00", "2026-01-05T15:00"));
    // THEN [9,11) vpn alone: 120 x 0.5 = 60 -> vpn
    //      [11,13) both: 120 x max(0.5, 1) = 120 -> 60 vpn, 60 github
    //      [13,15) github alone: 120 x 1 = 120 -> github
    //      vpn 120, github 180, lost 300; 300 / 60 x 200 = 1000
    then(cost.accessMinutesBySystem().get("vpn")).isEqualByComparingTo("120");
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("180");
    then(cost.totalCost()).isEqualByComparingTo("1000");
  }

  @Test
  void three_overlapping_waits_are_cut_into_segments_shared_equally() {
    // GIVEN github 09:00-15:00, aws 10:00-12:00, vpn (0.5) 11:00-16:00
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T15:00"),
            waitFor("aws", "2026-01-05T10:00", "2026-01-05T12:00"),
            waitFor("vpn", "2026-01-05T11:00", "2026-01-05T16:00"));
    // THEN [9,10)  {github}            60 x 1   = 60  -> github 60
    //      [10,11) {github, aws}       60 x 1   = 60  -> 30 each
    //      [11,12) {github, aws, vpn}  60 x 1   = 60  -> 20 each
    //      [12,15) {github, vpn}      180 x 1   = 180 -> 90 each
    //      [15,16) {vpn}               60 x 0.5 = 30  -> vpn 30
    //      github 60+30+20+90 = 200, aws 30+20 = 50, vpn 20+90+30 = 140; lost 390
    //      390 / 60 x 200 = 1300 (each line is a non-terminating third, so compare in cents)
    then(plain(cost.accessMinutesBySystem()))
        .containsExactly(
            entry("aws", plain("50")), entry("github", plain("200")), entry("vpn", plain("140")));
    then(cost.hireMinutes()).isEqualByComparingTo("390");
    then(cost.totalCost().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("1300.00");
  }

  @Test
  void three_systems_sharing_a_segment_sum_exactly_to_its_loss() {
    // GIVEN github, aws and slack all waited on 09:00-10:40 (100 working minutes)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T10:40"),
            waitFor("aws", "2026-01-05T09:00", "2026-01-05T10:40"),
            waitFor("slack", "2026-01-05T09:00", "2026-01-05T10:40"));
    // THEN each system gets 100 / 3 minutes, and the shares add up to 100 exactly (no
    //      rounding leak); 100 / 60 x 200 = 333.33...
    then(cost.hireMinutes()).isEqualByComparingTo("100");
    then(cost.accessMinutesBySystem().get("github"))
        .isCloseTo(new BigDecimal("33.3333"), Offset.offset(new BigDecimal("0.0001")));
    then(cost.totalCost().setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("333.33");
  }

  @Test
  void two_waits_for_one_system_never_count_twice() {
    // GIVEN two records of one github wait (say okta and jira): 09:00-12:00 and 11:00-13:00
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T12:00"),
            waitFor("GitHub", "2026-01-05T11:00", "2026-01-05T13:00"));
    // THEN the union 09:00-13:00 is 240 minutes; 240 / 60 x 200 = 800
    then(cost.accessMinutesBySystem()).containsOnlyKeys("github");
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("240");
    then(cost.totalCost()).isEqualByComparingTo("800");
  }

  @Test
  void waits_given_as_minutes_add_minutes_times_the_fraction_on_top() {
    // GIVEN a github interval 09:00-12:00 (180), github 60 minutes, vpn 60 minutes (fraction 0.5)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T12:00"),
            waitMinutes("github", "60"),
            waitMinutes("vpn", "60"));
    // THEN github 180 + 60 = 240, vpn 60 x 0.5 = 30; (240 + 30) / 60 x 200 = 900
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("240");
    then(cost.accessMinutesBySystem().get("vpn")).isEqualByComparingTo("30");
    then(cost.totalCost()).isEqualByComparingTo("900");
  }

  @Test
  void a_wait_that_names_no_system_is_unspecified() {
    // GIVEN a survey-like wait of 90 minutes for no system, and one for a blank system
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            new AccessWait(H1, null, Timing.minutes(dec("90")), log()),
            new AccessWait(H1, "  ", Timing.minutes(dec("30")), log()));
    // THEN both go to "unspecified" at the default fraction 1: 120 / 60 x 200 = 400
    then(cost.accessMinutesBySystem()).containsOnlyKeys(AccessWait.UNSPECIFIED);
    then(cost.accessMinutesBySystem().get("unspecified")).isEqualByComparingTo("120");
    then(cost.costOf(Category.ACCESS)).isEqualByComparingTo("400");
  }

  @Test
  void clips_a_wait_to_the_window_at_both_ends() {
    // GIVEN github from Friday 2026-01-02 09:00 (before the window) to Monday 11:00, and aws
    //       from the last day 16:00 to Monday 2026-02-02 12:00 (after the window)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            waitFor("github", "2026-01-02T09:00", "2026-01-05T11:00"),
            waitFor("aws", "2026-01-30T16:00", "2026-02-02T12:00"));
    // THEN github 09:00-11:00 = 120, aws 16:00-17:00 = 60; 180 / 60 x 200 = 600
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("120");
    then(cost.accessMinutesBySystem().get("aws")).isEqualByComparingTo("60");
    then(cost.totalCost()).isEqualByComparingTo("600");
  }

  @Test
  void a_wait_outside_working_hours_loses_nothing() {
    // GIVEN github from Monday 17:00 to Tuesday 09:00
    // WHEN
    HireCost cost = h1(defaults(), waitFor("github", "2026-01-05T17:00", "2026-01-06T09:00"));
    // THEN no working minutes
    then(cost.totalCost()).isEqualByComparingTo("0");
  }

  @Test
  void a_fraction_override_applies_to_interval_waits_alone_too() {
    // GIVEN vpn 09:00-17:00 alone (480 working minutes, fraction 0.5)
    // WHEN
    HireCost cost = h1(defaults(), waitFor("vpn", "2026-01-05T09:00", "2026-01-05T17:00"));
    // THEN 240 minutes lost; 240 / 60 x 200 = 800
    then(cost.accessMinutesBySystem().get("vpn")).isEqualByComparingTo("240");
    then(cost.totalCost()).isEqualByComparingTo("800");
  }

  @Test
  void a_wait_with_an_interval_and_minutes_costs_the_minutes() {
    // GIVEN github 09:00-17:00 with minutes 30 (the minutes are the duration, start places it)
    // WHEN
    HireCost cost =
        h1(
            defaults(),
            new AccessWait(
                H1,
                "github",
                new Timing(
                    Optional.of(Fixtures.at("2026-01-05T09:00")),
                    Optional.of(Fixtures.at("2026-01-05T17:00")),
                    Optional.of(dec("30"))),
                log()));
    // THEN 30 / 60 x 200 = 100
    then(cost.totalCost()).isEqualByComparingTo("100");
  }

  @Test
  void a_blocked_fraction_below_one_scales_every_system_without_an_override() {
    // GIVEN blocked_fraction 0.25, vpn 0.5; github 09:00-13:00 and vpn 11:00-13:00
    Assumptions quarter =
        new Assumptions(
            dec("23"), dec("0.25"), Map.of("VPN", dec("0.5")), dec("15"), dec("0"), "ops");
    // WHEN
    HireCost cost =
        h1(
            Fixtures.settings(quarter, Precedence.LOGS),
            waitFor("github", "2026-01-05T09:00", "2026-01-05T13:00"),
            waitFor("vpn", "2026-01-05T11:00", "2026-01-05T13:00"));
    // THEN [9,11) github 120 x 0.25 = 30; [11,13) 120 x max(0.25, 0.5) = 60 -> 30 each
    //      github 60, vpn 30; 90 / 60 x 200 = 300
    then(cost.accessMinutesBySystem().get("github")).isEqualByComparingTo("60");
    then(cost.accessMinutesBySystem().get("vpn")).isEqualByComparingTo("30");
    then(cost.totalCost()).isEqualByComparingTo("300");
  }

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
