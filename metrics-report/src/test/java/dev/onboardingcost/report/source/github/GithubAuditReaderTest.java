package dev.onboardingcost.report.source.github;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import org.junit.jupiter.api.Test;

class GithubAuditReaderTest {
  @Test
  void grants_github_from_org_and_team_membership_not_from_invitations() throws Exception {
    // GIVEN a REST array, a JSON-lines stream (older data.team, a broken line) and a CSV export
    // WHEN the audit-log reader reads them
    Analysis analysis = Golden.check("github-audit", new GithubAuditReader());
    // THEN 7 + 3 + 2 records are accounted; aws (no grant possible here) is not charged
    SourceCounts counts = analysis.quality().bySource().get("github_audit");
    then(counts.read()).isEqualTo(12);
    then(analysis.costs().hires()).allSatisfy(hire -> then(hire.notGranted()).isEmpty());
  }
}
