package dev.onboardingcost.report.source.jira;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import org.junit.jupiter.api.Test;

class JiraReaderTest {
  @Test
  void tickets_are_requests_from_created_to_resolved() throws Exception {
    // GIVEN a Jira export with repeated Component/s columns, a multi-line comment, a Berlin
    // date format with lower-case month and am/pm, an unresolved and a refused ticket
    // WHEN the Jira reader reads it
    Analysis analysis = Golden.check("jira", new JiraReader());
    // THEN each of the 8 tickets is accounted once, even the one naming two systems
    SourceCounts counts = analysis.quality().bySource().get("jira");
    then(counts.read()).isEqualTo(8);
    then(analysis.costs().hires().get(1).notGranted()).containsExactly("aws", "github", "vpn");
  }
}
