package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.model.Rounding;
import dev.onboardingcost.core.stats.TheilSen;
import dev.onboardingcost.core.stats.TrendAnalysis;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.Ratios;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Total cost per hire over successive hires (x = 1..n in start order), with the least-squares line
 * when {@link TrendAnalysis} has one (at least five hires whose costs differ). For more hires than
 * points can show one by one ({@link ChartStyle#MAX_HIRES_ONE_BY_ONE}), each point is the mean of a
 * run of successive hires; the line is still the fit of every hire.
 */
public final class TrendChart {
  /** File name of the chart. */
  public static final String NAME = "trend";

  private TrendChart() {}

  /** The chart, or empty when there are no hires. */
  public static Optional<JFreeChart> create(CostReport costs, TrendAnalysis trend) {
    List<HireCost> hires = inStartOrder(costs);
    if (hires.isEmpty()) {
      return Optional.empty();
    }
    int perPoint = hiresPerPoint(hires.size());
    XYSeriesCollection dataset = new XYSeriesCollection(points(hires, perPoint));
    if (trend.slope().isPresent() && trend.intercept().isPresent()) {
      BigDecimal slope = trend.slope().get();
      BigDecimal intercept = trend.intercept().get();
      XYSeries line = new XYSeries("Least-squares line");
      for (int x : new int[] {1, hires.size()}) {
        line.add(x, intercept.add(slope.multiply(BigDecimal.valueOf(x))).doubleValue());
      }
      dataset.addSeries(line);
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            title(costs, trend),
            "Hire number, in start order",
            "Cost per hire (" + costs.currency().getCurrencyCode() + ")",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartStyle.apply(chart, subtitle(costs, trend));
    double size = perPoint == 1 ? 10 : 6;
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    ChartStyle.dottedLine(renderer, 0, ChartStyle.BLUE, size);
    renderer.setSeriesPaint(1, ChartStyle.VERMILLION);
    renderer.setSeriesStroke(1, ChartStyle.line(3f));
    renderer.setSeriesShapesVisible(1, false);
    plot.setRenderer(renderer);
    ChartStyle.overHires(plot, hires.size(), ChartStyle.moneyAxis(costs.currency()));
    return Optional.of(chart);
  }

  /**
   * How many successive hires each point is the mean of: 1 up to {@link
   * ChartStyle#MAX_HIRES_ONE_BY_ONE} hires, else enough for at most 100 points.
   */
  static int hiresPerPoint(int hires) {
    return hires <= ChartStyle.MAX_HIRES_ONE_BY_ONE ? 1 : (hires + 99) / 100;
  }

  /**
   * Each hire's total at its number (1..n), or with {@code perPoint} above 1, the mean total of
   * each run of that many successive hires (the last run may be shorter) at the mean of their
   * numbers.
   */
  private static XYSeries points(List<HireCost> hires, int perPoint) {
    XYSeries points =
        new XYSeries(perPoint == 1 ? "Cost per hire" : "Mean of " + perPoint + " successive hires");
    for (int first = 0; first < hires.size(); first += perPoint) {
      int end = Math.min(first + perPoint, hires.size());
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = first; i < end; i++) {
        sum = sum.add(hires.get(i).totalCost());
      }
      int count = end - first;
      points.add((first + 1 + end) / 2.0, sum.doubleValue() / count);
    }
    return points;
  }

  /**
   * The headline: the Theil-Sen slope when Kendall's test tells it from chance, else "No clear
   * trend"; with too few hires for a trend, the first and the last hire's cost.
   */
  static String title(CostReport costs, TrendAnalysis trend) {
    if (trend.theilSen().isPresent()) {
      BigDecimal slope = Rounding.money(trend.theilSen().get().slope(), costs.currency());
      if (slope.signum() == 0 || !Ratios.isSignificant(trend.kendallPValue())) {
        return "No clear trend over " + trend.hires() + " hires";
      }
      return "Each successive hire costs about "
          + Money.whole(slope.abs(), costs.currency())
          + (slope.signum() < 0 ? " less" : " more");
    }
    List<HireCost> hires = inStartOrder(costs);
    if (hires.isEmpty()) {
      return "No hires";
    }
    if (hires.size() == 1) {
      return "The one hire cost " + Money.whole(hires.get(0).totalCost(), costs.currency());
    }
    return "Hire 1 cost "
        + Money.whole(hires.get(0).totalCost(), costs.currency())
        + ", hire "
        + hires.size()
        + " cost "
        + Money.whole(hires.get(hires.size() - 1).totalCost(), costs.currency());
  }

  /**
   * How many hires, the Theil-Sen slope with its interval and Kendall's p, and which line is drawn
   * (least squares, with its r²).
   */
  static String subtitle(CostReport costs, TrendAnalysis trend) {
    int n = costs.hires().size();
    String base = n + (n == 1 ? " hire" : " hires in start-date order");
    if (trend.theilSen().isEmpty()) {
      return base + "; no trend: " + trend.reason().orElse("not computed");
    }
    TheilSen line = trend.theilSen().get();
    StringBuilder text =
        new StringBuilder(base)
            .append("; median change per hire ")
            .append(Money.whole(line.slope(), costs.currency()))
            .append(" (95%: ")
            .append(Money.whole(line.interval().lower(), costs.currency()))
            .append(" to ")
            .append(Money.whole(line.interval().upper(), costs.currency()))
            .append(")");
    trend.kendallPValue().ifPresent(p -> text.append(", Kendall p = ").append(Ratios.text(p)));
    text.append(hiresPerPoint(n) == 1 ? "; line: least squares" : "; line: least squares of all");
    trend.rSquared().ifPresent(r2 -> text.append(", r² ").append(Ratios.text(r2)));
    return text.toString();
  }

  /** The hires as the trend numbers them: start date, then id. */
  static List<HireCost> inStartOrder(CostReport costs) {
    List<HireCost> hires = new ArrayList<>(costs.hires());
    hires.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    return hires;
  }
}
