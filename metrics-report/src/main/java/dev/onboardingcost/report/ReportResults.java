package dev.onboardingcost.report;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.Workspace;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed once from the analysis; writers only format it.
 *
 * @param analysis costs per hire and the data-quality account
 * @param totals the distribution of per-hire totals
 * @param trend the least-squares line over successive hires
 * @param cohorts hires by calendar quarter of their start date
 * @param forecast the hiring plan's forecast, when the workspace has plan.yaml
 * @param fixes candidate fixes ranked by payback (empty without fixes.yaml)
 */
public record ReportResults(
    Analysis analysis,
    Distribution totals,
    TrendAnalysis trend,
    CohortAnalysis cohorts,
    Optional<Forecast> forecast,
    List<FixPayback> fixes) {
  /** Checks the results. */
  public ReportResults {
    requireNonNull(analysis, "analysis");
    requireNonNull(totals, "totals");
    requireNonNull(trend, "trend");
    requireNonNull(cohorts, "cohorts");
    requireNonNull(forecast, "forecast");
    fixes = List.copyOf(fixes);
  }

  /** Computes every figure of the report from {@code analysis}. */
  public static ReportResults of(Analysis analysis) {
    Workspace workspace = analysis.workspace();
    CostReport costs = analysis.costs();
    var settings = workspace.settings().cost();
    Optional<Forecast> forecast =
        workspace.plan().map(plan -> Forecast.of(costs, plan, settings.calendar()));
    List<FixPayback> fixes =
        workspace
            .fixes()
            .map(plan -> plan.rank(costs, settings.rates().defaultRate(), workspace.plan()))
            .orElse(List.of());
    return new ReportResults(
        analysis,
        Distribution.ofTotals(costs),
        TrendAnalysis.of(costs),
        CohortAnalysis.byQuarter(costs),
        forecast,
        fixes);
  }

  /** The cost of every hire. */
  public CostReport costs() {
    return analysis.costs();
  }
}
