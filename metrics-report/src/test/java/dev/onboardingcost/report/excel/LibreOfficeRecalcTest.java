package dev.onboardingcost.report.excel;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import dev.onboardingcost.core.model.RateBasis;
import dev.onboardingcost.core.model.Rates;
import dev.onboardingcost.report.ReportResults;
import dev.onboardingcost.report.TestWorkspaces;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Has LibreOffice recalculate the workbook from its formulas alone (every cached value removed) and
 * compares it, formula cell by formula cell on every sheet, with a workbook the engine wrote.
 *
 * <p>The rule: every formula cell is compared with the cell in the same position of the engine's
 * workbook, a number to the cent and to 9 significant digits (so ratios such as r² and p-values are
 * held too), a text exactly. A plain value is a figure of this run (a bootstrap interval, a
 * permutation p-value, a milestone) and is not compared; as soon as a figure becomes a formula it
 * is held to the rule without a change here.
 */
class LibreOfficeRecalcTest {
  /** The share by which the re-pricing test raises the default rate and one role's rate. */
  private static final BigDecimal RAISE = new BigDecimal("1.25");

  /** Sheets whose every formula must follow the rates: nothing on them may be left out. */
  private static final List<String> LIVE_SHEETS =
      List.of(
          SummarySheet.NAME,
          HiresSheet.NAME,
          EventsSheet.NAME,
          SystemsSheet.NAME,
          TrendSheet.NAME,
          ForecastSheet.NAME,
          ForecastDrawsSheet.NAME);

  private static String soffice;

  @TempDir Path dir;

  @BeforeAll
  static void findLibreOffice() {
    soffice = onPath("soffice");
  }

  @Test
  void libre_office_recalculates_every_formula_to_the_engine_figure() throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook, and a copy with every cached formula value removed
    byte[] written = Workbooks.bytes(TestWorkspaces.sampleResults(), 1_048_576);
    Path stripped = stripped(written, Map.of());
    // WHEN LibreOffice recalculates the copy
    Path recalculated = recalculate(stripped);
    // THEN every formula cell of every sheet equals the engine's cached figure
    try (XSSFWorkbook actual = read(recalculated);
        XSSFWorkbook expected = Workbooks.read(written)) {
      then(mismatches(actual, expected, Set.of())).isEmpty();
    }
  }

  @Test
  void new_rates_in_assumptions_reprice_every_formula_as_a_run_with_those_rates_does()
      throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook with the default rate and the rate of the first hire's role
    // raised by a quarter in Assumptions
    ReportResults results = TestWorkspaces.sampleResults();
    Rates rates = results.analysis().workspace().settings().cost().rates();
    RateBasis role = roleOfSomeHire(results, rates);
    BigDecimal defaultRate = rates.rateAt(RateBasis.DEFAULT).perHour();
    BigDecimal roleRate = rates.rateAt(role).perHour();
    BigDecimal newDefault = raised(defaultRate);
    BigDecimal newRole = raised(roleRate);
    byte[] written = Workbooks.bytes(results, 1_048_576);
    Path edited =
        stripped(
            written, Map.of(RateBasis.DEFAULT.toString(), newDefault, role.toString(), newRole));
    // AND the report run again on the workspace with those rates in onboarding.yaml
    Path ws = TestWorkspaces.copyOfSample(dir.resolve("ws"));
    TestWorkspaces.replace(
        ws,
        "onboarding.yaml",
        "default: " + defaultRate.toPlainString(),
        "default: " + newDefault.toPlainString());
    TestWorkspaces.replace(
        ws,
        "onboarding.yaml",
        role.key() + ": " + roleRate.toPlainString(),
        role.key() + ": " + newRole.toPlainString());
    ReportResults rerun = TestWorkspaces.analyse(ws);
    then(rerun.costs().totalCost()).isNotEqualTo(results.costs().totalCost());
    // WHEN LibreOffice recalculates the edited workbook
    Path recalculated = recalculate(edited);
    // THEN every formula cell of every sheet equals the rerun's figure in the same position
    try (XSSFWorkbook actual = read(recalculated);
        XSSFWorkbook expected = Workbooks.write(rerun);
        XSSFWorkbook before = Workbooks.read(written)) {
      Set<String> stale = StaleFormulas.of(before, expected);
      then(stale)
          .as("formulas over values of this run that the rates change")
          .noneMatch(cell -> LIVE_SHEETS.contains(cell.substring(0, cell.indexOf('!'))));
      then(mismatches(actual, expected, stale)).isEmpty();
      // AND the new rates moved the figures: the per-hire totals differ from the first run's
      then(mismatches(actual, before, Set.of()))
          .anySatisfy(m -> then(m).startsWith("Hires!" + Cells.column(HiresSheet.TOTAL)))
          .anySatisfy(m -> then(m).startsWith("Summary!B"))
          .anySatisfy(m -> then(m).startsWith("Trend!H"))
          .anySatisfy(m -> then(m).startsWith("Forecast!" + Cells.column(ForecastSheet.P10)))
          .anySatisfy(m -> then(m).startsWith(ForecastDrawsSheet.NAME + "!"));
    }
  }

  @Test
  void native_charts_survive_libre_office() throws Exception {
    assumeThat(soffice)
        .as("LibreOffice (soffice) is not on the PATH: recalculation not checked")
        .isNotNull();
    // GIVEN the sample's workbook
    Path file = dir.resolve("sample.xlsx");
    Files.write(file, Workbooks.bytes(TestWorkspaces.sampleResults(), 1_048_576));
    // WHEN LibreOffice opens and saves it
    Path saved = recalculate(file);
    // THEN the Summary sheet still holds the four charts, each over the workbook's own cells
    try (XSSFWorkbook workbook = read(saved)) {
      XSSFDrawing drawing = workbook.getSheet("Summary").getDrawingPatriarch();
      then(drawing).isNotNull();
      List<String> references = new ArrayList<>();
      for (XSSFChart chart : drawing.getCharts()) {
        chart
            .getChartSeries()
            .forEach(
                data -> {
                  for (int i = 0; i < data.getSeriesCount(); i++) {
                    references.add(data.getSeries(i).getValuesData().getDataRangeReference());
                  }
                });
      }
      then(drawing.getCharts()).hasSize(4);
      then(references)
          .anySatisfy(r -> then(r).contains("Hires"))
          .anySatisfy(r -> then(r).contains("Trend"))
          .anySatisfy(r -> then(r).contains("Systems"))
          .anySatisfy(r -> then(r).contains("Forecast"));
    }
  }

  /**
   * Every formula cell of {@code expected} whose counterpart in {@code actual} differs, as {@code
   * Sheet!A1: expected …, was …}, leaving out the cells of {@code skipped}; fails when fewer than
   * 500 formula cells were compared.
   */
  private static List<String> mismatches(
      XSSFWorkbook actual, XSSFWorkbook expected, Set<String> skipped) {
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (Sheet sheet : expected) {
      Sheet other = actual.getSheet(sheet.getSheetName());
      then(other).as("sheet %s", sheet.getSheetName()).isNotNull();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() != CellType.FORMULA) {
            continue;
          }
          String where = StaleFormulas.name(cell);
          if (skipped.contains(where)) {
            continue;
          }
          compared++;
          Row otherRow = other.getRow(cell.getRowIndex());
          Cell found = otherRow == null ? null : otherRow.getCell(cell.getColumnIndex());
          String want = cached(cell);
          String got = found == null ? "no cell" : cached(found);
          if (!same(found, cell)) {
            mismatches.add(where + ": expected " + want + ", was " + got);
          }
        }
      }
    }
    then(compared).as("formula cells compared").isGreaterThan(500);
    return mismatches;
  }

  private static boolean same(Cell actual, Cell expected) {
    if (actual == null || actual.getCellType() != CellType.FORMULA) {
      return false;
    }
    CellType type = expected.getCachedFormulaResultType();
    if (actual.getCachedFormulaResultType() != type) {
      return false;
    }
    return switch (type) {
      case NUMERIC -> sameNumber(actual.getNumericCellValue(), expected.getNumericCellValue());
      case STRING -> actual.getStringCellValue().equals(expected.getStringCellValue());
      case BOOLEAN -> actual.getBooleanCellValue() == expected.getBooleanCellValue();
      default -> false;
    };
  }

  /** Equal to the cent, and to 9 significant digits. */
  static boolean sameNumber(double actual, double expected) {
    double difference = Math.abs(actual - expected);
    return difference < 0.005 && difference <= 1e-9 * Math.max(1.0, Math.abs(expected));
  }

  private static String cached(Cell cell) {
    if (cell.getCellType() != CellType.FORMULA) {
      return "not a formula (" + cell + ")";
    }
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case STRING -> "\"" + cell.getStringCellValue() + "\"";
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> cell.getCachedFormulaResultType() + " " + cell.getCellFormula();
    };
  }

  private static RateBasis roleOfSomeHire(ReportResults results, Rates rates) {
    return results.costs().hires().stream()
        .map(h -> rates.basisOf(h.hire()))
        .filter(b -> b.kind() == RateBasis.Kind.ROLE)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal raised(BigDecimal rate) {
    return rate.multiply(RAISE).setScale(0, RoundingMode.HALF_EVEN);
  }

  private static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /**
   * The workbook without any cached formula value, with the rate of each basis in {@code rates}
   * ({@code default}, {@code role:engineer}) changed in Assumptions.
   */
  private Path stripped(byte[] bytes, Map<String, BigDecimal> rates) throws IOException {
    Path file = dir.resolve("stripped.xlsx");
    try (XSSFWorkbook workbook = Workbooks.read(bytes)) {
      int removed = 0;
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA && ((XSSFCell) cell).getCTCell().isSetV()) {
              ((XSSFCell) cell).getCTCell().unsetV();
              removed++;
            }
          }
        }
      }
      then(removed).isGreaterThan(500);
      for (Map.Entry<String, BigDecimal> rate : rates.entrySet()) {
        int changed = 0;
        for (Row row : workbook.getSheet("Assumptions")) {
          Cell key = row.getCell(0);
          if (key != null
              && key.getCellType() == CellType.STRING
              && key.getStringCellValue().equals(rate.getKey())) {
            row.getCell(1).setCellValue(rate.getValue().doubleValue());
            changed++;
          }
        }
        then(changed).as("rows of %s in Assumptions", rate.getKey()).isEqualTo(1);
      }
      workbook.setForceFormulaRecalculation(true);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private Path recalculate(Path file) throws IOException, InterruptedException {
    Path profile = dir.resolve("lo-profile");
    Path user = profile.resolve("user");
    Files.createDirectories(user);
    // Recalculate OOXML files on load, always (0), whatever the file says.
    Files.writeString(
        user.resolve("registrymodifications.xcu"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
            + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
            + "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
            + "</oor:items>\n");
    Path out = dir.resolve("recalculated");
    Files.createDirectories(out);
    Process process =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx",
                "--outdir",
                out.toString(),
                file.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("LibreOffice took more than 180 s");
    }
    Path result = out.resolve(file.getFileName());
    then(result)
        .as("LibreOffice output; log: %s", Files.readString(dir.resolve("soffice.log")))
        .exists();
    return result;
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String entry : path.split(File.pathSeparator)) {
      Path candidate = Path.of(entry, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
