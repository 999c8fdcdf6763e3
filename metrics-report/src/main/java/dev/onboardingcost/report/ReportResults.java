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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Everything a report shows, computed once from the analysis; writers only format it. */
public record ReportResults(
    Analysis analysis,
    Distribution totals,
    TrendAnalysis trend,
    CohortAnalysis cohorts,
    Optional<Forecast> forecast,
    List<FixPayback> fixes) {

  public ReportResults {
    requireNonNull(analysis, "analysis");
    requireNonNull(totals, "totals");
    requireNonNull(trend, "trend");
    requireNonNull(cohorts, "cohorts");
    requireNonNull(forecast, "forecast");
    fixes = List.copyOf(fixes);
  }

  /**
   * Computes every figure of the report from {@code analysis}, with no fix's date known. The
   * statistics (distribution, trend, cohorts), the forecast's baseline and fix savings use the
   * hires with evidence alone ({@link CostReport#withEvidence}): a hire nobody asked is no hire who
   * cost nothing.
   */
  public static ReportResults of(Analysis analysis) {
    return of(analysis, Optional.empty());
  }

  /**
   * Computes every figure of the report from {@code analysis}; {@code latestLiveFrom}, the latest
   * {@code live_from} of the fixes, may start the forecast's baseline.
   */
  public static ReportResults of(Analysis analysis, Optional<LocalDate> latestLiveFrom) {
    Workspace workspace = analysis.workspace();
    CostReport costs = analysis.costs().withEvidence();
    var settings = workspace.settings().cost();
    Optional<Forecast> forecast =
        workspace.plan().map(plan -> Forecast.of(costs, plan, settings.calendar(), latestLiveFrom));
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
