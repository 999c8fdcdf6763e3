package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.report.outlook.FixPayback;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Fixes ranked by payback: how many hires until each pays for itself. */
public final class FixesChart {
  /** File name of the chart. */
  public static final String NAME = "fixes";

  private static final int MAX_NAME = 40;

  private FixesChart() {}

  /** The chart, or empty when no fix ever pays back. */
  public static Optional<JFreeChart> create(List<FixPayback> fixes) {
    List<FixPayback> paying =
        fixes.stream()
            .filter(f -> f.paybackHires().isPresent())
            .sorted(
                Comparator.comparing((FixPayback f) -> f.paybackHires().orElseThrow())
                    .thenComparing(FixPayback::name))
            .toList();
    if (paying.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (FixPayback fix : paying) {
      dataset.addValue(
          fix.paybackHires().orElseThrow().doubleValue(), "Payback", label(fix.name()));
    }
    FixPayback best = paying.get(0);
    JFreeChart chart =
        ChartFactory.createBarChart(
            "The best fix pays for itself after "
                + Rounding.twoDecimals(best.paybackHires().orElseThrow())
                    .stripTrailingZeros()
                    .toPlainString()
                + " hires",
            null,
            "Hires until the fix pays for itself",
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    int never = fixes.size() - paying.size();
    ChartStyle.apply(
        chart,
        label(best.name())
            + "; payback = one-off cost / savings per hire"
            + (never == 1
                ? "; 1 fix saves nothing"
                : never > 1 ? "; " + never + " fixes save nothing" : ""));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.GREEN);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.15);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ChartStyle.hoursAxis());
    return Optional.of(chart);
  }

  private static String label(String name) {
    String oneLine = name.replaceAll("\\s+", " ").strip();
    return oneLine.length() > MAX_NAME ? oneLine.substring(0, MAX_NAME - 1) + "…" : oneLine;
  }
}
