package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.report.AccessWaits;
import dev.onboardingcost.report.Hours;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Access waits by system: the median and 90th percentile of the hours a hire lost waiting for each
 * system (a hire with no wait on a system counts as zero).
 */
public final class AccessWaitChart {
  /** File name of the chart. */
  public static final String NAME = "access-waits";

  private AccessWaitChart() {}

  /** The chart, or empty when no hire waited for any system. */
  public static Optional<JFreeChart> create(CostReport costs) {
    List<AccessWaits> waits = AccessWaits.of(costs.hires());
    if (waits.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (AccessWaits w : waits) {
      dataset.addValue(w.median().doubleValue(), "Median hire", w.system());
      dataset.addValue(w.p90().doubleValue(), "90th percentile", w.system());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title(waits.get(0)),
            null,
            "Working hours lost waiting, per hire",
            dataset,
            PlotOrientation.HORIZONTAL,
            true,
            false,
            false);
    ChartStyle.apply(
        chart,
        costs.hires().size()
            + " hires; blocked fractions applied; a hire with no wait counts as 0 hours");
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.BLUE);
    renderer.setSeriesPaint(1, ChartStyle.SKY_BLUE);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    plot.getDomainAxis().setCategoryMargin(0.3);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(ChartStyle.hoursAxis());
    return Optional.of(chart);
  }

  static String title(AccessWaits top) {
    if (top.median().signum() > 0) {
      return "The median hire lost "
          + Hours.text(top.median())
          + " hours waiting for "
          + top.system();
    }
    return "1 hire in 10 lost " + Hours.text(top.p90()) + "+ hours waiting for " + top.system();
  }
}
