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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Everything a report shows, computed once from the analysis; writers only format it.
 *
 * <p>The statistics (totals, trend, cohorts) are computed on threads of their own from the moment
 * the results are made, and asking for one waits until it is ready. Writing what needs none of
 * them, the summary's many hires, so overlaps computing them: on two cores, only the bootstrap of
 * the totals kept both busy, and the sorts and the writing each left one idle. The figures are the
 * same: every computation reads the same immutable costs. A statistic that fails throws, as it
 * threw, where it is first asked for.
 */
public final class ReportResults {
  private final Analysis analysis;
  private final FutureTask<Distribution> totals;
  private final FutureTask<TrendAnalysis> trend;
  private final FutureTask<CohortAnalysis> cohorts;
  private final Optional<Forecast> forecast;
  private final List<FixPayback> fixes;

  private ReportResults(
      Analysis analysis,
      FutureTask<Distribution> totals,
      FutureTask<TrendAnalysis> trend,
      FutureTask<CohortAnalysis> cohorts,
      Optional<Forecast> forecast,
      List<FixPayback> fixes) {
    this.analysis = requireNonNull(analysis, "analysis");
    this.totals = totals;
    this.trend = trend;
    this.cohorts = cohorts;
    this.forecast = requireNonNull(forecast, "forecast");
    this.fixes = List.copyOf(fixes);
  }

  /**
   * Computes every figure of the report from {@code analysis}, the statistics in the background.
   */
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
    // the cohorts on one thread; the totals (whose bootstrap draws on every core) then the trend
    // on another
    FutureTask<CohortAnalysis> cohorts = started("cohorts", () -> CohortAnalysis.byQuarter(costs));
    FutureTask<Distribution> totals = new FutureTask<>(() -> Distribution.ofTotals(costs));
    FutureTask<TrendAnalysis> trend = new FutureTask<>(() -> TrendAnalysis.of(costs));
    started(
        "totals-and-trend",
        () -> {
          totals.run();
          trend.run();
          return null;
        });
    return new ReportResults(analysis, totals, trend, cohorts, forecast, fixes);
  }

  /** Costs per hire and the data-quality account. */
  public Analysis analysis() {
    return analysis;
  }

  /** The distribution of per-hire totals. */
  public Distribution totals() {
    return resultOf(totals);
  }

  /** The least-squares line over successive hires. */
  public TrendAnalysis trend() {
    return resultOf(trend);
  }

  /** Hires by calendar quarter of their start date. */
  public CohortAnalysis cohorts() {
    return resultOf(cohorts);
  }

  /** The hiring plan's forecast, when the workspace has plan.yaml. */
  public Optional<Forecast> forecast() {
    return forecast;
  }

  /** Candidate fixes ranked by payback (empty without fixes.yaml). */
  public List<FixPayback> fixes() {
    return fixes;
  }

  /**
   * Waits for every statistic, throwing what one threw: a report asks for it before it keeps its
   * outputs, so that a statistic no chosen output shows still fails the run, as it did when all
   * were computed up front.
   */
  public void awaitAll() {
    totals();
    trend();
    cohorts();
  }

  /** The cost of every hire. */
  public CostReport costs() {
    return analysis.costs();
  }

  /** {@code computation}, started on a daemon thread named {@code name}. */
  static <T> FutureTask<T> started(String name, Callable<T> computation) {
    FutureTask<T> task = new FutureTask<>(computation);
    Thread thread = new Thread(task, "report-results-" + name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** What {@code task} computed, waiting for it, or the exception or error it threw. */
  static <T> T resultOf(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the figure is still needed: wait on, and keep the interrupt
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
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
