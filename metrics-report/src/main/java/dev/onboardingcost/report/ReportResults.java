package dev.onboardingcost.report;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastBaseline;
import dev.onboardingcost.core.stats.CohortAnalysis;
import dev.onboardingcost.core.stats.Distribution;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.workspace.Analysis;
import dev.onboardingcost.report.workspace.Workspace;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed once from the analysis; writers only format it.
 *
 * @param fixes the candidate fixes, ranked by payback
 * @param fixEffects the fixes live by the last hire's start, measured, in file order
 * @param fixBaseline the hires whose targeted cost gives the candidates' savings
 */
public record ReportResults(
    Analysis analysis,
    Distribution totals,
    TrendAnalysis trend,
    CohortAnalysis cohorts,
    Optional<Forecast> forecast,
    List<FixPayback> fixes,
    List<FixEffect> fixEffects,
    List<HireCost> fixBaseline) {

  public ReportResults {
    requireNonNull(analysis, "analysis");
    requireNonNull(totals, "totals");
    requireNonNull(trend, "trend");
    requireNonNull(cohorts, "cohorts");
    requireNonNull(forecast, "forecast");
    fixes = List.copyOf(fixes);
    fixEffects = List.copyOf(fixEffects);
    fixBaseline = List.copyOf(fixBaseline);
  }

  /**
   * Computes every figure of the report from {@code analysis}. The statistics (distribution, trend,
   * cohorts), the forecast's baseline and fix savings use the hires with evidence alone ({@link
   * CostReport#withEvidence}): a hire nobody asked is no hire who cost nothing. The forecast and
   * the candidates' savings draw from the same baseline ({@link ForecastBaseline}): plan.yaml's
   * {@code baseline_from}, else the latest {@code live_from} of the fixes live by the last hire's
   * start when enough hires follow it, else every hire with evidence.
   */
  public static ReportResults of(Analysis analysis) {
    Workspace workspace = analysis.workspace();
    CostReport costs = analysis.costs().withEvidence();
    var settings = workspace.settings().cost();
    List<HireCost> hires = costs.hires();
    Optional<LocalDate> latestLiveFrom = latestLiveFrom(workspace, hires);
    List<HireCost> baseline =
        ForecastBaseline.choose(
                hires, workspace.plan().flatMap(plan -> plan.baselineFrom()), latestLiveFrom)
            .hires();
    Optional<Forecast> forecast =
        workspace.plan().map(plan -> Forecast.of(costs, plan, settings.calendar(), latestLiveFrom));
    List<FixPayback> fixes =
        workspace
            .fixes()
            .map(
                plan ->
                    plan.rank(hires, baseline, settings.rates().defaultRate(), workspace.plan()))
            .orElse(List.of());
    List<FixEffect> effects = workspace.fixes().map(plan -> plan.effects(hires)).orElse(List.of());
    return new ReportResults(
        analysis,
        Distribution.ofTotals(costs),
        TrendAnalysis.of(costs),
        CohortAnalysis.byQuarter(costs),
        forecast,
        fixes,
        effects,
        baseline);
  }

  /**
   * The latest {@code live_from} of the fixes live by the last start of {@code hires}: the date the
   * forecast's baseline may start from (the same for {@code report} and {@code forecast}).
   */
  public static Optional<LocalDate> latestLiveFrom(Workspace workspace, List<HireCost> hires) {
    return workspace
        .fixes()
        .flatMap(
            plan ->
                plan.live(hires).stream()
                    .map(fix -> fix.liveFrom().orElseThrow())
                    .max(Comparator.naturalOrder()));
  }

  /** The cost of every hire. */
  public CostReport costs() {
    return analysis.costs();
  }
}
