package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.plan.Band;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.ForecastTotals;
import dev.onboardingcost.core.plan.QuarterForecast;
import dev.onboardingcost.report.Money;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
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

/**
 * The forecast per quarter of the hiring plan: the P10 to P90 band of the simulated quarter totals,
 * their median and the expected cost ({@code hires × mean cost per hire}).
 */
public final class ForecastChart {
  /** File name of the chart. */
  public static final String NAME = "forecast";

  private ForecastChart() {}

  /**
   * The chart, or empty when the plan has no quarter or there were no observed hires to forecast
   * from.
   */
  public static Optional<JFreeChart> create(Forecast forecast, Currency currency) {
    List<QuarterForecast> quarters = forecast.quarters();
    ForecastTotals totals = forecast.totals();
    boolean complete =
        quarters.stream().allMatch(q -> q.band().isPresent() && q.expectedCost().isPresent());
    if (quarters.isEmpty() || !complete || totals.expectedCost().isEmpty()) {
      return Optional.empty();
    }
    int n = quarters.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    String[] keys = new String[n];
    DefaultCategoryDataset points = new DefaultCategoryDataset();
    for (int i = 0; i < n; i++) {
      QuarterForecast q = quarters.get(i);
      Band band = q.band().orElseThrow();
      String key = label(q);
      keys[i] = key;
      starts[0][i] = band.p10().doubleValue();
      ends[0][i] = band.p90().doubleValue();
      points.addValue(q.expectedCost().orElseThrow().doubleValue(), "Expected", key);
      points.addValue(band.p50().doubleValue(), "Median (P50)", key);
    }
    DefaultIntervalCategoryDataset band =
        new DefaultIntervalCategoryDataset(
            new String[] {"P10 to P90 of simulated quarters"}, keys, starts, ends);
    CategoryPlot plot =
        new CategoryPlot(
            band,
            new CategoryAxis("Planned quarter"),
            new NumberAxis("Cost per quarter (" + currency.getCurrencyCode() + ")"),
            new IntervalBarRenderer());
    LineAndShapeRenderer markers = new LineAndShapeRenderer(false, true);
    plot.setDataset(1, points);
    plot.setRenderer(1, markers);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    JFreeChart chart = new JFreeChart(title(forecast, currency), null, plot, true);
    ChartStyle.apply(chart, subtitle(forecast, currency));
    // The theme resets series paints, so colour the markers after applying it.
    markers.setSeriesPaint(0, ChartStyle.VERMILLION);
    // expected: a dash across the band; the median: a dot on it
    markers.setSeriesShape(0, new Rectangle2D.Double(-24, -2, 48, 4));
    markers.setSeriesPaint(1, ChartStyle.INK);
    markers.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
    IntervalBarRenderer renderer = (IntervalBarRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
    renderer.setDrawBarOutline(false);
    renderer.setMaximumBarWidth(0.09);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(ChartStyle.moneyAxis(currency));
    range.setAutoRangeIncludesZero(true);
    return Optional.of(chart);
  }

  /** "The plan's 50 hires: about $184,331.25 to onboard", the expected cost of summary.json. */
  static String title(Forecast forecast, Currency currency) {
    ForecastTotals totals = forecast.totals();
    return "The plan's "
        + totals.hires()
        + (totals.hires() == 1 ? " hire" : " hires")
        + ": about "
        + Money.whole(totals.expectedCost().orElseThrow(), currency)
        + " to onboard";
  }

  /** The plan's P10 to P90 and how many quarters cost colleagues more capacity than allowed. */
  static String subtitle(Forecast forecast, Currency currency) {
    ForecastTotals totals = forecast.totals();
    StringBuilder text = new StringBuilder();
    totals
        .band()
        .ifPresent(
            b ->
                text.append("8 in 10 simulated plans cost ")
                    .append(Money.whole(b.p10(), currency))
                    .append(" to ")
                    .append(Money.whole(b.p90(), currency)));
    int alerted = totals.alertedQuarters();
    text.append(text.length() == 0 ? "" : "; ")
        .append(
            alerted == 0
                ? "no quarter above the capacity alert"
                : alerted
                    + (alerted == 1 ? " quarter" : " quarters")
                    + " above the capacity alert");
    return text.toString();
  }

  /** The category of a quarter, on two lines: {@code 2027-Q1} and {@code 12 hires}. */
  static String label(QuarterForecast q) {
    return q.quarter() + "\n" + q.hires() + (q.hires() == 1 ? " hire" : " hires");
  }
}
