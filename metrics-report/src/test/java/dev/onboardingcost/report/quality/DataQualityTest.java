package dev.onboardingcost.report.quality;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.RecordRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account's counting of ignored records, listed and past the listing. */
class DataQualityTest {
  @Test
  void ignored_records_past_the_listing_are_counted_not_listed() {
    DataQuality quality = new DataQuality();
    for (int i = 1; i <= DataQuality.IGNORED_LISTED + 6; i++) {
      quality.ignored("okta", RecordRef.line("log", i), "noise");
    }

    then(quality.bySource().get("okta").ignored()).isEqualTo(DataQuality.IGNORED_LISTED + 6L);
    then(quality.ignoredNotListed()).isEqualTo(6);
    then(quality.problems()).hasSize(DataQuality.IGNORED_LISTED);
  }

  @Test
  void counts_go_to_their_source_whichever_string_names_it() {
    DataQuality quality = new DataQuality();
    String okta = "okta";
    quality.used(okta);
    quality.used("jira");
    quality.used(new String(okta.toCharArray())); // equal, not the same string
    quality.rejected("jira", RecordRef.line("jira.csv", 2), "broken");
    quality.used(okta);

    then(quality.bySource().get("okta").used()).isEqualTo(3);
    then(quality.bySource().get("jira").used()).isEqualTo(1);
    then(quality.bySource().get("jira").rejected()).isEqualTo(1);
  }

  @Test
  void lists_the_most_frequent_identity_misses_per_source_most_records_first() {
    // GIVEN 12 distinct unknown logins, "b" seen 3 times, "a" and "z" twice, blanks not counted
    DataQuality quality = new DataQuality();
    for (String login : List.of("b", "z", "a", "b", "a", "z", "b", " ", "")) {
      quality.identityMiss("okta", login);
    }
    for (int i = 0; i < 9; i++) {
      quality.identityMiss("okta", "once-" + i);
    }
    quality.identityMiss("slack", "UX1");

    // THEN ties in order of text, ten listed, every distinct identity counted
    IdentityMisses okta = quality.identityMisses().get("okta");
    then(okta.count()).isEqualTo(12);
    then(okta.top())
        .containsExactly(
            "b", "a", "z", "once-0", "once-1", "once-2", "once-3", "once-4", "once-5", "once-6");
    then(quality.identityMisses()).containsOnlyKeys("okta", "slack");
  }

  @Test
  void a_file_problem_counts_no_record_and_fails_strict() {
    DataQuality quality = new DataQuality();
    quality.used("survey");
    then(quality.failsStrict()).isFalse();

    quality.fileProblem("survey", "survey/q1.csv", "no column \"x\"; closest: \"y\"");

    then(quality.total().read()).isEqualTo(1);
    then(quality.failsStrict()).isTrue();
    then(quality.fileProblems())
        .extracting(Problem::toString)
        .containsExactly("survey/q1.csv: no column \"x\"; closest: \"y\"");
  }
}
