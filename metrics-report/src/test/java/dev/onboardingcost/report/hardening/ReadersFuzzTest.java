package dev.onboardingcost.report.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.onboardingcost.report.quality.SourceCounts;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.ConfigException;
import dev.onboardingcost.report.workspace.Workspace;

/**
 * Fuzz targets for every reader (docs/reliability.md says how to fuzz them). In a normal build each
 * replays its seeds in {@code ReadersFuzzTestInputs/<method>/}. The property: no exception escapes
 * but {@link ConfigException} for the configuration files, and every evidence record read is used,
 * ignored or rejected and listed.
 */
class ReadersFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void settings(byte[] input) {
    FuzzWorkspace workspace = FuzzWorkspace.forFile("onboarding.yaml");
    workspace.write(input);
    try {
      Workspace.open(workspace.dir());
    } catch (ConfigException expected) {
      // a bad setting is a one-line error, as it should be
    }
  }

  @FuzzTest(maxDuration = "5m")
  void plan(byte[] input) {
    FuzzWorkspace workspace = FuzzWorkspace.forFile("plan.yaml");
    workspace.write(input);
    try {
      Workspace.open(workspace.dir());
    } catch (ConfigException expected) {
      // a bad plan is a one-line error, as it should be
    }
  }

  @FuzzTest(maxDuration = "5m")
  void fixes(byte[] input) {
    FuzzWorkspace workspace = FuzzWorkspace.forFile("fixes.yaml");
    workspace.write(input);
    try {
      Workspace.open(workspace.dir());
    } catch (ConfigException expected) {
      // a bad fix is a one-line error, as it should be
    }
  }

  @FuzzTest(maxDuration = "5m")
  void people(byte[] input) {
    FuzzWorkspace workspace = FuzzWorkspace.forFile("people.csv");
    workspace.write(input);
    try {
      Workspace.open(workspace.dir());
    } catch (ConfigException expected) {
      // a bad person is a one-line error, as it should be
    }
  }

  @FuzzTest(maxDuration = "5m")
  void canonicalCsv(byte[] input) {
    FuzzWorkspace.forFile("events.csv").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void canonicalJsonLines(byte[] input) {
    FuzzWorkspace workspace = FuzzWorkspace.forFile("events.jsonl");
    Analysis analysis = workspace.analyse(input);
    long read = analysis.quality().bySource().getOrDefault("events", SourceCounts.ZERO).read();
    long lines = workspace.nonBlankLines();
    if (read != lines) {
      throw new AssertionError("events.jsonl: " + lines + " non-blank lines, " + read + " read");
    }
  }

  @FuzzTest(maxDuration = "5m")
  void survey(byte[] input) {
    try {
      FuzzWorkspace.forFile("survey/responses.csv").analyse(input);
    } catch (ConfigException e) {
      // A header that has none of the mapped columns is a mapping error (SurveyReader), by design.
      if (!e.getMessage().startsWith("survey/responses.csv: ")) {
        throw e;
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void surveyXlsx(byte[] input) {
    try {
      FuzzWorkspace.forFile("survey/responses.xlsx").analyse(input);
    } catch (ConfigException e) {
      // A sheet with no identity column or none of the mapped columns is a mapping error.
      if (!e.getMessage().startsWith("survey/responses.xlsx: ")) {
        throw e;
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void okta(byte[] input) {
    FuzzWorkspace.forFile("logs/okta/system-log.json").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void githubAuditJson(byte[] input) {
    FuzzWorkspace.forFile("logs/github-audit/audit.jsonl").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void githubAuditCsv(byte[] input) {
    FuzzWorkspace.forFile("logs/github-audit/audit.csv").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void gam(byte[] input) {
    FuzzWorkspace.forFile("logs/gam/users.csv").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void jira(byte[] input) {
    FuzzWorkspace.forFile("logs/jira/issues.csv").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void slack(byte[] input) {
    FuzzWorkspace.forFile("logs/slack/help-onboarding/2026-01-06.json").analyse(input);
  }

  @FuzzTest(maxDuration = "5m")
  void githubPrs(byte[] input) {
    FuzzWorkspace.forFile("logs/github-prs/pulls.json").analyse(input);
  }
}
