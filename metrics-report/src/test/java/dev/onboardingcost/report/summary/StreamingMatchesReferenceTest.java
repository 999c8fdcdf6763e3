package dev.onboardingcost.report.summary;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.workspace.EvidenceReader;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming path ({@code CostAccumulator}, events.csv read in blocks on every core) gives the
 * same summary.json, to the byte, as the plain reference path ({@code CostEngine}, events.csv read
 * record by record) on every workspace of the project.
 */
class StreamingMatchesReferenceTest {

  /** Every workspace under src/test/resources and the repository's data/ folder. */
  static List<Path> workspaces() throws IOException {
    List<Path> roots = List.of(Paths.get("src/test/resources"), Paths.get("../data"));
    List<Path> found;
    try (Stream<Path> all =
        roots.stream()
            .filter(Files::isDirectory)
            .flatMap(
                root -> {
                  try {
                    return Files.walk(root).collect(Collectors.toList()).stream();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                })) {
      found =
          all.filter(p -> p.getFileName().toString().equals("onboarding.yaml"))
              .map(Path::getParent)
              .filter(dir -> Files.isRegularFile(dir.resolve("people.csv")))
              .sorted()
              .collect(Collectors.toList());
    }
    then(found).isNotEmpty();
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workspaces")
  void streaming_summary_equals_the_reference_summary(Path dir) {
    // GIVEN a workspace of the project
    Workspace workspace = Workspace.open(dir);
    // WHEN it is priced event by event, and as running sums
    String reference = summaryOf(workspace, EvidenceReaders.plain(), Workspace.Detail.PER_EVENT);
    String streaming = summaryOf(workspace, EvidenceReaders.all(), Workspace.Detail.AGGREGATED);
    // THEN summary.json is the same text
    then(streaming).isEqualTo(reference);
  }

  static String summaryOf(
      Workspace workspace, List<EvidenceReader> readers, Workspace.Detail detail) {
    ReportResults results = ReportResults.of(workspace.analyse(readers, detail));
    return SummaryJson.toText(SummaryWriter.summaryOf(results));
  }
}
