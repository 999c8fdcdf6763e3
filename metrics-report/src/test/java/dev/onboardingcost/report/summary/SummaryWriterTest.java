package dev.onboardingcost.report.summary;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SummaryWriterTest {
  @TempDir Path out;

  static List<Path> workspaces() throws IOException {
    return SumsMatchLedgerTest.workspaces();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workspaces")
  void streams_the_same_bytes_as_the_tree(Path dir) throws IOException {
    // GIVEN the results of a workspace of the project
    ReportResults results =
        ReportResults.of(
            Workspace.open(dir).analyse(EvidenceReaders.all(), Workspace.Detail.PER_HIRE));
    // WHEN summary.json is streamed, and written from the tree
    Path streamed = out.resolve("streamed.json");
    Path fromTree = out.resolve("tree.json");
    SummaryWriter.write(results, streamed);
    SummaryJson.write(SummaryWriter.summaryOf(results), fromTree);
    // THEN the bytes are the same, and so is the text of the tree
    String text = Files.readString(streamed, StandardCharsets.UTF_8);
    then(text).isEqualTo(Files.readString(fromTree, StandardCharsets.UTF_8));
    then(text).isEqualTo(SummaryJson.toText(SummaryWriter.summaryOf(results)));
    then(text).endsWith("}\n").contains("\"hires\": [");
  }
}
