package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.workspace.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapped survey column missing from a survey file, through the command line. */
class StrictSurveyColumnTest {
  private static final String PROBLEM =
      "survey/q1.csv: no column \"Hours waiting for access to GitHub\"; closest:"
          + " \"Hours waiting for GitHub access\"";

  @TempDir Path dir;

  private Path workspace() {
    Path ws = dir.resolve("ws");
    TestWorkspaces.write(ws, "onboarding.yaml", TestWorkspaces.SETTINGS);
    TestWorkspaces.write(ws, "people.csv", TestWorkspaces.PEOPLE);
    // GIVEN the GitHub question renamed in the form; the other two questions kept
    TestWorkspaces.write(
        ws,
        "survey/q1.csv",
        "Email Address,Hours waiting for GitHub access,Hours looking for documentation,"
            + "How many times did you ask a colleague for help?\n"
            + "hana@example.com,6,1,2\n");
    return ws;
  }

  @Test
  void strict_report_fails_on_a_mapped_column_the_survey_lacks() {
    Path ws = workspace();

    CliRun lenient = CliRun.of("report", ws.toString(), "--out", dir.resolve("out").toString());
    CliRun strict =
        CliRun.of("report", ws.toString(), "--out", dir.resolve("out2").toString(), "--strict");

    then(lenient.status()).as(lenient.err()).isZero();
    then(strict.status()).as(strict.err()).isEqualTo(OnboardingCostCli.EXIT_STRICT);
  }

  @Test
  void validate_names_the_column_and_the_closest_header_and_fails_strict() {
    Path ws = workspace();

    CliRun run = CliRun.of("validate", ws.toString(), "--strict");

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_STRICT);
    then(run.out()).contains(PROBLEM);
  }
}
