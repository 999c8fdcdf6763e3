package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.report.ReportResults;
import java.util.ArrayList;
import java.util.List;

/** Every chart of a report, in the order the workbook and the pitch show them. */
public final class ReportCharts {
  private ReportCharts() {}

  /**
   * The charts of {@code results}: cost per hire, access waits, trend, fix effects, time to pull
   * requests, forecast and fixes; a chart with nothing to show (no access waits, no plan, no fix
   * that pays back) is left out.
   */
  public static List<NamedChart> of(ReportResults results) {
    CostReport costs = results.costs();
    List<NamedChart> charts = new ArrayList<>();
    charts.add(new NamedChart(CostPerHireChart.NAME, CostPerHireChart.create(results)));
    AccessWaitChart.create(costs)
        .ifPresent(c -> charts.add(new NamedChart(AccessWaitChart.NAME, c)));
    TrendChart.create(costs.withEvidence(), results.trend())
        .ifPresent(c -> charts.add(new NamedChart(TrendChart.NAME, c)));
    FixEffectsChart.create(results.fixEffects(), costs.withEvidence().hires(), costs.currency())
        .ifPresent(c -> charts.add(new NamedChart(FixEffectsChart.NAME, c)));
    MilestonesChart.create(costs)
        .ifPresent(c -> charts.add(new NamedChart(MilestonesChart.NAME, c)));
    results
        .forecast()
        .flatMap(f -> ForecastChart.create(f, costs.currency()))
        .ifPresent(c -> charts.add(new NamedChart(ForecastChart.NAME, c)));
    FixesChart.create(results.fixes(), costs.currency())
        .ifPresent(c -> charts.add(new NamedChart(FixesChart.NAME, c)));
    return charts;
  }
}
