package dev.onboardingcost.report.summary;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
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
 * The engine's running sums per hire give the same summary.json, to the byte, as its ledger of one
 * line per event (what the workbook asks for), on every workspace of the project.
 */
class SumsMatchLedgerTest {

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
  void the_summary_of_the_sums_is_the_summary_of_the_ledger(Path dir) {
    // GIVEN a workspace of the project
    Workspace workspace = Workspace.open(dir);
    // WHEN it is priced event by event, and as running sums
    String ledger = summaryOf(workspace, Workspace.Detail.PER_EVENT);
    String sums = summaryOf(workspace, Workspace.Detail.PER_HIRE);
    // THEN summary.json is the same text
    then(sums).isEqualTo(ledger);
  }

  static String summaryOf(Workspace workspace, Workspace.Detail detail) {
    ReportResults results = ReportResults.of(workspace.analyse(EvidenceReaders.all(), detail));
    return SummaryJson.toText(SummaryWriter.summaryOf(results));
  }
}
