package dev.onboardingcost.report.source.access;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.tuple;

import dev.onboardingcost.core.cost.EvidenceKind;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.PersonId;
import dev.onboardingcost.report.quality.DataQuality;
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
  void a_required_system_with_neither_grant_nor_request_is_flagged_and_listed_at_no_cost()
      throws IOException {
    // GIVEN a GAM export granting google-workspace, now required, to h1 only
    gam("primaryEmail,creationTime\nada@acme.example,2026-02-01T10:00:00Z\n");
    requireGoogleWorkspace("");
    // WHEN analysed
    Analysis analysis = Workspace.open(prepared()).analyse(EvidenceReaders.all());
    // THEN h1, granted before the window, waited nothing, and has log evidence
    HireCost h1 = analysis.costs().hires().get(0);
    then(h1.notGranted()).isEmpty();
    then(h1.totalCost()).isEqualByComparingTo(BigDecimal.ZERO);
    then(h1.evidenceKind()).isEqualTo(EvidenceKind.LOGS);
    // AND h2, whom no log names, is flagged but costs nothing and has no evidence
    HireCost h2 = analysis.costs().hires().get(1);
    then(h2.notGranted()).containsExactly("google-workspace");
    then(h2.totalCost()).isEqualByComparingTo(BigDecimal.ZERO);
    then(h2.evidenceKind()).isEqualTo(EvidenceKind.NONE);
    // AND data quality lists h2 and the system
    then(analysis.quality().notGrantedWithoutRequest())
        .containsExactly(
            new DataQuality.MissingGrant(PersonId.of("h2"), "google-workspace", "gam", false));
    then(analysis.quality().notGrantedWithoutRequest().get(0).toString())
        .startsWith("no grant seen for a required system: h2 and google-workspace");
    then(analysis.quality().bySource().get("gam").used()).isEqualTo(1);
  }

  @Test
  void not_granted_charge_charges_the_whole_window_of_a_required_system_nobody_asked_for()
      throws IOException {
    // GIVEN the same, with not_granted: charge
    gam("primaryEmail,creationTime\nada@acme.example,2026-02-01T10:00:00Z\n");
    requireGoogleWorkspace("not_granted: charge\n");
    // WHEN analysed
    Analysis analysis = Workspace.open(prepared()).analyse(EvidenceReaders.all());
    // THEN h2 waited the whole window: 20 days x 8 h = 9,600 minutes, at 100/h = 16,000
    HireCost h2 = analysis.costs().hires().get(1);
    then(h2.notGranted()).containsExactly("google-workspace");
    then(h2.hireMinutes()).isEqualByComparingTo(BigDecimal.valueOf(20 * 8 * 60));
    then(h2.totalCost()).isEqualByComparingTo("16000");
    // AND the charge is an assumption, not evidence of h2: listed, and left out of statistics
    then(h2.evidenceKind()).isEqualTo(EvidenceKind.NONE);
    then(analysis.quality().notGrantedWithoutRequest())
        .singleElement()
        .satisfies(missing -> then(missing.charged()).isTrue());
  }

  @Test
  void an_invitation_never_accepted_is_a_request_charged_from_it_to_the_window_end()
      throws IOException {
    // GIVEN GitHub (required) invited h2 on Wednesday 2026-03-18 10:00 EDT, never accepted
    Files.createDirectories(workspace.resolve("logs/github-audit"));
    Files.writeString(
        workspace.resolve("logs/github-audit/audit.jsonl"),
        "{\"action\": \"org.invite_member\", \"org\": \"acme\", \"user\": \"GHopper\","
            + " \"@timestamp\": 1773842400000}\n");
    // WHEN analysed
    Analysis analysis = Workspace.open(prepared()).analyse(EvidenceReaders.all());
    // THEN h2 waited from the invitation to the window end: 7 h that Wednesday and 17 more
    //      working days, 420 + 17 x 480 = 8,580 minutes, at 100/h = 14,300
    HireCost h2 = analysis.costs().hires().get(1);
    then(h2.notGranted()).containsExactly("github");
    then(h2.accessMinutesBySystem().get("github")).isEqualByComparingTo("8580");
    then(h2.totalCost()).isEqualByComparingTo("14300");
    then(h2.evidenceKind()).isEqualTo(EvidenceKind.LOGS);
    // AND h1, whom GitHub never invited, is flagged at no cost
    then(analysis.quality().notGrantedWithoutRequest())
        .extracting(DataQuality.MissingGrant::hire, DataQuality.MissingGrant::system)
        .containsExactly(tuple(PersonId.of("h1"), "github"));
  }

  private void requireGoogleWorkspace(String extra) throws IOException {
    Files.writeString(
        workspace.resolve("onboarding.yaml"),
        Files.readString(Golden.workspace("okta").resolve("onboarding.yaml"))
                .replace("required_access: [github, aws]", "required_access: [google-workspace]")
            + extra);
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
