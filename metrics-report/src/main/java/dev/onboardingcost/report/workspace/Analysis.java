package dev.onboardingcost.report.workspace;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.report.quality.DataQuality;

/** What reading a workspace gave: the cost of every hire and the account of every record. */
public record Analysis(Workspace workspace, CostReport costs, DataQuality quality) {
  /** Checks the analysis. */
  public Analysis {
    requireNonNull(workspace, "workspace");
    requireNonNull(costs, "costs");
    requireNonNull(quality, "quality");
  }
}
