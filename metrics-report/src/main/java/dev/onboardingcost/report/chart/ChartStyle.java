package dev.onboardingcost.report.chart;

import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.report.Money;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every chart shares: white background, the Okabe-Ito colour-blind-safe palette, DejaVu
 * Sans in sizes that read on a projector, anti-aliasing, thousands separators.
 */
public final class ChartStyle {
  /** Logical width of a chart; PNGs are drawn at {@link #SCALE} times this. */
  public static final int WIDTH = 800;

  /** Logical height of a chart. */
  public static final int HEIGHT = 450;

  /** PNG pixels per logical unit: 2 gives 1600 × 900, sharp on slides. */
  public static final int SCALE = 2;

  /**
   * The most hires a chart shows one by one (a bar or a point each). Beyond, a bar would be
   * narrower than 4 of the plot's 650 points and 20,000 of them blur into one shape, so the charts
   * show hires by start month, or as means of consecutive hires.
   */
  static final int MAX_HIRES_ONE_BY_ONE = 120;

  /** The font family of every chart (fonts-dejavu-core). */
  public static final String FONT = "DejaVu Sans";

  /** Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple. */
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);

  static final Color SKY_BLUE = new Color(0x56, 0xB4, 0xE9);
  static final Color GREEN = new Color(0x00, 0x9E, 0x73);
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
  static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
  static final Color GREY = new Color(0x99, 0x99, 0x99);
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private ChartStyle() {}

  /** The colour of {@code category}, the same in every chart. */
  public static Color colourOf(Category category) {
    switch (category) {
      case ACCESS:
        return VERMILLION;
      case DOCUMENTATION:
        return BLUE;
      case ENVIRONMENT:
        return ORANGE;
      case KNOWLEDGE:
        return GREEN;
      case TOOLING:
        return SKY_BLUE;
      case PROCESS:
        return PURPLE;
      default:
        return GREY;
    }
  }

  /** Applies the shared look to {@code chart}, with {@code subtitle} under the title. */
  static JFreeChart apply(JFreeChart chart, String subtitle) {
    StandardChartTheme theme = new StandardChartTheme("onboarding-cost", false);
    theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 24));
    theme.setLargeFont(new Font(FONT, Font.PLAIN, 17));
    theme.setRegularFont(new Font(FONT, Font.PLAIN, 15));
    theme.setSmallFont(new Font(FONT, Font.PLAIN, 13));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(GRID);
    theme.setRangeGridlinePaint(GRID);
    theme.setTitlePaint(INK);
    theme.setSubtitlePaint(INK);
    theme.setAxisLabelPaint(INK);
    theme.setTickLabelPaint(INK);
    theme.setLegendItemPaint(INK);
    theme.setPlotOutlinePaint(Color.WHITE);
    theme.setShadowVisible(false);
    theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(12, 16, 12, 24));
    chart.getTitle().setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
    chart.getTitle().setMargin(0, 4, 2, 0);
    if (subtitle != null && !subtitle.isEmpty()) {
      TextTitle sub = new TextTitle(subtitle, new Font(FONT, Font.PLAIN, 15));
      sub.setPaint(new Color(0x55, 0x55, 0x55));
      sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
      sub.setMargin(0, 4, 10, 0);
      chart.addSubtitle(0, sub);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setFrame(BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setItemFont(new Font(FONT, Font.PLAIN, 15));
    }
    Plot plot = chart.getPlot();
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    if (plot instanceof CategoryPlot) {
      ((CategoryPlot) plot).setRangeGridlineStroke(new BasicStroke(1f));
    } else if (plot instanceof XYPlot) {
      ((XYPlot) plot).setRangeGridlineStroke(new BasicStroke(1f));
      ((XYPlot) plot).setDomainGridlinesVisible(false);
    }
    return chart;
  }

  /** Axis ticks in whole money: {@code $12,000}. */
  static NumberFormat moneyAxis(Currency currency) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    String symbol = Money.symbol(currency);
    format.setPositivePrefix(symbol.length() > 1 ? symbol + " " : symbol);
    format.setNegativePrefix("-" + format.getPositivePrefix());
    return format;
  }

  /** Axis ticks in hours: {@code 1,234.5}. */
  static NumberFormat hoursAxis() {
    return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US));
  }

  /** A solid line of {@code width} logical units. */
  static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /**
   * Draws {@code series} as a {@code colour} line 1.5 units wide through dots {@code size} wide.
   */
  static void dottedLine(XYLineAndShapeRenderer renderer, int series, Color colour, double size) {
    renderer.setSeriesPaint(series, colour);
    renderer.setSeriesStroke(series, line(1.5f));
    renderer.setSeriesShape(series, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
    renderer.setSeriesShapesVisible(series, true);
    renderer.setSeriesLinesVisible(series, true);
  }

  /**
   * Axes of a chart over successive hires: whole hire numbers 1 to {@code hires} across, and values
   * from zero up, shown in {@code format}.
   */
  static void overHires(XYPlot plot, int hires, NumberFormat format) {
    NumberAxis domain = (NumberAxis) plot.getDomainAxis();
    domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    domain.setRange(0.5, hires + 0.5);
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setAutoRangeIncludesZero(true);
    range.setNumberFormatOverride(format);
  }
}
