package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.init.WorkspaceTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path temp;

  @Test
  void creates_every_template_file() {
    // GIVEN a folder that does not exist yet
    Path dir = temp.resolve("acme");
    // WHEN
    CliRun run = CliRun.of("init", dir.toString());
    // THEN
    then(run.status()).isZero();
    for (String file : WorkspaceTemplate.FILES) {
      then(dir.resolve(file)).isRegularFile();
    }
    then(dir.resolve(".staging")).doesNotExist();
    then(run.out()).contains("Created the workspace");
  }

  @Test
  void the_new_workspace_passes_validate_and_report() {
    // GIVEN a new workspace
    Path dir = temp.resolve("new");
    then(CliRun.of("init", dir.toString()).status()).isZero();
    // WHEN
    CliRun validate = CliRun.of("validate", "--strict", dir.toString());
    CliRun report = CliRun.of("report", "--strict", dir.toString());
    // THEN the example rows are used and nothing is rejected
    then(validate.status()).as(validate.out() + validate.err()).isZero();
    then(validate.out()).containsPattern("events\\s+1\\s+1\\s+0\\s+0");
    then(report.status()).as(report.err()).isZero();
    then(dir.resolve("out/summary.json")).isRegularFile();
    then(report.out()).contains("1 hire, onboarding cost");
  }

  @Test
  void refuses_an_existing_workspace_with_one_line_and_status_2() throws IOException {
    // GIVEN a workspace
    Path dir = temp.resolve("ws");
    CliRun.of("init", dir.toString());
    byte[] before = Files.readAllBytes(dir.resolve("people.csv"));
    // WHEN init runs again on it
    CliRun again = CliRun.of("init", dir.toString());
    // THEN
    then(again.status()).isEqualTo(2);
    then(again.err().strip()).doesNotContain("\n").contains("already holds a workspace");
    then(Files.readAllBytes(dir.resolve("people.csv"))).isEqualTo(before);
  }

  @Test
  void refuses_a_folder_that_is_not_empty() throws IOException {
    // GIVEN a folder with someone's file in it
    Path dir = Files.createDirectories(temp.resolve("busy"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    // WHEN
    CliRun run = CliRun.of("init", dir.toString());
    // THEN
    then(run.status()).isEqualTo(2);
    then(run.err()).contains("is not empty");
    then(dir.resolve("onboarding.yaml")).doesNotExist();
  }

  @Test
  void accepts_an_empty_folder() throws IOException {
    // GIVEN
    Path dir = Files.createDirectories(temp.resolve("empty"));
    // WHEN / THEN
    then(CliRun.of("init", dir.toString()).status()).isZero();
    then(dir.resolve("onboarding.yaml")).isRegularFile();
  }
}
