package dev.onboardingcost.report.hardening;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.excel.WorkbookWriter;
import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.io.OutputWriteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that is full when the workbook is written. A small file system of its own needs root to
 * mount, so the kernel's always-full device {@code /dev/full} stands in for it: the staged workbook
 * is a link to it, and every write there fails with the same error as a full disk (ENOSPC).
 */
class FullDiskTest {
  @TempDir Path dir;

  @Test
  void a_full_disk_under_the_workbook_says_so_in_one_line_and_keeps_the_previous_outputs()
      throws Exception {
    // GIVEN the previous report's workbook
    assumeThat(Path.of("/dev/full")).exists();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve(WorkbookWriter.FILE_NAME), "previous workbook");
    ReportResults results = TestWorkspaces.podcastResults();
    try (OutputStaging staging = OutputStaging.forReport(out)) {
      // AND a staged workbook on a full disk
      Path staged = staging.file(WorkbookWriter.FILE_NAME);
      Files.createSymbolicLink(staged, Path.of("/dev/full"));

      // WHEN the workbook is written
      thenThrownBy(
              () ->
                  staging.write(
                      WorkbookWriter.FILE_NAME, f -> WorkbookWriter.write(results, f, staging)))
          // THEN one line names the output where the user looks for it, and the reason
          .isInstanceOf(OutputWriteException.class)
          .hasMessage(
              "cannot write "
                  + out.resolve(WorkbookWriter.FILE_NAME)
                  + ": no space left on device");
    }
    // AND the previous workbook stands, with nothing beside it
    then(out.resolve(WorkbookWriter.FILE_NAME)).hasContent("previous workbook");
    try (Stream<Path> files = Files.list(out)) {
      then(files.map(p -> p.getFileName().toString())).containsExactly(WorkbookWriter.FILE_NAME);
    }
  }
}
