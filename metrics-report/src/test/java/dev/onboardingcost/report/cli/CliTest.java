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
  void writes_only_the_outputs_asked_for() throws Exception {
    // GIVEN the podcast workspace
    Path outDir = dir.resolve("out");

    // WHEN only the summary and the pitch are asked for
    int status =
        run(
            "report",
            podcast().toString(),
            "--out",
            outDir.toString(),
            "--outputs",
            "summary,pitch");

    // THEN only they are written, and the pitch links to no chart file
    then(status).isZero();
    try (Stream<Path> files = Files.list(outDir)) {
      then(files.map(f -> f.getFileName().toString()))
          .containsOnly("pitch.md", "summary.json", ".onboarding-cost-outputs");
    }
    then(Files.readString(outDir.resolve("pitch.md"))).doesNotContain("](charts/");
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

  private Path planned() {
    TestWorkspaces.withEvents(
        dir,
        "type,hire,helper,category,minutes,count\n"
            + "help,h1,c1,knowledge,60,2\n"
            + "blocked,h1,,documentation,120,\n");
    TestWorkspaces.write(
        dir,
        "plan.yaml",
        "current_engineers: 10\nquarters: [{quarter: 2027-Q1, hires: 2}, {quarter: 2027-Q2, hires: 3}]\n");
    return dir;
  }

  @Test
  void forecast_prints_an_aligned_table_with_currency() {
    // h1 costs 2 x 60 min of c1 + 120 min blocked = 240 min at $200 = $800; colleague hours 2
    then(run("forecast", planned().toString())).isZero();
    then(out.toString())
        .contains("quarter")
        .contains("2027-Q1")
        .contains("$1,600.00") // 2 hires x $800
        .contains("$2,400.00"); // 3 hires x $800
  }

  @Test
  void forecast_json_has_the_summary_keys() throws Exception {
    then(run("forecast", planned().toString(), "--format", "json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    JsonNode q1 = json.path("forecast").get(0);
    then(q1.path("expected_cost").decimalValue()).isEqualByComparingTo("1600");
    // 2 hires x 2 colleague hours / (10 engineers x 512 working hours of 2027-Q1) x 100
    then(q1.path("colleague_capacity_loss_pct").decimalValue()).isEqualByComparingTo("0.0781");
    then(q1.path("alert").asBoolean()).isFalse();
  }

  @Test
  void forecast_without_a_plan_is_a_settings_error() {
    TestWorkspaces.withEvents(dir, "type,hire\n");
    then(run("forecast", dir.toString())).isEqualTo(2);
    then(err.toString()).contains("plan.yaml: not found");
  }

  @Test
  void compare_prints_cohorts_and_the_trend() {
    then(run("compare", planned().toString())).isZero();
    then(out.toString())
        .contains("2026-Q1")
        .contains("Trend over successive hires: too few hires (1) for a trend: 5 needed");
  }

  @Test
  void compare_with_a_date_that_is_not_iso_says_what_it_expects_in_one_line() {
    // GIVEN / WHEN a day-first date
    int status = run("compare", podcast().toString(), "--before", "13/07/2026");
    // THEN exit 2 and one line
    then(status).isEqualTo(2);
    then(err.toString().strip())
        .isEqualTo("onboarding-cost: --before: expected a date like 2026-07-13, got '13/07/2026'");
  }

  @Test
  void compare_leads_with_the_live_fix_and_then_shows_what_moved_per_system() {
    // GIVEN the sample, whose GitHub fix went live on 2026-07-13
    // WHEN
    then(run(
            "compare",
            dev.onboardingcost.report.TestWorkspaces.sample().toString(),
            "--before",
            "2026-07-13"))
        .isZero();
    // THEN the fix's effect comes first, in words, then the systems one by one
    String text = out.toString();
    then(text)
        .startsWith("Fixes that went live")
        .contains(
            "- Team leads can grant GitHub access worked: targeted cost per hire fell from $1,051"
                + " to $63 (ratio 0.06, 95% interval 0.04-0.09)")
        .contains("access: github", "access: aws", "documentation")
        .doesNotContain("moved most");
  }
}
