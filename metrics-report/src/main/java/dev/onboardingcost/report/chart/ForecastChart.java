package dev.onboardingcost.report.chart;

import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.outlook.QuarterForecast;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/** The forecast per quarter of the hiring plan: the P10 to P90 band, the median and expected. */
public final class ForecastChart {
  /** File name of the chart. */
  public static final String NAME = "forecast";

  private ForecastChart() {}

  /** The chart, or empty when there is no forecast. */
  public static Optional<JFreeChart> create(List<QuarterForecast> quarters, Currency currency) {
    if (quarters.isEmpty()) {
      return Optional.empty();
    }
    int n = quarters.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    String[] keys = new String[n];
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    BigDecimal expected = BigDecimal.ZERO;
    int hires = 0;
    for (int i = 0; i < n; i++) {
      QuarterForecast q = quarters.get(i);
      keys[i] = q.quarter();
      starts[0][i] = q.p10().doubleValue();
      ends[0][i] = q.p90().doubleValue();
      points.addValue(q.expected().doubleValue(), "Expected", q.quarter());
      points.addValue(q.p50().doubleValue(), "Median (P50)", q.quarter());
      expected = expected.add(q.expected());
      hires += q.hires();
    }
    DefaultIntervalCategoryDataset band =
        new DefaultIntervalCategoryDataset(new String[] {"P10 to P90"}, keys, starts, ends);
    CategoryPlot plot =
        new CategoryPlot(
            band,
            new CategoryAxis("Quarter"),
            new NumberAxis("Cost per quarter (" + currency.getCurrencyCode() + ")"),
            new IntervalBarRenderer());
    LineAndShapeRenderer markers = new LineAndShapeRenderer(false, true);
    plot.setDataset(1, points);
    plot.setRenderer(1, markers);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart =
        new JFreeChart(
            "The plan's "
                + hires
                + " hires: about "
                + Money.whole(expected, currency)
                + " to onboard",
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    ChartStyle.apply(chart, "Expected = hires × mean cost per hire; band from resampled hires");
    // The theme resets series paints, so colour the markers after applying it.
    markers.setSeriesPaint(0, ChartStyle.VERMILLION);
    markers.setSeriesShape(0, new Rectangle2D.Double(-7, -7, 14, 14));
    markers.setSeriesPaint(1, ChartStyle.INK);
    markers.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
    IntervalBarRenderer renderer = (IntervalBarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.25);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(ChartStyle.moneyAxis(currency));
    range.setAutoRangeIncludesZero(true);
    return Optional.of(chart);
  }
}
