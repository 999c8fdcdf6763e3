package dev.onboardingcost.report.source.gam;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import org.junit.jupiter.api.Test;

class GamReaderTest {
  @Test
  void account_creation_after_the_window_start_is_a_wait() throws Exception {
    // GIVEN GAM7, legacy and admin-report exports (Never and 1970 last logins, an offset time)
    // WHEN the GAM reader reads them
    Analysis analysis = Golden.check("gam", new GamReader());
    // THEN the earliest creation per hire counts, and every row is accounted
    SourceCounts counts = analysis.quality().bySource().get("gam");
    then(counts.read()).isEqualTo(8);
    then(counts.rejected()).isEqualTo(1);
  }
}
