package dev.onboardingcost.report.io;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.excel.WorkbookWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStagingTest {
  @TempDir Path temp;

  /** Stages {@code files} (name to text) for {@code out} and commits them. */
  private static void report(Path out, Map<String, String> files) throws IOException {
    try (OutputStaging staging = OutputStaging.forReport(out)) {
      for (var file : files.entrySet()) {
        staging.write(file.getKey(), f -> Files.writeString(f, file.getValue()));
      }
      staging.commit();
    }
  }

  /** Every file under {@code dir} with its text, staging folders included. */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static List<String> stagingFolders(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(StagingName.PREFIX))
          .toList();
    }
  }

  @Test
  void a_commit_that_fails_half_way_puts_every_previous_output_back() throws IOException {
    // GIVEN the outputs of a first run
    Path out = temp.resolve("out");
    report(
        out,
        Map.of(
            "charts/trend.png", "run 1 chart",
            "onboarding-cost.xlsx", "run 1 workbook",
            "summary.json", "run 1 summary"));
    // AND a folder with a file of the user's where the second run's pitch.md goes
    Files.createDirectories(out.resolve("pitch.md"));
    Files.writeString(out.resolve("pitch.md/mine.txt"), "the user's");
    Map<String, String> before = contents(out);

    // WHEN a second run commits: the chart and the workbook move in before pitch.md fails
    OutputStaging staging = OutputStaging.forReport(out);
    for (String name :
        List.of("charts/trend.png", "onboarding-cost.xlsx", "pitch.md", "summary.json")) {
      staging.write(name, f -> Files.writeString(f, "run 2"));
    }
    thenThrownBy(staging::commit)
        .isInstanceOf(OutputWriteException.class)
        .hasMessageStartingWith("cannot write " + out.resolve("pitch.md") + ": ");
    staging.close();

    // THEN the folder holds the first run's outputs exactly, and no staging folder
    then(contents(out)).isEqualTo(before);
    then(stagingFolders(out)).isEmpty();
  }

  @Test
  void outputs_of_the_previous_run_that_this_one_does_not_write_go_and_the_users_files_stay()
      throws IOException {
    // GIVEN a first run with a fixes chart, and files of the user's beside its outputs
    Path out = temp.resolve("out");
    report(
        out,
        Map.of(
            "charts/fixes.png", "run 1",
            "charts/trend.png", "run 1",
            "summary.json", "run 1"));
    Files.writeString(out.resolve("notes.txt"), "the user's");
    Files.writeString(out.resolve("charts/mine.png"), "the user's");

    // WHEN a second run writes no fixes chart
    report(out, Map.of("charts/trend.png", "run 2", "summary.json", "run 2"));

    // THEN the fixes chart is gone; the user's files and the new outputs are there
    then(contents(out))
        .containsOnlyKeys(
            "charts/trend.png",
            "charts/mine.png",
            "summary.json",
            "notes.txt",
            OutputManifest.FILE_NAME)
        .containsEntry("charts/trend.png", "run 2")
        .containsEntry("notes.txt", "the user's");
  }

  @Test
  void a_folder_left_empty_by_an_output_that_goes_is_removed() throws IOException {
    // GIVEN a run with charts, then one without
    Path out = temp.resolve("out");
    report(out, Map.of("charts/trend.png", "run 1", "summary.json", "run 1"));
    // WHEN
    report(out, Map.of("summary.json", "run 2"));
    // THEN
    then(out.resolve("charts")).doesNotExist();
  }

  @Test
  void a_file_the_list_of_outputs_does_not_name_is_never_removed() throws IOException {
    // GIVEN a list of outputs edited to name a hidden file and a file outside the folder
    Path out = temp.resolve("out");
    report(out, Map.of("summary.json", "run 1"));
    Files.writeString(temp.resolve("outside.txt"), "kept");
    Files.writeString(out.resolve(".hidden"), "kept");
    Files.writeString(
        out.resolve(OutputManifest.FILE_NAME),
        "summary.json\n../outside.txt\n.hidden\n/etc/hostname\n",
        StandardCharsets.UTF_8);
    // WHEN
    report(out, Map.of("summary.json", "run 2"));
    // THEN
    then(temp.resolve("outside.txt")).hasContent("kept");
    then(out.resolve(".hidden")).hasContent("kept");
  }

  @Test
  void a_folder_of_the_users_at_the_name_of_an_earlier_output_is_kept() throws IOException {
    // GIVEN a run that wrote pitch.md, which the user then replaced with a folder of drafts
    Path out = temp.resolve("out");
    report(out, Map.of("pitch.md", "run 1", "summary.json", "run 1"));
    Files.delete(out.resolve("pitch.md"));
    Files.createDirectories(out.resolve("pitch.md"));
    Files.writeString(out.resolve("pitch.md/draft.txt"), "the user's");
    // WHEN a run that writes no pitch.md
    report(out, Map.of("summary.json", "run 2"));
    // THEN
    then(out.resolve("pitch.md/draft.txt")).hasContent("the user's");
  }

  @Test
  void a_staging_folder_whose_process_is_gone_is_removed_and_one_of_a_running_process_kept()
      throws Exception {
    // GIVEN a staging folder of a process that has ended, one of this running process, and one
    // named after this process's id but another start (the id was reused)
    Path out = Files.createDirectories(temp.resolve("out"));
    Process ended = new ProcessBuilder("true").start();
    then(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
    StagingName self = StagingName.ofThisProcess();
    Path gone = out.resolve(new StagingName(ended.pid(), self.startMillis()).prefix() + "1");
    Path running = out.resolve(self.prefix() + "2");
    Path reused =
        out.resolve(new StagingName(self.pid(), self.startMillis() - 3_600_000).prefix() + "3");
    for (Path dir : List.of(gone, running, reused)) {
      Files.createDirectories(dir.resolve("new"));
      Files.createFile(dir.resolve("new/onboarding-cost.xlsx"));
      Files.createDirectories(dir.resolve("tmp"));
      Files.createFile(dir.resolve("tmp/poi-sxssf-sheet-xml1.gz"));
    }
    // WHEN the next run starts
    report(out, Map.of("summary.json", "run 2"));
    // THEN
    then(gone).doesNotExist();
    then(reused).doesNotExist();
    then(running).isDirectory();
  }

  @Test
  void a_run_killed_during_its_commit_is_rolled_back_by_the_next_run() throws Exception {
    // GIVEN the outputs of run 1
    Path out = temp.resolve("out");
    report(out, Map.of("pitch.md", "run 1", "summary.json", "run 1"));
    // AND run 2, killed in its commit: its new charts and pitch.md moved in, the previous
    // pitch.md saved aside, summary.json not moved yet
    Process ended = new ProcessBuilder("true").start();
    then(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path killed = out.resolve(new StagingName(ended.pid(), 1).prefix() + "7");
    Files.createDirectories(killed.resolve("new"));
    Files.writeString(killed.resolve("new/summary.json"), "run 2");
    Files.createDirectories(killed.resolve("previous"));
    Files.move(out.resolve("pitch.md"), killed.resolve("previous/pitch.md"));
    Files.writeString(out.resolve("pitch.md"), "run 2");
    Files.createDirectories(out.resolve("charts"));
    Files.writeString(out.resolve("charts/trend.png"), "run 2");
    Files.write(killed.resolve("commit"), List.of("charts/trend.png", "pitch.md", "summary.json"));

    // WHEN the next run starts (and fails before its own commit)
    try (OutputStaging next = OutputStaging.forReport(out)) {
      then(next.outDir()).isEqualTo(out.toAbsolutePath());
    }

    // THEN run 1's outputs are back, whole, and nothing of run 2 is left
    then(contents(out))
        .containsOnlyKeys("pitch.md", "summary.json", OutputManifest.FILE_NAME)
        .containsEntry("pitch.md", "run 1")
        .containsEntry("summary.json", "run 1");
  }

  @Test
  void a_stopped_run_creates_no_more_files_and_leaves_no_staging_folder() throws IOException {
    // GIVEN a run whose outputs are being written into a folder it created
    Path out = temp.resolve("new-out");
    OutputStaging staging = OutputStaging.forReport(out);
    staging.write("summary.json", f -> Files.writeString(f, "half"));
    // WHEN it is stopped (Ctrl-C runs the same cleanup) while a writer goes on
    staging.close();
    // THEN the writer can create neither an output nor a temporary file
    thenThrownBy(() -> staging.file("pitch.md"))
        .isInstanceOf(OutputWriteException.class)
        .hasMessage("cannot write " + out.resolve("pitch.md") + ": the run was stopped");
    thenThrownBy(() -> staging.createFile("poi-sxssf-sheet", ".xml"))
        .isInstanceOf(OutputWriteException.class);
    // AND the output folder it created is gone with the staging folder
    then(out).doesNotExist();
  }

  @Test
  void an_out_that_is_a_file_is_refused_with_one_line() throws IOException {
    // GIVEN
    Path file = Files.writeString(temp.resolve("report.txt"), "mine");
    // WHEN / THEN
    thenThrownBy(() -> OutputStaging.forReport(file))
        .isInstanceOf(OutputWriteException.class)
        .hasMessage("cannot write " + file + ": not a folder");
    then(file).hasContent("mine");
  }

  @Test
  void the_workbook_keeps_its_temporary_files_in_the_staging_folder() throws IOException {
    // GIVEN a staging folder that records the temporary files asked of it
    Path out = temp.resolve("out");
    List<Path> made = new ArrayList<>();
    try (OutputStaging staging = OutputStaging.forReport(out)) {
      TempFiles recording =
          new TempFiles() {
            @Override
            public Path createFile(String prefix, String suffix) throws IOException {
              Path file = staging.createFile(prefix, suffix);
              made.add(file);
              return file;
            }

            @Override
            public Path createDirectory(String prefix) throws IOException {
              Path dir = staging.createDirectory(prefix);
              made.add(dir);
              return dir;
            }
          };
      // WHEN the workbook is written
      staging.write(
          WorkbookWriter.FILE_NAME,
          f -> WorkbookWriter.write(TestWorkspaces.podcastResults(), f, recording));
      // THEN POI's temporary files were all made in the staging folder
      then(made).isNotEmpty().allMatch(p -> p.startsWith(staging.stagingDir()));
    }
  }
}
