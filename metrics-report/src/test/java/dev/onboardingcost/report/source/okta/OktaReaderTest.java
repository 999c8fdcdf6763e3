package dev.onboardingcost.report.source.okta;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import org.junit.jupiter.api.Test;

class OktaReaderTest {
  @Test
  void turns_memberships_and_requests_into_access_waits() throws Exception {
    // GIVEN an array export, an event-hook delivery and a JSON-lines file with a broken line
    // WHEN the Okta reader reads them
    Analysis analysis = Golden.check("okta", new OktaReader());
    // THEN every record is accounted: 10 + 2 + 5 (the hook line holds one event)
    SourceCounts okta = analysis.quality().bySource().get("okta");
    then(okta.read()).isEqualTo(17);
    then(okta.rejected()).isEqualTo(2);
  }
}
