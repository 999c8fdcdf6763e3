package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.report.Money;
import dev.onboardingcost.report.ReportResults;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Cost per hire, stacked by category: a bar per hire in start order, or for more hires than a bar
 * each can show ({@link ChartStyle#MAX_HIRES_ONE_BY_ONE}), a bar per start month (or quarter) with
 * the mean cost of the hires who started in it.
 */
public final class CostPerHireChart {
  /** File name of the chart. */
  public static final String NAME = "cost-per-hire";

  private static final int MAX_LABELLED_HIRES = 30;

  private CostPerHireChart() {}

  /** The chart of {@code results}; its title names the biggest category and its share. */
  public static JFreeChart create(ReportResults results) {
    CostReport costs = results.costs();
    Map<Category, BigDecimal> byCategory = new EnumMap<>(Category.class);
    for (HireCost hire : costs.hires()) {
      hire.costByCategory().forEach((c, v) -> byCategory.merge(c, v, BigDecimal::add));
    }
    int n = costs.hires().size();
    boolean oneByOne = n <= ChartStyle.MAX_HIRES_ONE_BY_ONE;
    StartPeriods periods = oneByOne ? null : StartPeriods.of(costs.hires());
    DefaultCategoryDataset dataset =
        oneByOne ? perHire(costs, byCategory.keySet()) : perPeriod(periods, byCategory.keySet());
    String currency = costs.currency().getCurrencyCode();
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title(byCategory, costs.totalCost()),
            oneByOne ? hireAxisLabel(n) : "Start " + periods.unit(),
            (oneByOne ? "Cost per hire (" : "Mean cost per hire (") + currency + ")",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    String subtitle =
        n
            + (n == 1 ? " hire" : " hires")
            + ", "
            + Money.whole(costs.totalCost(), costs.currency())
            + " in all"
            + results
                .totals()
                .mean()
                .map(mean -> "; mean " + Money.whole(mean, costs.currency()) + " per hire")
                .orElse("")
            + (oneByOne ? "" : "; a bar per start " + periods.unit());
    ChartStyle.apply(chart, subtitle);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    int series = 0;
    for (Category category : byCategory.keySet()) {
      renderer.setSeriesPaint(series++, ChartStyle.colourOf(category));
    }
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0);
    CategoryAxis domain = plot.getDomainAxis();
    domain.setCategoryMargin(0.25);
    int bars = dataset.getColumnCount();
    if (oneByOne && n > MAX_LABELLED_HIRES) {
      domain.setTickLabelsVisible(false);
    } else if (bars > (oneByOne ? 16 : 6)) { // "2026-01" is wider than a seventh of the plot
      domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setNumberFormatOverride(ChartStyle.moneyAxis(costs.currency()));
    return chart;
  }

  private static String hireAxisLabel(int hires) {
    return hires > MAX_LABELLED_HIRES
        ? "Hires 1 to " + hires + ", in start order"
        : "Hire, in start order";
  }

  /** Each hire's cost of each category, a column per hire in start order. */
  private static DefaultCategoryDataset perHire(CostReport costs, Set<Category> categories) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Category category : categories) {
      for (HireCost hire : costs.hires()) {
        dataset.addValue(hire.costOf(category).doubleValue(), category.key(), label(hire));
      }
    }
    return dataset;
  }

  /**
   * The mean cost of each category per hire who started in the period, a column per period (none
   * for a period with no start).
   */
  private static DefaultCategoryDataset perPeriod(StartPeriods periods, Set<Category> categories) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Category category : categories) {
      periods
          .hiresByPeriod()
          .forEach(
              (period, hires) -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (HireCost hire : hires) {
                  sum = sum.add(hire.costOf(category));
                }
                Double mean = hires.isEmpty() ? null : sum.doubleValue() / hires.size();
                dataset.addValue(mean, category.key(), period);
              });
    }
    return dataset;
  }

  private static String label(HireCost hire) {
    String id = hire.hire().id().value();
    return id.length() > 12 ? id.substring(0, 11) + "…" : id;
  }

  /** "Access is 42% of onboarding cost", or what was found when there is no cost. */
  static String title(Map<Category, BigDecimal> byCategory, BigDecimal total) {
    if (total.signum() <= 0 || byCategory.isEmpty()) {
      return "No onboarding cost recorded";
    }
    Map.Entry<Category, BigDecimal> top = null;
    for (Map.Entry<Category, BigDecimal> e : byCategory.entrySet()) {
      if (top == null || e.getValue().compareTo(top.getValue()) > 0) {
        top = e;
      }
    }
    BigDecimal pct =
        top.getValue().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_EVEN);
    String name = top.getKey().key();
    return Character.toUpperCase(name.charAt(0))
        + name.substring(1)
        + " is "
        + pct.toPlainString()
        + "% of onboarding cost";
  }
}
