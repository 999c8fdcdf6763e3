package dev.onboardingcost.report.sample;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.DataQuality;
import dev.onboardingcost.report.source.survey.SurveyReader;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.CanonicalEventsReader;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceTest {
  /** The committed sample; surefire runs in the module folder. */
  private static final Path SAMPLE = Path.of("..", "data", "sample");

  @TempDir Path temp;

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(dir::relativize)
          .filter(p -> !p.startsWith("out"))
          .sorted()
          .toList();
    }
  }

  @Test
  void the_committed_sample_is_what_the_generator_writes_from_its_seed() throws IOException {
    // GIVEN the sample regenerated into a new folder
    Path fresh = temp.resolve("sample");
    SampleWorkspaceGenerator.generate(fresh, SampleWorkspaceGenerator.SEED);
    // THEN it holds the same files with the same bytes
    then(files(fresh)).isEqualTo(files(SAMPLE));
    for (Path file : files(fresh)) {
      then(Files.readAllBytes(fresh.resolve(file)))
          .as("%s differs: run data/generate-sample.sh", file)
          .isEqualTo(Files.readAllBytes(SAMPLE.resolve(file)));
    }
  }

  @Test
  void regenerating_over_a_workspace_replaces_it_and_keeps_out() throws IOException {
    // GIVEN a generated sample with an out/ folder and a stray file
    Path dir = temp.resolve("ws");
    SampleWorkspaceGenerator.generate(dir, 1);
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/summary.json"), "{}");
    Files.writeString(dir.resolve("logs/okta/stale.json"), "[]");
    // WHEN
    SampleWorkspaceGenerator.generate(dir, 1);
    // THEN
    then(dir.resolve("logs/okta/stale.json")).doesNotExist();
    then(dir.resolve("out/summary.json")).hasContent("{}");
  }

  @Test
  void the_sample_reads_with_nothing_rejected() {
    // WHEN
    Analysis analysis = Workspace.open(SAMPLE).analyse(EvidenceReaders.all());
    // THEN
    DataQuality quality = analysis.quality();
    then(quality.bySource().get(CanonicalEventsReader.NAME).rejected()).isZero();
    then(quality.bySource().get(SurveyReader.NAME).rejected()).isZero();
    then(quality.rejected()).isEmpty();
    then(analysis.costs().hires()).hasSizeGreaterThanOrEqualTo(36);
  }

  @Test
  void hires_start_in_every_quarter_of_2026() {
    List<LocalDate> starts =
        Workspace.open(SAMPLE).people().hires().stream()
            .map(p -> p.startDate().orElseThrow())
            .toList();
    for (int quarter = 1; quarter <= 4; quarter++) {
      int q = quarter;
      then(starts)
          .as("hires in 2026-Q%d", q)
          .anyMatch(d -> d.getYear() == 2026 && (d.getMonthValue() - 1) / 3 + 1 == q);
    }
  }

  @Test
  void github_waits_drop_after_the_fix() {
    // GIVEN the generator's ground truth
    double before = 0;
    double after = 0;
    int nBefore = 0;
    int nAfter = 0;
    try (Stream<String> lines = linesOf(SAMPLE.resolve("ground-truth.csv"))) {
      for (String line : lines.skip(1).toList()) {
        String[] f = line.split(",");
        double wait = Double.parseDouble(f[7]);
        if (Boolean.parseBoolean(f[6])) {
          after += wait;
          nAfter++;
        } else {
          before += wait;
          nBefore++;
        }
      }
    }
    then(after / nAfter).isLessThan(before / nBefore / 4);
  }

  private static Stream<String> linesOf(Path file) {
    try {
      return Files.lines(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
