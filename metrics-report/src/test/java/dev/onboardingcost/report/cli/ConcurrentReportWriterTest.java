package dev.onboardingcost.report.cli;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import dev.onboardingcost.report.chart.ChartFiles;
import dev.onboardingcost.report.chart.NamedChart;
import dev.onboardingcost.report.chart.ReportCharts;
import dev.onboardingcost.report.excel.ChartImage;
import dev.onboardingcost.report.excel.WorkbookWriter;
import dev.onboardingcost.report.io.OutputStaging;
import dev.onboardingcost.report.pitch.PitchWriter;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.summary.SummaryWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the outputs on two threads gives the files the writers give one after another. */
class ConcurrentReportWriterTest {
  private static final ReportResults SAMPLE = TestWorkspaces.sampleResults();

  @Test
  void every_output_has_the_bytes_of_the_writers_called_in_turn(@TempDir Path dir)
      throws IOException {
    // GIVEN the sample's outputs written by each writer in turn, on this thread
    Path expected = dir.resolve("expected");
    List<ChartImage> images = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Files.createDirectories(expected.resolve("charts"));
    for (NamedChart chart : ReportCharts.of(SAMPLE)) {
      byte[] png = ChartFiles.png(chart.chart());
      ChartFiles.writePng(png, expected.resolve("charts/" + chart.name() + ".png"));
      ChartFiles.writeSvg(chart.chart(), expected.resolve("charts/" + chart.name() + ".svg"));
      images.add(new ChartImage(chart.name(), png));
      names.add(chart.name());
    }
    SummaryJson.write(SummaryWriter.summaryOf(SAMPLE), expected.resolve("summary.json"));
    WorkbookWriter.write(SAMPLE, images, expected.resolve(WorkbookWriter.FILE_NAME));
    PitchWriter.write(SAMPLE, names, expected.resolve(PitchWriter.FILE_NAME));

    // WHEN the concurrent writer writes them all
    Path actual = dir.resolve("actual");
    try (OutputStaging staging = OutputStaging.create(actual)) {
      ConcurrentReportWriter.write(staging, SAMPLE, EnumSet.allOf(ReportOutput.class));
      staging.commit();
    }

    // THEN every file has the same bytes
    then(contents(actual)).isEqualTo(contents(expected)).hasSize(13);
  }

  @Test
  void only_the_outputs_asked_for_are_written(@TempDir Path dir) throws IOException {
    try (OutputStaging staging = OutputStaging.create(dir)) {
      ConcurrentReportWriter.write(
          staging, SAMPLE, EnumSet.of(ReportOutput.SUMMARY, ReportOutput.PITCH));
      staging.commit();
    }
    then(contents(dir)).containsOnlyKeys("pitch.md", "summary.json");
    // Without the chart files, the pitch shows no chart image.
    then(Files.readString(dir.resolve("pitch.md"))).doesNotContain("](charts/");
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(file).toString().replace('\\', '/'),
            java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
