package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.cli.CliRun;
import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only the workspace is read (SPEC section 10): links that leave it, paths in the settings that
 * leave it, and things that are not regular files where a file is expected. Runs the real command
 * line over the hostile corpus's base workspace.
 */
class WorkspaceBoundaryTest {
  private static final String SECRET = "PSEUDONYM_KEY=do-not-print-me-4711";

  @TempDir Path dir;
  private Path workspace;
  private Path out;

  @BeforeEach
  void copyBase() throws IOException {
    workspace = dir.resolve("workspace");
    out = dir.resolve("out");
    HostileInputTest.copyTree(Path.of("src/test/resources/hostile/_base"), workspace);
  }

  private CliRun report() {
    return report(out.toString());
  }

  private CliRun report(String outArgument) {
    return CliRun.of("report", workspace.toString(), "--out", outArgument);
  }

  @Test
  void does_not_read_a_link_to_a_file_outside_the_workspace() throws IOException {
    // GIVEN events.csv linking to a file outside the workspace that holds a secret
    Path outside = Files.writeString(dir.resolve("environ"), "type,hire\n" + SECRET + ",h1\n");
    Files.createSymbolicLink(workspace.resolve("events.csv"), outside);

    // WHEN
    CliRun run = report();

    // THEN the run ends, names the link, and quotes nothing of what it points to
    then(run.status()).as(run.err()).isZero();
    String outputs = String.join("\n", OutputTexts.under(out));
    then(outputs)
        .contains("not read: a link to a file outside the workspace")
        .doesNotContain("do-not-print-me");
    then(run.out() + run.err()).doesNotContain("do-not-print-me");
  }

  @Test
  void does_not_read_proc_self_environ_through_a_link() throws IOException {
    Path environ = Path.of("/proc/self/environ");
    assumeThat(Files.isReadable(environ)).isTrue();
    Files.createSymbolicLink(workspace.resolve("events.csv"), environ);

    CliRun run = report();

    then(run.status()).as(run.err()).isZero();
    String path = System.getenv("PATH");
    String outputs = String.join("\n", OutputTexts.under(out)) + run.out() + run.err();
    then(outputs).doesNotContain("PATH=").doesNotContain(path == null ? "PATH=" : path);
  }

  @Test
  @Timeout(60)
  void refuses_a_link_to_nothing_a_folder_or_a_fifo_where_a_file_is_expected() throws Exception {
    // a dangling link
    Files.createSymbolicLink(workspace.resolve("events.csv"), dir.resolve("gone.csv"));
    thenRefused("onboarding-cost: events.csv: a link to nothing; expected a file");
    Files.delete(workspace.resolve("events.csv"));

    // a folder
    Files.createDirectories(workspace.resolve("events.csv"));
    thenRefused("onboarding-cost: events.csv: a folder, not a file; expected a file");
    Files.delete(workspace.resolve("events.csv"));

    // a FIFO, which would block a run that opened it
    Path fifo = workspace.resolve("logs/okta/system-log.jsonl");
    Files.createDirectories(fifo.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    thenRefused(
        "onboarding-cost: logs/okta/system-log.jsonl: not a regular file (a FIFO, socket or"
            + " device); expected a file");
  }

  private void thenRefused(String message) {
    CliRun run = report();
    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip()).isEqualTo(message);
    then(out).doesNotExist();
  }

  @Test
  void refuses_a_settings_path_that_leaves_the_workspace() throws IOException {
    // GIVEN a help channel that names a folder two levels above logs/slack
    Path settings = workspace.resolve("onboarding.yaml");
    Files.writeString(
        settings,
        Files.readString(settings)
            .replace("help_channels: [help-onboarding]", "help_channels: [\"../../x\"]"));

    CliRun run = report();

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip())
        .isEqualTo(
            "onboarding-cost: onboarding.yaml: key 'sources.slack.help_channels': expected a"
                + " folder name in the workspace like help-onboarding, got '../../x'");
  }

  @Test
  void refuses_settings_that_link_outside_the_workspace() throws IOException {
    Path outside = dir.resolve("elsewhere.yaml");
    Files.move(workspace.resolve("onboarding.yaml"), outside);
    Files.createSymbolicLink(workspace.resolve("onboarding.yaml"), outside);

    CliRun run = report();

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip())
        .isEqualTo(
            "onboarding-cost: onboarding.yaml: not read: a link to a file outside the workspace;"
                + " copy the file in");
  }

  @Test
  void lists_the_files_of_a_source_folder_that_no_reader_takes() throws IOException {
    // GIVEN an Okta CSV where Okta's reader takes JSON, and a note among the surveys
    Files.createDirectories(workspace.resolve("logs/okta"));
    Files.writeString(workspace.resolve("logs/okta/users.csv"), "login\nhana@example.com\n");
    Files.createDirectories(workspace.resolve("survey"));
    Files.writeString(workspace.resolve("survey/notes.txt"), "call Hana\n");

    CliRun run = report();

    then(run.status()).as(run.err()).isZero();
    List<String> texts = OutputTexts.under(out);
    then(String.join("\n", texts))
        .contains("not read: logs/okta/users.csv (expected .json or .jsonl)")
        .contains("not read: survey/notes.txt (expected .csv or .xlsx)");
  }

  @Test
  void refuses_an_empty_out_which_would_be_the_current_folder() {
    CliRun run = report("");

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip())
        .isEqualTo(
            "onboarding-cost: --out: empty; name the folder for the outputs, e.g. --out report");
    for (String output : List.of("summary.json", "pitch.md", "charts", "onboarding-cost.xlsx")) {
      then(Path.of(output)).as("written to the current folder").doesNotExist();
    }
  }

  @Test
  void refuses_the_workspace_itself_as_out() {
    Map<String, String> before = HostileInputTest.hashTree(workspace);

    CliRun run = report(workspace.resolve("logs/..").toString());

    then(run.status()).isEqualTo(OnboardingCostCli.EXIT_ERROR);
    then(run.err().strip())
        .startsWith("onboarding-cost: --out: ")
        .contains("is the workspace itself");
    then(HostileInputTest.hashTree(workspace)).isEqualTo(before);
  }
}
