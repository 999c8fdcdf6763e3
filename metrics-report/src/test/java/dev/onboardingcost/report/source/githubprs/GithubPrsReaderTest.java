package dev.onboardingcost.report.source.githubprs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GithubPrsReaderTest {
  @Test
  void pull_requests_give_first_pr_first_and_tenth_merged_milestones() throws Exception {
    // GIVEN a REST list with bots, an ignored login and a colleague, search results with a
    // duplicate, and a truncated file
    // WHEN the pull-request reader reads them
    Analysis analysis = Golden.check("github-prs", new GithubPrsReader());
    // THEN the first PR of h1, opened at 13:00 on day one of a 9-to-5 window, is half a day in
    then(analysis.costs().hires().get(0).daysToMilestone().get(MilestoneKind.FIRST_PR))
        .isEqualByComparingTo(new BigDecimal("0.5"));
    SourceCounts counts = analysis.quality().bySource().get("github_prs");
    then(counts.read()).isEqualTo(16 + 3 + 2);
  }
}
