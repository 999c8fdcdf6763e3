package dev.onboardingcost.report.excel;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.workspace.Analysis;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code onboarding-cost.xlsx} (SPEC section 9): sheets {@code Summary}, {@code
 * Assumptions}, {@code Hires}, {@code Events}, {@code Systems}, {@code Trend}, {@code Forecast},
 * {@code Fixes} and {@code Data quality}.
 *
 * <p>Money cells are live formulas: an event's cost is its hours times a rate looked up in {@code
 * Assumptions}, and every total sums those, so changing a rate there moves every total in Excel,
 * LibreOffice or Google Sheets. Each formula carries the engine's exact figure as its cached value,
 * so the file shows what {@code summary.json} says before any recalculation. Input text is only
 * ever written as string cells (see {@link SafeText}).
 *
 * <p>The workbook streams (SXSSF): rows leave memory as they are written, so a million events fit
 * in bounded memory (their temporary files are gzipped). Document dates are fixed, so the same
 * input gives the same cells.
 */
public final class WorkbookWriter {
  /** The file name in the output folder. */
  public static final String FILE_NAME = "onboarding-cost.xlsx";

  /** The sheets, in order. */
  public static final List<String> SHEETS =
      List.of(
          SummarySheet.NAME,
          AssumptionsSheet.NAME,
          HiresSheet.NAME,
          EventsSheet.NAME,
          SystemsSheet.NAME,
          TrendSheet.NAME,
          ForecastSheet.NAME,
          FixesSheet.NAME,
          QualitySheet.NAME);

  /** The document date written in every workbook, so the same input gives the same file. */
  static final Instant DOCUMENT_DATE = Instant.parse("2026-01-01T00:00:00Z");

  private static final int WINDOW = 100;
  private final int rowLimit;

  private WorkbookWriter(int rowLimit) {
    if (rowLimit < 3) {
      throw new IllegalArgumentException("row limit must be at least 3, was " + rowLimit);
    }
    this.rowLimit = rowLimit;
  }

  /** A writer for sheets of up to {@code rowLimit} rows (tests use small limits). */
  static WorkbookWriter withRowLimit(int rowLimit) {
    return new WorkbookWriter(rowLimit);
  }

  /**
   * Writes the workbook of {@code results} to {@code file}.
   *
   * @param charts chart images to show on the Summary sheet, in order
   * @throws IOException when the file cannot be written
   */
  public static void write(ReportResults results, List<ChartImage> charts, Path file)
      throws IOException {
    List<ChartImage> images = List.copyOf(charts);
    write(results, () -> images, file);
  }

  /**
   * Writes the workbook of {@code results} to {@code file}, asking {@code charts} for the chart
   * images only after every sheet is written, so they can be drawn meanwhile.
   *
   * @throws IOException when the file cannot be written or the charts could not be drawn
   */
  public static void write(ReportResults results, ChartImages charts, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      new WorkbookWriter(SpreadsheetVersion.EXCEL2007.getMaxRows()).write(results, charts, out);
    }
  }

  /** Writes the workbook of {@code results} to {@code out} (left open). */
  void write(ReportResults results, List<ChartImage> charts, OutputStream out) throws IOException {
    List<ChartImage> images = List.copyOf(charts);
    write(results, () -> images, out);
  }

  /** Writes the workbook of {@code results} to {@code out} (left open). */
  void write(ReportResults results, ChartImages charts, OutputStream out) throws IOException {
    requireNonNull(results, "results");
    requireNonNull(charts, "charts");
    Analysis analysis = results.analysis();
    CostReport costs = analysis.costs();
    CostSettings settings = analysis.workspace().settings().cost();
    List<HireCost> hires = costs.hires();

    XSSFWorkbook base = new XSSFWorkbook();
    fixDates(base.getProperties());
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW, true)) {
      Map<String, Sheet> sheets = new LinkedHashMap<>();
      for (String name : SHEETS) {
        sheets.put(name, workbook.createSheet(name));
      }
      Styles styles = new Styles(workbook, costs.currency());
      RateTable rates = new RateTable(settings.rates(), analysis.workspace().people().all(), hires);
      List<String> systems = systemsOf(hires);
      Map<String, Integer> systemNumbers = new LinkedHashMap<>();
      systems.forEach(s -> systemNumbers.put(s, systemNumbers.size() + 1));

      new AssumptionsSheet(styles)
          .write(workbook, sheets.get(AssumptionsSheet.NAME), settings, rates);
      long merged =
          new EventsSheet(
                  styles,
                  settings.calendar().zone(),
                  settings.assumptions().contextSwitchMinutes(),
                  rates,
                  systemNumbers,
                  rowLimit)
              .write(sheets.get(EventsSheet.NAME), hires);
      HiresSheet hiresSheet = new HiresSheet(styles, settings.calendar().zone(), systems, hires);
      hiresSheet.write(sheets.get(HiresSheet.NAME), hires);
      new SystemsSheet(styles, hiresSheet).write(sheets.get(SystemsSheet.NAME), systems, hires);
      SummarySheet summary = new SummarySheet(styles, costs, results.totals());
      summary.write(workbook, sheets.get(SummarySheet.NAME), merged);
      new TrendSheet(styles).write(sheets.get(TrendSheet.NAME), hires, results.trend());
      new ForecastSheet(styles)
          .write(sheets.get(ForecastSheet.NAME), analysis.workspace().plan(), results.forecast());
      new FixesSheet(styles, systemNumbers)
          .write(
              sheets.get(FixesSheet.NAME),
              analysis.workspace().fixes(),
              hires,
              results.fixBaseline(),
              results.fixes(),
              results.fixEffects(),
              analysis
                  .workspace()
                  .plan()
                  .filter(p -> !p.quarters().isEmpty())
                  .map(p -> p.quarters().get(0).hires()));
      new QualitySheet(styles, rowLimit).write(sheets.get(QualitySheet.NAME), analysis);
      addCharts(workbook, sheets.get(SummarySheet.NAME), charts.await());
      workbook.setActiveSheet(0);
      workbook.write(out);
    }
  }

  private static void fixDates(POIXMLProperties properties) {
    Optional<Date> fixed = Optional.of(Date.from(DOCUMENT_DATE));
    properties.getCoreProperties().setCreated(fixed);
    properties.getCoreProperties().setModified(fixed);
    properties.getCoreProperties().setCreator("onboarding-cost");
  }

  /** Every system waited on or not granted, sorted. */
  static List<String> systemsOf(List<HireCost> hires) {
    TreeSet<String> systems = new TreeSet<>();
    for (HireCost hire : hires) {
      hire.lines().forEach(line -> line.system().ifPresent(systems::add));
      systems.addAll(hire.notGranted());
    }
    return new ArrayList<>(systems);
  }

  private static void addCharts(Workbook workbook, Sheet sheet, List<ChartImage> charts) {
    if (charts.isEmpty()) {
      return;
    }
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    int row = 1;
    for (ChartImage chart : charts) {
      int picture = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
      ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
      anchor.setCol1(SummarySheet.CHART_COLUMN);
      anchor.setRow1(row);
      anchor.setCol2(SummarySheet.CHART_COLUMN + SummarySheet.CHART_COLUMNS);
      anchor.setRow2(row + SummarySheet.CHART_ROWS);
      anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
      drawing.createPicture(anchor, picture);
      row += SummarySheet.CHART_ROWS + 1;
    }
  }

  static Row row(Sheet sheet, int index) {
    return sheet.createRow(index);
  }
}
