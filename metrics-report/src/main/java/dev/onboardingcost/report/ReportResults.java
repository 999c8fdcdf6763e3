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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
    FutureTask<CohortAnalysis> cohorts = new FutureTask<>(() -> CohortAnalysis.byQuarter(costs));
    startOnOwnThread(cohorts);
    Distribution totals = Distribution.ofTotals(costs);
    TrendAnalysis trend = TrendAnalysis.of(costs);
    return new ReportResults(analysis, totals, trend, resultOf(cohorts), forecast, fixes);
  }

  /**
   * Starts {@code task} on a thread of its own. The cohorts are computed so, beside the totals:
   * only the bootstrap of the totals keeps every core busy, and the sorts of the totals and of each
   * cohort's costs each keep one, so on two cores they ran one after the other with a core idle.
   * The figures are the same: both read the same immutable costs.
   */
  private static void startOnOwnThread(FutureTask<?> task) {
    Thread thread = new Thread(task, "cohort-analysis");
    thread.setDaemon(true);
    thread.start();
  }

  /** What {@code task} computed, or the exception or error it threw, as it threw it. */
  private static <T> T resultOf(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + task, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The cost of every hire. */
  public CostReport costs() {
    return analysis.costs();
  }
}
