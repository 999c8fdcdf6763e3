package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingcost.report.workspace.TestWorkspaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return OnboardingCostCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static Path podcast() {
    Path here = Path.of("").toAbsolutePath();
    Path workspace = here.resolve("../data/podcast").normalize();
    return Files.isDirectory(workspace) ? workspace : here.resolve("data/podcast");
  }

  @Test
  void reports_the_podcast_example_of_spec_section_1() throws Exception {
    // GIVEN the podcast workspace: 4 colleagues x 2 x 2 h at $200, 6 h waiting for GitHub
    Path outDir = dir.resolve("out");

    // WHEN
    int status = run("report", podcast().toString(), "--out", outDir.toString());

    // THEN
    then(status).isZero();
    JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
    JsonNode hire = summary.path("hires").get(0);
    then(hire.path("colleague_hours_lost").decimalValue()).isEqualByComparingTo("16");
    then(hire.path("cost_by_category").path("knowledge").decimalValue())
        .isEqualByComparingTo("3200");
    then(hire.path("access_wait_hours_by_system").path("github").decimalValue())
        .isEqualByComparingTo("6");
    then(hire.path("cost_by_category").path("access").decimalValue()).isEqualByComparingTo("1200");
    then(summary.path("totals").path("total_cost").decimalValue()).isEqualByComparingTo("4400");
    then(out.toString()).contains("4400.00");
  }

  @Test
  void gives_the_same_bytes_for_the_same_inputs() throws Exception {
    run("report", podcast().toString(), "--out", dir.resolve("a").toString());
    run("report", podcast().toString(), "--out", dir.resolve("b").toString());
    then(Files.readAllBytes(dir.resolve("a/summary.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b/summary.json")));
  }

  @Test
  void stops_with_status_2_and_one_line_on_a_bad_setting_and_writes_nothing() throws Exception {
    TestWorkspaces.write(
        dir,
        "onboarding.yaml",
        "currency: USD\nrates: {default: 200}\ncalendar: {timezone: Nowhere/Land}\n");
    TestWorkspaces.write(dir, "people.csv", TestWorkspaces.PEOPLE);

    int status = run("report", dir.toString());

    then(status).isEqualTo(2);
    then(err.toString().strip())
        .isEqualTo(
            "onboarding-cost: onboarding.yaml: key 'calendar.timezone': expected an IANA time zone"
                + " like America/New_York, got 'Nowhere/Land'");
    then(dir.resolve("out")).doesNotExist();
  }

  @Test
  void strict_exits_1_when_a_record_was_rejected() {
    TestWorkspaces.withEvents(dir, "type,hire,minutes\nblocked,nobody,5\n");
    then(run("report", dir.toString(), "--strict", "--quiet")).isEqualTo(1);
    then(run("report", dir.toString(), "--quiet")).isZero();
  }

  @Test
  void validate_prints_counts_and_rejections_and_writes_nothing() throws Exception {
    TestWorkspaces.withEvents(dir, "type,hire,minutes\nblocked,nobody,5\n");
    try (Stream<Path> before = Files.list(dir)) {
      long files = before.count();

      then(run("validate", dir.toString())).isZero();

      try (Stream<Path> after = Files.list(dir)) {
        then(after.count()).isEqualTo(files);
      }
    }
    then(out.toString())
        .contains("events")
        .contains("events.csv:2: column 'hire': 'nobody' is not in people.csv");
  }

  @Test
  void unknown_options_are_a_usage_error() {
    then(run("report", "data", "--frobnicate")).isEqualTo(2);
    then(err.toString()).contains("Unknown option");
  }

  @Test
  void a_missing_workspace_is_one_line() {
    then(run("report", dir.resolve("nope").toString())).isEqualTo(2);
    then(err.toString().strip()).endsWith("no such workspace folder").doesNotContain("\tat ");
  }
}
