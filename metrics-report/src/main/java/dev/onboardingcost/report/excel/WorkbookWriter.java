package dev.onboardingcost.report.excel;

import static java.util.Objects.requireNonNull;

import dev.onboardingcost.core.cost.CostReport;
import dev.onboardingcost.core.cost.CostSettings;
import dev.onboardingcost.core.cost.HireCost;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.io.FailureRecordingOutputStream;
import dev.onboardingcost.report.io.IoFailures;
import dev.onboardingcost.report.io.TempFiles;
import dev.onboardingcost.report.workspace.Analysis;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code onboarding-cost.xlsx} (docs/method.md): sheets {@code Summary}, {@code
 * Assumptions}, {@code Hires}, {@code Events}, {@code Systems}, {@code Trend}, {@code Forecast},
 * {@code Forecast draws}, {@code Fixes} and {@code Data quality}.
 *
 * <p>Money cells are live formulas: an event's cost is its hours times a rate looked up in {@code
 * Assumptions}, and every total sums those, so changing a rate there moves every total in Excel,
 * LibreOffice or Google Sheets. Each formula carries the engine's exact figure as its cached value,
 * so the file shows what {@code summary.json} says before any recalculation. Input text is only
 * ever written as string cells (see {@link SafeText}).
 *
 * <p>Its charts are native spreadsheet charts over its own cells ({@link WorkbookCharts}), so they
 * follow a changed rate as well.
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
          ForecastDrawsSheet.NAME,
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
   * Writes the workbook of {@code results} to {@code file}, with the temporary files of the
   * streaming workbook in {@code temp} (not in the shared folder {@code /tmp/poifiles}, which
   * belongs to whoever made it first and outlives a killed run).
   *
   * @throws IOException when the file or a temporary file cannot be written
   */
  public static void write(ReportResults results, Path file, TempFiles temp) throws IOException {
    TempFileCreationStrategy strategy =
        new TempFileCreationStrategy() {
          @Override
          public File createTempFile(String prefix, String suffix) throws IOException {
            return temp.createFile(prefix, suffix).toFile();
          }

          @Override
          public File createTempDirectory(String prefix) throws IOException {
            return temp.createDirectory(prefix).toFile();
          }
        };
    try {
      TempFile.withStrategy(
          strategy,
          () -> {
            try {
              write(results, file);
              return file;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes the workbook of {@code results} to {@code file}.
   *
   * @throws IOException when the file cannot be written; when POI reports a failed write in an
   *     exception of its own, the write's own error
   */
  public static void write(ReportResults results, Path file) throws IOException {
    try (FailureRecordingOutputStream out =
        new FailureRecordingOutputStream(Files.newOutputStream(file))) {
      try {
        new WorkbookWriter(SpreadsheetVersion.EXCEL2007.getMaxRows()).write(results, out);
      } catch (IOException | RuntimeException e) {
        Optional<IOException> reason = out.failure().or(() -> IoFailures.noSpaceLeft(file, e));
        if (reason.isEmpty()) {
          throw e;
        }
        reason.get().addSuppressed(e);
        throw reason.get();
      }
    }
  }

  /** Writes the workbook of {@code results} to {@code out} (left open). */
  void write(ReportResults results, OutputStream out) throws IOException {
    requireNonNull(results, "results");
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
          .write(
              workbook,
              sheets.get(AssumptionsSheet.NAME),
              settings,
              rates,
              hasAssumedProvisioning(hires),
              analysis.workspace().plan());
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
      hiresSheet.write(workbook, sheets.get(HiresSheet.NAME), hires);
      List<BigDecimal> systemHours =
          new SystemsSheet(styles, hiresSheet).write(sheets.get(SystemsSheet.NAME), systems, hires);
      SummarySheet summary = new SummarySheet(styles, costs, results.totals());
      summary.write(workbook, sheets.get(SummarySheet.NAME), merged);
      new TrendSheet(styles).write(sheets.get(TrendSheet.NAME), hires, results.trend());
      new ForecastSheet(styles)
          .write(
              sheets.get(ForecastSheet.NAME),
              analysis.workspace().plan(),
              results.forecast(),
              results.costs().hires().size());
      new ForecastDrawsSheet(styles, rates)
          .write(sheets.get(ForecastDrawsSheet.NAME), results.forecast());
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
      WorkbookCharts charts = new WorkbookCharts(base.getSheet(SummarySheet.NAME));
      charts.costPerHire(hires);
      charts.trend(hires, results.trend());
      charts.accessWaits(systems, systemHours);
      results.forecast().ifPresent(charts::forecast);
      workbook.setActiveSheet(0);
      try {
        workbook.write(out);
      } catch (POIXMLException | OpenXML4JRuntimeException e) {
        // POI logs the write's own error and throws without it (a write to its temporary copy)
        throw new IOException("the spreadsheet library failed to save it (--debug shows why)", e);
      }
    }
  }

  private static void fixDates(POIXMLProperties properties) {
    Optional<Date> fixed = Optional.of(Date.from(DOCUMENT_DATE));
    properties.getCoreProperties().setCreated(fixed);
    properties.getCoreProperties().setModified(fixed);
    properties.getCoreProperties().setCreator("onboarding-cost");
  }

  /** Whether some hire has a provisioning line the engine assumed (no provisioning event). */
  static boolean hasAssumedProvisioning(List<HireCost> hires) {
    return hires.stream().flatMap(h -> h.lines().stream()).anyMatch(l -> l.event().isEmpty());
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
}
