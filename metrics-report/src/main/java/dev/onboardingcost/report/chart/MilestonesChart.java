package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.MilestoneKind;
import dev.onboardingcost.core.stats.Percentiles;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Working days from the start of onboarding to the first pull request and to the tenth merged one,
 * over successive hires (x = 1..n in start order, as the trend numbers them). A hire who did not
 * reach a milestone in the evidence has no point for it. The subtitle compares the median days to
 * the first pull request of the earlier and the later half of the hires that reached it.
 */
public final class MilestonesChart {
  /** File name of the chart. */
  public static final String NAME = "time-to-pr";

  private static final MilestoneKind[] SHOWN = {
    MilestoneKind.FIRST_PR, MilestoneKind.TENTH_MERGED_PR
  };

  private MilestonesChart() {}

  /** The chart, or empty when no hire reached either milestone. */
  public static Optional<JFreeChart> create(CostReport costs) {
    List<HireCost> hires = TrendChart.inStartOrder(costs);
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (MilestoneKind kind : SHOWN) {
      XYSeries series = new XYSeries(label(kind));
      for (int i = 0; i < hires.size(); i++) {
        BigDecimal days = hires.get(i).daysToMilestone().get(kind);
        if (days != null) {
          series.add(i + 1, days.doubleValue());
        }
      }
      if (!series.isEmpty()) {
        dataset.addSeries(series);
      }
    }
    if (dataset.getSeriesCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Working days to a first PR and a tenth merged PR",
            "Hire number, in start order",
            "Working days from the start",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartStyle.apply(chart, subtitle(hires.size(), dataset));
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    double size = hires.size() <= ChartStyle.MAX_HIRES_ONE_BY_ONE ? 8 : 4;
    java.awt.Color[] colours = {ChartStyle.BLUE, ChartStyle.VERMILLION};
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      ChartStyle.dottedLine(renderer, s, colours[s], size);
    }
    plot.setRenderer(renderer);
    ChartStyle.overHires(plot, hires.size(), ChartStyle.hoursAxis());
    return Optional.of(chart);
  }

  private static String label(MilestoneKind kind) {
    return kind == MilestoneKind.FIRST_PR ? "First pull request" : "Tenth merged pull request";
  }

  /**
   * "median to a first PR: 5.7 working days for the earlier half of hires, 2.9 for the later half":
   * the halves of the hires with a point in {@code first}, in start order; empty under 4 such
   * hires.
   */
  static String halves(XYSeries first) {
    int n = first.getItemCount();
    if (n < 4) {
      return "";
    }
    return "; median to "
        + milestone(first)
        + ": "
        + String.format(Locale.ROOT, "%.1f", median(first, 0, n / 2))
        + " working days for the earlier half of hires, "
        + String.format(Locale.ROOT, "%.1f", median(first, n - n / 2, n))
        + " for the later half";
  }

  private static String milestone(XYSeries series) {
    return series.getKey().equals(label(MilestoneKind.FIRST_PR))
        ? "a first PR"
        : "a tenth merged PR";
  }

  private static double median(XYSeries series, int from, int to) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = from; i < to; i++) {
      values.add(BigDecimal.valueOf(series.getY(i).doubleValue()));
    }
    return Percentiles.of(values, Percentiles.MEDIAN).orElseThrow().doubleValue();
  }

  private static String subtitle(int hires, XYSeriesCollection dataset) {
    StringBuilder text = new StringBuilder().append(hires).append(" hires in start-date order");
    for (int s = 0; s < dataset.getSeriesCount(); s++) {
      XYSeries series = dataset.getSeries(s);
      text.append(s == 0 ? "; " : ", ")
          .append(series.getItemCount())
          .append(" reached ")
          .append(milestone(series));
    }
    return text.append(halves(dataset.getSeries(0))).toString();
  }
}
