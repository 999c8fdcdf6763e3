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
            "\""
                + label(best.name())
                + "\" pays for itself after "
                + Rounding.twoDecimals(best.paybackHires().orElseThrow())
                    .stripTrailingZeros()
                    .toPlainString()
                + " hires",
            "Fix",
            "Hires until the fix pays for itself",
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    int never = fixes.size() - paying.size();
    ChartStyle.apply(
        chart,
        "Payback = one-off cost / savings per hire"
            + (never > 0 ? "; " + never + " fixes that save nothing are left out" : ""));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.GREEN);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.15);
    ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ChartStyle.hoursAxis());
    return Optional.of(chart);
  }

  private static String label(String name) {
    String oneLine = name.replaceAll("\\s+", " ").strip();
    return oneLine.length() > MAX_NAME ? oneLine.substring(0, MAX_NAME - 1) + "…" : oneLine;
  }
}
