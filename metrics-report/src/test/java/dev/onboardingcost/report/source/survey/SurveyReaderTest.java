package dev.onboardingcost.report.source.survey;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.report.quality.Problem;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.TestWorkspaces;
import dev.onboardingcost.report.workspace.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyReaderTest {
  private static final String FORM_HEADER =
      "Timestamp,Email Address,Hours waiting for access to GitHub,Hours looking for documentation,"
          + "How many times did you ask a colleague for help?,Anything else?\n";

  @TempDir Path dir;

  private Analysis analyse(String survey) {
    TestWorkspaces.write(dir, "onboarding.yaml", TestWorkspaces.SETTINGS);
    TestWorkspaces.write(dir, "people.csv", TestWorkspaces.PEOPLE);
    TestWorkspaces.write(dir, "survey/week1.csv", survey);
    return Workspace.open(dir).analyse(EvidenceReaders.all());
  }

  @Test
  void reads_a_google_forms_export_through_the_default_mapping() {
    // GIVEN: 3 hours for GitHub, a range 2-4 (midpoint 3) for docs, help asked 4 times
    Analysis analysis =
        analyse(
            FORM_HEADER
                + "2026/01/16 5:02:11 PM GMT-5,HANA@example.com,3,2-4,4,\"=cmd|' /C calc'!A0\"\n");

    // THEN each answer is one event: 3h x $200 + 3h x $200 + 4 x 15 min (no refocus) x $200
    HireCost hire = analysis.costs().hires().get(0);
    then(hire.costOf(Category.ACCESS)).isEqualByComparingTo("600");
    then(hire.costOf(Category.DOCUMENTATION)).isEqualByComparingTo("600");
    then(hire.costOf(Category.KNOWLEDGE)).isEqualByComparingTo("200");
    then(hire.accessMinutesBySystem()).containsOnlyKeys("github");
    then(analysis.quality().total().used()).isEqualTo(3);
  }

  @Test
  void skips_blank_answers_and_rejects_unreadable_ones_with_line_and_column() {
    Analysis analysis = analyse(FORM_HEADER + "t,hana@example.com,,a while,2,\n");

    then(analysis.quality().rejected())
        .singleElement()
        .extracting(Problem::toString)
        .isEqualTo(
            "survey/week1.csv:2: column 'Hours looking for documentation': expected a number like"
                + " 1.5 or a range like 2-4, got 'a while'");
    then(analysis.quality().total().read()).isEqualTo(2);
  }

  @Test
  void rejects_each_answer_of_a_row_that_matches_no_hire() {
    Analysis analysis =
        analyse(FORM_HEADER + "t,stranger@example.com,1,2,3,\nt,cole@example.com,1,,,\n");

    then(analysis.quality().rejected()).hasSize(4);
    then(analysis.quality().rejected().get(0).reason())
        .contains("'stranger@example.com' matches no hire in people.csv");
  }

  @Test
  void uses_survey_only_where_no_log_event_of_that_category_counts() {
    // GIVEN logs say 1 h of GitHub waiting, the survey says 3 h; docs only in the survey
    TestWorkspaces.write(
        dir,
        "events.csv",
        "type,hire,system,start,end,source\n"
            + "access_wait,h1,github,2026-01-05T09:00:00,2026-01-05T10:00:00,okta\n");

    Analysis analysis = analyse(FORM_HEADER + "t,hana@example.com,3,1,,\n");

    HireCost hire = analysis.costs().hires().get(0);
    then(hire.costOf(Category.ACCESS)).isEqualByComparingTo("200");
    then(hire.costOf(Category.DOCUMENTATION)).isEqualByComparingTo("200");
    then(hire.comparisons())
        .singleElement()
        .satisfies(
            c -> {
              then(c.surveyMinutes()).isEqualByComparingTo("180");
              then(c.logMinutes()).isEqualByComparingTo("60");
            });
  }

  @Test
  void names_a_mapped_column_the_file_lacks_and_the_closest_header() {
    // GIVEN the GitHub question renamed in the form
    Analysis analysis =
        analyse(
            "Timestamp,Email Address,Hours waiting for GitHub access,Hours looking for documentation\n"
                + "t,hana@example.com,3,1\n");

    // THEN the file's problem names the column and the closest header; the other answer is used
    then(analysis.quality().fileProblems())
        .extracting(Problem::toString)
        .containsExactly(
            "survey/week1.csv: no column \"Hours waiting for access to GitHub\"; closest:"
                + " \"Hours waiting for GitHub access\"",
            "survey/week1.csv: no column \"How many times did you ask a colleague for help?\";"
                + " closest: \"Hours waiting for GitHub access\"");
    then(analysis.quality().failsStrict()).isTrue();
    then(analysis.quality().total().used()).isEqualTo(1);
    then(analysis.quality().total().rejected()).isZero();
  }

  @Test
  void stops_on_a_file_with_none_of_the_mapped_columns() {
    thenThrownBy(() -> analyse("Timestamp,Email Address,Hours waiting for GitHub access\nt,x,1\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "survey/week1.csv: none of the survey.questions columns of onboarding.yaml is in its"
                + " header (no column \"Hours waiting for access to GitHub\"; closest:"
                + " \"Hours waiting for GitHub access\"");
  }

  @Test
  void stops_on_a_file_without_the_identity_column() {
    thenThrownBy(() -> analyse("Timestamp,Email,Hours looking for documentation\nt,x,1\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "survey/week1.csv: no column \"Email Address\" (survey.identity_column in"
                + " onboarding.yaml); closest: \"Email\"");
  }
}
