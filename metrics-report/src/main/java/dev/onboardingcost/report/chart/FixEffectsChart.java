package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.plan.FixEffect;
import dev.onboardingcost.core.stats.Bootstrap;
import dev.onboardingcost.core.stats.Interval;
import dev.onboardingcost.core.stats.MeanInterval;
import dev.onboardingcost.report.EffectWords;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * What each fix that went live did to its targeted cost per hire: the mean before {@code live_from}
 * and the mean after, each with its 95% interval of the mean (Student t from 5 hires, the bootstrap
 * from 20, none below 5: the point alone), one pair per fix. The title is the first fix's verdict
 * in the words of the pitch.
 */
public final class FixEffectsChart {
  /** File name of the chart. */
  public static final String NAME = "fix-effects";

  private static final int MAX_NAME = 34;

  private FixEffectsChart() {}

  /** The chart of {@code effects} over {@code hires}, or empty when no fix went live. */
  public static Optional<JFreeChart> create(
      List<FixEffect> effects, List<HireCost> hires, Currency currency) {
    if (effects.isEmpty()) {
      return Optional.empty();
    }
    YIntervalSeries before = new YIntervalSeries("Hires before the fix went live");
    YIntervalSeries after = new YIntervalSeries("Hires from the day it went live");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < effects.size(); i++) {
      FixEffect effect = effects.get(i);
      String name = shortName(effect.fix().name());
      List<BigDecimal> earlier = new ArrayList<>();
      List<BigDecimal> later = new ArrayList<>();
      for (HireCost hire : hires) {
        boolean isAfter = !hire.hire().startDate().orElseThrow().isBefore(effect.liveFrom());
        (isAfter ? later : earlier).add(effect.fix().targetedCostOf(hire));
      }
      add(before, labels.size(), earlier);
      labels.add(name + ": before");
      add(after, labels.size(), later);
      labels.add("after");
      labels.add("");
    }
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    dataset.addSeries(before);
    dataset.addSeries(after);
    SymbolAxis domain = new SymbolAxis(null, labels.toArray(String[]::new));
    domain.setGridBandsVisible(false);
    NumberAxis range =
        new NumberAxis("Targeted cost per hire, mean (" + currency.getCurrencyCode() + ")");
    range.setAutoRangeIncludesZero(true);
    range.setNumberFormatOverride(ChartStyle.moneyAxis(currency));
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDrawYError(true);
    renderer.setCapLength(10);
    renderer.setErrorStroke(ChartStyle.line(2f));
    XYPlot plot = new XYPlot(dataset, domain, range, renderer);
    domain.setRange(-0.5, labels.size() - 1.5);
    JFreeChart chart = new JFreeChart(title(effects.get(0)), plot);
    ChartStyle.apply(chart, subtitle(effects, currency));
    // after the style, which sets the theme's paints
    renderer.setSeriesPaint(0, ChartStyle.GREY);
    renderer.setSeriesPaint(1, ChartStyle.BLUE);
    for (int s = 0; s < 2; s++) {
      renderer.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
      renderer.setSeriesLinesVisible(s, false);
      renderer.setSeriesShapesVisible(s, true);
    }
    return Optional.of(chart);
  }

  private static void add(YIntervalSeries series, int x, List<BigDecimal> costs) {
    if (costs.isEmpty()) {
      return;
    }
    BigDecimal sum = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    double mean = sum.doubleValue() / costs.size();
    Optional<Interval> interval = MeanInterval.of(costs, Bootstrap.DEFAULT).interval();
    series.add(
        x,
        mean,
        interval.map(i -> i.lower().doubleValue()).orElse(mean),
        interval.map(i -> i.upper().doubleValue()).orElse(mean));
  }

  /**
   * "Fix worked: targeted cost per hire fell 94%", or the verdict's words; the fix's name is on the
   * axis and in the subtitle.
   */
  static String title(FixEffect effect) {
    if (effect.verdict() == FixEffect.Verdict.WORKED
        || effect.verdict() == FixEffect.Verdict.GOT_WORSE) {
      BigDecimal ratio = effect.comparison().ratio().orElseThrow();
      BigDecimal change = BigDecimal.ONE.subtract(ratio).abs().movePointRight(2);
      return (effect.verdict() == FixEffect.Verdict.WORKED
              ? "Fix worked: targeted cost per hire fell "
              : "Fix made it worse: targeted cost per hire rose ")
          + change.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString()
          + "%";
    }
    return "Fix: " + effect.verdict().words();
  }

  /** Each fix's ratio of means with its 95% interval, as the pitch words it. */
  static String subtitle(List<FixEffect> effects, Currency currency) {
    List<String> parts = new ArrayList<>();
    for (FixEffect effect : effects) {
      parts.add(
          shortName(effect.fix().name())
              + EffectWords.effectSize(effect.comparison()).replace(" (", ": ").replace(")", ""));
    }
    return String.join("; ", parts) + "; whiskers: 95% interval of each mean (none under 5 hires)";
  }

  private static String shortName(String name) {
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
  }
}
