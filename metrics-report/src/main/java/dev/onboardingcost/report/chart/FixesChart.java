package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.core.plan.FixPayback;
import dev.onboardingcost.report.Money;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Fixes ranked by payback: how many hires until each pays for itself, as summary.json says it
 * (payback rounded to 2 decimals). Fixes that save nothing are counted in the subtitle.
 */
public final class FixesChart {
  /** File name of the chart. */
  public static final String NAME = "fixes";

  private static final int MAX_NAME = 40;

  private FixesChart() {}

  /**
   * The chart of {@code fixes}, in the payback order they come in, or empty when no fix ever pays
   * back.
   */
  public static Optional<JFreeChart> create(List<FixPayback> fixes, Currency currency) {
    List<FixPayback> paying =
        fixes.stream()
            .filter(f -> f.paybackHires().isPresent())
            .sorted(FixPayback.PAYBACK_ORDER)
            .toList();
    if (paying.isEmpty()) {
      return Optional.empty();
    }
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (FixPayback fix : paying) {
      dataset.addValue(payback(fix).doubleValue(), "Payback", label(fix.fix().name()));
    }
    FixPayback best = paying.get(0);
    JFreeChart chart =
        ChartFactory.createBarChart(
            title(best),
            null,
            "Hires until the fix pays for itself",
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    ChartStyle.apply(chart, subtitle(best, fixes.size() - paying.size(), currency));
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.GREEN);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.15);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2}", new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US))));
    renderer.setDefaultItemLabelFont(new Font(ChartStyle.FONT, Font.PLAIN, 13));
    renderer.setDefaultItemLabelPaint(ChartStyle.INK);
    renderer.setDefaultItemLabelsVisible(true);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(ChartStyle.hoursAxis());
    // room for the value beside the longest bar
    range.setUpperMargin(0.12);
    return Optional.of(chart);
  }

  /** "The best fix pays for itself after 0.36 hires", payback as in summary.json. */
  static String title(FixPayback best) {
    return "The best fix pays for itself after " + payback(best).toPlainString() + " hires";
  }

  private static String subtitle(FixPayback best, int never, Currency currency) {
    return label(best.fix().name())
        + ": saves "
        + Money.whole(best.savingsPerHire(), currency)
        + " per hire, costs "
        + Money.whole(best.oneOffCost(), currency)
        + " once"
        + (never == 1
            ? "; 1 fix never pays back"
            : never > 1 ? "; " + never + " fixes never pay back" : "");
  }

  /** Hires until payback, rounded half-even to 2 decimals as summary.json shows it. */
  static BigDecimal payback(FixPayback fix) {
    return Rounding.twoDecimals(fix.paybackHires().orElseThrow());
  }

  private static String label(String name) {
    String oneLine = name.replaceAll("\\s+", " ").strip();
    return oneLine.length() > MAX_NAME ? oneLine.substring(0, MAX_NAME - 1) + "…" : oneLine;
  }
}
