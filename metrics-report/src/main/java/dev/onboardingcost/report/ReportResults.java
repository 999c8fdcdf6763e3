package dev.onboardingcost.report;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.report.workspace.Analysis;

/** Everything a report shows, computed once; writers only format it. */
public record ReportResults(Analysis analysis) {
  /** Checks the results. */
  public ReportResults {
    requireNonNull(analysis, "analysis");
  }
}
