package dev.onboardingcost.report.source.access;

import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.source.Golden;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.EvidenceReaders;
import dev.onboardingcost.report.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessWaitsTest {
  @TempDir Path workspace;

  private Analysis analyse() throws IOException {
    Path fixture = Golden.workspace("okta");
    Files.copy(fixture.resolve("onboarding.yaml"), workspace.resolve("onboarding.yaml"));
    Files.copy(fixture.resolve("people.csv"), workspace.resolve("people.csv"));
    return Workspace.open(workspace).analyse(EvidenceReaders.all());
  }

  private void gam(String csv) throws IOException {
    Files.createDirectories(workspace.resolve("logs/gam"));
    Files.writeString(workspace.resolve("logs/gam/users.csv"), csv);
  }

  @Test
  void a_workspace_without_logs_charges_no_missing_access() throws IOException {
    // GIVEN github and aws required, but no log that could grant them
    // WHEN the workspace is analysed
    Analysis analysis = analyse();
    // THEN nobody waited for anything
    for (HireCost hire : analysis.costs().hires()) {
      then(hire.notGranted()).isEmpty();
      then(hire.totalCost()).isEqualByComparingTo(BigDecimal.ZERO);
    }
  }

  @Test
  void a_required_system_a_present_source_can_grant_is_a_wait_over_the_whole_window()
      throws IOException {
    // GIVEN a GAM export granting google-workspace, now required, to h1 only
    gam("primaryEmail,creationTime\nada@acme.example,2026-02-01T10:00:00Z\n");
    Files.writeString(
        workspace.resolve("onboarding.yaml"),
        Files.readString(Golden.workspace("okta").resolve("onboarding.yaml"))
            .replace("required_access: [github, aws]", "required_access: [google-workspace]"));
    // WHEN analysed
    Analysis analysis = Workspace.open(prepared()).analyse(EvidenceReaders.all());
    // THEN h1, granted before the window, waited nothing; h2 waited the whole window (20 days)
    then(analysis.costs().hires().get(0).notGranted()).isEmpty();
    then(analysis.costs().hires().get(0).totalCost()).isEqualByComparingTo(BigDecimal.ZERO);
    then(analysis.costs().hires().get(1).notGranted()).containsExactly("google-workspace");
    then(analysis.costs().hires().get(1).hireMinutes())
        .isEqualByComparingTo(BigDecimal.valueOf(20 * 8 * 60));
    then(analysis.quality().bySource().get("gam").used()).isEqualTo(1);
  }

  @Test
  void a_grant_after_the_window_is_a_wait_to_its_end_flagged_not_granted() throws IOException {
    // GIVEN h1's account made a week after the window ended
    gam("primaryEmail,creationTime\nada@acme.example,2026-04-03T15:00:00Z\n");
    // WHEN analysed
    Analysis analysis = Workspace.open(prepared()).analyse(EvidenceReaders.all());
    // THEN the wait covers the whole window and is flagged
    HireCost h1 = analysis.costs().hires().get(0);
    then(h1.notGranted()).containsExactly("google-workspace");
    then(h1.hireMinutes()).isEqualByComparingTo(BigDecimal.valueOf(20 * 8 * 60));
  }

  private Path prepared() throws IOException {
    Path fixture = Golden.workspace("okta");
    if (!Files.exists(workspace.resolve("onboarding.yaml"))) {
      Files.copy(fixture.resolve("onboarding.yaml"), workspace.resolve("onboarding.yaml"));
    }
    Files.copy(fixture.resolve("people.csv"), workspace.resolve("people.csv"));
    return workspace;
  }
}
