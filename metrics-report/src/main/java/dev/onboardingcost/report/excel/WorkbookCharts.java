package dev.onboardingcost.report.excel;

import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.core.model.Category;
import dev.onboardingcost.core.model.People;
import dev.onboardingcost.core.plan.Forecast;
import dev.onboardingcost.core.plan.QuarterForecast;
import dev.onboardingcost.core.stats.TrendAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * The native charts of the workbook, on the {@code Summary} sheet: each series is a reference to
 * the workbook's own cells (with the engine's figures as its cache), so a chart follows when a rate
 * in {@code Assumptions} changes. Cost per hire stacked by category in start order (over {@code
 * Hires}), cost over successive hires with the fitted line (over {@code Trend}), access waits by
 * system (over {@code Systems}) and the forecast band per quarter (over {@code Forecast}); a chart
 * with nothing to show is left out.
 *
 * <p>The charts are drawn on the streamed workbook's underlying sheet: a drawing and its charts are
 * parts beside the sheet's rows, so they need no row in memory.
 */
final class WorkbookCharts {
  /** Chart titles, in order. */
  static final String COST_PER_HIRE = "Cost per hire by category, in start order";

  static final String TREND = "Cost over successive hires, with the least-squares line";
  static final String ACCESS = "Access waits by system (hours lost, all hires)";
  static final String FORECAST = "Forecast cost per quarter: P10, P50, P90";

  /**
   * The most hires drawn one by one: a chart caches every point, so charts of more hires would hold
   * the whole sample in memory and draw bars thinner than a pixel. Above it the per-hire charts are
   * left out (the chart files draw means per start month instead).
   */
  static final int MAX_HIRES = 1_000;

  private final XSSFDrawing drawing;
  private final int maxHires;
  private int nextRow = 1;

  /** Charts drawn on {@code sheet} (the {@code Summary} sheet's underlying sheet). */
  WorkbookCharts(XSSFSheet sheet) {
    this(sheet, MAX_HIRES);
  }

  /** Charts drawn on {@code sheet}, per-hire charts only up to {@code maxHires} hires. */
  WorkbookCharts(XSSFSheet sheet, int maxHires) {
    this.drawing = sheet.createDrawingPatriarch();
    this.maxHires = maxHires;
  }

  /** Cost per hire, stacked by category, over the hires in the order of the {@code Hires} sheet. */
  void costPerHire(List<HireCost> hires) {
    if (hires.isEmpty() || hires.size() > maxHires) {
      return;
    }
    int last = hires.size() + 1;
    XSSFChart chart = chart(COST_PER_HIRE);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = valueAxis(chart);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(BarGrouping.STACKED);
    data.setVaryColors(false);
    XDDFCategoryDataSource ids =
        categories(
            hires.stream().map(h -> h.hire().id().value()).toList(),
            HiresSheet.NAME,
            HiresSheet.HIRE,
            last);
    for (Category category : Category.values()) {
      List<BigDecimal> costs = hires.stream().map(h -> h.costOf(category)).toList();
      if (costs.stream().allMatch(c -> c.signum() == 0)) {
        continue;
      }
      int col = HiresSheet.FIRST_CATEGORY + category.ordinal();
      add(data, ids, costs, "Cost: " + category.key(), HiresSheet.NAME, col, last);
    }
    chart.plot(data);
    overlapFully(chart.getCTChart().getPlotArea().getBarChartArray(0));
  }

  /** The totals over successive hires and, when the trend has one, its fitted line. */
  void trend(List<HireCost> hires, TrendAnalysis trend) {
    if (hires.isEmpty() || hires.size() > maxHires) {
      return;
    }
    List<HireCost> ordered = new ArrayList<>(hires);
    ordered.sort(Comparator.comparing(HireCost::hire, People.START_ORDER));
    int n = ordered.size();
    int last = n + 1;
    XSSFChart chart = chart(TREND);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle("Successive hire");
    XDDFValueAxis y = valueAxis(chart);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      numbers.add(String.valueOf(i));
    }
    XDDFCategoryDataSource xs = categories(numbers, TrendSheet.NAME, TrendSheet.X, last);
    List<BigDecimal> totals = ordered.stream().map(HireCost::totalCost).toList();
    line(
        data,
        xs,
        totals,
        "Total cost",
        TrendSheet.NAME,
        TrendSheet.TOTAL,
        last,
        MarkerStyle.CIRCLE);
    if (trend.fittedAt(1).isPresent()) {
      List<BigDecimal> fitted = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        fitted.add(trend.fittedAt(i).orElseThrow());
      }
      line(
          data,
          xs,
          fitted,
          "Fitted cost",
          TrendSheet.NAME,
          TrendSheet.FITTED,
          last,
          MarkerStyle.NONE);
    }
    chart.plot(data);
  }

  /** Hours lost per system, all hires, over the {@code Systems} sheet. */
  void accessWaits(List<String> systems, List<BigDecimal> hours) {
    if (systems.isEmpty()) {
      return;
    }
    int last = systems.size() + 1;
    XSSFChart chart = chart(ACCESS);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = valueAxis(chart);
    y.setTitle("Hours");
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    add(
        data,
        categories(systems, SystemsSheet.NAME, SystemsSheet.SYSTEM, last),
        hours,
        "Hours lost, all hires",
        SystemsSheet.NAME,
        SystemsSheet.HOURS,
        last);
    chart.plot(data);
  }

  /** P10, P50 and P90 per quarter over the {@code Forecast} sheet, when the forecast has a band. */
  void forecast(Forecast forecast) {
    List<QuarterForecast> quarters = forecast.quarters();
    if (quarters.isEmpty() || quarters.stream().anyMatch(q -> q.band().isEmpty())) {
      return;
    }
    int last = quarters.size() + 1;
    XSSFChart chart = chart(FORECAST);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = valueAxis(chart);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    data.setVaryColors(false);
    XDDFCategoryDataSource names =
        categories(
            quarters.stream().map(q -> q.quarter().toString()).toList(),
            ForecastSheet.NAME,
            ForecastSheet.QUARTER,
            last);
    band(data, names, quarters, "P10", ForecastSheet.P10, q -> q.band().orElseThrow().p10(), last);
    band(data, names, quarters, "P50", ForecastSheet.P50, q -> q.band().orElseThrow().p50(), last);
    band(data, names, quarters, "P90", ForecastSheet.P90, q -> q.band().orElseThrow().p90(), last);
    chart.plot(data);
  }

  private void band(
      XDDFLineChartData data,
      XDDFCategoryDataSource names,
      List<QuarterForecast> quarters,
      String title,
      int col,
      Function<QuarterForecast, BigDecimal> figure,
      int last) {
    List<BigDecimal> values = quarters.stream().map(figure).toList();
    line(data, names, values, title, ForecastSheet.NAME, col, last, MarkerStyle.CIRCLE);
  }

  /** A line series ({@link #add}) with {@code marker} at each point and straight segments. */
  private static void line(
      XDDFLineChartData data,
      XDDFCategoryDataSource categories,
      List<BigDecimal> figures,
      String title,
      String sheet,
      int col,
      int last,
      MarkerStyle marker) {
    XDDFLineChartData.Series series =
        (XDDFLineChartData.Series) add(data, categories, figures, title, sheet, col, last);
    series.setMarkerStyle(marker);
    series.setSmooth(false);
  }

  /**
   * Sets a bar chart's overlap to 100%, so stacked bars stand on one another. Written as XML: the
   * schema type of the overlap value is not among POI's lite schemas.
   */
  private static void overlapFully(CTBarChart bar) {
    try (XmlCursor cursor = bar.getAxIdArray(0).newCursor()) {
      cursor.beginElement(new QName(XSSFRelation.NS_CHART, "overlap", "c"));
      cursor.insertAttributeWithValue("val", "100");
    }
  }

  private XSSFChart chart(String title) {
    int row = nextRow;
    nextRow += SummarySheet.CHART_ROWS + 1;
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(
                0,
                0,
                0,
                0,
                SummarySheet.CHART_COLUMN,
                row,
                SummarySheet.CHART_COLUMN + SummarySheet.CHART_COLUMNS,
                row + SummarySheet.CHART_ROWS));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  private static XDDFValueAxis valueAxis(XSSFChart chart) {
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    return y;
  }

  /**
   * A series of rows 2..{@code last} of column {@code col} of {@code sheet}, cached with {@code
   * figures}, titled {@code title}, a reference to the column's header in row 1.
   */
  private static XDDFChartData.Series add(
      XDDFChartData data,
      XDDFCategoryDataSource categories,
      List<BigDecimal> figures,
      String title,
      String sheet,
      int col,
      int last) {
    Double[] cache = figures.stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
    XDDFChartData.Series series =
        data.addSeries(
            categories, XDDFDataSourcesFactory.fromArray(cache, Cells.range(sheet, col, 2, last)));
    series.setTitle(title, new CellReference(sheet, 0, col, true, true));
    return series;
  }

  /** Text categories: a reference to rows 2..{@code last} of a column, cached with {@code text}. */
  private static XDDFCategoryDataSource categories(
      List<String> text, String sheet, int col, int last) {
    return XDDFDataSourcesFactory.fromArray(
        text.toArray(String[]::new), Cells.range(sheet, col, 2, last));
  }
}
