package dev.onboardingcost.report.source;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.summary.SummaryJson;
import dev.onboardingcost.report.summary.SummaryWriter;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LogsMeanCanonicalEventsTest {
  private static Path resource(String name) throws URISyntaxException {
    return Path.of(LogsMeanCanonicalEventsTest.class.getResource("/e2e/" + name).toURI());
  }

  @Test
  void a_workspace_of_logs_costs_the_same_as_the_canonical_events_it_means() throws Exception {
    // GIVEN the logs of all six sources, and events.csv written by hand from what they mean
    Analysis logs = Workspace.open(resource("logs")).analyse(EvidenceReaders.all());
    Analysis events = Workspace.open(resource("events")).analyse(EvidenceReaders.all());
    // WHEN both are summarised
    ObjectNode fromLogs = SummaryWriter.summaryOf(ReportResults.of(logs));
    ObjectNode fromEvents = SummaryWriter.summaryOf(ReportResults.of(events));
    // THEN the summaries are identical but for the data-quality account
    then(fromLogs.get("totals").get("total_cost").decimalValue().signum()).isPositive();
    fromLogs.remove("data_quality");
    fromEvents.remove("data_quality");
    then(SummaryJson.toText(fromLogs)).isEqualTo(SummaryJson.toText(fromEvents));
    // AND every log record was accounted, the distractors ignored (the GitHub invitation is used:
    //     it is evidence of the hire, though the accepted membership makes the wait)
    SourceCounts total = logs.quality().total();
    then(total.rejected()).isZero();
    then(total.ignored()).isEqualTo(3);
    then(events.quality().total().used()).isEqualTo(10);
  }
}
