package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.cli.CliRun;
import dev.onboardingcost.report.cli.OnboardingCostCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are this run's, whole (SPEC section 10), through the real command line: a write that
 * fails, a commit that fails half-way, a run stopped by a signal or killed, outputs an earlier run
 * wrote and this one does not. Each failure is one line on standard error and exit status 2.
 */
class OutputsWholeTest {
  @TempDir Path dir;

  /** Every file under {@code root} with its bytes' hash, hidden ones included. */
  private static Map<String, Integer> files(Path root) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(), java.util.Arrays.hashCode(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  private static List<String> leftovers(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".staging-") || n.startsWith("poi"))
          .toList();
    }
  }

  /** A child JVM running the command line with {@code args}, its temporary folder {@code tmp}. */
  private static ProcessBuilder child(Path tmp, Path log, List<String> shell, String... args) {
    List<String> command = new ArrayList<>(shell);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OnboardingCostCli.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
  }

  private static int finish(Process process, Path log) throws Exception {
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("child JVM did not finish: " + Files.readString(log));
    }
    return process.exitValue();
  }

  /** A copy of the sample workspace with {@code extra} more events, for a longer workbook. */
  private Path sampleWithMoreEvents(int extra) throws IOException {
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    List<String> lines = Files.readAllLines(ws.resolve("events.csv"), StandardCharsets.UTF_8);
    String[] row = lines.get(1).split(",", -1);
    List<String> more = new ArrayList<>();
    for (int i = 0; i < extra; i++) {
      row[7] = Integer.toString(1 + i % 50);
      more.add(String.join(",", row));
    }
    TestWorkspaces.append(ws, "events.csv", more);
    return ws;
  }

  @Test
  void a_write_cut_short_by_the_file_size_limit_is_one_line_exit_2_and_the_previous_outputs_stay()
      throws Exception {
    // GIVEN the outputs of a first report
    assumeThat(Path.of("/bin/bash")).isExecutable();
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path out = dir.resolve("out");
    then(CliRun.of("report", ws.toString(), "--out", out.toString(), "-q").status()).isZero();
    Map<String, Integer> before = files(out);
    // AND a second report whose rates differ, run under a file size limit (ulimit -f, in KiB)
    // that its charts fit and its workbook does not: a disk that fills up under the workbook
    long workbook = Files.size(out.resolve("onboarding-cost.xlsx"));
    long largestChart;
    try (var charts = Files.list(out.resolve("charts"))) {
      largestChart = charts.mapToLong(f -> f.toFile().length()).max().orElse(0);
    }
    then(largestChart).as("the charts fit under a limit the workbook exceeds").isLessThan(workbook);
    long limitKib = (largestChart + workbook) / 2 / 1024;
    TestWorkspaces.replace(ws, "onboarding.yaml", "default: 160", "default: 170");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path log = dir.resolve("report.log");
    Process process =
        child(
                tmp,
                log,
                List.of("/bin/bash", "-c", "ulimit -f " + limitKib + " && exec \"$@\"", "limited"),
                "report",
                ws.toString(),
                "--out",
                out.toString(),
                "-q")
            .start();

    // WHEN
    int status = finish(process, log);

    // THEN one line, exit 2, and the first report's outputs, whole, with nothing left over
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    then(lines)
        .singleElement()
        .asString()
        .startsWith("onboarding-cost: cannot write " + out.resolve("onboarding-cost.xlsx") + ": ");
    then(status).isEqualTo(2);
    then(files(out)).isEqualTo(before);
    then(leftovers(dir)).isEmpty();
  }

  @Test
  void a_commit_that_fails_half_way_leaves_the_previous_report_whole() throws IOException {
    // GIVEN a first report, and a folder of the user's where pitch.md goes
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path out = dir.resolve("out");
    then(CliRun.of("report", ws.toString(), "--out", out.toString(), "-q").status()).isZero();
    Files.delete(out.resolve("pitch.md"));
    Files.createDirectories(out.resolve("pitch.md"));
    Files.writeString(out.resolve("pitch.md/draft.txt"), "the user's");
    Map<String, Integer> before = files(out);
    // AND a second report with other figures, whose charts and workbook move in before pitch.md
    TestWorkspaces.replace(ws, "onboarding.yaml", "default: 160", "default: 170");

    // WHEN
    CliRun second = CliRun.of("report", ws.toString(), "--out", out.toString(), "-q");

    // THEN no chart, workbook or summary of the second report is beside the first's
    then(second.status()).isEqualTo(2);
    then(second.err())
        .startsWith("onboarding-cost: cannot write " + out.resolve("pitch.md") + ": ")
        .hasLineCount(1);
    then(files(out)).isEqualTo(before);
    then(leftovers(out)).isEmpty();
  }

  @Test
  void outputs_an_earlier_report_wrote_and_this_one_does_not_are_removed_the_users_kept()
      throws IOException {
    // GIVEN a report with fixes and a plan, and files of the user's in --out
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path out = dir.resolve("out");
    then(CliRun.of("report", ws.toString(), "--out", out.toString(), "-q").status()).isZero();
    then(out.resolve("charts/fixes.png")).isRegularFile();
    then(out.resolve("charts/forecast.svg")).isRegularFile();
    Files.writeString(out.resolve("notes.md"), "the user's");
    Files.writeString(out.resolve("charts/board.png"), "the user's");

    // WHEN fixes.yaml and plan.yaml are removed and the report runs again
    Files.delete(ws.resolve("fixes.yaml"));
    Files.delete(ws.resolve("plan.yaml"));
    CliRun second = CliRun.of("report", ws.toString(), "--out", out.toString(), "-q");

    // THEN the fix and forecast charts are gone, the user's files are not
    then(second.status()).as(second.err()).isZero();
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      then(charts.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("fixes.") || n.startsWith("forecast."))
          .contains("board.png", "trend.png");
    }
    then(out.resolve("notes.md")).hasContent("the user's");
  }

  @Test
  void an_out_below_a_file_stops_the_report_with_one_line_before_the_analysis() throws IOException {
    // GIVEN --out inside a file, where no folder can be made (whoever runs the test, root too)
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path out = ws.resolve("people.csv").resolve("out");
    // WHEN
    CliRun report = CliRun.of("report", ws.toString(), "--out", out.toString());
    // THEN
    then(report.status()).isEqualTo(2);
    then(report.err()).isEqualTo("onboarding-cost: cannot write " + out + ": not a directory\n");
    then(report.out()).isEmpty();
  }

  @Test
  void a_read_only_out_folder_stops_the_report_with_one_line() throws IOException {
    // GIVEN an --out this user may not write (not for root, who may write anything)
    assumeThat(System.getProperty("user.name")).isNotEqualTo("root");
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // WHEN
      CliRun report = CliRun.of("report", ws.toString(), "--out", out.toString());
      // THEN
      then(report.status()).isEqualTo(2);
      then(report.err())
          .startsWith("onboarding-cost: cannot write " + out)
          .contains("permission denied")
          .hasLineCount(1);
    } finally {
      Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void init_and_survey_template_that_cannot_write_give_one_line_and_exit_2() throws IOException {
    // GIVEN targets below a file
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    // WHEN
    CliRun init = CliRun.of("init", file.resolve("ws").toString());
    CliRun form = CliRun.of("survey-template", "--out", file.resolve("form.xlsx").toString());
    // THEN
    for (CliRun failed : List.of(init, form)) {
      then(failed.status()).isEqualTo(2);
      then(failed.err()).startsWith("onboarding-cost: cannot ").hasLineCount(1);
    }
    then(file).hasContent("x");
  }

  @Test
  void a_report_stopped_by_term_or_ctrl_c_removes_its_staging_and_temporary_files()
      throws Exception {
    // GIVEN the outputs of a first report, then a long report into the same folder
    Path ws = sampleWithMoreEvents(10_000);
    Path out = dir.resolve("out");
    then(CliRun.of("report", ws.toString(), "--out", out.toString(), "-q", "--outputs", "summary"))
        .extracting(CliRun::status)
        .isEqualTo(0);
    Map<String, Integer> before = files(out);
    for (String signal : List.of("TERM", "INT")) {
      Path tmp = Files.createDirectories(dir.resolve("tmp-" + signal));
      Path log = dir.resolve(signal + ".log");
      Process process =
          child(tmp, log, List.of(), "report", ws.toString(), "--out", out.toString(), "-q")
              .start();

      // WHEN the signal comes while POI's temporary files are being written, in the staging
      // folder
      awaitWorkbookTemporaryFile(out, process, log);
      then(new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor())
          .isZero();
      int status = finish(process, log);

      // THEN the run stopped (128 + signal number), left no staging folder or temporary file,
      // here or in the JVM's temporary folder, and the first report's outputs stand
      then(status).as(signal).isEqualTo(signal.equals("TERM") ? 143 : 130);
      then(leftovers(out)).as(signal).isEmpty();
      then(leftovers(tmp)).as(signal).isEmpty();
      then(files(out)).as(signal).isEqualTo(before);
    }
  }

  @Test
  void the_staging_folder_of_a_killed_report_is_removed_by_the_next_report() throws Exception {
    // GIVEN a long report killed outright (no cleanup can run) while writing its workbook
    Path ws = sampleWithMoreEvents(10_000);
    Path out = dir.resolve("out");
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Path log = dir.resolve("kill.log");
    Process process =
        child(tmp, log, List.of(), "report", ws.toString(), "--out", out.toString(), "-q").start();
    awaitWorkbookTemporaryFile(out, process, log);
    process.destroyForcibly();
    finish(process, log);
    then(leftovers(out)).isNotEmpty();

    // WHEN the next report runs into the same folder
    CliRun next =
        CliRun.of("report", ws.toString(), "--out", out.toString(), "-q", "--outputs", "summary");

    // THEN the killed run's staging folder and POI's files in it are gone
    then(next.status()).as(next.err()).isZero();
    then(leftovers(out)).isEmpty();
    then(out.resolve("summary.json")).isRegularFile();
  }

  /** Waits until a POI temporary file exists in a staging folder of {@code out}. */
  private static void awaitWorkbookTemporaryFile(Path out, Process process, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (Files.isDirectory(out)) {
        try (Stream<Path> walk = Files.walk(out)) {
          if (walk.anyMatch(
              p ->
                  p.getFileName().toString().startsWith("poi-sxssf")
                      && p.getParent().getFileName().toString().equals("tmp")
                      && p.getParent()
                          .getParent()
                          .getFileName()
                          .toString()
                          .startsWith(".staging-"))) {
            return;
          }
        } catch (IOException | java.io.UncheckedIOException e) {
          // a file went while walking: look again
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the report wrote no workbook in time: " + Files.readString(log));
  }
}
